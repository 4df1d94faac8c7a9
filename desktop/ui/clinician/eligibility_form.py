"""The card's eligibility questions, asked above the patient's values and before any result."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from desktop.ui.widgets.trust_words import questions

if TYPE_CHECKING:
    from models.card import Card


class EligibilityForm(QWidget):
    """One yes/no choice per question (unanswered until chosen); hidden when there is none."""

    changed = Signal()

    def __init__(self, card: Card, parent: QWidget | None = None, *, language: str = "en") -> None:
        super().__init__(parent)
        self.card, self.language = card, language
        self.heading = QLabel()
        bold = QFont()
        bold.setBold(True)
        self.heading.setFont(bold)
        self.heading.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        self._ids: list[str] = []
        self._labels: list[QLabel] = []
        self.editors: list[QComboBox] = []
        self.messages: list[QLabel] = []
        for question in card.raw.get("eligibility", {}).get("questions", []):
            label, editor, message = QLabel(), QComboBox(), QLabel()
            label.setWordWrap(True)
            label.setBuddy(editor)
            message.setFont(bold)
            message.setWordWrap(True)
            message.hide()
            editor.currentIndexChanged.connect(lambda _i, m=message: self._answered(m))
            for widget in (label, editor, message):
                layout.addWidget(widget)
            self._ids.append(question["id"])
            self._labels.append(label)
            self.editors.append(editor)
            self.messages.append(message)
        for first, second in zip(self.editors, self.editors[1:], strict=False):
            QWidget.setTabOrder(first, second)
        if not self._ids:  # (never show() here: a parentless widget would become a window)
            self.hide()
        self._retranslate()

    def answers(self) -> dict[str, bool] | None:
        """Question id → answer, or None while any question is unanswered."""
        out: dict[str, bool] = {}
        for qid, editor in zip(self._ids, self.editors, strict=True):
            if editor.currentIndex() <= 0:
                return None
            out[qid] = bool(editor.currentData())
        return out

    def check(self) -> bool:
        """Name every unanswered question and focus the first; True when all are answered."""
        missing = [i for i, e in enumerate(self.editors) if e.currentIndex() <= 0]
        for index, message in enumerate(self.messages):
            message.setText(f"⚠ {self.tr('Answer this question first.')}")
            message.setVisible(index in missing)
        if missing:
            self.editors[missing[0]].setFocus()
        return not missing

    def clear(self) -> None:
        """Every question unanswered again (a new patient)."""
        for editor, message in zip(self.editors, self.messages, strict=True):
            editor.setCurrentIndex(0)
            message.hide()

    def set_language(self, language: str) -> None:
        """Show the questions in `language` (answers are kept)."""
        self.language = language
        self._retranslate()

    def set_answer(self, question_id: str, answer: bool) -> None:
        """Answer one question (tests, training)."""
        editor = self.editors[self._ids.index(question_id)]
        editor.setCurrentIndex(editor.findData(answer))

    def _answered(self, message: QLabel) -> None:
        message.hide()
        self.changed.emit()

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Before any result: may this model be used for this patient?"))
        texts = {q["id"]: q["question"] for q in questions(self.card, self.language)}
        for qid, label, editor in zip(self._ids, self._labels, self.editors, strict=True):
            label.setText(texts[qid])
            editor.setAccessibleName(texts[qid])
            current = editor.currentIndex()
            editor.blockSignals(True)
            editor.clear()
            editor.addItem(self.tr("— choose —"), None)
            editor.addItem(self.tr("Yes"), True)
            editor.addItem(self.tr("No"), False)
            editor.setCurrentIndex(max(current, 0))
            editor.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Re-word when the interface language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
