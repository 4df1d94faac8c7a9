"""Import a trainer's own cases from a CSV file for the chosen model, off the GUI thread; the
cases imported, or every problem by row and column, worded from the message catalogue (as
`kuona training import-cases` words them)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from desktop.messages import describe_code
from desktop.training.errors import BadRow, TrainingError
from desktop.ui.widgets.worker import Worker

if TYPE_CHECKING:
    from collections.abc import Callable

    from desktop.training.importer import ImportResult
    from desktop.training.store import TrainingStore
    from desktop.training.walkthrough import Walkthrough

REPORT_LINES = 7


class CaseImporter(QWidget):
    """An Import button and a Skip-bad-rows box; `report` (placed by the owner) says what
    happened. Imported cases join the walkthrough."""

    imported = Signal(object)  # the ImportResult, or the exception that refused the file

    def __init__(
        self,
        open_store: Callable[[], TrainingStore],
        parent: QWidget | None = None,
        *,
        language: str = "en",
    ) -> None:
        super().__init__(parent)
        self._open_store, self.language = open_store, language
        self._walkthrough: Walkthrough | None = None
        self._worker: Worker | None = None
        self.button, self.skip_bad = QPushButton(), QCheckBox()
        self.button.clicked.connect(self._ask)
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setMaximumHeight(self.fontMetrics().height() * REPORT_LINES)
        self.report.hide()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.button)
        row.addWidget(self.skip_bad)
        self._retranslate()

    def bind(self, walkthrough: Walkthrough | None) -> None:
        """Import for `walkthrough`'s model (None: nothing to import for)."""
        self._walkthrough = walkthrough
        self.report.hide()
        self._update()

    def import_file(self, path: Path, *, skip_bad: bool | None = None) -> None:
        """Check and store the cases of `path` in a worker thread; `imported` fires when done.
        `skip_bad` None: as the check box says."""
        w = self._walkthrough
        if w is None or self._worker is not None:
            return
        skip = self.skip_bad.isChecked() if skip_bad is None else skip_bad
        package, open_store = w.package, self._open_store

        def run() -> ImportResult:
            from desktop.training.importer import import_cases  # noqa: PLC0415 - numerical stack

            with open_store() as store:
                return import_cases(store, package, path, skip_bad=skip)

        self._worker = Worker(run, self)
        self._worker.done.connect(lambda result: self._done(w, path, result))
        self._worker.error.connect(lambda exc: self._done(w, path, exc))
        self._update()
        self._worker.start()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until an import in progress has ended (shutdown and tests)."""
        return self._worker.wait(msecs) if self._worker is not None else True

    def _ask(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import training cases"), "", self.tr("CSV files (*.csv *.txt)")
        )
        if name:
            self.import_file(Path(name))

    def _done(self, walkthrough: Walkthrough, path: Path, outcome: object) -> None:
        from desktop.training.importer import ImportResult  # noqa: PLC0415

        if self._worker is not None:
            self._worker.deleteLater()
        self._worker = None
        problems: tuple[BadRow, ...] = ()
        if isinstance(outcome, ImportResult):
            lines = self._imported_lines(path, outcome)
            problems = outcome.skipped
            walkthrough.add_cases(outcome.imported)
        elif isinstance(outcome, TrainingError):
            lines = [
                describe_code(outcome.message_key, outcome.file, outcome.params, self.language)
            ]
            problems = outcome.rows
        else:
            lines = [
                self.tr("{file} could not be imported ({error}).").format(
                    file=path.name, error=type(outcome).__name__
                )
            ]
        for bad in problems:
            text = describe_code(bad.message_key, path.name, bad.params(), self.language)
            lines.append(f"  {text}")
        self.report.setPlainText("\n".join(lines))
        self.report.show()
        self._update()
        self.imported.emit(outcome)

    def _imported_lines(self, path: Path, result: ImportResult) -> list[str]:
        ids = [c.id for c in result.imported]
        lines = [
            self.tr("Imported %n case(s) from {file}: {first} to {last}.", "", len(ids)).format(
                file=path.name, first=ids[0], last=ids[-1]
            )
        ]
        if result.skipped:
            lines.append(self.tr("%n row(s) left out:", "", len({b.row for b in result.skipped})))
        return lines

    def _update(self) -> None:
        self.button.setEnabled(self._walkthrough is not None and self._worker is None)

    def _retranslate(self) -> None:
        self.button.setText(self.tr("&Import cases from CSV…"))
        self.button.setAccessibleName(self.tr("Import cases from CSV"))
        self.skip_bad.setText(self.tr("Skip bad rows"))
        self.skip_bad.setAccessibleName(self.tr("Skip bad rows"))
        self.report.setAccessibleName(self.tr("Import report"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Re-word on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
