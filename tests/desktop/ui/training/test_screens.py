"""The training screens render in English and French at a laptop's size, nothing cut off;
screenshots go to $KUONA_SHOTS when it is set (`KUONA_SHOTS=docs/screenshots pytest
tests/desktop/ui/training/test_screens.py` refreshes the README's `training-*.png`)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.accounts.session import Session
from desktop.ui.app import MainWindow, apply_direction
from desktop.ui.training.screen import TrainingView
from desktop.ui.widgets import translations
from tests.desktop.training.answers import right_answer, wrong_answer
from tests.desktop.ui.clinician.test_screen import entries
from tests.desktop.ui.test_screens import SIZE, cut_off, elided
from tests.desktop.ui.training.helpers import HEART, explained, settled
from tests.desktop.ui.waiting import WAIT

PROJECTOR = (1280, 720)
CASE = 2  # h010 of the heart library: the model gets it wrong at its threshold


@pytest.fixture(params=translations.LANGUAGES)
def window(
    request: pytest.FixtureRequest, qtbot: QtBot, signed_in: Session
) -> Iterator[MainWindow]:
    """The main window on its training tab, in one language, at a laptop's size."""
    language = request.param
    translations.install(language)
    apply_direction(language)
    win = MainWindow(language=language, session=signed_in)
    qtbot.addWidget(win)
    win.resize(*SIZE)
    win.show()
    win._on_loaded(list(entries()))
    win.tabs.setCurrentWidget(win.training)
    yield win
    if win.training.presentation is not None:
        win.training.presentation.close()
    win.training.wait()
    translations.install("en")
    apply_direction("en")


def shot(widget: QWidget, name: str, language: str, tmp_path: Path) -> Path:
    """Save `training-NAME-LANG.png` (in $KUONA_SHOTS when set), once the layout settled."""
    QApplication.processEvents()
    folder = Path(os.environ.get("KUONA_SHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"training-{name}-{language}.png"
    assert widget.grab().save(str(path))
    assert path.stat().st_size > 10_000
    return path


def _answer(qtbot: QtBot, view: TrainingView) -> None:
    """Baraka answers right, Chipo wrong."""
    w = view.walkthrough
    assert w is not None
    quiz = view.cases.quiz
    for name, answer in (
        ("Baraka", right_answer(w.package, w.case)),
        ("Chipo", wrong_answer(w.package, w.case)),
    ):
        quiz.choose(trainee=name, risk=answer.risk, factor=answer.factor, override=answer.override)
        with qtbot.waitSignal(quiz.recorded, timeout=WAIT):
            quiz.record_button.click()


def test_training_screens(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    """Cases with the quiz, the revealed outcome, what-if, the lesson and the results render
    in both languages with no one-line text cut off and nothing needing sideways scrolling."""
    language, view = window.language, window.training
    view.choose(HEART)
    explained(qtbot, view)
    view.cases.session.trainer.setText("Dr Amina K.")
    view.cases.session.trainees.setPlainText("Baraka\nChipo")
    view.cases.session.start()
    view.go_to(CASE)
    explained(qtbot, view)
    shot(window, "cases", language, tmp_path)
    assert not elided(window) and not cut_off(window)
    _answer(qtbot, view)
    view.cases.reveal_button.click()
    shot(window, "outcome", language, tmp_path)
    assert not elided(window) and not cut_off(window)
    view.tabs.setCurrentWidget(view.whatif)
    view.whatif.set_value("oldpeak", 1.0)
    settled(qtbot, view)
    view.whatif.set_value("thalch", 120.0)
    settled(qtbot, view)
    shot(window, "whatif", language, tmp_path)
    assert not elided(window) and not cut_off(window)
    view.tabs.setCurrentWidget(view.lesson)
    view.lesson.next_button.click()
    view.lesson.next_button.click()
    shot(window, "lesson", language, tmp_path)
    view.tabs.setCurrentWidget(view.results)
    shot(window, "results", language, tmp_path)
    assert not elided(window)


def test_presentation_screens(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    """Each step of a case and a lesson screen, as a projector at 1280 by 720 shows them."""
    language, view = window.language, window.training
    view.choose(HEART)
    explained(qtbot, view)
    view.go_to(CASE)
    explained(qtbot, view)
    view.toggle_presentation()
    presentation = view.presentation
    assert presentation is not None
    presentation.showNormal()
    presentation.resize(*PROJECTOR)
    for step in ("case", "prediction", "explanation", "outcome"):
        shot(presentation, f"presentation-{step}", language, tmp_path)
        presentation.forward()
    presentation.close()
    view.tabs.setCurrentWidget(view.lesson)
    view.toggle_presentation()
    presentation = view.presentation
    assert presentation is not None
    presentation.showNormal()
    presentation.resize(*PROJECTOR)
    presentation.forward()
    presentation.forward()
    presentation.forward()
    presentation.forward()
    shot(presentation, "presentation-lesson", language, tmp_path)
    presentation.close()
