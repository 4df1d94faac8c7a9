"""The clinician's decision: accept, partly accept or override with a reason, written to the
audit log and confirmed. Beside the note, whether the note leaves the laptop (the district's
notes policy, read again whenever the panel is shown or a sync installed a new one).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop import paths
from desktop.audit.decision import NEEDS_REASON, Decision
from desktop.audit.errors import AuditError
from desktop.audit.record import DECISIONS, REASONS
from desktop.consultation import Consultation, Stage
from desktop.messages import describe_code
from desktop.observable import follow
from desktop.ui.clinician import decision_words
from desktop.ui.widgets import wording
from desktop.updates.errors import CatalogError
from desktop.updates.guard import check_usable

if TYPE_CHECKING:
    from collections.abc import Callable

    from desktop.audit.store import AuditStore
    from desktop.privacy.notes_policy import NotesPolicy


class DecisionPanel(QGroupBox):
    """Accept / partly accept / override, a reason, a note; saving writes the audit record."""

    saved = Signal(object)  # the AuditRecord

    def __init__(
        self,
        open_store: Callable[[], AuditStore],
        parent: QWidget | None = None,
        *,
        role: str = "clinician",
        language: str = "en",
        notes_policy: Callable[[], NotesPolicy | None] = lambda: None,
    ) -> None:
        super().__init__(parent)
        self._open_store, self.role, self.language = open_store, role, language
        self._read_policy = notes_policy
        self._policy = notes_policy()
        self.clinician: str | None = None  # the signed-in account's pseudonymous id
        self._consultation: Consultation | None = None
        self.choices = {d: QRadioButton() for d in DECISIONS}
        self.group = QButtonGroup(self)
        for button in self.choices.values():
            self.group.addButton(button)
        self.reason = QComboBox()
        self.note = QLineEdit()
        self.note_fate = QLabel()  # whether the note leaves the laptop
        self.note_fate.setWordWrap(True)
        self.note_box = QWidget()  # the note and, right under it, where it goes
        note_column = QVBoxLayout(self.note_box)
        note_column.setContentsMargins(0, 0, 0, 0)
        note_column.addWidget(self.note)
        note_column.addWidget(self.note_fate)
        self.patient_ref = QLineEdit()
        self.estimate = QLabel()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.confirmation = QLabel()
        self.confirmation.setWordWrap(True)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.group.buttonToggled.connect(lambda *_: self._update_reason())
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.waiting = QLabel()
        self.waiting.setWordWrap(True)
        self.reason_label, self.note_label, self.ref_label = QLabel(), QLabel(), QLabel()
        self.form_rows = (
            self.reason_label,
            self.reason,
            self.note_label,
            self.note_box,
            self.ref_label,
            self.patient_ref,
        )
        for label, editor, field in (
            (self.reason_label, self.reason, self.reason),
            (self.note_label, self.note, self.note_box),
            (self.ref_label, self.patient_ref, self.patient_ref),
        ):
            label.setBuddy(editor)
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addWidget(self.waiting)
        for button in self.choices.values():
            layout.addWidget(button)
        layout.addLayout(form)
        for widget in (self.estimate, self.message, self.save_button, self.confirmation):
            layout.addWidget(widget)
        self._retranslate()
        self._render()

    def bind(self, consultation: Consultation | None) -> None:
        """Follow `consultation`."""
        self._consultation = follow(self._consultation, consultation, self._render)
        self._render()

    def choose(self, decision: str, *, reason: str | None = None, note: str = "") -> None:
        """Fill the panel (as a clinician would by keyboard or mouse)."""
        self.choices[decision].setChecked(True)
        self.reason.setCurrentIndex(0 if reason is None else 1 + REASONS.index(reason))
        self.note.setText(note)

    def decision(self) -> Decision | None:
        """The decision as entered, or None (with the message shown) when incomplete."""
        chosen = [d for d, button in self.choices.items() if button.isChecked()]
        if not chosen:
            self._say(self.tr("Choose accept, partly accept or override first."))
            return None
        reason = self.reason.currentData()
        if chosen[0] in NEEDS_REASON and reason is None:
            self._say(self.tr("Give a reason when you partly accept or override the output."))
            self.reason.setFocus()
            return None
        return Decision(
            decision=chosen[0],
            reason=reason,
            note=self.note.text().strip() or None,
            role=self.role,
            language=self.language,
            patient_ref=self.patient_ref.text().strip() or None,
            clinician=self.clinician,
        )

    def save(self) -> None:
        """Write the decision to the audit log, confirm it, and make the panel ready again."""
        consultation = self._consultation
        if consultation is None or not consultation.revealed:
            return
        decision = self.decision()
        if decision is None:
            return
        card = consultation.package.card
        try:  # a recall (or a blocking stale catalog) may have come in since it was explained
            check_usable(card.id, card.version, home=paths.home())
            with self._open_store() as store:
                record = consultation.decide(store, decision)
        except (AuditError, CatalogError) as error:
            self._say(describe_code(error.message_key, error.file, error.params, self.language))
            return
        self.saved.emit(record)

    def refresh_policy(self) -> None:
        """Read the installed notes policy again (after a sync) and say where the note goes."""
        self._policy = self._read_policy()
        self._show_note_fate()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """The policy may have changed while another tab was shown."""
        super().showEvent(event)
        self.refresh_policy()

    def _show_note_fate(self) -> None:
        if self._policy is not None and self._policy.notes == "scrubbed":
            text = self.tr(
                "Sent to the district with phone numbers, e-mail addresses, dates and ID "
                "numbers removed; names are not removed, do not write them."
            )
        else:
            text = self.tr("Stays on this laptop.")
        self.note_fate.setText(text)
        self.note.setToolTip(text)
        self.note.setAccessibleDescription(text)

    def _say(self, text: str) -> None:
        self.message.setText(f"⚠ {text}" if text else "")
        self.message.setVisible(bool(text))

    def _reset(self) -> None:
        self.group.setExclusive(False)
        for button in self.choices.values():
            button.setChecked(False)
        self.group.setExclusive(True)
        self.reason.setCurrentIndex(0)
        self.note.clear()
        self.patient_ref.clear()
        self._say("")

    def _render(self) -> None:
        c = self._consultation
        ready = c is not None and c.revealed
        if not ready:
            self._reset()
        for widget in (
            *self.choices.values(),
            *self.form_rows,
            self.save_button,
        ):
            widget.setVisible(ready)
        self.waiting.setVisible(not ready)
        self.estimate.setVisible(ready and c is not None and c.estimate is not None)
        if c is not None and c.estimate is not None:
            self.estimate.setText(
                self.tr("Your own estimate, recorded before the reveal: {level}").format(
                    level=decision_words.estimates()[c.estimate]
                )
            )
        saved = c.saved if c is not None and c.stage is Stage.ENTERING else None
        self.confirmation.setVisible(saved is not None)
        if saved is not None:
            self.confirmation.setText(
                self.tr("✔ Decision saved in the audit log as record {seq} ({time}).").format(
                    seq=saved.seq, time=wording.clock(str(saved.data["created_utc"]))
                )
            )
        self._update_reason()

    def _update_reason(self) -> None:
        needed = any(self.choices[d].isChecked() for d in NEEDS_REASON)
        text = self.tr("&Reason (needed)") if needed else self.tr("&Reason")
        self.reason_label.setText(text)

    def _retranslate(self) -> None:
        self.setTitle(self.tr("Your decision"))
        self.waiting.setText(self.tr("You can record your decision once the result is shown."))
        words = {
            "accept": self.tr("&Accept the model's output"),
            "partial": self.tr("&Partly accept it"),
            "override": self.tr("&Override it with my own judgement"),
        }
        for decision, button in self.choices.items():
            button.setText(words[decision])
            button.setAccessibleName(words[decision].replace("&", ""))
        current = self.reason.currentData()
        self.reason.clear()
        self.reason.addItem(self.tr("— choose a reason —"), None)
        for code, text in decision_words.reasons().items():
            self.reason.addItem(text, code)
        self.reason.setCurrentIndex(max(0, self.reason.findData(current)))
        self.note_label.setText(self.tr("Not&e (optional)"))
        self.ref_label.setText(self.tr("Patient &identifier (optional, kept only as a code)"))
        self.save_button.setText(self.tr("&Save decision (Ctrl+S)"))
        for widget, text in (
            (self.reason, self.tr("Reason")),
            (self.note, self.tr("Note")),
            (self.patient_ref, self.tr("Patient reference")),
            (self.save_button, self.tr("Save decision")),
        ):
            widget.setAccessibleName(text)
        self._show_note_fate()
        self._render()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Re-word on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
