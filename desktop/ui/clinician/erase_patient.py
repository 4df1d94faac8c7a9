"""The clinic's erasure box: one patient's values, notes and reference leave this computer.

The GUI twin of `kuona audit erase` (desktop/audit/erasure.py): the reference is matched through
the keyed pseudonym, the clinician confirms, the values are erased and an erasure record is
appended, which the district applies at the next export. The audit chain stays verifiable.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.audit.erasure import ErasurePlan, erase_patient, plan_erasure
from desktop.audit.errors import AuditError
from desktop.audit.local import open_local_store
from desktop.ui.widgets import sync_words
from desktop.ui.widgets.retranslating import Retranslating


class ErasePatientBox(Retranslating, QGroupBox):
    """A reference field, an Erase button (asks first) and what happened."""

    # A patient's values were erased (the records list may show it).
    erased = Signal()

    def __init__(self, home: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.home = Path(home)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.reference = QLineEdit()
        self.erase_button = QPushButton()
        self.erase_button.clicked.connect(self.ask)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        row = QHBoxLayout()
        row.addWidget(self.reference, 1)
        row.addWidget(self.erase_button)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setTitle(self.tr("Erase a patient's data"))
        self.explain.setText(
            self.tr(
                "At the patient's request: their values, notes and reference are removed from "
                "this computer now, and from the district with the next export. The audit chain "
                "stays verifiable."
            )
        )
        self.reference.setPlaceholderText(self.tr("Patient reference"))
        self.reference.setAccessibleName(self.tr("Reference of the patient to erase"))
        self.erase_button.setText(self.tr("Er&ase…"))
        self.erase_button.setAccessibleName(self.tr("Erase this patient's data"))
        self.message.setAccessibleName(self.tr("Erasure messages"))

    def plan(self, reference: str) -> ErasurePlan | None:
        """What the reference matches, or None (the refusal shown: unknown, old records only)."""
        try:
            with open_local_store(self.home) as store:
                return plan_erasure(store, patient_ref=reference)
        except AuditError as error:
            self.message.setText("⚠ " + sync_words.error_sentence(error))
            return None

    def ask(self) -> None:
        """Confirm with the clinician, then erase."""
        reference = self.reference.text()
        plan = self.plan(reference)
        if plan is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Erase a patient's data"),
            self.tr(
                "Erase the values, notes and reference of this patient from this computer "
                "(records: {records})? This cannot be undone."
            ).format(records=len(plan.erasable)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.erase(reference)

    def erase(self, reference: str) -> bool:
        """Erase without asking (ask() confirms first); True if something was erased."""
        try:
            with open_local_store(self.home) as store:
                done = erase_patient(store, patient_ref=reference)
        except AuditError as error:
            self.message.setText("⚠ " + sync_words.error_sentence(error))
            return False
        lines = [
            self.tr(
                "✔ Erased from this computer (records: {records}); the district removes the "
                "same values when it imports the next export."
            ).format(records=len(done.erased))
        ]
        if done.old_format:
            lines.append(
                self.tr(
                    "Older records of this patient were kept (records: {records}): they were "
                    "written before erasure was possible, and erasing them would break the "
                    "audit chain."
                ).format(records=len(done.old_format))
            )
        if not done.cleaned:
            lines.append(
                self.tr(
                    "The file itself is compacted the next time Kuona opens the audit log "
                    "(another program holds it open now)."
                )
            )
        self.message.setText("\n".join(lines))
        self.reference.clear()
        self.erased.emit()
        return True
