"""The main screens render in each language; screenshots go to $KUONA_SHOTS when it is set.

`KUONA_SHOTS=docs/screenshots pytest tests/desktop/ui/test_screens.py` refreshes the README's
pictures.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea
from pytestqt.qtbot import QtBot

from desktop.accounts.session import Session
from desktop.consultation import Stage
from desktop.ui.app import MainWindow, apply_direction
from desktop.ui.widgets import translations
from tests.desktop.ui.clinician.filling import fill
from tests.desktop.ui.clinician.test_screen import case_of, entries
from tests.desktop.ui.waiting import WAIT

LANGUAGES = translations.LANGUAGES
SIZE = (1366, 768)  # the usual clinic laptop screen


@pytest.fixture(params=LANGUAGES)
def window(
    request: pytest.FixtureRequest, qtbot: QtBot, signed_in: Session
) -> Iterator[MainWindow]:
    """The main window in one language, at a laptop's screen size, catalog listed."""
    language = request.param
    translations.install(language)
    apply_direction(language)
    win = MainWindow(language=language, judgement_first=True, session=signed_in)
    qtbot.addWidget(win)
    win.resize(*SIZE)
    win.show()
    win._on_loaded(list(entries()))
    QApplication.processEvents()
    yield win
    win.clinician.wait()
    translations.install("en")
    apply_direction("en")


def shot(widget: MainWindow, name: str, tmp_path: Path) -> Path:
    """Save a screenshot (in $KUONA_SHOTS when set, else tmp_path), once the layout settled."""
    QApplication.processEvents()
    folder = Path(os.environ.get("KUONA_SHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}-{widget.language}.png"
    assert widget.grab().save(str(path))
    return path


def elided(window: MainWindow) -> list[str]:
    """Visible single-line labels whose text is wider than the label (cut off on screen)."""
    out = []
    for label in window.findChildren(QLabel):
        if not label.isVisible() or label.wordWrap() or not label.text():
            continue
        shown = label.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        if label.fontMetrics().horizontalAdvance(shown) > label.width() + 1:
            out.append(label.text())
    return out


def cut_off(window: MainWindow) -> list[str]:
    """Scroll areas whose content is wider than the area (it needs a horizontal scroll bar)."""
    return [
        area.accessibleName() or type(area).__name__
        for area in window.findChildren(QScrollArea)
        if area.isVisible()
        and area.widget() is not None
        and area.widget().width() > area.viewport().width()
    ]


def test_journey_screens(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    """Form, judgement, result and saved screens render, and no one-line label is cut off."""
    screen = window.clinician
    screen.models.choose("heart-cad-mlp")
    QApplication.processEvents()
    fill(screen, {**case_of("heart-cad-mlp", 11), "chol": 650})
    assert shot(window, "1-patient", tmp_path).stat().st_size > 10_000
    screen.explain()
    qtbot.waitUntil(lambda: screen.consultation.stage is Stage.AWAITING_ESTIMATE, timeout=WAIT)
    assert screen.prompt.isVisible()
    shot(window, "2-judgement-first", tmp_path)
    screen.prompt.buttons["high"].click()
    assert screen.result.risk.isVisible() and screen.result.chart.isVisible()
    shot(window, "3-result", tmp_path)
    assert not elided(window)
    assert not cut_off(window)  # nothing needs sideways scrolling at the usual size
    screen.decision.choose("partial", reason="model_limitation", note="chol out of range")
    screen.decision.save()
    assert screen.decision.confirmation.isVisible()
    shot(window, "4-saved", tmp_path)
    assert not elided(window)


def test_text_follows_a_larger_system_font(
    qtbot: QtBot, tmp_path: Path, signed_in: Session
) -> None:
    """With the system font 1.5 times larger, every text grows with it and nothing is cut off."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    normal = QFont(app.font())
    large = QFont(normal)
    large.setPointSizeF(normal.pointSizeF() * 1.5)
    translations.install("en")
    app.setFont(large)
    try:
        win = MainWindow(language="en", judgement_first=False, session=signed_in)
        qtbot.addWidget(win)
        win.resize(*SIZE)
        win.show()
        win._on_loaded(list(entries()))
        screen = win.clinician
        screen.models.choose("pima-diabetes-lr")
        fill(screen, case_of("pima-diabetes-lr", 4))
        screen.explain()
        qtbot.waitUntil(lambda: screen.consultation.revealed, timeout=WAIT)
        shot(win, "large-font-result", tmp_path)
        assert screen.result.risk.font().pointSizeF() > 3 * normal.pointSizeF()  # 2.2 times 1.5
        assert screen.result.reading.font().pointSizeF() == large.pointSizeF()
        assert not elided(win)
        for area in win.findChildren(QScrollArea):  # wider content scrolls, never vanishes
            bar = area.horizontalScrollBar()
            if area.isVisible() and area.widget().width() > area.viewport().width():
                assert bar.isVisible() and bar.maximum() > 0
        screen.wait()
    finally:
        app.setFont(normal)
