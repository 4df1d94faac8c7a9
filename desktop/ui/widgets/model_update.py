"""The menu action "Update models from a folder or USB stick…": the clinic's catalog update
(desktop.updates.clinic.apply_update) in a worker thread, and one sentence on what it did."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.messages import describe_code
from desktop.refusal import RefusalError
from desktop.ui.widgets.worker import Worker
from desktop.updates.state import current_state

if TYPE_CHECKING:
    from desktop.updates.update import Change


class ModelUpdate(QObject):
    """Owns the action and the running update; `finished(changed, text)` says what happened
    (`changed`: the installed packages should be listed again)."""

    finished = Signal(bool, str)

    def __init__(self, parent: QWidget, *, home: Path, language: str = "en") -> None:
        super().__init__(parent)
        self.home, self.language = home, language
        self.action = QAction(parent)
        self.action.triggered.connect(self.choose)
        self.worker: Worker | None = None
        self.retranslate()

    def retranslate(self) -> None:
        """Word the action in the current Qt language."""
        self.action.setText(self.tr("Update models from a folder or USB stick…"))

    def choose(self) -> None:
        """Ask for the repository folder (and, the first time, the steward's root file)."""
        parent = self.parent()
        assert isinstance(parent, QWidget)
        folder = QFileDialog.getExistingDirectory(
            parent, self.tr("The model catalog folder (USB stick)")
        )
        if not folder:
            return
        root = None
        if current_state(self.home) is None:
            root, _ = QFileDialog.getOpenFileName(
                parent,
                self.tr("The steward's root file (first update only)"),
                filter=self.tr("Catalog root (*.json)"),
            )
            if not root:
                return
        self.start(Path(folder), Path(root) if root else None)

    def start(self, folder: Path, root: Path | None) -> None:
        """Run the update off the GUI thread."""
        if self.worker is not None and self.worker.is_running():
            return
        self.action.setEnabled(False)
        home = self.home

        def job() -> list[Change]:
            from desktop.updates.clinic import apply_update  # noqa: PLC0415 - numpy, onnx

            return apply_update(folder, root=root, home=home)

        self.worker = Worker(job, self)
        self.worker.done.connect(self._done)
        self.worker.error.connect(self._failed)
        self.worker.start()

    def wait(self) -> None:
        """Block until a running update has ended (shutdown, tests)."""
        if self.worker is not None:
            self.worker.wait()

    def _say(self, key: str, params: dict[str, str], file: str = "") -> str:
        return describe_code(key, file, params, self.language)

    def _done(self, changes: list[Change]) -> None:
        self.action.setEnabled(True)
        lines = []
        for change in changes:
            params = {"id": change.package_id, "version": change.version}
            params["reason"] = change.reason or ""  # worded by describe_code
            key = "update:installed" if change.event == "installed" else "update:withdrawn"
            lines.append(self._say(key, params))
        text = "\n".join(lines) if lines else self._say("update:unchanged", {})
        self.finished.emit(bool(changes), text)

    def _failed(self, exc: object) -> None:
        self.action.setEnabled(True)
        if isinstance(exc, RefusalError):
            text = self._say(exc.message_key, exc.params, exc.file)
        else:
            text = self.tr("The update failed: {error}").format(error=type(exc).__name__)
        self.finished.emit(False, text)
