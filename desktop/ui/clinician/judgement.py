"""Your judgement first: the clinician's own estimate, asked while the output is still hidden."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.audit.record import ESTIMATES
from desktop.consultation import Consultation, Stage
from desktop.observable import follow


class JudgementPrompt(QGroupBox):
    """Asks for the clinician's own estimate while the model's output is still hidden."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._consultation: Consultation | None = None
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.buttons = {level: QPushButton() for level in ESTIMATES}
        row = QHBoxLayout()
        for level, button in self.buttons.items():
            button.clicked.connect(lambda _c=False, lv=level: self._answer(lv))
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addLayout(row)
        self._retranslate()
        self._render()

    def bind(self, consultation: Consultation | None) -> None:
        """Follow `consultation`."""
        self._consultation = follow(self._consultation, consultation, self._render)
        self._render()

    def asking(self) -> bool:
        """The question is on screen."""
        c = self._consultation
        return (
            c is not None
            and c.judgement_first
            and c.estimate is None
            and c.stage in (Stage.EXPLAINING, Stage.AWAITING_ESTIMATE)
        )

    def _answer(self, level: str) -> None:
        if self.asking() and self._consultation is not None:
            self._consultation.set_estimate(level)

    def _render(self) -> None:
        was_hidden = self.isHidden()
        self.setVisible(self.asking())
        if was_hidden and self.asking():
            self.buttons["medium"].setFocus()

    def _retranslate(self) -> None:
        self.setTitle(self.tr("Your judgement first"))
        self.question.setText(
            self.tr(
                "Before you see the model's output: how high do you think this patient's risk is?"
            )
        )
        words = {"low": self.tr("&Low risk"), "medium": self.tr("&Medium risk")}
        words["high"] = self.tr("Hi&gh risk")
        for level, button in self.buttons.items():
            button.setText(words[level])
            button.setAccessibleName(words[level].replace("&", ""))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Re-word on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
