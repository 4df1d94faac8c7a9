"""The clinician's journey: choose a model, enter a case, see the explanation, decide, recorded."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from desktop.accounts.session import Session
from desktop.audit.local import open_local_store
from desktop.consultation import Stage
from desktop.ui.app import MainWindow
from desktop.ui.clinician.screen import ClinicianScreen
from desktop.ui.widgets import translations, wording
from models.catalog import BUILTIN_CATALOG, CatalogEntry, load_catalog
from models.eligibility import passing_answers
from models.signing import TrustStore
from tests.desktop.cli.runner import kuona
from tests.desktop.ui.clinician.filling import fill
from tests.desktop.ui.waiting import WAIT

PIMA = "pima-diabetes-lr"


@cache
def entries() -> tuple[CatalogEntry, ...]:
    """The shipped catalog, verified once per test run."""
    return tuple(load_catalog([BUILTIN_CATALOG], TrustStore.load()))


def case_of(model_id: str, row: int) -> dict[str, float]:
    """A real case: one background row of a catalog package."""
    (pkg,) = [e.package for e in entries() if e.package and e.package.card.id == model_id]
    return dict(zip(pkg.card.feature_ids, pkg.background[row].tolist(), strict=True))


@pytest.fixture
def window(qtbot: QtBot, signed_in: Session) -> Iterator[MainWindow]:
    """The main window, shown, with the verified catalog listed (English)."""
    translations.install("en")
    win = MainWindow(language="en", judgement_first=True, session=signed_in)
    qtbot.addWidget(win)
    win.show()
    win._on_loaded(list(entries()))
    yield win
    win.clinician.wait()
    translations.install("en")


def explained(qtbot: QtBot, screen: ClinicianScreen) -> None:
    """Press Explain and wait for the result to arrive (hidden or shown)."""
    screen.explain()
    qtbot.waitUntil(lambda: screen.consultation.stage is not Stage.EXPLAINING, timeout=WAIT)


def test_window_verifies_the_catalog_in_a_worker(qtbot: QtBot) -> None:
    """Started for real, the window lists every catalog package once the worker is done."""
    translations.install("en")
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    assert "Checking" in win.status.text()
    with qtbot.waitSignal(win.loader.done, timeout=WAIT):
        win.start_loading()
    models = win.clinician.models
    assert models.count() == 3
    texts = [models.item(i).text() for i in range(models.count())]
    assert all("Demonstration — not for clinical use" in t for t in texts)
    assert win.status.text() == "3 model packages verified"
    assert win.clinician.consultation is not None  # the first verified model is chosen


def test_journey_matches_the_cli_and_is_recorded(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, kuona_home: Path
) -> None:
    """Model → case → own estimate → result equal to `kuona explain --json` → override logged."""
    screen = window.clinician
    screen.models.choose(PIMA)
    values = case_of(PIMA, 5)
    answers = fill(screen, values)
    explained(qtbot, screen)
    assert screen.prompt.isVisible() and not screen.result.risk.isVisible()
    screen.prompt.buttons["high"].click()
    assert screen.consultation.revealed and screen.result.risk.isVisible()

    case_file = tmp_path / "case.json"
    case_file.write_text(json.dumps({**values, "eligibility": answers}))
    cli = kuona("explain", "--model", PIMA, "--case", str(case_file), "--json", home=tmp_path)
    assert cli.returncode == 0, cli.stderr
    expected = json.loads(cli.stdout)
    shown = screen.consultation.explanation
    assert shown.to_json() == expected
    assert screen.result.risk.text() == wording.percent(expected["prediction"])
    assert [bar[3] for bar in screen.result.chart.bars()][:3] == sorted(
        expected["contributions"].values(), key=abs, reverse=True
    )[:3]

    screen.decision.choose("override", reason="patient_context", note="recent steroid course")
    screen.decision.save()
    with open_local_store() as store:
        (record,) = list(store.records())
    assert record.data["decision"] == "override"
    assert record.data["reason"] == "patient_context"
    assert record.data["note"] == "recent steroid course"
    assert record.data["clinician_estimate"] == "high"
    assert record.data["prediction"] == expected["prediction"]
    assert record.data["model"]["id"] == PIMA
    assert screen.form.values() is None  # cleared for the next patient
    assert f"record {record.seq}" in screen.decision.confirmation.text()


def test_bad_input_computes_nothing_and_names_the_field(qtbot: QtBot, window: MainWindow) -> None:
    """A missing or non-numeric value stops Explain; the message names the field."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
    screen = window.clinician
    screen.models.choose(PIMA)
    values = case_of(PIMA, 1)
    del values["bmi"]
    fill(screen, values)
    glucose = screen.form.editor("glu")
    assert isinstance(glucose, QLineEdit)
    glucose.setText("12O")  # a letter O typed for a zero
    screen.explain()
    assert screen.consultation.stage is Stage.ENTERING
    glucose_label = "Plasma glucose, 2 h oral glucose tolerance test"
    assert screen.form.message("glu") == f"⚠ {glucose_label}: enter a number"
    assert screen.form.message("bmi") == "⚠ Body mass index: enter a value"
    assert QApplication.focusWidget() is glucose  # the first field at fault


def test_out_of_range_is_allowed_and_worded_beside_the_number(
    qtbot: QtBot, window: MainWindow
) -> None:
    """A value outside the validated range is flagged in the form and in the result warnings."""
    screen = window.clinician
    screen.set_judgement_first(False)
    screen.models.choose(PIMA)
    fill(screen, {**case_of(PIMA, 2), "glu": 230})
    assert "outside the range" in screen.form.message("glu")
    explained(qtbot, screen)
    assert screen.consultation.revealed
    warning = screen.result.warnings.text()
    assert "Plasma glucose, 2 h oral glucose tolerance test is outside the range" in warning
    assert "57–199 mg/dL" in warning  # noqa: RUF001 - the en dash shown on screen
    assert "Demonstration model" in warning


def test_stale_result_is_not_shown_after_an_edit(qtbot: QtBot, window: MainWindow) -> None:
    """Changing a value after Explain hides the old result until Explain is pressed again."""
    screen = window.clinician
    screen.set_judgement_first(False)
    screen.models.choose(PIMA)
    fill(screen, case_of(PIMA, 3))
    explained(qtbot, screen)
    assert screen.result.risk.isVisible()
    glucose = screen.form.editor("glu")
    assert isinstance(glucose, QLineEdit)
    glucose.setText("150")
    assert screen.consultation.stage is Stage.ENTERING
    assert not screen.result.risk.isVisible()
    assert not screen.decision.save_button.isVisible()


def test_one_page_pdf_of_the_saved_case(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    """After saving, the case is written as a one-page PDF naming the audit record."""
    screen = window.clinician
    screen.set_judgement_first(False)
    screen.models.choose("heart-cad-mlp")
    fill(screen, case_of("heart-cad-mlp", 4))
    explained(qtbot, screen)
    screen.decision.choose("accept")
    screen.decision.save()
    report = screen.report()
    assert report is not None and report.record is not None
    text = report.html()
    assert report.record.uuid in text and "Demonstration model" in text
    pdf = tmp_path / "case.pdf"
    assert screen.save_pdf(pdf)
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page[^s]", data)) == 1


def test_keyboard_only_journey(qtbot: QtBot, window: MainWindow) -> None:
    """Answer the questions with arrow keys, type the values, Ctrl+Enter, Alt+M for the
    estimate, Alt+A, Ctrl+S: recorded."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
    screen = window.clinician
    screen.models.choose(PIMA)
    QApplication.processEvents()  # the new form is shown by a queued call
    values = case_of(PIMA, 6)
    answers = passing_answers(screen.form.card.raw)
    screen.questions.editors[0].setFocus()
    for question, answer in zip(screen.questions.editors, answers.values(), strict=True):
        assert QApplication.focusWidget() is question
        for _ in range(1 if answer else 2):  # "— choose —", then Yes, then No
            QTest.keyClick(question, Qt.Key.Key_Down)
        QTest.keyClick(question, Qt.Key.Key_Tab)
    assert screen.questions.answers() == answers
    for feature_id in screen.form.card.feature_ids:
        editor = QApplication.focusWidget()
        assert editor is screen.form.editor(feature_id)
        QTest.keyClicks(editor, wording.number(values[feature_id]))
        QTest.keyClick(editor, Qt.Key.Key_Tab)
    QTest.keyClick(
        QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    qtbot.waitUntil(lambda: screen.consultation.stage is Stage.AWAITING_ESTIMATE, timeout=WAIT)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(
        lambda: screen.consultation.revealed, timeout=WAIT
    )  # mnemonics click after a short flash
    assert screen.consultation.estimate == "medium"
    # the estimate button's click flash has ended (a mnemonic holds the button down briefly)
    qtbot.waitUntil(
        lambda: not any(b.isDown() for b in screen.prompt.buttons.values()), timeout=WAIT
    )
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(screen.decision.choices["accept"].isChecked, timeout=WAIT)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: screen.consultation.saved is not None, timeout=WAIT)
    with open_local_store() as store:
        (record,) = list(store.records())
    assert record.data["decision"] == "accept" and record.data["clinician_estimate"] == "medium"
    assert record.data["inputs"] == values


def test_every_control_has_an_accessible_name(qtbot: QtBot, window: MainWindow) -> None:
    """Every focusable control of the revealed screen is named for screen readers."""
    screen = window.clinician
    screen.set_judgement_first(False)
    screen.models.choose(PIMA)
    fill(screen, case_of(PIMA, 0))
    explained(qtbot, screen)
    unnamed = [
        f"{type(w).__name__}:{w.objectName()}"
        for w in window.findChildren(QWidget)
        if w.isVisible() and w.focusPolicy() & Qt.FocusPolicy.TabFocus and not w.accessibleName()
    ]
    assert not unnamed


def test_language_switch_without_restart(qtbot: QtBot, window: MainWindow) -> None:
    """Switching to French re-words the window, the form and the shown result at once."""
    screen = window.clinician
    screen.set_judgement_first(False)
    screen.models.choose(PIMA)
    fill(screen, case_of(PIMA, 0))
    explained(qtbot, screen)
    window.set_language("fr")
    QApplication.processEvents()  # Qt posts the LanguageChange events
    assert window.tabs.tabText(0) == "Patient"
    assert screen.explain_button.text() == "E&xpliquer (Ctrl+Entrée)"
    assert screen.result.factors_heading.text() == "Principaux facteurs pour ce patient"
    assert "," in screen.result.risk.text()  # decimal comma
    window.set_language("en")
    QApplication.processEvents()
    assert screen.result.factors_heading.text() == "Main factors for this patient"


def test_language_and_judgement_choice_are_remembered(
    qtbot: QtBot, window: MainWindow, kuona_home: Path
) -> None:
    """Choices made in the menus are saved in the settings file and read back next time."""
    from desktop.settings import Settings
    from desktop.ui.launch import _remember

    window.set_preference_handler(_remember(Settings(kuona_home), window))
    window.set_language("fr")
    window.judgement_action.setChecked(False)
    again = Settings(kuona_home)
    assert again.language == "fr" and again.judgement_first is False
    assert window.clinician.judgement_first is False
