"""The training tab: stepping through cases and revealing the outcome, trainers' CSV cases,
the lesson, the training-mode banner and title, keyboard use and right-to-left layout."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
)
from pytestqt.qtbot import QtBot

from desktop.accounts.session import Session
from desktop.messages import describe_code
from desktop.training.errors import BadRow, RowProblem, TrainingError
from desktop.training.lesson import load_lesson
from desktop.training.session import explain_case
from desktop.training.store import TrainingStore
from desktop.ui.app import MainWindow
from desktop.ui.training.screen import TrainingView
from desktop.ui.widgets import translations, wording
from tests.desktop.ui.clinician.test_screen import entries
from tests.desktop.ui.training.helpers import HEART, PIMA, explained, training_view
from tests.desktop.ui.waiting import WAIT


@pytest.fixture
def view(qtbot: QtBot) -> Iterator[TrainingView]:
    """The training tab on pima, its first case explained."""
    yield from training_view(qtbot, PIMA)


def test_next_and_previous_show_each_case_explained_and_hide_its_outcome(
    qtbot: QtBot, view: TrainingView
) -> None:
    """Next explains the second case as the core does; the outcome appears only on Reveal."""
    w = view.walkthrough
    assert w is not None
    view.cases.next_button.click()
    explained(qtbot, view)
    assert w.index == 1
    expected = explain_case(w.package, w.case.inputs)
    assert w.explanation is not None
    assert w.explanation.contributions == pytest.approx(expected.contributions, abs=1e-12)
    assert view.cases.result.risk.text() == wording.amount(expected.prediction, "probability")
    assert view.cases.title.text() == f"Case 2 of {len(w.cases)} ({w.case.id})"
    assert view.cases.outcome_box.isHidden()
    assert not any("True outcome" in t for t in _texts(view))
    view.cases.reveal_button.click()
    assert view.cases.outcome_box.isVisible()
    outcome = view.cases.outcome.text()
    assert outcome.startswith("True outcome:") and ("did not happen" in outcome) == (
        w.case.outcome == 0
    )
    assert "Why this case was chosen" in view.cases.category.text()
    assert not view.cases.reveal_button.isEnabled()
    view.cases.previous_button.click()
    explained(qtbot, view)
    assert w.index == 0 and view.cases.outcome_box.isHidden()


def test_the_keyboard_steps_reveals_and_chooses_cases(qtbot: QtBot, view: TrainingView) -> None:
    """Alt+Right / Alt+Left step, Alt+R reveals, the case list jumps to any case."""
    w = view.walkthrough
    assert w is not None
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=WAIT)
    view.cases.next_button.setFocus()
    QTest.keyClick(view.cases.next_button, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    QTest.keyClick(view.cases.next_button, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    explained(qtbot, view)
    assert w.index == 2
    QTest.keyClick(view.cases.next_button, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    explained(qtbot, view)
    assert w.index == 1
    QTest.keyClick(view.cases.next_button, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: w.is_revealed, timeout=WAIT)  # a mnemonic clicks after a short flash
    qtbot.waitUntil(lambda: not view.cases.reveal_button.isDown(), timeout=WAIT)
    view.cases.chooser.setFocus()
    QTest.keyClick(view.cases.chooser, Qt.Key.Key_End)
    explained(qtbot, view)
    assert w.index == len(w.cases) - 1 and not view.cases.next_button.isEnabled()


def test_fast_steps_coalesce_and_the_last_case_wins(qtbot: QtBot, view: TrainingView) -> None:
    """Ten quick Next presses: fewer explanations than presses, and the shown one is the last
    case's (results for cases passed over are dropped)."""
    w = view.walkthrough
    assert w is not None
    started = view.job.started
    for _ in range(10):
        view.cases.next_button.click()
    explained(qtbot, view)
    qtbot.waitUntil(lambda: not view.job.busy(), timeout=WAIT)
    assert w.index == 10
    assert view.job.started - started < 10
    expected = explain_case(w.package, w.case.inputs)
    assert w.explanation is not None and w.explanation.prediction == pytest.approx(
        expected.prediction
    )


def _texts(view: TrainingView) -> list[str]:
    from PySide6.QtWidgets import QLabel

    return [label.text() for label in view.findChildren(QLabel) if label.isVisible()]


def test_bad_csv_rows_are_each_shown_from_the_catalogue_and_nothing_is_imported(
    qtbot: QtBot, view: TrainingView, tmp_path: Path
) -> None:
    """Every bad cell is listed by row and column, worded as the CLI words it; no case added."""
    csv = tmp_path / "mine.csv"
    csv.write_text(
        "npreg,glu,bp,skin,bmi,ped,age,outcome\n1,abc,70,20,30,0.3,40,1\n2,120,70,20,30,0.3,40,7\n"
    )
    w = view.walkthrough
    assert w is not None
    count = len(w.cases)
    with qtbot.waitSignal(view.importer.imported, timeout=WAIT) as signal:
        view.importer.import_file(csv, skip_bad=False)
    error = signal.args[0]
    assert isinstance(error, TrainingError)
    report = view.importer.report.toPlainText().splitlines()
    assert report[0] == "mine.csv: 2 row(s) have problems (listed below); nothing was imported."
    bad = BadRow(2, "glu", RowProblem.NOT_A_NUMBER, "abc")
    assert f"  {describe_code(bad.message_key, 'mine.csv', bad.params())}" in report
    assert report[1] == "  mine.csv: row 2, column 'glu': 'abc' is not a number."
    assert report[2].startswith("  mine.csv: row 3, column 'outcome': '7' must be 1")
    assert view.importer.report.isVisible() and len(w.cases) == count
    with TrainingStore.open() as store:
        assert store.trainer_cases(PIMA) == []


def test_good_csv_rows_join_the_cases_and_the_skipped_ones_are_listed(
    qtbot: QtBot, view: TrainingView, tmp_path: Path
) -> None:
    """With skip-bad, the good rows become cases t1, t2 at the end of the list; the bad row is
    reported."""
    csv = tmp_path / "mine.csv"
    csv.write_text(
        "npreg;glu;bp;skin;bmi;ped;age;outcome;note\n"
        "1;150;70;20;30,5;0,3;40;1;first\n"
        "2;;70;20;30;0,3;40;0;\n"
        "3;99;60;22;25;0,2;33;0;third\n"
    )
    w = view.walkthrough
    assert w is not None
    view.importer.skip_bad.setChecked(True)
    with qtbot.waitSignal(view.importer.imported, timeout=WAIT):
        view.importer.import_file(csv)
    report = view.importer.report.toPlainText().splitlines()
    assert report[0] == "Imported 2 cases from mine.csv: t1 to t2."
    assert report[1] == "1 row left out:"
    assert report[2] == "  mine.csv: row 3, column 'glu': empty, but a value is required."
    assert [c.id for c in w.cases[-2:]] == ["t1", "t2"]
    view.go_to(len(w.cases) - 2)
    explained(qtbot, view)
    assert "a trainer's case" in view.cases.title.text()
    view.cases.reveal()
    assert view.cases.note.text() == "Trainer's note: first"


def test_the_lesson_follows_the_interface_language(qtbot: QtBot, view: TrainingView) -> None:
    """The lesson opens in English, turns pages, switches to French on the same screen, and is
    laid out right to left in Arabic."""
    view.tabs.setCurrentWidget(view.lesson)
    english = load_lesson("en")
    assert view.lesson.texts() == [english.screens[0].title, *english.screens[0].body]
    view.lesson.next_button.click()
    assert view.lesson.heading.text() == english.screens[1].title
    assert view.lesson.position.text() == f"Screen 2 of {len(english.screens)}"
    translations.install("fr")
    try:
        view.set_language("fr")
        french = load_lesson("fr")
        assert view.lesson.texts() == [french.screens[1].title, *french.screens[1].body]
        assert view.lesson.position.text().startswith("Écran 2 sur")
        view.set_language("ar")
        assert view.lesson.heading.text() == load_lesson("ar").screens[1].title
        assert view.lesson.layoutDirection() == Qt.LayoutDirection.RightToLeft
    finally:
        translations.install("en")
        view.set_language("en")
    assert view.lesson.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_every_control_has_an_accessible_name(view: TrainingView) -> None:
    """Buttons by their text, every other input by its accessible name: a screen reader can
    name each one."""
    view.cases.session.trainees.setPlainText("Ana")
    view.cases.session.start()
    nameless = []
    for kind in (QAbstractButton, QComboBox, QLineEdit, QSlider, QPlainTextEdit):
        for widget in view.findChildren(kind):
            if widget.objectName().startswith("qt_"):  # Qt's own parts of a table
                continue
            text = widget.text() if isinstance(widget, QAbstractButton) else ""
            if not (widget.accessibleName() or text.replace("&", "")):
                nameless.append(f"{type(widget).__name__} {widget.objectName()}")
    assert not nameless


def test_the_window_says_it_is_in_training_mode(qtbot: QtBot, signed_in: Session) -> None:
    """On the training tab the title and status bar say so and the banner is shown; back on
    the patient tab they do not."""
    translations.install("en")
    window = MainWindow(language="en", session=signed_in)
    qtbot.addWidget(window)
    window.show()
    window._on_loaded(list(entries()))
    assert window.windowTitle() == "Kuona"
    window.tabs.setCurrentWidget(window.training)
    assert window.windowTitle() == "Kuona — training mode"
    assert window.status.text().startswith("Training mode · ")
    banner = window.training.banner
    assert banner.isVisible()
    assert banner.text() == (
        "⚠ Training mode — cases are not patients; nothing here goes into the audit log"
    )
    window.tabs.setCurrentWidget(window.clinician)
    assert window.windowTitle() == "Kuona" and "Training" not in window.status.text()
    window.training.wait()
    window.clinician.wait()


def test_right_to_left_mirrors_the_training_tab(qtbot: QtBot) -> None:
    """With the application laid out right to left, Previous sits right of Next and the case
    column is on the right."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        views = training_view(qtbot, HEART)
        view = next(views)
        cases = view.cases
        assert cases.previous_button.x() > cases.next_button.x()
        assert cases.areas[0].mapTo(view, cases.areas[0].rect().topLeft()).x() > view.width() // 2
        next(views, None)
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
