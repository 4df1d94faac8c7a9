"""The district's Monitoring page: alarms first in plain sentences, then the charts.

The report is computed by desktop.monitoring in a worker thread (JobBar); the page only shows
it. Alarms use the same message catalogue as `kuona monitor`, in the interface language.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.messages import catalogue
from desktop.ui.district.monitoring_charts import MonitoringCharts
from desktop.ui.district.monitoring_pdf import ReportPage, write_monitoring_pdf
from desktop.ui.widgets import sync_words
from desktop.ui.widgets.job_bar import JobBar
from desktop.ui.widgets.retranslating import Retranslating


def alarm_sentences(report: dict[str, Any], language: str) -> list[str]:
    """Every alarm of one model's report as a sentence in `language`."""
    from desktop.monitoring.alarms import (  # noqa: PLC0415 - numpy off the startup path
        alarm_text,
        subgroup_names,
    )

    words, names = catalogue(language), subgroup_names(report, language)
    return [alarm_text(alarm, words, names) for alarm in report["alarms"]]


class MonitoringPage(Retranslating, QWidget):
    """Pick a model; read its alarms, then its calibration, AUROC, drift and subgroups."""

    finished = Signal()

    def __init__(self, home: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.home = Path(home)
        self.reports: list[dict[str, Any]] = []
        self.model_box = QComboBox()
        self.model_box.currentIndexChanged.connect(self._show_current)
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        self.pdf_button = QPushButton()
        self.pdf_button.clicked.connect(self.choose_pdf)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.job = JobBar(self)
        self.job.finished.connect(self._done)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.alarms = QLabel()
        self.alarms.setWordWrap(True)
        self.charts = MonitoringCharts(self)
        row = QHBoxLayout()
        row.addWidget(self.model_box, 1)
        row.addWidget(self.refresh_button)
        row.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.job)
        layout.addWidget(self.message)
        layout.addWidget(self.summary)
        scroll = QScrollArea()
        scroll.setWidget(self.alarms)
        scroll.setWidgetResizable(True)
        scroll.setMinimumHeight(110)
        scroll.setMaximumHeight(180)
        layout.addWidget(scroll)
        layout.addWidget(self.charts, 1)
        self._retranslate()

    def _retranslate(self) -> None:
        self.refresh_button.setText(self.tr("&Refresh"))
        self.refresh_button.setAccessibleName(self.tr("Compute the monitoring report again"))
        self.model_box.setAccessibleName(self.tr("Model"))
        self.alarms.setAccessibleName(self.tr("Alarms"))
        self.pdf_button.setText(self.tr("Save the report as &PDF…"))
        self.pdf_button.setAccessibleName(
            self.tr("Save the monitoring report (one page per model) as PDF")
        )
        self._show_current()

    def refresh(self) -> bool:
        """Compute the report in the worker thread; False if a job is running."""
        from desktop.monitoring.run import monitor_home  # noqa: PLC0415 - numpy in the worker

        home = self.home
        return self.job.start(
            lambda **callbacks: monitor_home(home, **callbacks),
            kind="monitor",
            text=self.tr("Computing…"),
        )

    def shutdown(self) -> None:
        """Stop and wait for a running job (the window is closing)."""
        self.job.shutdown()

    def _done(self, kind: str, outcome: object, error: object) -> None:
        del kind
        if error is None and isinstance(outcome, dict):
            self.show_reports(outcome["models"])
        else:
            self.summary.setText(
                self.tr("The monitoring report could not be made: {error}").format(error=error)
            )
        self.finished.emit()

    def show_reports(self, reports: list[dict[str, Any]]) -> None:
        """Show these models' reports (desktop.monitoring's JSON), the first one picked."""
        self.reports = list(reports)
        self.model_box.blockSignals(True)
        self.model_box.clear()
        self.model_box.addItems([f"{r['model']} {r['version']}" for r in self.reports])
        self.model_box.blockSignals(False)
        self._show_current()

    def current(self) -> dict[str, Any] | None:
        """The report of the model picked, if any."""
        index = self.model_box.currentIndex()
        return self.reports[index] if 0 <= index < len(self.reports) else None

    def _show_current(self) -> None:
        report = self.current()
        self.charts.set_report(report)
        if report is None:
            self.summary.setText(self.tr("No decisions in the district database yet."))
            self.alarms.setText("")
            return
        self.summary.setText(self._summary(report))
        sentences = alarm_sentences(report, sync_words.language())
        self.alarms.setText("\n".join(f"• {s}" for s in sentences) or self.tr("No alarms."))

    def _summary(self, report: dict[str, Any]) -> str:
        metrics = report["metrics"]
        summary = self.tr("{decisions} decisions, {outcomes} outcomes.").format(
            decisions=report["decisions"], outcomes=report["outcomes"]
        )
        if metrics.get("code") == "not_enough_outcomes":
            summary += " " + self.tr("Not enough outcomes ({n} of {needed} needed).").format(
                n=metrics["n"], needed=metrics["needed"]
            )
        return summary

    # --- PDF for the district health team ---------------------------------------------------

    def choose_pdf(self) -> None:
        """Ask where to save the report, then save it."""
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the monitoring report"), "", self.tr("PDF files (*.pdf)")
        )
        if path:
            self.save_pdf(Path(path))

    def save_pdf(self, path: Path) -> bool:
        """Every model's report on its own page of `path`; says in words what happened."""
        language = sync_words.language()
        pages = [
            ReportPage(
                heading=self.tr("Field monitoring: {model} {version}").format(
                    model=r["model"], version=r["version"]
                ),
                summary=self._summary(r),
                alarms=alarm_sentences(r, language) or [self.tr("No alarms.")],
                report=r,
            )
            for r in self.reports
        ]
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        try:
            write_monitoring_pdf(path, pages, right_to_left=rtl)
        except OSError as error:
            self.message.setText(
                "⚠ " + self.tr("The report could not be saved: {error}").format(error=error)
            )
            return False
        self.message.setText(self.tr("Report saved: {file}").format(file=path))
        return True
