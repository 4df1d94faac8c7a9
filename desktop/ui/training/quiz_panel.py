"""The quiz on the current case, answered by each trainee before the true outcome is revealed:
risk high or low, the factor that mattered most, override or not. Scored and stored by
desktop.training (in training.sqlite, never the audit log); points are shown after the reveal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.messages import describe_code
from desktop.observable import follow
from desktop.training.errors import TrainingError
from desktop.training.quiz import RISKS, Answer
from desktop.ui.training import training_words
from desktop.ui.widgets import card_texts
from desktop.ui.widgets.worker import Worker

if TYPE_CHECKING:
    from collections.abc import Callable

    from desktop.training.records import AnswerRow
    from desktop.training.store import TrainingStore
    from desktop.training.walkthrough import Walkthrough


class QuizPanel(QGroupBox):
    """One trainee's three answers on the current case; who has answered; points once revealed."""

    recorded = Signal(object)  # the stored AnswerRow

    def __init__(
        self,
        open_store: Callable[[], TrainingStore],
        parent: QWidget | None = None,
        *,
        language: str = "en",
    ) -> None:
        super().__init__(parent)
        self._open_store, self.language = open_store, language
        self._walkthrough: Walkthrough | None = None
        self._worker: Worker | None = None
        self.intro = QLabel()
        self.trainee = QComboBox()
        self.risk = {risk: QRadioButton() for risk in RISKS}
        self.override = {value: QRadioButton() for value in (True, False)}
        self.factor = QComboBox()
        self.record_button = QPushButton()
        self.record_button.clicked.connect(self.record)
        self.message = QLabel()
        self.answered = QLabel()
        self.results = QLabel()
        for label in (self.intro, self.message, self.answered, self.results):
            label.setWordWrap(True)
        self.labels = [QLabel() for _ in range(4)]
        self._layout()
        self._retranslate()
        self._render()

    def _layout(self) -> None:
        self._groups = []
        rows: list[QWidget] = []
        for buttons in (self.risk, self.override):
            group, row = QButtonGroup(self), QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            for button in buttons.values():
                group.addButton(button)
                line.addWidget(button)
            line.addStretch(1)
            self._groups.append(group)
            rows.append(row)
        fields: list[QWidget] = [self.trainee, rows[0], self.factor, rows[1]]
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        for label, field in zip(self.labels, fields, strict=True):
            label.setWordWrap(True)
            layout.addWidget(label)
            layout.addWidget(field)
        for label, buddy in zip(
            self.labels,
            (self.trainee, self.risk["high"], self.factor, self.override[True]),
            strict=True,
        ):
            label.setBuddy(buddy)
        for widget in (self.record_button, self.message, self.answered, self.results):
            layout.addWidget(widget)
        self.form_widgets = [*self.labels, *fields, self.record_button, self.intro]

    def bind(self, walkthrough: Walkthrough | None) -> None:
        """Follow `walkthrough` (None: no model chosen)."""
        self._walkthrough = follow(self._walkthrough, walkthrough, self._render)
        self._fill_factors()
        self._render()

    def set_language(self, language: str) -> None:
        """Use the card's feature labels in `language`."""
        self.language = language
        self._fill_factors()
        self._render()

    def choose(self, *, trainee: str, risk: str, factor: str, override: bool) -> None:
        """Fill the answer in (as a trainer would by keyboard or mouse)."""
        self.trainee.setCurrentIndex(self.trainee.findText(trainee))
        self.risk[risk].setChecked(True)
        self.factor.setCurrentIndex(self.factor.findData(factor))
        self.override[override].setChecked(True)

    def answer(self) -> Answer | None:
        """The answer as entered, or None (with the message shown) when a question is open."""
        risk = [r for r, button in self.risk.items() if button.isChecked()]
        override = [v for v, button in self.override.items() if button.isChecked()]
        factor = self.factor.currentData()
        if not risk or not override or factor is None or self.trainee.currentData() is None:
            self._say(self.tr("Answer the three questions for one trainee first."))
            return None
        return Answer(risk=risk[0], factor=str(factor), override=override[0])

    def record(self) -> None:
        """Score and store the answer off the GUI thread (an explanation is computed)."""
        w = self._walkthrough
        if w is None or not w.taking_answers or self._worker is not None or w.session is None:
            return
        answer = self.answer()
        if answer is None:
            return
        trainee = next(t for t in w.trainees if t.id == self.trainee.currentData())
        package, session, case, open_store = w.package, w.session, w.case, self._open_store

        def run() -> AnswerRow:
            from desktop.training.session import answer_case  # noqa: PLC0415 - numerical stack

            with open_store() as store:
                return answer_case(
                    store, package, session=session, trainee=trainee, case=case, answer=answer
                )

        self._worker = Worker(run, self)
        self._worker.done.connect(self._stored)
        self._worker.error.connect(self._refused)
        self.record_button.setEnabled(False)
        self._worker.start()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until a recording in progress has ended (shutdown and tests)."""
        return self._worker.wait(msecs) if self._worker is not None else True

    def _forget(self) -> None:
        if self._worker is not None:
            self._worker.deleteLater()
        self._worker = None

    def _stored(self, row: AnswerRow) -> None:
        self._forget()
        self._clear()
        self._say("")
        with self._open_store() as store:
            history = store.answers()
        if self._walkthrough is not None:
            self._walkthrough.set_history(history)
        self.recorded.emit(row)

    def _refused(self, exc: object) -> None:
        self._forget()
        if isinstance(exc, TrainingError):
            self._say(describe_code(exc.message_key, exc.file, exc.params, self.language))
        else:
            self._say(
                self.tr("The answer could not be recorded ({error}).").format(
                    error=type(exc).__name__
                )
            )
        self._render()

    def _say(self, text: str) -> None:
        self.message.setText(f"⚠ {text}" if text else "")
        self.message.setVisible(bool(text))

    def _clear(self) -> None:
        for group in self._groups:
            group.setExclusive(False)
            for button in group.buttons():
                button.setChecked(False)
            group.setExclusive(True)
        self.factor.setCurrentIndex(0)

    def _fill_factors(self) -> None:
        current = self.factor.currentData()
        self.factor.clear()
        self.factor.addItem(self.tr("— choose a factor —"), None)
        if self._walkthrough is not None:
            card = self._walkthrough.package.card
            for fid, label in card_texts.labels(card, self.language).items():
                self.factor.addItem(label, fid)
        self.factor.setCurrentIndex(max(0, self.factor.findData(current)))

    def _fill_trainees(self, w: Walkthrough) -> None:
        waiting = w.waiting()
        current = self.trainee.currentData()
        self.trainee.clear()
        for trainee in waiting:
            self.trainee.addItem(trainee.name, trainee.id)
        index = self.trainee.findData(current)
        self.trainee.setCurrentIndex(max(0, index))

    def _render(self) -> None:
        w = self._walkthrough
        in_session = w is not None and w.session is not None and bool(w.trainees)
        self.setVisible(in_session)
        if w is None or not in_session:
            return
        taking = w.taking_answers and bool(w.waiting())
        for widget in self.form_widgets:
            widget.setVisible(taking)
        self.record_button.setEnabled(taking and self._worker is None)
        if taking:
            self._fill_trainees(w)
        done = [r.trainee.name for r in w.case_answers()]
        self.answered.setText(
            self.tr("Answered: {names} ({count} of {total})").format(
                names=", ".join(done), count=len(done), total=len(w.trainees)
            )
            if done
            else self.tr("No one has answered this case yet.")
        )
        if not w.is_revealed:
            self.results.setText(self.tr("Points are shown after the reveal."))
        else:
            lines = [training_words.points(r) for r in w.case_answers()]
            self.results.setText("\n".join(lines) or self.tr("No answers were given."))
        if not w.is_revealed and not taking and done:
            self.results.setText(self.tr("Everyone has answered: reveal the true outcome."))

    def _retranslate(self) -> None:
        self.setTitle(self.tr("Quiz: answer before the reveal"))
        self.intro.setText(
            self.tr("Each trainee answers from what the screen shows; the outcome stays hidden.")
        )
        texts = (
            self.tr("Who is &answering"),
            self.tr("&1. By the model's threshold, is this risk high or low?"),
            self.tr("&2. Which factor mattered most to the model?"),
            self.tr("&3. Would you override the model here?"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        words = {"high": self.tr("High risk"), "low": self.tr("Low risk")}
        for risk, button in self.risk.items():
            button.setText(words[risk])
            button.setAccessibleName(words[risk].replace("&", ""))
        override = {True: self.tr("Yes, override it"), False: self.tr("No, follow it")}
        for value, button in self.override.items():
            button.setText(override[value])
            button.setAccessibleName(override[value].replace("&", ""))
        self.trainee.setAccessibleName(self.tr("Who is answering"))
        self.factor.setAccessibleName(self.tr("Factor that mattered most"))
        self.record_button.setText(self.tr("Recor&d the answer"))
        self.record_button.setAccessibleName(self.tr("Record the answer"))
        self._fill_factors()
        self._render()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Re-word on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
