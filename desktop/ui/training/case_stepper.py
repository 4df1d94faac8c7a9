"""The training cases page: the session, one case's values, the model's prediction and
explanation (the clinician's ResultView), the quiz, and the true outcome on demand."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.observable import follow
from desktop.ui.training import training_words
from desktop.ui.training.quiz_panel import QuizPanel
from desktop.ui.training.session_panel import SessionPanel
from desktop.ui.widgets.panes import scrolled, wrapped
from desktop.ui.widgets.result_view import ResultView

if TYPE_CHECKING:
    from collections.abc import Callable

    from desktop.training.store import TrainingStore
    from desktop.training.walkthrough import Walkthrough


class CaseStepper(QWidget):
    """Session and case | result | quiz and outcome; follows a Walkthrough."""

    navigate = Signal(int)  # the case index the trainer asked for

    def __init__(
        self,
        open_store: Callable[[], TrainingStore],
        parent: QWidget | None = None,
        *,
        language: str = "en",
    ) -> None:
        super().__init__(parent)
        self.language = language
        self._walkthrough: Walkthrough | None = None
        self._values_of: tuple[int, str, str] | None = None
        self._chooser_of: tuple[int, int] | None = None
        self.session = SessionPanel(open_store, language=language)
        self.previous_button, self.next_button = QPushButton(), QPushButton()
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(+1))
        self.chooser = QComboBox()
        self.chooser.activated.connect(self.navigate.emit)
        self.title = wrapped(bold=True)
        # A grid, not a QFormLayout: its wrapped rows can keep a stale height and hide a line.
        self.values = QGridLayout()
        self.values.setColumnStretch(0, 1)
        self.values.setColumnStretch(1, 1)
        self.result = ResultView(language=language)
        self.quiz = QuizPanel(open_store, language=language)
        self.reveal_button = QPushButton()
        self.reveal_button.clicked.connect(self.reveal)
        self.outcome, self.verdict = wrapped(bold=True), wrapped()
        self.category, self.note = wrapped(), wrapped()
        self.outcome_box = QFrame()
        self.outcome_box.setFrameShape(QFrame.Shape.Box)
        self._layout()
        self._retranslate()

    def _layout(self) -> None:
        left = QWidget()
        column = QVBoxLayout(left)
        column.addWidget(self.session)
        nav = QHBoxLayout()
        nav.addWidget(self.previous_button)
        nav.addWidget(self.chooser, 1)
        nav.addWidget(self.next_button)
        column.addLayout(nav)
        column.addWidget(self.title)
        column.addLayout(self.values)
        column.addStretch(1)
        box = QVBoxLayout(self.outcome_box)
        for label in (self.outcome, self.verdict, self.category, self.note):
            box.addWidget(label)
        right = QWidget()
        side = QVBoxLayout(right)
        side.addWidget(self.quiz)
        side.addWidget(self.reveal_button)
        side.addWidget(self.outcome_box)
        side.addStretch(1)
        self.areas = [
            scrolled(left, name="case"),
            scrolled(self.result, name="result"),
            scrolled(right, name="outcome", fit_width=True),
        ]
        splitter = QSplitter(Qt.Orientation.Horizontal)
        for area in self.areas:
            splitter.addWidget(area)
        splitter.setSizes([400, 520, 420])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def bind(self, walkthrough: Walkthrough | None) -> None:
        """Follow `walkthrough` (None: no model chosen)."""
        self._walkthrough = follow(self._walkthrough, walkthrough, self._render)
        self.result.bind(walkthrough.shown if walkthrough is not None else None)
        for view in (self.session, self.quiz):
            view.bind(walkthrough)
        self._render()

    def set_language(self, language: str) -> None:
        """Show the card's texts in `language`."""
        self.language, self._values_of = language, None
        for view in (self.session, self.quiz):
            view.language = language
        self.quiz.set_language(language)
        self.result.set_language(language)
        self._render()

    def reveal(self) -> None:
        """Show the current case's true outcome."""
        if self._walkthrough is not None:
            self._walkthrough.reveal()
            self.next_button.setFocus()

    def step(self, by: int) -> None:
        """Ask for the case `by` places on (+1 next, -1 previous), if there is one."""
        w = self._walkthrough
        if w is not None and 0 <= w.index + by < len(w.cases):
            self.navigate.emit(w.index + by)

    def _fill_values(self, w: Walkthrough) -> None:
        key = (id(w), w.case.id, self.language)
        if key == self._values_of:
            return
        self._values_of = key
        while (item := self.values.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.hide()
                widget.deleteLater()
        lines = training_words.case_lines(w.package.card, w.case, self.language)
        for row, (label, value) in enumerate(lines):
            name, shown = wrapped(), wrapped(bold=True)
            name.setText(label)
            shown.setText(value)
            shown.setAccessibleName(label)
            self.values.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            self.values.addWidget(shown, row, 1, Qt.AlignmentFlag.AlignTop)

    def _render(self) -> None:
        w = self._walkthrough
        self.setEnabled(w is not None)
        if w is None:
            self.title.setText(self.tr("Choose a model to see its training cases."))
            return
        self._fill_chooser(w)
        self.previous_button.setEnabled(w.index > 0)
        self.next_button.setEnabled(w.index + 1 < len(w.cases))
        self.title.setText(training_words.case_title(w.index, len(w.cases), w.case))
        self._fill_values(w)
        revealed = w.is_revealed
        self.reveal_button.setEnabled(not revealed)
        self.outcome_box.setVisible(revealed)
        if revealed:
            self._fill_outcome(w)

    def _fill_outcome(self, w: Walkthrough) -> None:
        card, case = w.package.card, w.case
        self.outcome.setText(training_words.outcome(card, case, self.language))
        explanation = w.explanation
        if explanation is not None:
            high = explanation.prediction >= float(card.output["threshold"])
            self.verdict.setText(training_words.verdict(model_high=high, outcome=case.outcome))
        else:
            self.verdict.setText("")
        self.category.setText(training_words.category(case.category))
        self.note.setText(
            self.tr("Trainer's note: {note}").format(note=case.note) if case.note else ""
        )
        for label in (self.verdict, self.note):
            label.setVisible(bool(label.text()))

    def _fill_chooser(self, w: Walkthrough) -> None:
        self.chooser.blockSignals(True)
        key = (id(w), len(w.cases))
        if key != self._chooser_of:
            self._chooser_of = key
            self.chooser.clear()
            for index, case in enumerate(w.cases):
                self.chooser.addItem(training_words.case_title(index, len(w.cases), case))
        self.chooser.setCurrentIndex(w.index)
        self.chooser.blockSignals(False)

    def _retranslate(self) -> None:
        self.previous_button.setText(self.tr("&Previous case"))
        self.previous_button.setAccessibleName(self.tr("Previous case"))
        self.previous_button.setToolTip(self.tr("Alt+Left"))
        self.next_button.setText(self.tr("Ne&xt case"))
        self.next_button.setAccessibleName(self.tr("Next case"))
        self.next_button.setToolTip(self.tr("Alt+Right"))
        self.chooser.setAccessibleName(self.tr("Training case"))
        self.reveal_button.setText(self.tr("&Reveal the true outcome"))
        self.reveal_button.setAccessibleName(self.tr("Reveal the true outcome"))
        self.areas[0].setAccessibleName(self.tr("Session and case"))
        self.areas[1].setAccessibleName(self.tr("Prediction and explanation"))
        self.areas[2].setAccessibleName(self.tr("Quiz and true outcome"))
        self.outcome_box.setAccessibleName(self.tr("True outcome"))
        self._values_of, self._chooser_of = None, None  # re-worded on the next render
        self._render()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Re-word on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
