"""The district's screen: set up the district keys, import clinics' bundles, review the report.

The state lives in KUONA_HOME (district keys, district database); the view reads it and runs
the core's slow functions (desktop.sync) in a worker thread, one job at a time.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.district.database import DistrictDB, district_db_path
from desktop.district.importer import import_paths
from desktop.district.report import district_report, empty_report
from desktop.sync.district_keys import load_district_private
from desktop.sync.errors import SyncError
from desktop.sync.receipts import Issued, issue_receipts
from desktop.sync.reconciliation import ImportResult
from desktop.ui.district.district_keys_box import DistrictKeysBox
from desktop.ui.district.reconciliation import ReconciliationPanel
from desktop.ui.district.report_view import ReportView
from desktop.ui.widgets import sync_words
from desktop.ui.widgets.job_bar import JobBar
from desktop.ui.widgets.retranslating import Retranslating


def run_import(
    home: Path,
    paths: list[Path],
    *,
    on_progress: Callable[[int, int], None],
    should_stop: Callable[[], bool],
) -> tuple[ImportResult, Issued]:
    """Import the bundles under `paths` into the district database, then write receipts."""
    private = load_district_private(home)
    with DistrictDB.open(district_db_path(home)) as db:
        result = import_paths(
            db, paths, district_private=private, on_progress=on_progress, should_stop=should_stop
        )
    return result, issue_receipts(result, district=private)


def run_report(
    home: Path, *, on_progress: Callable[[int, int], None], should_stop: Callable[[], bool]
) -> dict[str, Any]:
    """The district report (empty while this computer has no district database)."""
    if not district_db_path(home).exists():
        return empty_report()
    with DistrictDB.open(district_db_path(home)) as db:
        return district_report(db, on_progress=on_progress, should_stop=should_stop)


class DistrictView(Retranslating, QWidget):
    """Import bundles with a progress bar and Cancel; the reconciliation; the report."""

    # A job (import and the report after it, or the report alone) ended and is shown.
    finished = Signal()

    def __init__(self, home: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.home = Path(home)
        self.keys = DistrictKeysBox(self.home, self)
        self.keys.changed.connect(self.refresh)
        self.import_files_button = QPushButton()
        self.import_files_button.clicked.connect(self.choose_files)
        self.import_folder_button = QPushButton()
        self.import_folder_button.clicked.connect(self.choose_folder)
        self.job = JobBar(self)
        self.job.finished.connect(self._job_finished)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.reconciliation = ReconciliationPanel(self)
        self.report = ReportView(self)
        self.report.refresh_button.clicked.connect(self.refresh_report)
        self._layout()
        self._retranslate()

    def _layout(self) -> None:
        self.import_box = QGroupBox()
        box = QVBoxLayout(self.import_box)
        row = QHBoxLayout()
        row.addWidget(self.import_files_button)
        row.addWidget(self.import_folder_button)
        row.addStretch(1)
        box.addLayout(row)
        box.addWidget(self.job)
        box.addWidget(self.message)
        box.addWidget(self.reconciliation, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.keys)
        left_layout.addWidget(self.import_box, 1)
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.report)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        QVBoxLayout(self).addWidget(splitter)

    def _retranslate(self) -> None:
        self.import_box.setTitle(self.tr("Import bundles from clinics"))
        self.import_files_button.setText(self.tr("Import bundle &files…"))
        self.import_folder_button.setText(self.tr("Import a f&older (USB stick)…"))
        self.import_files_button.setAccessibleName(self.tr("Import bundle files"))
        self.import_folder_button.setAccessibleName(self.tr("Import every bundle in a folder"))
        self.message.setAccessibleName(self.tr("Import status"))
        self._enable()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """Read the state again whenever the screen is shown (something may have changed it)."""
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> bool:
        """Read the district keys and database again; False if a job is running."""
        self.keys.refresh()
        return self.refresh_report()

    def _enable(self) -> None:
        idle = not self.job.busy()
        district = self.keys.is_district()
        self.keys.set_idle(idle)
        self.import_files_button.setEnabled(idle and district)
        self.import_folder_button.setEnabled(idle and district)
        self.report.set_idle(idle)

    def choose_files(self) -> None:
        """Pick bundle files and import them."""
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import bundle files"), "", self.tr("Kuona bundles (*.kuonabundle)")
        )
        if files:
            self.import_paths([Path(f) for f in files])

    def choose_folder(self) -> None:
        """Pick a folder (a USB stick) and import every bundle in it."""
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import every bundle in a folder"))
        if folder:
            self.import_paths([Path(folder)])

    def import_paths(self, paths: list[Path]) -> bool:
        """Import the bundles named or inside the folders named; False if a job is running."""
        home, paths = self.home, list(paths)
        started = self.job.start(
            lambda **callbacks: run_import(home, paths, **callbacks),
            kind="import",
            text=self.tr("Bundle %v of %m"),
        )
        if started:
            self.message.setText(self.tr("Importing…"))
            self._enable()
        return started

    def refresh_report(self) -> bool:
        """Build the report again in the worker thread; False if a job is running."""
        home = self.home
        started = self.job.start(
            lambda **callbacks: run_report(home, **callbacks),
            kind="report",
            text=self.tr("Reading records: %v of %m"),
        )
        if started:
            self._enable()
        return started

    def cancel(self) -> None:
        """Stop the running job (an import keeps the bundles it finished)."""
        self.job.cancel()

    def shutdown(self) -> None:
        """Stop and wait for any running job (before the window closes)."""
        self.job.shutdown()

    def _job_finished(self, kind: str, outcome: object, error: object) -> None:
        if kind == "import":
            self._import_done(outcome, error)
        elif error is None:
            assert isinstance(outcome, dict)
            self.report.show_report(outcome)
        elif not self.job.was_cancelled():
            self.report.show_note(self._failure(error))
        self._enable()
        if kind == "import" and error is None and self.refresh_report():
            return  # `finished` once the report is read too
        self.finished.emit()

    def _import_done(self, outcome: object, error: object) -> None:
        if error is not None:
            self.message.setText(self._failure(error))
            return
        assert isinstance(outcome, tuple)
        result, issued = outcome
        self.message.setText("")
        self.reconciliation.show_result(result, issued)

    def _failure(self, error: object) -> str:
        if isinstance(error, SyncError):
            return sync_words.error_sentence(error)
        return self.tr("The district database could not be used: {error}").format(
            error=f"{type(error).__name__}: {error}"
        )
