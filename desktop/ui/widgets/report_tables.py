"""The review report as tables: per model, device, month and clinician, then the problems."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QWidget,
)

from desktop.ui.widgets import sync_words
from desktop.ui.widgets.retranslating import Retranslating

BREAKDOWNS = ("by_model", "by_device", "by_month", "by_clinician")


def read_only_table(parent: QWidget) -> QTableWidget:
    table = QTableWidget(0, 0, parent)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(True)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    # Wrapped rows get their height from the width their columns end up with.
    header.sectionResized.connect(table.resizeRowsToContents)
    return table


def _fill(table: QTableWidget, headings: list[str], rows: list[list[tuple[str, str]]]) -> None:
    """Rows of (text, tooltip) cells; numbers (every cell after the labels) aligned right."""
    table.clear()
    table.setColumnCount(len(headings))
    table.setHorizontalHeaderLabels(headings)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, (text, tip) in enumerate(row):
            item = QTableWidgetItem(text)
            if tip:
                item.setToolTip(tip)
            table.setItem(r, c, item)
    table.resizeRowsToContents()


class ReportTables(Retranslating, QTabWidget):
    """Tabs of tables built from the report JSON of desktop.district.report."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._report: dict[str, Any] | None = None
        self.tables = {name: read_only_table(self) for name in (*BREAKDOWNS, "problems")}
        for table in self.tables.values():
            self.addTab(table, "")
        self._retranslate()

    def _retranslate(self) -> None:
        titles = {
            "by_model": self.tr("By model"),
            "by_device": self.tr("By device"),
            "by_month": self.tr("By month"),
            "by_clinician": self.tr("By clinician"),
            "problems": self.tr("Gaps and tampering"),
        }
        self.setAccessibleName(self.tr("Report tables"))
        for index, (name, table) in enumerate(self.tables.items()):
            self.setTabText(index, titles[name])
            table.setAccessibleName(titles[name])
        if self._report is not None:
            self.show_report(self._report)

    def show_report(self, report: dict[str, Any]) -> None:
        """Fill every table from `report`."""
        self._report = report
        counts = [
            self.tr("Records"),
            self.tr("Accepted"),
            self.tr("Partly accepted"),
            self.tr("Overridden"),
            self.tr("Accepted (share)"),
            self.tr("Partly accepted (share)"),
            self.tr("Overridden (share)"),
            self.tr("Reasons given"),
            self.tr("Inputs outside the validated range"),
            self.tr("Decisions on an unusual case"),
            self.tr("Decisions on a wide range"),
            self.tr("Ruled out by the model card (no result shown)"),
        ]
        labels = {
            "by_model": [self.tr("Model"), self.tr("Version")],
            "by_device": [self.tr("Device")],
            "by_month": [self.tr("Month")],
            "by_clinician": [self.tr("Clinician (pseudonymous id)")],
        }
        for name in BREAKDOWNS:
            rows = [self._labels(name, row) + self._counts(row) for row in report[name]]
            _fill(self.tables[name], [*labels[name], *counts], rows)
        self._problems(report)

    def _labels(self, name: str, row: dict[str, Any]) -> list[tuple[str, str]]:
        if name == "by_model":
            return [(str(row["model"]), ""), (str(row["model_version"]), "")]
        if name == "by_device":
            device = str(row["device_id"])
            return [(sync_words.short_id(device), device)]
        if name == "by_clinician":
            clinician = str(row["clinician"])
            if not clinician:
                return [(self.tr("without an account"), "")]
            return [(sync_words.short_id(clinician), clinician)]
        return [(self._month(str(row["month"])), str(row["month"]))]

    def _month(self, month: str) -> str:
        date = QDate.fromString(f"{month}-01", "yyyy-MM-dd")
        return QLocale().toString(date, "MMMM yyyy") if date.isValid() else month

    def _counts(self, row: dict[str, Any]) -> list[tuple[str, str]]:
        cells = [(sync_words.integer(row[k]), "") for k in ("records", "accepts", "partials")]
        cells.append((sync_words.integer(row["overrides"]), ""))
        for kind in ("accept", "partial", "override"):
            cells.append((sync_words.rate(row[f"{kind}_rate"]), ""))
        reasons = ", ".join(
            self.tr("{reason}: {count}").format(
                reason=sync_words.reason(code), count=sync_words.integer(n)
            )
            for code, n in row["reasons"].items()
        )
        features = ", ".join(
            self.tr("{feature}: {count}").format(feature=f, count=sync_words.integer(n))
            for f, n in row["out_of_range_features"].items()
        )
        out_of_range = self.tr("%n record(s)", "", int(row["out_of_range_records"]))
        if features:
            out_of_range = self.tr("{records} ({features})").format(
                records=out_of_range, features=features
            )
        trust = [
            (sync_words.integer(int(row.get(k, 0))), "")
            for k in ("unusual_records", "uncertain_records", "ineligible")
        ]
        return [*cells, (reasons or self.tr("none"), ""), (out_of_range, ""), *trust]

    def _problems(self, report: dict[str, Any]) -> None:
        rows: list[list[tuple[str, str]]] = []
        for gap in report["gaps"]:
            device = str(gap["device_id"])
            span = sync_words.span(int(gap["from"]), int(gap["to"]))
            what = self.tr("Gap: these records never reached the district")
            rows.append([(sync_words.short_id(device), device), (span, ""), (what, "")])
        for item in report["tampering"]:
            device = str(item["device_id"])
            record = sync_words.span(int(item["seq"]), int(item["seq"]))
            what = self.tr("Tampering: {what}").format(what=sync_words.tampering(item["reason"]))
            rows.append([(sync_words.short_id(device), device), (record, ""), (what, "")])
        for item in report["refused_bundles"]:
            device = str(item.get("device_id") or "")
            text = sync_words.sentence(str(item["code"]), str(item["file_name"]))
            what = self.tr("Refused bundle: {why}").format(why=text)
            rows.append([(sync_words.short_id(device), device), ("", ""), (what, "")])
        if not rows:
            rows.append(
                [("", ""), ("", ""), (self.tr("No gaps, no tampering, no refused bundles."), "")]
            )
        headings = [self.tr("Device"), self.tr("Records"), self.tr("What was found")]
        _fill(self.tables["problems"], headings, rows)
