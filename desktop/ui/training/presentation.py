"""Presentation mode for projectors: a full-screen window in large type (the application font
scaled, never fixed pixels) and high contrast (pure black on pure white, which stays readable
when a projector washes out a dark background), one idea per screen.

For a case: its values → the prediction → the explanation → the true outcome (the walkthrough's
steps); for the lesson: one lesson screen at a time. Right arrow, Space, Page Down (what
presenter remotes send) or Enter go on; Left, Page Up or Backspace go back (mirrored right to
left); Esc or F5 leaves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QColor, QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.training.walkthrough import STEPS, Step
from desktop.ui.training import training_words
from desktop.ui.training.lesson_view import apply_lesson_direction
from desktop.ui.widgets import card_texts, sentences, wording
from desktop.ui.widgets.model_facts import localised
from desktop.ui.widgets.panes import wrapped
from desktop.ui.widgets.result_view import factor_lines, warning_lines
from desktop.ui.widgets.waterfall import WaterfallChart

if TYPE_CHECKING:
    from desktop.training.reading import LessonReader
    from desktop.training.walkthrough import Walkthrough

#: The presentation's type is this many times the application font.
SCALE = 2.0
FORWARD = (Qt.Key.Key_Space, Qt.Key.Key_PageDown, Qt.Key.Key_Return, Qt.Key.Key_Enter)
BACKWARD = (Qt.Key.Key_PageUp, Qt.Key.Key_Backspace)
LEAVE = (Qt.Key.Key_Escape, Qt.Key.Key_F5)
#: Bars in the explanation chart (the rest are summed) and factors said in words: one screen.
CHART_FACTORS, SAID_FACTORS = 5, 2


def high_contrast() -> QPalette:
    """Black on white everywhere; selection and focus inverted (white on black)."""
    palette = QPalette()
    black, white = QColor("#000000"), QColor("#ffffff")
    for role in (
        QPalette.ColorRole.Window,
        QPalette.ColorRole.Base,
        QPalette.ColorRole.Button,
        QPalette.ColorRole.AlternateBase,
        QPalette.ColorRole.HighlightedText,
    ):
        palette.setColor(role, white)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.Highlight,
    ):
        palette.setColor(role, black)
    return palette


class PresentationWindow(QWidget):
    """Follows a Walkthrough (a case, step by step) or a LessonReader (the lesson)."""

    navigate = Signal(int)  # the case index to go to (past a case's last step)
    closed = Signal()

    def __init__(self, *, language: str = "en") -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.language = language
        self._walkthrough: Walkthrough | None = None
        self._reader: LessonReader | None = None
        self.setPalette(high_contrast())
        self.setAutoFillBackground(True)
        base = QFont(QApplication.font())
        base.setPointSizeF(base.pointSizeF() * SCALE)
        self.setFont(base)
        self.setStyleSheet(
            "QPushButton { border: 0.12em solid black; padding: 0.2em 0.8em; background: white; "
            "color: black; } QPushButton:focus { border-width: 0.25em; }"
        )
        self.banner = self._big(0.75, bold=True)
        self.banner_box = QFrame()
        self.banner_box.setFrameShape(QFrame.Shape.Box)
        self.banner_box.setLineWidth(3)
        QVBoxLayout(self.banner_box).addWidget(self.banner)
        self.position = self._big(0.75)
        self.heading = self._big(1.3, bold=True)
        self.headline = self._big(2.0, bold=True)  # the risk, the verdict
        self.body = self._big(1.0)
        self.chart = WaterfallChart(top=CHART_FACTORS)
        self.page = QWidget()
        column = QVBoxLayout(self.page)
        for widget in (self.heading, self.headline, self.chart, self.body):
            column.addWidget(widget)
        column.addStretch(1)
        self.hint = self._big(0.75)
        self.back_button, self.forward_button = QPushButton(), QPushButton()
        self.back_button.clicked.connect(self.back)
        self.forward_button.clicked.connect(self.forward)
        for button in (self.back_button, self.forward_button):  # for the mouse: every key
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # goes to the window's own handling
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._layout()
        self._retranslate()

    def _big(self, factor: float, *, bold: bool = False) -> QLabel:
        label = wrapped()
        font = QFont(self.font())
        font.setPointSizeF(self.font().pointSizeF() * factor)
        font.setBold(bold)
        label.setFont(font)
        return label

    def _layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner_box)
        layout.addWidget(self.position)
        layout.addWidget(self.page, 1)
        row = QHBoxLayout()
        row.addWidget(self.back_button)
        row.addWidget(self.hint, 1)
        row.addWidget(self.forward_button)
        layout.addLayout(row)

    def show_walkthrough(self, walkthrough: Walkthrough) -> None:
        """Present the walkthrough's current case from its current step."""
        self._unbind()
        self._walkthrough = walkthrough
        walkthrough.subscribe(self._render)
        self.unsetLayoutDirection()
        self._render()

    def show_lesson(self, reader: LessonReader) -> None:
        """Present the lesson from the screen being read."""
        self._unbind()
        self._reader = reader
        reader.subscribe(self._render)
        apply_lesson_direction(self, reader.lesson)
        self._render()

    def _unbind(self) -> None:
        if self._walkthrough is not None:
            self._walkthrough.unsubscribe(self._render)
        if self._reader is not None:
            self._reader.unsubscribe(self._render)
        self._walkthrough, self._reader = None, None

    def forward(self) -> None:
        """The next idea: the case's next step, the next case, or the lesson's next screen."""
        if self._reader is not None:
            self._reader.next()
        w = self._walkthrough
        if w is not None and not w.forward() and w.index + 1 < len(w.cases):
            self.navigate.emit(w.index + 1)

    def back(self) -> None:
        """The previous idea (from a case's first step: the previous case)."""
        if self._reader is not None:
            self._reader.previous()
        w = self._walkthrough
        if w is not None and not w.back() and w.index > 0:
            self.navigate.emit(w.index - 1)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Presenter keys: on, back, leave (arrows follow the reading direction)."""
        key = event.key()
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        ahead, behind = (
            (Qt.Key.Key_Left, Qt.Key.Key_Right) if rtl else (Qt.Key.Key_Right, Qt.Key.Key_Left)
        )
        if key in LEAVE:
            self.close()
        elif key in FORWARD or key == ahead:
            self.forward()
        elif key in BACKWARD or key == behind:
            self.back()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        """Stop following the state and tell the training screen."""
        self._unbind()
        self.closed.emit()
        super().closeEvent(event)

    def _render(self) -> None:
        self.chart.setVisible(False)
        self.headline.setVisible(False)
        if self._reader is not None:
            self._render_lesson(self._reader)
        elif self._walkthrough is not None:
            self._render_case(self._walkthrough)

    def _render_lesson(self, reader: LessonReader) -> None:
        self.position.setText(
            self.tr("{lesson} · screen {number} of {count}").format(
                lesson=reader.lesson.title, number=reader.index + 1, count=reader.count
            )
        )
        self.heading.setText(reader.screen.title)
        self.body.setText("\n\n".join(reader.screen.body))
        self.back_button.setEnabled(reader.index > 0)
        self.forward_button.setEnabled(reader.index + 1 < reader.count)

    def _render_case(self, w: Walkthrough) -> None:
        names = training_words.steps()
        self.position.setText(
            self.tr("{case} · step {number} of {count}: {step}").format(
                case=training_words.case_title(w.index, len(w.cases), w.case),
                number=STEPS.index(w.step) + 1,
                count=len(STEPS),
                step=names[w.step],
            )
        )
        self.heading.setText(names[w.step])
        self.back_button.setEnabled(w.index > 0 or w.step is not Step.CASE)
        self.forward_button.setEnabled(w.index + 1 < len(w.cases) or w.step is not Step.OUTCOME)
        if w.step is Step.CASE:
            rows = training_words.case_lines(w.package.card, w.case, self.language)
            self.body.setText("\n".join(f"{label}: {value}" for label, value in rows))
            return
        explanation = w.explanation
        if explanation is None:
            self.body.setText(self.tr("Computing the explanation…"))
            return
        card = w.package.card
        self.headline.setVisible(w.step in (Step.PREDICTION, Step.OUTCOME))
        if w.step is Step.PREDICTION:
            outcome = localised(card.raw, self.language)["outcome"]["label"]
            self.headline.setText(wording.amount(explanation.prediction, explanation.output_space))
            lines = [
                sentences.risk_meaning(explanation, outcome=outcome),
                sentences.threshold(explanation, value=card.output.get("threshold")),
                *warning_lines(w.package, explanation, language=self.language),
            ]
        elif w.step is Step.EXPLANATION:
            labels = card_texts.labels(card, self.language)
            values = card_texts.shown_values(card, w.case.inputs, self.language)
            self.chart.set_explanation(explanation, labels=labels, values=values)
            self.chart.setVisible(True)
            lines = factor_lines(explanation, labels=labels, values=values, top=SAID_FACTORS)
        else:
            high = explanation.prediction >= float(card.output["threshold"])
            right = high == (w.case.outcome == 1)
            self.headline.setText(
                self.tr("✔ The model was right") if right else self.tr("✘ The model was wrong")
            )
            lines = [
                training_words.outcome(card, w.case, self.language),
                training_words.verdict(model_high=high, outcome=w.case.outcome),
                training_words.category(w.case.category),
                *[training_words.points(r) for r in w.case_answers()],
            ]
        self.body.setText("\n".join(line for line in lines if line))

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Kuona — training mode (presentation)"))
        self.banner.setText(f"⚠ {training_words.banner()}")
        self.hint.setText(self.tr("Space or arrow: next · Backspace: back · Esc: leave"))
        self.back_button.setText(self.tr("Back"))
        self.back_button.setAccessibleName(self.tr("Back"))
        self.forward_button.setText(self.tr("Next"))
        self.forward_button.setAccessibleName(self.tr("Next"))
        self.chart.setAccessibleName(self.tr("Explanation chart"))
        self._render()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Re-word on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
