"""The review report on screen: totals, the chart per model, and the tables."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.district.report_csv import write_csv
from desktop.sync.errors import SyncError, SyncRefusal, os_reason
from desktop.ui.district.decision_chart import ChartRow, DecisionChart
from desktop.ui.widgets import sync_words
from desktop.ui.widgets.report_tables import ReportTables
from desktop.ui.widgets.retranslating import Retranslating


def chart_rows(report: dict[str, Any]) -> list[ChartRow]:
    """One chart row per model version of the report."""
    return [
        ChartRow(
            f"{row['model']} {row['model_version']}",
            row["accepts"],
            row["partials"],
            row["overrides"],
        )
        for row in report["by_model"]
    ]


class ReportView(Retranslating, QGroupBox):
    """Shows one report (the JSON of desktop.district.report); the owner fills and refreshes it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._report: dict[str, Any] | None = None
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setVisible(False)
        self.chart = DecisionChart(self)
        self.tables = ReportTables(self)
        self.refresh_button = QPushButton()
        self.csv_button = QPushButton()
        self.csv_button.clicked.connect(self.choose_csv_folder)
        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.csv_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.totals)
        layout.addWidget(self.note)
        layout.addWidget(self.chart)
        layout.addWidget(self.tables, 1)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setTitle(self.tr("Report: decisions and problems"))
        self.refresh_button.setText(self.tr("&Refresh report"))
        self.refresh_button.setAccessibleName(self.tr("Refresh the report"))
        self.csv_button.setText(self.tr("Save as &CSV…"))
        self.csv_button.setAccessibleName(self.tr("Save the report as CSV files"))
        self.totals.setAccessibleName(self.tr("Report totals"))
        self.note.setAccessibleName(self.tr("Report message"))
        if self._report is None:
            self.totals.setText(self.tr("The report has not been read yet."))
        else:
            self.show_report(self._report)

    def set_idle(self, idle: bool) -> None:
        """Buttons work only while no job runs (and CSV only once there is a report)."""
        self.refresh_button.setEnabled(idle)
        self.csv_button.setEnabled(idle and self._report is not None)

    def shown(self) -> dict[str, Any] | None:
        """The report on screen."""
        return self._report

    def show_report(self, report: dict[str, Any]) -> None:
        """Show `report`."""
        self._report = report
        total = int(report["records"])
        rates = report["rates"]
        parts = [
            self.tr("{count} accepted ({share})").format(
                count=sync_words.integer(report["accepts"]),
                share=sync_words.rate(rates["accept_rate"]),
            ),
            self.tr("{count} partly accepted ({share})").format(
                count=sync_words.integer(report["partials"]),
                share=sync_words.rate(rates["partial_rate"]),
            ),
            self.tr("{count} overridden ({share})").format(
                count=sync_words.integer(report["overrides"]),
                share=sync_words.rate(rates["override_rate"]),
            ),
        ]
        problems = len(report["gaps"]) + len(report["tampering"]) + len(report["refused_bundles"])
        status = (
            self.tr("⚠ %n problem(s) found: see “Gaps and tampering”.", "", problems)
            if problems
            else self.tr("No gaps, no tampering, no refused bundles.")
        )
        self.totals.setText(
            self.tr("%n record(s) from {devices}: {parts}.", "", total).format(
                devices=self.tr("%n device(s)", "", len(report["devices"])),
                parts=", ".join(parts),
            )
            + " "
            + status
        )
        self.show_note("")
        self.chart.set_rows(chart_rows(report))
        self.tables.show_report(report)

    def show_note(self, text: str) -> None:
        """A message about the report: CSV written, or why it could not be read or saved."""
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def choose_csv_folder(self) -> None:
        """Pick a folder and write the report there as CSV files."""
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save the report as CSV files"))
        if folder:
            self.save_csv(Path(folder))

    def save_csv(self, folder: Path) -> bool:
        """Write the report shown as CSV files into `folder`; True when written."""
        if self._report is None:
            return False
        try:
            written = write_csv(self._report, folder)
        except OSError as exc:
            error = SyncError(SyncRefusal.REPORT_WRITE_FAILED, str(folder), reason=os_reason(exc))
            self.show_note(sync_words.error_sentence(error))
            return False
        self.show_note(
            self.tr("%n CSV file(s) written to {folder}.", "", len(written)).format(folder=folder)
        )
        return True
