"""Who decided, in the window: first account, sign-in, idle lock, switch user, training."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.accounts.book import AccountBook
from desktop.accounts.session import Session
from desktop.audit.local import open_local_store
from desktop.consultation import Stage
from desktop.ui.app import MainWindow, apply_direction
from desktop.ui.clinician.sign_in import Mode
from desktop.ui.widgets import translations
from tests.desktop.ui.clinician.filling import fill
from tests.desktop.ui.clinician.test_screen import PIMA, case_of, entries, explained
from tests.desktop.ui.conftest import CLINICIAN_NAME, CLINICIAN_PIN
from tests.desktop.ui.waiting import WAIT


@pytest.fixture
def english() -> Iterator[None]:
    """English texts for the test, and after it."""
    translations.install("en")
    yield
    translations.install("en")


def _window(qtbot: QtBot, **options: object) -> MainWindow:
    win = MainWindow(language="en", judgement_first=False, **options)  # type: ignore[arg-type]
    qtbot.addWidget(win)
    win.show()
    win._on_loaded(list(entries()))
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=WAIT)
    return win


def _type(qtbot: QtBot, widget: object, text: str, *, enter: bool = True) -> None:
    QTest.keyClicks(widget, text)  # type: ignore[arg-type]
    if enter:
        QTest.keyClick(widget, Qt.Key.Key_Return)  # type: ignore[arg-type]


def _decide(qtbot: QtBot, win: MainWindow, row: int) -> dict[str, object]:
    """Explain a real case, accept it, save; the record written."""
    screen = win.clinician
    screen.models.choose(PIMA)
    fill(screen, case_of(PIMA, row))
    explained(qtbot, screen)
    screen.decision.choose("accept")
    screen.decision.save()
    with open_local_store() as store:
        return list(store.records())[-1].data


def test_first_start_creates_the_first_account_by_keyboard(
    qtbot: QtBot, english: None, kuona_home: Path
) -> None:
    """No account: the window asks for a name and the PIN twice; Enter creates it and signs in;
    the file holds a hash, not the PIN; different PINs are refused."""
    win = _window(qtbot)
    gate = win.door.gate
    assert win.door.pages.currentWidget() is gate and gate.mode is Mode.FIRST
    assert not win.tabs.isVisible() and not win.door.lock_action.isEnabled()
    _type(qtbot, gate.name, CLINICIAN_NAME)
    assert gate.pin.hasFocus()
    _type(qtbot, gate.pin, CLINICIAN_PIN)
    _type(qtbot, gate.pin_again, "000000")
    assert "the two PINs differ" in gate.message.text()
    _type(qtbot, gate.pin, CLINICIAN_PIN)
    _type(qtbot, gate.pin_again, CLINICIAN_PIN)
    assert win.tabs.isVisible() and win.door.session.account is not None
    assert win.door.who.text() == f"Signed in: {CLINICIAN_NAME}"
    text = (kuona_home / "accounts.json").read_text(encoding="utf-8")
    assert CLINICIAN_PIN not in text and CLINICIAN_NAME in text


def test_sign_in_by_keyboard_and_a_wrong_pin_is_refused(
    qtbot: QtBot, english: None, kuona_home: Path, account_file: bytes
) -> None:
    """With accounts, the names are listed; a wrong PIN says so and keeps the door shut; the
    right PIN and Enter open the work."""
    (kuona_home / "accounts.json").write_bytes(account_file)
    win = _window(qtbot)
    gate = win.door.gate
    assert gate.mode is Mode.SIGN_IN and gate.names.hasFocus()
    assert gate.names.currentItem().text() == CLINICIAN_NAME
    QTest.keyClick(gate.names, Qt.Key.Key_Tab)
    assert gate.pin.hasFocus()
    _type(qtbot, gate.pin, "111111")
    assert "wrong PIN (2 more tries" in gate.message.text()
    assert win.door.pages.currentWidget() is gate and gate.pin.text() == ""
    _type(qtbot, gate.pin, CLINICIAN_PIN)
    assert win.door.pages.currentWidget() is win.tabs
    assert win.clinician.clinician == win.door.session.account.id  # type: ignore[union-attr]


def test_idle_session_locks_hides_the_patient_and_unlocks_to_the_same_case(
    qtbot: QtBot, english: None, signed_in: Session
) -> None:
    """After the idle time the patient is hidden behind the lock (no id for records, no PDF);
    the PIN brings back the same case, as it was."""
    win = _window(qtbot, session=signed_in, lock_after_ms=400)
    screen = win.clinician
    screen.models.choose(PIMA)
    fill(screen, case_of(PIMA, 3))
    explained(qtbot, screen)
    shown = screen.consultation.explanation
    qtbot.waitUntil(lambda: signed_in.locked, timeout=WAIT)
    gate = win.door.gate
    assert win.door.pages.currentWidget() is gate and gate.mode is Mode.LOCKED
    assert not screen.isVisible() and not screen.result.risk.isVisible()
    assert not win.pdf_action.isEnabled() and screen.clinician is None
    assert win.door.who.text() == f"Locked: {CLINICIAN_NAME}"
    _type(qtbot, gate.pin, CLINICIAN_PIN)
    assert screen.isVisible() and screen.result.risk.isVisible()
    assert screen.consultation.stage is Stage.REVEALED
    assert screen.consultation.explanation is shown
    assert screen.clinician == signed_in.account.id  # type: ignore[union-attr]
    win.door.lock_action.trigger()  # Ctrl+L locks at once
    assert signed_in.locked


def test_a_question_left_open_is_cancelled_when_the_session_locks(
    qtbot: QtBot, english: None, signed_in: Session
) -> None:
    """A question left open over the work (as the erasure's confirmation) is cancelled by the
    idle lock: it does not stay above the lock screen, and its action is not taken."""
    win = _window(qtbot, session=signed_in, lock_after_ms=400)
    stuck: list[QDialog] = []

    def rescue() -> None:  # only if the lock left it open: close it so the test fails, not hangs
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                stuck.append(widget)
                widget.reject()

    QTimer.singleShot(WAIT, rescue)
    answer = QMessageBox.question(win.clinician, "Erase a patient's data", "Erase?")
    assert signed_in.locked and win.door.pages.currentWidget() is win.door.gate
    assert stuck == [] and answer != QMessageBox.StandardButton.Yes
    visible = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog)]
    assert not any(w.isVisible() for w in visible)


def test_switching_users_changes_the_id_on_the_next_record(
    qtbot: QtBot, english: None, signed_in: Session, kuona_home: Path
) -> None:
    """Records carry the signed-in account's id, never its name; after Switch user and the
    other clinician's PIN the next record carries the other id."""
    juma = AccountBook(kuona_home).add("Nurse Juma Mwangi", "775533")
    win = _window(qtbot, session=signed_in)
    first = _decide(qtbot, win, 1)
    assert first["clinician"] == signed_in.account.id  # type: ignore[union-attr]
    win.door.switch_action.trigger()
    gate = win.door.gate
    assert gate.mode is Mode.SIGN_IN and not win.tabs.isVisible()
    names = [gate.names.item(i).text() for i in range(gate.names.count())]
    assert names == [CLINICIAN_NAME, "Nurse Juma Mwangi"]
    gate.names.setCurrentRow(1)
    _type(qtbot, gate.pin, "775533")
    assert win.door.who.text() == "Signed in: Nurse Juma Mwangi"
    second = _decide(qtbot, win, 2)
    assert second["clinician"] == juma.id != first["clinician"]
    log = b"".join(p.read_bytes() for p in kuona_home.glob("audit.sqlite*"))
    for name in (CLINICIAN_NAME, "Nurse Juma Mwangi", "Amina", "Mwangi"):
        assert name.encode() not in log


def test_training_mode_opens_without_an_account(
    qtbot: QtBot, english: None, kuona_home: Path
) -> None:
    """With no account, "Training, without an account" opens the Training tab only."""
    win = _window(qtbot)
    win.door.gate.training_button.click()
    assert win.tabs.currentWidget() is win.training and win.training.isVisible()
    assert not win.tabs.isTabEnabled(win.tabs.indexOf(win.clinician))
    assert not win.tabs.isTabEnabled(win.tabs.indexOf(win.district))
    assert win.door.who.text() == "Training only, no one signed in"
    assert not (kuona_home / "accounts.json").exists()
    win.door.switch_action.trigger()  # and back to the door, to sign in
    assert win.door.pages.currentWidget() is win.door.gate


@pytest.mark.parametrize("language", ["en", "ar"])
def test_sign_in_and_lock_screens(
    qtbot: QtBot, signed_in: Session, tmp_path: Path, language: str
) -> None:
    """The lock, sign-in and first-account screens in English and Arabic (right to left),
    translated, saved as images."""
    translations.install(language)
    apply_direction(language)
    try:
        win = MainWindow(language=language, session=signed_in)
        qtbot.addWidget(win)
        win.resize(1366, 768)
        win.show()
        folder = Path(os.environ.get("KUONA_SHOTS", tmp_path))
        folder.mkdir(parents=True, exist_ok=True)
        for mode in (Mode.LOCKED, Mode.SIGN_IN, Mode.FIRST):
            if mode is Mode.LOCKED:
                win.door.lock_action.trigger()
            else:
                win.door.gate.show_mode(mode)
            QApplication.processEvents()
            gate = win.door.gate
            assert gate.heading.text() and gate.go_button.text()
            if language == "ar":
                assert gate.isRightToLeft() and gate.heading.text() not in (
                    "Locked",
                    "Sign in",
                    "Create the first account",
                )
            path = folder / f"{mode.value}-{language}.png"
            assert win.grab().save(str(path))
    finally:
        translations.install("en")
        apply_direction("en")
