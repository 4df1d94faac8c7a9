"""Stored UTC times are shown as this computer's local time, in the locale's own format."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption

from desktop.ui.widgets import wording

STORED = "2026-12-01T18:54:12.123456Z"  # the audit log's created_utc format


@pytest.fixture
def locale(qapp: object) -> Iterator[None]:
    """Restore the default locale after the test."""
    previous = QLocale()
    yield
    QLocale.setDefault(previous)


def _local() -> datetime:
    return datetime.fromisoformat(STORED.replace("Z", "+00:00")).astimezone()


def test_french_time_is_24_hour_and_local(locale: None) -> None:
    """In French the time of day reads HH:MM in local time, the date day first."""
    QLocale.setDefault(QLocale("fr_FR"))
    local = _local()
    assert wording.clock(STORED) == local.strftime("%H:%M")
    assert wording.when(STORED) == local.strftime("%d/%m/%Y %H:%M")


def test_english_time_uses_am_pm(locale: None) -> None:
    """In US English the same moment reads with AM/PM."""
    QLocale.setDefault(QLocale("en_US"))
    assert wording.clock(STORED).endswith(("AM", "PM"))


def test_unreadable_time_is_shown_as_stored(locale: None) -> None:
    """A value that is not an ISO time is shown as it is, never dropped."""
    assert wording.when("yesterday") == "yesterday"


@pytest.mark.parametrize("name", ["ar_AE", "fr_FR", "en_US"])
def test_a_signed_number_keeps_its_sign_in_front_in_every_direction(
    locale: None, name: str
) -> None:
    """A sign has no direction of its own, so in Arabic text "+3.6" would read "3.6+": the
    signed number is isolated (first-strong isolate, which is left to right for digits)."""
    QLocale.setDefault(QLocale(name))
    locale = QLocale()
    minus = locale.negativeSign().replace("-", wording.MINUS)
    for value, sign in ((3.6, locale.positiveSign()), (-3.6, minus)):
        text = wording.signed(value)
        assert text.startswith(wording.FSI) and text.endswith(wording.PDI)
        assert wording.plain(text) == sign + wording.number(3.6, 1)
        assert sign.strip("\u200e") in "+\u2212"
    assert wording.signed(0.0) == wording.number(0.0, 1)


def _glyph_x(layout: QTextLayout, index: int) -> float:
    return min(p.x() for run in layout.glyphRuns(index, 1) for p in run.positions())


def test_a_signed_contribution_in_arabic_text_is_drawn_sign_first(locale: None) -> None:
    """Laid out right to left inside Arabic words, the sign is drawn left of the digits
    ("+3.0", as a number is read), not to their right ("3.0+")."""
    QLocale.setDefault(QLocale("ar_AE"))
    for value in (0.03, -0.03):
        text = "العمر: " + wording.change(value, "probability") + " نقطة"
        sign = text.index("+" if value > 0 else wording.MINUS)
        layout = QTextLayout(text, QFont())
        option = QTextOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        layout.setTextOption(option)
        layout.beginLayout()
        layout.createLine().setLineWidth(2000)
        layout.endLayout()
        assert _glyph_x(layout, sign) < _glyph_x(layout, sign + 1), text
