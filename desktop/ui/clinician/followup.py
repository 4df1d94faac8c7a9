"""The clinician's Follow-up view: decisions waiting for their outcome, oldest due first.

Type a patient's reference to see only theirs (matched through the clinic's keyed pseudonym,
so the reference itself is never stored); pick a decision, type the observed value, Enter.
Refusals (a wrong value, a date before the decision or ahead) are shown as one sentence and
nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop import keys
from desktop.audit.followup import OpenDecision, open_decisions
from desktop.audit.outcome import SOURCES, Observation, record_outcome
from desktop.audit.outcome_errors import OutcomeError
from desktop.audit.store import AuditStore
from desktop.messages import describe_code
from desktop.ui.widgets import sync_words
from desktop.ui.widgets.retranslating import Retranslating


class FollowupView(Retranslating, QWidget):
    """Open decisions in a table; an outcome typed for the one selected."""

    recorded = Signal(str)

    def __init__(self, open_store: Callable[[], AuditStore], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.open_store = open_store
        self.clinician: str | None = None  # the signed-in account's id, for the outcomes
        self.horizons: dict[str, int] = {}
        self.items: list[OpenDecision] = []
        self.search = QLineEdit()
        self.search.textChanged.connect(self.refresh)
        self.table = QTableWidget(0, 5)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.observed = QLineEdit()
        self.observed.returnPressed.connect(self.record)
        self.on = QLineEdit(date.today().isoformat())
        self.source = QComboBox()
        self.record_button = QPushButton()
        self.record_button.clicked.connect(self.record)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.form = QFormLayout()
        self.form.addRow("", self.observed)
        self.form.addRow("", self.on)
        self.form.addRow("", self.source)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.form)
        layout.addWidget(self.record_button)
        layout.addWidget(self.message)
        self._retranslate()

    def source_names(self) -> dict[str, str]:
        """How each source code is shown."""
        return {
            "clinic_visit": self.tr("Clinic visit"),
            "lab": self.tr("Laboratory"),
            "register": self.tr("Register"),
            "phone": self.tr("Phone call"),
            "other": self.tr("Other"),
        }

    def _retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Patient reference (leave empty: all due)"))
        self.search.setAccessibleName(self.tr("Find a patient's open decisions"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Outcome due"),
                self.tr("Days overdue"),
                self.tr("Decided on"),
                self.tr("Model"),
                self.tr("Predicted"),
            ]
        )
        self.table.setAccessibleName(self.tr("Decisions waiting for an outcome"))
        labels = [
            self.tr("Observed (0/1 or a number)"),
            self.tr("Date observed"),
            self.tr("Source"),
        ]
        for row, label in enumerate(labels):
            item = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and isinstance(item.widget(), QLabel):
                item.widget().setText(label)  # type: ignore[union-attr]
        self.observed.setAccessibleName(labels[0])
        self.on.setAccessibleName(labels[1])
        self.source.setAccessibleName(labels[2])
        current = self.source.currentIndex()
        self.source.clear()
        names = self.source_names()
        for code in SOURCES:
            self.source.addItem(names[code], code)
        self.source.setCurrentIndex(max(current, 0))
        self.record_button.setText(self.tr("&Record the outcome"))

    def set_horizons(self, horizons: dict[str, int]) -> None:
        """Days until each model's outcome is due (from the installed cards)."""
        self.horizons = dict(horizons)
        self.refresh()

    def refresh(self) -> None:
        """Read the open decisions again (all due ones, or the typed patient's)."""
        ref = self.search.text().strip()
        pseudonym = keys.pseudonymise(ref) if ref else None
        today = date.today()
        with self.open_store() as store:
            self.items = open_decisions(
                store, horizons=self.horizons, today=today, pseudonym=pseudonym, due_only=not ref
            )
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            cells = [
                item.due_on.isoformat(),
                str(item.days_overdue(today)),
                item.decided_on.isoformat(),
                item.model_id,
                f"{item.prediction:.0%}",
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        if self.items:
            self.table.selectRow(0)

    def record(self) -> bool:
        """Record the typed outcome for the selected decision; False (and why) if refused."""
        row = self.table.currentRow()
        if not 0 <= row < len(self.items):
            self.message.setText(self.tr("Pick a decision first."))
            return False
        observation = Observation(
            record_id=self.items[row].record_id,
            observed=self.observed.text().strip(),
            on=self.on.text().strip() or None,
            source=str(self.source.currentData()),
            language=sync_words.language(),
            clinician=self.clinician,
        )
        try:
            with self.open_store() as store:
                record = record_outcome(store, observation)
        except OutcomeError as error:
            language = sync_words.language()
            self.message.setText(
                describe_code(error.message_key, error.file, error.params, language)
            )
            return False
        self.message.setText(self.tr("Outcome recorded."))
        self.observed.clear()
        self.refresh()
        self.recorded.emit(record.uuid)
        return True
