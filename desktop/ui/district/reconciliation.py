"""After an import: what came in from each device, and every gap, tampering and refusal found."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.sync.receipts import Issued
from desktop.sync.reconciliation import DeviceTally, ImportResult
from desktop.ui.widgets import sync_words
from desktop.ui.widgets.report_tables import read_only_table
from desktop.ui.widgets.retranslating import Retranslating


class ReconciliationPanel(Retranslating, QWidget):
    """Counts per device (added, duplicates, gaps, tampering, refused) and the findings in words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown: tuple[ImportResult, Issued] | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.devices = read_only_table(self)
        self.findings = QListWidget()
        self.findings.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.devices, 1)
        layout.addWidget(self.findings, 1)
        self._retranslate()

    def _retranslate(self) -> None:
        self.devices.setAccessibleName(self.tr("Records received per device"))
        self.findings.setAccessibleName(self.tr("Gaps, tampering and refused bundles found"))
        if self._shown is None:
            self.summary.setText(self.tr("No import yet in this session."))
        else:
            self.show_result(*self._shown)

    def show_result(self, result: ImportResult, issued: Issued) -> None:
        """Show one import's reconciliation and the receipts written for it."""
        self._shown = (result, issued)
        tallies = [result.devices[d] for d in sorted(result.devices)]
        headings = [
            self.tr("Device"),
            self.tr("Bundles imported"),
            self.tr("Records added"),
            self.tr("Duplicates skipped"),
            self.tr("Gaps"),
            self.tr("Tampering"),
            self.tr("Bundles refused"),
            self.tr("Unbroken chain up to record"),
        ]
        self.devices.clear()
        self.devices.setColumnCount(len(headings))
        self.devices.setHorizontalHeaderLabels(headings)
        self.devices.setRowCount(len(tallies))
        for row, tally in enumerate(tallies):
            cells = [
                sync_words.short_id(tally.device_id),
                *(
                    sync_words.integer(n)
                    for n in (
                        tally.bundles,
                        tally.added,
                        tally.duplicates,
                        sum(b - a + 1 for a, b in tally.gaps),
                        len(tally.tampering),
                        len(tally.refused),
                        tally.head[0],
                    )
                ),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(tally.device_id if column == 0 else "")
                self.devices.setItem(row, column, item)
        self.devices.resizeRowsToContents()
        self.summary.setText(self._summary(result, tallies))
        self._fill_findings(result, tallies, issued)

    def _summary(self, result: ImportResult, tallies: list[DeviceTally]) -> str:
        added = sum(t.added for t in tallies)
        duplicates = sum(t.duplicates for t in tallies)
        counts = (
            self.tr("%n record(s) added", "", added)
            + ", "
            + self.tr("%n duplicate(s) skipped", "", duplicates)
        )
        if result.stopped:
            return self.tr(
                "Import stopped after {done} of {total} bundles ({counts}). The bundle in "
                "progress was not imported at all; import again to finish."
            ).format(
                done=sync_words.integer(result.done),
                total=sync_words.integer(result.total),
                counts=counts,
            )
        if result.total == 0:
            return self.tr("No bundles were found there.")
        problems = self._problem_count(result, tallies)
        text = self.tr("Import finished: %n bundle(s) read", "", result.total) + f" ({counts})."
        if problems:
            return text + " " + self.tr("⚠ %n problem(s) found: see the list below.", "", problems)
        return text + " " + self.tr("No gaps, no tampering, no refused bundles.")

    def _problem_count(self, result: ImportResult, tallies: list[DeviceTally]) -> int:
        per_device = sum(len(t.gaps) + len(t.tampering) + len(t.refused) for t in tallies)
        return per_device + len(result.refused)

    def _add(self, text: str, icon: QStyle.StandardPixmap) -> None:
        item = QListWidgetItem(self.style().standardIcon(icon), text)
        self.findings.addItem(item)

    def _fill_findings(
        self, result: ImportResult, tallies: list[DeviceTally], issued: Issued
    ) -> None:
        self.findings.clear()
        warn = QStyle.StandardPixmap.SP_MessageBoxWarning
        for tally in tallies:
            device = sync_words.short_id(tally.device_id)
            for start, end in tally.gaps:
                self._add(
                    self.tr("Gap on device {device}: {records} missing.").format(
                        device=device, records=sync_words.span(start, end)
                    ),
                    warn,
                )
            for item in tally.tampering:
                self._add(
                    self.tr("Tampering on device {device}, record {seq}: {what}.").format(
                        device=device,
                        seq=sync_words.integer(item["seq"]),
                        what=sync_words.tampering(item["reason"]),
                    ),
                    warn,
                )
        for entry in [e for t in tallies for e in t.refused] + result.refused:
            self._add(
                self.tr("Refused: {why}").format(
                    why=sync_words.sentence(entry["code"], Path(entry["file"]).name)
                ),
                warn,
            )
        info = QStyle.StandardPixmap.SP_MessageBoxInformation
        for device, seq, path in issued.written:
            self._add(
                self.tr(
                    "Receipt for device {device} (records up to {seq}) written to {file}: "
                    "carry it back to the clinic."
                ).format(
                    device=sync_words.short_id(device), seq=sync_words.integer(seq), file=path
                ),
                info,
            )
        for error in issued.failed:
            self._add(sync_words.error_sentence(error), warn)
