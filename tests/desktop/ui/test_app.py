"""The main window lists the verified demo catalog, loaded off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.ui.app import MainWindow


def test_window_lists_demo_models(qtbot: QtBot, tmp_path: Path) -> None:
    """The window shows at once, then lists ≥ 3 verified packages, each marked demonstration."""
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.loader.done, timeout=120_000):
        window.start_loading()
    assert window.models.count() >= 3
    texts = [window.models.item(i).text() for i in range(window.models.count())]
    assert all("Demonstration - not for clinical use" in t for t in texts)
    assert "verified" in window.status.text()
    window.grab().save(str(tmp_path / "main-window.png"))
    assert (tmp_path / "main-window.png").stat().st_size > 0
