"""Start and end a training session: the trainer's name and the trainees taking the quiz.

With trainees the session is a quiz; without, a demonstration. Sessions, trainees and answers
go to training.sqlite (desktop.training.store), never to the audit log.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.messages import describe_code
from desktop.observable import follow
from desktop.training.errors import TrainingError
from desktop.ui.widgets import wording

if TYPE_CHECKING:
    from collections.abc import Callable

    from desktop.training.store import TrainingStore
    from desktop.training.walkthrough import Walkthrough


def _names(text: str) -> list[str]:
    """One trainee per line; blank lines and repeats left out, order kept."""
    names = [" ".join(line.split()) for line in text.splitlines()]
    return list(dict.fromkeys(n for n in names if n))


class SessionPanel(QGroupBox):
    """Trainer, trainees, Start and End; says what session is running."""

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
        self.trainer = QLineEdit()
        self.trainees = QPlainTextEdit()
        self.trainees.setTabChangesFocus(True)  # Tab leaves the box: no keyboard trap
        self.trainees.setMaximumHeight(self.fontMetrics().height() * 5)
        self.start_button = QPushButton()
        self.start_button.clicked.connect(self.start)
        self.end_button = QPushButton()
        self.end_button.clicked.connect(self.end)
        self.status = QLabel()
        self.message = QLabel()
        for label in (self.status, self.message):
            label.setWordWrap(True)
        self.trainer_label, self.trainees_label = QLabel(), QLabel()
        self.trainer_label.setBuddy(self.trainer)
        self.trainees_label.setBuddy(self.trainees)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.trainer_label, self.trainer)
        form.addRow(self.trainees_label, self.trainees)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.end_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.message)
        self._retranslate()

    def bind(self, walkthrough: Walkthrough | None) -> None:
        """Follow `walkthrough` (None: no model chosen)."""
        self._walkthrough = follow(self._walkthrough, walkthrough, self._render)
        self._render()

    def running(self) -> bool:
        """A session is running on the bound walkthrough."""
        w = self._walkthrough
        return w is not None and w.session is not None and w.session.ended_at is None

    def start(self) -> None:
        """Start a session with the trainer and trainees entered (a quiz if there are any)."""
        w = self._walkthrough
        if w is None or self.running():
            return
        card = w.package.card
        names = _names(self.trainees.toPlainText())
        try:
            with self._open_store() as store:
                trainees = [store.trainee(name) for name in names]
                session = store.start_session(
                    model=card.id,
                    model_version=card.version,
                    mode="quiz" if trainees else "demonstration",
                    trainer=self.trainer.text().strip() or None,
                )
                history = store.answers()
        except TrainingError as error:
            self._say(describe_code(error.message_key, error.file, error.params, self.language))
            return
        self._say("")
        w.set_history(history)
        w.begin_session(session, trainees)

    def end(self) -> None:
        """End the running session (its answers stay; no more are taken)."""
        w = self._walkthrough
        if w is None or w.session is None or not self.running():
            return
        try:
            with self._open_store() as store:
                ended = store.end_session(w.session.id)
        except TrainingError as error:
            self._say(describe_code(error.message_key, error.file, error.params, self.language))
            return
        w.end_session(ended)

    def _say(self, text: str) -> None:
        self.message.setText(f"⚠ {text}" if text else "")
        self.message.setVisible(bool(text))

    def _render(self) -> None:
        w, running = self._walkthrough, self.running()
        for widget in (self.trainer, self.trainees):
            widget.setReadOnly(running)
        self.start_button.setEnabled(w is not None and not running)
        self.end_button.setEnabled(running)
        session = w.session if w is not None else None
        if w is None or session is None:
            text = self.tr("No session: step through the cases, or start one to take a quiz.")
        elif session.ended_at is not None:
            text = self.tr("The session ended at {time}.").format(
                time=wording.clock(session.ended_at)
            )
        elif session.mode == "quiz":
            text = self.tr("Quiz running since {time} with %n trainee(s).", "", len(w.trainees))
            text = text.format(time=wording.clock(session.started_at))
        else:
            text = self.tr("Demonstration running since {time} (no quiz).").format(
                time=wording.clock(session.started_at)
            )
        self.status.setText(text)

    def _retranslate(self) -> None:
        self.setTitle(self.tr("Session"))
        self.trainer_label.setText(self.tr("Trai&ner (optional)"))
        self.trainees_label.setText(self.tr("Trainees taking the &quiz, one per line (optional)"))
        self.trainer.setAccessibleName(self.tr("Trainer"))
        self.trainees.setAccessibleName(self.tr("Trainees, one per line"))
        self.start_button.setText(self.tr("&Start the session"))
        self.start_button.setAccessibleName(self.tr("Start the session"))
        self.end_button.setText(self.tr("&End the session"))
        self.end_button.setAccessibleName(self.tr("End the session"))
        self._say("")
        self._render()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Re-word on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
