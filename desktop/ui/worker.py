"""Run a plain slow function off the GUI thread and hand its result back on the GUI thread."""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

if TYPE_CHECKING:
    from collections.abc import Callable

#: Every worker thread made, so that tests can prove none outlives its test.
_THREADS: weakref.WeakSet[QThread] = weakref.WeakSet()


def running_threads() -> list[QThread]:
    """Worker threads that are still running."""
    return [thread for thread in list(_THREADS) if thread.isRunning()]


class _Job(QObject):
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, func: Callable[[], Any]) -> None:
        super().__init__()
        self._func = func

    @Slot()
    def run(self) -> None:
        try:
            result = self._func()
        except Exception as exc:  # reported to the GUI, never crashes the window
            self.failed.emit(exc)
        else:
            self.finished.emit(result)


class Worker(QObject):
    """Owns one QThread for one job; `done`/`error` fire on the GUI thread, then the thread ends."""

    done = Signal(object)
    error = Signal(object)

    def __init__(self, func: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        _THREADS.add(self._thread)
        self._job = _Job(func)
        self._job.moveToThread(self._thread)
        self._thread.started.connect(self._job.run)
        self._job.finished.connect(self._on_finished)
        self._job.failed.connect(self._on_failed)

    def start(self) -> None:
        """Start the job."""
        self._thread.start()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the thread has ended (used at shutdown and in tests)."""
        return self._thread.wait(msecs)

    def _stop(self) -> None:
        self._thread.quit()
        self._thread.wait()

    @Slot(object)
    def _on_finished(self, result: object) -> None:
        self._stop()
        self.done.emit(result)

    @Slot(object)
    def _on_failed(self, exc: object) -> None:
        self._stop()
        self.error.emit(exc)
