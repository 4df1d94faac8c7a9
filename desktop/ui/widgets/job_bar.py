"""A progress bar with a Cancel button for one slow core function at a time (a Worker)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from desktop.ui.widgets.retranslating import Retranslating
from desktop.ui.widgets.worker import Worker


class JobBar(Retranslating, QWidget):
    """Runs `func(on_progress=..., should_stop=...)` in a worker thread, shows its progress.

    `finished(kind, outcome, error)` fires on the GUI thread when the job has ended: outcome
    is what the function returned (None on error), error the exception (None on success).
    """

    finished = Signal(str, object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel_button)
        self._worker: Worker | None = None
        self._kind = ""
        self._cancelled = False
        self._retranslate()
        self.setVisible(False)

    def _retranslate(self) -> None:
        self.cancel_button.setText(self.tr("&Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the running task"))
        self.bar.setAccessibleName(self.tr("Progress"))

    def busy(self) -> bool:
        """A job is running."""
        return self._worker is not None

    def kind(self) -> str:
        """The kind of the running (or last) job."""
        return self._kind

    def start(self, func: Callable[..., Any], *, kind: str, text: str) -> bool:
        """Start `func` unless a job is running; `text` is the bar's format (%v of %m)."""
        if self._worker is not None:
            return False
        self._kind = kind
        self._cancelled = False
        self.bar.setRange(0, 0)  # busy until the first progress report
        self.bar.setFormat(text)
        self.bar.setAccessibleDescription("")
        self.cancel_button.setEnabled(True)
        worker = Worker(func, self, reports_progress=True)
        worker.progress.connect(self._progress)
        worker.done.connect(lambda outcome: self._end(outcome, None))
        worker.error.connect(lambda error: self._end(None, error))
        self._worker = worker
        self.setVisible(True)
        worker.start()
        return True

    def _progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, max(total, 1)))
        self.bar.setAccessibleDescription(self.bar.text())

    def cancel(self) -> None:
        """Ask the running job to stop at its next check."""
        if self._worker is not None:
            self._cancelled = True
            self._worker.cancel()
            self.cancel_button.setEnabled(False)

    def was_cancelled(self) -> bool:
        """The last job was asked to stop."""
        return self._cancelled

    def shutdown(self) -> None:
        """Cancel and wait for the running job (the window is closing)."""
        worker = self._worker
        if worker is not None:
            worker.cancel()
            worker.wait()

    def _end(self, outcome: object, error: object) -> None:
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.deleteLater()
        self.setVisible(False)
        self.finished.emit(self._kind, outcome, error)
