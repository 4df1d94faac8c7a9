"""Beside the note field, the decision panel says whether the note leaves the laptop."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.accounts.session import Session
from desktop.privacy.notes_policy import share_policy
from desktop.sync.district_keys import init_district, install_district_key
from desktop.ui.app import MainWindow, apply_direction
from desktop.ui.widgets import translations
from tests.desktop.ui.clinician.filling import fill
from tests.desktop.ui.clinician.test_screen import PIMA, case_of, entries
from tests.desktop.ui.waiting import WAIT

HOME = "Stays on this laptop."
SCRUBBED = (
    "Sent to the district with phone numbers, e-mail addresses, dates and ID numbers removed; "
    "names are not removed, do not write them."
)


def district_for(clinic: Path, root: Path) -> Path:
    """A district (keys in root/district) whose public key the clinic installed."""
    init_district(root / "district", public_key_out=root / "district.pub.json")
    install_district_key(clinic, root / "district.pub.json")
    return root / "district"


def window_in(qtbot: QtBot, language: str, session: Session) -> MainWindow:
    """The main window in `language` (a clinician signed in), a case explained and revealed: the
    note field shown."""
    translations.install(language)
    apply_direction(language)
    win = MainWindow(language=language, judgement_first=True, session=session)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win._on_loaded(list(entries()))
    screen = win.clinician
    screen.models.choose(PIMA)
    fill(screen, case_of(PIMA, 5))
    screen.explain()
    qtbot.waitUntil(screen.prompt.isVisible, timeout=WAIT)
    screen.prompt.buttons["high"].click()
    qtbot.waitUntil(screen.decision.note.isVisible, timeout=WAIT)
    return win


@pytest.fixture
def english() -> Iterator[str]:
    """English, left to right, restored afterwards."""
    yield "en"
    translations.install("en")
    apply_direction("en")


def shot(qtbot: QtBot, win: MainWindow, name: str, tmp_path: Path) -> None:
    """The decision panel as the clinician sees it (in $KUONA_SHOTS when set, to look at), once
    the words under the note have all the height they need (not cut off)."""
    fate = win.clinician.decision.note_fate
    qtbot.waitUntil(lambda: fate.height() >= fate.heightForWidth(fate.width()), timeout=WAIT)
    QApplication.processEvents()
    folder = Path(os.environ.get("KUONA_SHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    win.clinician.right_area.ensureWidgetVisible(win.clinician.decision.note_fate)
    assert win.clinician.right_area.grab().save(str(folder / f"note-{name}.png"))


def test_the_note_field_follows_the_policy_installed_on_the_sync_step(
    qtbot: QtBot, tmp_path: Path, kuona_home: Path, english: str, signed_in: Session
) -> None:
    """No policy: stays; a scrubbed policy applied from the stick: sent scrubbed; home: stays."""
    district = district_for(kuona_home, tmp_path)
    win = window_in(qtbot, english, signed_in)
    panel = win.clinician.decision
    assert panel.note_fate.isVisible() and panel.note_fate.text() == HOME
    shot(qtbot, win, "home-en", tmp_path)

    share_policy(district, notes="scrubbed", out=tmp_path / "stick1")
    with qtbot.waitSignal(win.sync.policy_changed, timeout=WAIT):
        assert win.sync.apply_receipts([tmp_path / "stick1"])
    assert "notes are now sent to the district" in win.sync.message.text()
    assert panel.note_fate.text() == SCRUBBED
    assert panel.note.accessibleDescription() == SCRUBBED
    shot(qtbot, win, "scrubbed-en", tmp_path)

    share_policy(district, notes="home", out=tmp_path / "stick2")
    with qtbot.waitSignal(win.sync.policy_changed, timeout=WAIT):
        assert win.sync.apply_receipts([tmp_path / "stick2"])
    assert panel.note_fate.text() == HOME
    win.clinician.wait()


def test_a_refused_policy_on_the_stick_changes_nothing_and_says_why(
    qtbot: QtBot, tmp_path: Path, kuona_home: Path, english: str, signed_in: Session
) -> None:
    """A policy from another district is refused by name; the note still stays home."""
    district_for(kuona_home, tmp_path)
    other = tmp_path / "other"
    other.mkdir()
    init_district(other / "district", public_key_out=other / "district.pub.json")
    path = share_policy(other / "district", notes="scrubbed", out=tmp_path / "stick")
    win = window_in(qtbot, english, signed_in)
    assert not win.sync.apply_receipts([path])
    assert "comes from another district" in win.sync.message.text()
    assert win.clinician.decision.note_fate.text() == HOME
    win.clinician.wait()


def test_arabic_says_it_right_to_left(
    qtbot: QtBot, tmp_path: Path, kuona_home: Path, signed_in: Session
) -> None:
    """In Arabic the words are Arabic, laid out right to left, re-read when the panel is shown."""
    district = district_for(kuona_home, tmp_path)
    try:
        win = window_in(qtbot, "ar", signed_in)
        panel = win.clinician.decision
        assert panel.note_fate.text() == "تبقى على هذا الحاسوب."
        share_policy(district, notes="scrubbed", out=tmp_path / "stick")
        win.sync.apply_receipts([tmp_path / "stick"])
        win.tabs.setCurrentWidget(win.sync)
        win.tabs.setCurrentWidget(win.clinician)  # shown again: the policy is read again
        assert panel.note_fate.text().startswith("تُرسل إلى المنطقة")
        assert panel.note_fate.layoutDirection() == Qt.LayoutDirection.RightToLeft
        shot(qtbot, win, "scrubbed-ar", tmp_path)
        win.clinician.wait()
    finally:
        translations.install("en")
        apply_direction("en")
