"""The GUI's model update: the menu action runs the update in a worker thread and says what
it did; the model list shows a recalled version disabled, with its banner in words."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.app import MainWindow
from desktop.ui.clinician.model_list import ModelList
from desktop.ui.widgets import translations
from desktop.ui.widgets.model_update import ModelUpdate
from desktop.updates.state import catalog_view
from models.catalog import BUILTIN_CATALOG, load_catalog
from models.repository import Notice, recall
from models.signing import TrustStore
from tests.desktop.ui.waiting import WAIT
from tests.desktop.updates.helpers import days, make_setting


def _run(qtbot: QtBot, update: ModelUpdate, folder: Path, root: Path | None) -> tuple[bool, str]:
    with qtbot.waitSignal(update.finished, timeout=WAIT) as signal:
        update.start(folder, root)
    update.wait()
    changed, text = signal.args
    return bool(changed), str(text)


def test_update_action_installs_then_words_a_refusal(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first run installs the package and says so; a stick that lost a package is refused
    with the catalogue's sentence in the window's language, and the action is enabled again."""
    s = make_setting(tmp_path)
    monkeypatch.setenv("KUONA_HOME", str(s.home))
    parent = QWidget()
    qtbot.addWidget(parent)
    update = ModelUpdate(parent, home=s.home, language="fr")
    changed, text = _run(qtbot, update, s.repo, s.root)
    assert changed and text == "installé : pima-diabetes-lr 1.0.0"
    stick = s.copy("stick")
    (stick / "metadata" / "timestamp.json").unlink()
    changed, text = _run(qtbot, update, stick, None)
    assert not changed and "metadata/timestamp.json" in text and "rien n'a été modifié" in text
    assert update.action.isEnabled()


def test_a_recalled_version_is_listed_disabled_with_its_reason(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The recalled package cannot be chosen; its banner gives the date and the reason in the
    list's language; the other packages stay selectable."""
    s = make_setting(tmp_path)
    s.update()
    recall(s.repo, keys=s.keys, package_id="pima-diabetes-lr", version="1.0.0",
           notice=Notice("card_error"), now=days(1))  # fmt: skip
    s.update(now=days(1))
    entries = load_catalog([BUILTIN_CATALOG], TrustStore.load())
    models = ModelList(language="es")
    qtbot.addWidget(models)
    models.show_entries(entries, catalog_view(s.home, days(1)))
    row = next(
        i for i, e in enumerate(entries) if e.package and e.package.card.id == "pima-diabetes-lr"
    )
    item = models.item(row)
    assert not item.flags() & Qt.ItemFlag.ItemIsEnabled
    assert "Retirado el 2026-12-02: su ficha de modelo contiene un error" in item.text()
    with pytest.raises(KeyError):
        models.choose("pima-diabetes-lr")
    models.setCurrentRow(row)
    assert models.current_package() is None
    models.choose("heart-cad-mlp")
    assert models.current_package() is not None


def test_a_stale_catalog_puts_a_banner_on_every_model(qtbot: QtBot, tmp_path: Path) -> None:
    """Past the timestamp's expiry each verified model says since when the catalog was not
    checked; still selectable while the policy only warns."""
    s = make_setting(tmp_path)
    s.update()
    entries = load_catalog([BUILTIN_CATALOG], TrustStore.load())
    models = ModelList(language="en")
    qtbot.addWidget(models)
    models.show_entries(entries, catalog_view(s.home, days(40)))
    texts = [models.item(i).text() for i in range(models.count())]
    assert all("not checked since 2026-12-01 (it expired on 2026-12-31)" in t for t in texts)
    models.choose("pima-diabetes-lr")
    assert models.current_package() is not None


def test_the_file_menu_offers_the_update(qtbot: QtBot, kuona_home: Path) -> None:
    """The main window's File menu has "Update models from a folder or USB stick…"."""
    translations.install("en")
    window = MainWindow(language="en")
    qtbot.addWidget(window)
    texts = [a.text() for a in window.file_menu.actions()]
    assert "Update models from a folder or USB stick…" in texts
