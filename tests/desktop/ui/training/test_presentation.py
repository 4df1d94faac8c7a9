"""Presentation mode: F5 opens a full-screen, large-type, black-on-white window showing one
idea at a time; presenter keys step through a case to its outcome; Esc leaves."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.training.lesson import load_lesson
from desktop.training.walkthrough import Step
from desktop.ui.training.presentation import SCALE, PresentationWindow
from desktop.ui.training.screen import TrainingView
from tests.desktop.ui.training.helpers import PIMA, explained, training_view
from tests.desktop.ui.waiting import WAIT


@pytest.fixture
def view(qtbot: QtBot) -> Iterator[TrainingView]:
    """The training tab on pima, its first case explained, the window active."""
    for widget in training_view(qtbot, PIMA):
        widget.activateWindow()
        qtbot.waitUntil(widget.isActiveWindow, timeout=WAIT)
        yield widget


def _opened(qtbot: QtBot, view: TrainingView) -> PresentationWindow:
    qtbot.waitUntil(view.isActiveWindow, timeout=WAIT)
    QTest.keyClick(view.cases.next_button, Qt.Key.Key_F5)
    window = view.presentation
    assert window is not None
    qtbot.waitUntil(window.isVisible, timeout=WAIT)
    qtbot.waitUntil(
        lambda: QApplication.focusWidget() is window, timeout=WAIT
    )  # keys reach the window
    return window


def test_f5_opens_large_high_contrast_full_screen_and_esc_leaves(
    qtbot: QtBot, view: TrainingView
) -> None:
    """The type is the application font scaled, black on white; Esc closes it and F5 again
    opens it again."""
    window = _opened(qtbot, view)
    assert window.isFullScreen()
    base = QApplication.font().pointSizeF()
    assert window.font().pointSizeF() == pytest.approx(base * SCALE)
    assert window.body.font().pointSizeF() >= base * SCALE
    palette = window.palette()
    assert palette.color(QPalette.ColorRole.Window).name() == "#ffffff"
    assert palette.color(QPalette.ColorRole.WindowText).name() == "#000000"
    assert window.banner.text().startswith("⚠ Training mode")
    assert window.windowTitle() == "Kuona — training mode (presentation)"
    QTest.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: view.presentation is None, timeout=WAIT)
    window = _opened(qtbot, view)
    view.toggle_presentation()
    qtbot.waitUntil(lambda: view.presentation is None, timeout=WAIT)


def test_presenter_keys_show_one_idea_at_a_time_to_the_outcome(
    qtbot: QtBot, view: TrainingView
) -> None:
    """Case → prediction → explanation → outcome (revealed in the training tab too), then the
    next case; Page Up goes back."""
    window = _opened(qtbot, view)
    w = view.walkthrough
    assert w is not None and w.step is Step.CASE
    assert window.heading.text() == "The case" and not window.chart.isVisible()
    assert "Plasma glucose" in window.body.text() or "glucose" in window.body.text().lower()
    QTest.keyClick(window, Qt.Key.Key_PageDown)
    assert w.step is Step.PREDICTION and window.headline.isVisible()
    assert window.headline.text() == view.cases.result.risk.text()
    QTest.keyClick(window, Qt.Key.Key_Right)
    assert w.step is Step.EXPLANATION and window.chart.isVisible()
    assert not w.is_revealed
    QTest.keyClick(window, Qt.Key.Key_Space)
    assert w.step is Step.OUTCOME and w.is_revealed
    assert window.body.text().startswith("True outcome:")
    assert view.cases.outcome_box.isVisibleTo(view)
    QTest.keyClick(window, Qt.Key.Key_PageUp)
    assert w.step is Step.EXPLANATION
    QTest.keyClick(window, Qt.Key.Key_Right)
    QTest.keyClick(window, Qt.Key.Key_Right)
    explained(qtbot, view)
    assert w.index == 1 and w.step is Step.CASE
    assert window.position.text().startswith(f"Case 2 of {len(w.cases)}")
    window.close()


def test_the_lesson_is_presented_screen_by_screen(qtbot: QtBot, view: TrainingView) -> None:
    """With the lesson page open, F5 presents the lesson; the arrows turn its screens."""
    view.tabs.setCurrentWidget(view.lesson)
    view.lesson.next_button.setFocus()
    window = _opened(qtbot, view)
    english = load_lesson("en")
    assert window.heading.text() == english.screens[0].title
    QTest.keyClick(window, Qt.Key.Key_Right)
    assert window.heading.text() == english.screens[1].title
    assert view.lesson.heading.text() == english.screens[1].title  # the same place
    assert window.body.text() == "\n\n".join(english.screens[1].body)
    window.close()
    qtbot.waitUntil(lambda: view.presentation is None, timeout=WAIT)


def test_an_arabic_lesson_reads_right_to_left_and_its_arrows_follow(
    qtbot: QtBot, view: TrainingView
) -> None:
    """In Arabic the presentation is mirrored: Left goes on, Right goes back."""
    view.set_language("ar")
    try:
        view.tabs.setCurrentWidget(view.lesson)
        window = _opened(qtbot, view)
        arabic = load_lesson("ar")
        assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert window.heading.text() == arabic.screens[0].title
        QTest.keyClick(window, Qt.Key.Key_Left)
        assert window.heading.text() == arabic.screens[1].title
        QTest.keyClick(window, Qt.Key.Key_Right)
        assert window.heading.text() == arabic.screens[0].title
        assert window.forward_button.x() < window.back_button.x()
        window.close()
        qtbot.waitUntil(lambda: view.presentation is None, timeout=WAIT)
    finally:
        view.set_language("en")
