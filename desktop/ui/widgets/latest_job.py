"""Run jobs one at a time off the GUI thread, keeping only the newest of those waiting.

A slider dragged quickly asks for many re-explanations; while one runs, each new request
replaces the one waiting, so the screen catches up with the latest value instead of working
through every value it passed (fast moves coalesce) and never runs two jobs at once on the
2-core machine.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from desktop.ui.widgets.worker import Worker

if TYPE_CHECKING:
    from collections.abc import Callable


class LatestJob(QObject):
    """`submit(func, ticket)`; `done(ticket, result)` or `failed(ticket, exception)` on the GUI
    thread."""

    done = Signal(int, object)
    failed = Signal(int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._running: Worker | None = None
        self._waiting: tuple[Callable[[], Any], int] | None = None
        self.started = 0  # jobs run (for tests and the latency benchmark)
        self.replaced = 0  # jobs dropped while waiting, a newer one taking their place

    def submit(self, func: Callable[[], Any], tag: int) -> None:
        """Run `func` now if idle, else after the running job (replacing any job waiting)."""
        if self._running is None:
            self._start(func, tag)
            return
        if self._waiting is not None:
            self.replaced += 1
        self._waiting = (func, tag)

    def busy(self) -> bool:
        """A job is running or waiting."""
        return self._running is not None or self._waiting is not None

    def wait(self, msecs: int = 30_000) -> bool:
        """Forget the job waiting and block until the running one's thread has ended (shutdown
        and tests; its result is still delivered)."""
        self._waiting = None
        return self._running.wait(msecs) if self._running is not None else True

    def _start(self, func: Callable[[], Any], tag: int) -> None:
        worker = Worker(func, self)
        worker.done.connect(lambda result, w=worker: self._finished(w, tag, result, None))
        worker.error.connect(lambda exc, w=worker: self._finished(w, tag, None, exc))
        self._running = worker
        self.started += 1
        worker.start()

    def _finished(self, worker: Worker, tag: int, result: object, exc: object) -> None:
        self._running = None
        worker.deleteLater()
        if self._waiting is not None:
            func, waiting_tag = self._waiting
            self._waiting = None
            self._start(func, waiting_tag)
        if exc is None:
            self.done.emit(tag, result)
        else:
            self.failed.emit(tag, exc)
