"""Run a plain slow function off the GUI thread and hand its result back on the GUI thread.

`Worker(func)` calls `func()`. `Worker(func, reports_progress=True)` calls
`func(on_progress=..., should_stop=...)`, the house style of slow core functions: each
on_progress(done, total) arrives as the `progress` signal on the GUI thread, and `cancel()`
makes should_stop() return True from then on.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

#: Every worker thread made, so that tests can prove none outlives its test.
_THREADS: weakref.WeakSet[QThread] = weakref.WeakSet()


def running_threads() -> list[QThread]:
    """Worker threads that are still running."""
    return [thread for thread in list(_THREADS) if thread.isRunning()]


class _Job(QObject):
    finished = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)

    def __init__(self, func: Callable[..., Any], cancel: threading.Event | None) -> None:
        super().__init__()
        self._func = func
        self._cancel = cancel

    def _report(self, done: int, total: int) -> None:
        self.progressed.emit(int(done), int(total))

    @Slot()
    def run(self) -> None:
        try:
            if self._cancel is None:
                result = self._func()
            else:
                result = self._func(on_progress=self._report, should_stop=self._cancel.is_set)
        except Exception as exc:  # reported to the GUI, never crashes the window
            self.failed.emit(exc)
        else:
            self.finished.emit(result)
        finally:  # the thread ends by itself, so wait() returns even if the GUI thread blocks
            thread = QThread.currentThread()
            if thread is not None:
                thread.quit()


class Worker(QObject):
    """Owns one QThread for one job; `done`/`error` fire on the GUI thread, then the thread ends."""

    done = Signal(object)
    error = Signal(object)
    # (done, total) from the job's on_progress, on the GUI thread (reports_progress=True only).
    progress = Signal(int, int)

    def __init__(
        self,
        func: Callable[..., Any],
        parent: QObject | None = None,
        *,
        reports_progress: bool = False,
    ) -> None:
        super().__init__(parent)
        self._cancel = threading.Event() if reports_progress else None
        self._thread = QThread()
        _THREADS.add(self._thread)
        self._job = _Job(func, self._cancel)
        self._job.moveToThread(self._thread)
        self._thread.started.connect(self._job.run)
        self._job.finished.connect(self._on_finished)
        self._job.failed.connect(self._on_failed)
        self._job.progressed.connect(self.progress)

    def start(self) -> None:
        """Start the job."""
        self._thread.start()

    def cancel(self) -> None:
        """Ask the job to stop: its should_stop() returns True from now on."""
        if self._cancel is not None:
            self._cancel.set()

    def cancelled(self) -> bool:
        """cancel() was called."""
        return self._cancel is not None and self._cancel.is_set()

    def is_running(self) -> bool:
        """The job's thread is still running."""
        return self._thread.isRunning()

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
