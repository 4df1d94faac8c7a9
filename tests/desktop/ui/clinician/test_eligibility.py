"""The clinician's screen asks the card's questions first, blocks without a result, and shows the
range and the trust warnings above the result, on the chart and in the case sheet."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.accounts.session import Session
from desktop.audit.local import open_local_store
from desktop.consultation import Stage
from desktop.ui.app import MainWindow
from desktop.ui.widgets import translations
from tests.desktop.ui.clinician.filling import fill
from tests.desktop.ui.clinician.test_screen import case_of, entries, explained
from tests.desktop.ui.waiting import WAIT

PIMA = "pima-diabetes-lr"
UNUSUAL = {"npreg": 14.0, "glu": 120.0, "bp": 70.0, "skin": 29.0, "bmi": 32.0, "ped": 0.4}


@pytest.fixture
def window(qtbot: QtBot, signed_in: Session) -> Iterator[MainWindow]:
    """The main window with the verified catalog, judgement first off (English)."""
    translations.install("en")
    win = MainWindow(language="en", judgement_first=False, session=signed_in)
    qtbot.addWidget(win)
    win.show()
    win._on_loaded(list(entries()))
    win.clinician.set_judgement_first(False)
    yield win
    win.clinician.wait()
    translations.install("en")


def test_questions_come_first_and_are_named(qtbot: QtBot, window: MainWindow) -> None:
    """Each question is a named control; Explain with one unanswered asks for it, focuses it,
    and computes nothing."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
    screen = window.clinician
    screen.models.choose(PIMA)
    QApplication.processEvents()
    questions = screen.questions
    assert questions is not None
    names = [e.accessibleName() for e in questions.editors]
    assert names == [
        "Is the patient pregnant?",
        "Is the patient a man?",
        "Is the patient already diagnosed with or treated for diabetes?",
    ]
    screen.form.set_values(case_of(PIMA, 1))
    questions.set_answer("pregnant", False)
    screen.explain()
    assert screen.consultation.stage is Stage.ENTERING
    assert QApplication.focusWidget() is questions.editors[1]
    assert not questions.messages[0].isVisible() and questions.messages[1].isVisible()


def test_blocked_case_shows_no_result_says_why_and_is_recorded(
    qtbot: QtBot, window: MainWindow
) -> None:
    """A pregnant patient under 21: no risk, the two reasons in words, an ineligible record."""
    screen = window.clinician
    screen.models.choose(PIMA)
    fill(screen, {**case_of(PIMA, 1), "age": 19.0})
    screen.questions.set_answer("pregnant", True)
    screen.explain()
    assert screen.consultation.stage is Stage.BLOCKED
    assert not screen.result.risk.isVisible() and not screen.decision.save_button.isVisible()
    status = screen.result.status.text()
    assert "must not be used for this patient" in status
    assert "Age is below 21 years." in status
    assert "Is the patient pregnant? Answer: yes." in status
    with open_local_store() as store:
        (record,) = list(store.records())
    assert record.kind == "ineligible"
    assert [b["code"] for b in record.data["body"]["blocked_by"]] == ["under_21", "pregnant"]


def test_blocked_reason_in_the_clinicians_language(qtbot: QtBot, window: MainWindow) -> None:
    """In French the reasons, the question included, are French."""
    screen = window.clinician
    window.set_language("fr")
    screen.models.choose(PIMA)
    fill(screen, case_of(PIMA, 1))
    screen.questions.set_answer("male", True)
    screen.explain()
    status = screen.result.status.text()
    assert "Le modèle ne doit pas être utilisé pour ce patient" in status
    assert "Le patient est-il un homme ? Réponse : oui." in status


def test_range_and_unusual_warning_are_shown(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """22 years, 14 pregnancies: the warning in words above the risk, the plausible range beside
    the frequency and on the chart, and both in the case sheet."""
    screen = window.clinician
    screen.models.choose(PIMA)
    fill(screen, {**UNUSUAL, "age": 22.0})
    explained(qtbot, screen)
    result = screen.result
    interval = screen.consultation.explanation.interval
    low, high = round(100 * interval["low"]), round(100 * interval["high"])
    assert f"plausible range {low} to {high}" in result.frequency.text()
    texts = result.texts()
    warning = result.warnings.text()
    assert texts.index(warning) < texts.index(result.risk.text())
    assert "unlike the patients the model learned from" in warning
    assert "Number of pregnancies, Age" in warning
    assert result.chart.range_shown() == (interval["low"], interval["high"])
    sheet = screen.report()
    assert sheet is not None
    html = sheet.html()
    assert f"plausible range {low} to {high}" in html and "Number of pregnancies, Age" in html
    if os.environ.get("KUONA_SHOTS"):
        window.resize(1500, 1000)
        QApplication.processEvents()
        screen.right_area.grab().save(str(Path(os.environ["KUONA_SHOTS"]) / "range-en.png"))
