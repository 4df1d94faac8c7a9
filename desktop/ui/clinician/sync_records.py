"""The clinic's latest records and whether the district has confirmed each of them."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QTableWidgetItem, QVBoxLayout, QWidget

from desktop.audit.record import AuditRecord
from desktop.audit.store import AuditStore
from desktop.ui.widgets import sync_words, wording
from desktop.ui.widgets.report_tables import read_only_table
from desktop.ui.widgets.retranslating import Retranslating

LATEST = 100


class RecentRecords(Retranslating, QGroupBox):
    """The last LATEST records of the log, newest first, each confirmed or waiting (in words)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = read_only_table(self)
        QVBoxLayout(self).addWidget(self.table)
        self._shown: tuple[list[AuditRecord], int] = ([], 0)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setTitle(self.tr("Latest records"))
        self.table.setAccessibleName(self.tr("Latest records and their confirmation"))
        records, confirmed = self._shown
        self.show_records(records, confirmed=confirmed)

    @staticmethod
    def latest(store: AuditStore) -> list[AuditRecord]:
        """The store's last LATEST records, newest first."""
        head = store.head()[0]
        return list(reversed(list(store.records(after_seq=max(0, head - LATEST)))))

    def _decision(self, code: str) -> str:
        return {
            "accept": self.tr("Accepted"),
            "partial": self.tr("Partly accepted"),
            "override": self.tr("Overridden"),
            "erasure": self.tr("A patient's data erased"),
        }.get(code, code)

    def show_records(self, records: list[AuditRecord], *, confirmed: int) -> None:
        """Show `records`; those with seq <= confirmed are confirmed by the district."""
        self._shown = (list(records), confirmed)
        headings = [
            self.tr("Record"),
            self.tr("Time"),
            self.tr("Model"),
            self.tr("Decision"),
            self.tr("District"),
        ]
        self.table.clear()
        self.table.setColumnCount(len(headings))
        self.table.setHorizontalHeaderLabels(headings)
        self.table.setRowCount(len(records))
        for row, record in enumerate(records):
            data = record.data
            model = data.get("model") or {}
            status = (
                self.tr("✔ confirmed")
                if record.seq <= confirmed
                else self.tr("waiting for the district's receipt")
            )
            cells = [
                sync_words.integer(record.seq),
                wording.when(str(data.get("created_utc", ""))),
                f"{model.get('id', '?')} {model.get('version', '')}".strip(),
                self._decision(str(data.get("decision") or record.kind)),
                status,
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeRowsToContents()

    def statuses(self) -> dict[int, str]:
        """seq -> the status text shown (for tests and screen readers)."""
        out = {}
        for row in range(self.table.rowCount()):
            seq_item, status = self.table.item(row, 0), self.table.item(row, 4)
            if seq_item is not None and status is not None:
                out[int(self._shown[0][row].seq)] = status.text()
        return out
