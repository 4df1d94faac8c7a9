"""The model facts panel: limitations always shown, demonstration banner, card translations."""

from __future__ import annotations

import dataclasses
import os
from functools import cache
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel
from pytestqt.qtbot import QtBot

from desktop.ui.widgets import wording
from desktop.ui.widgets.model_facts import ModelFacts
from models.catalog import BUILTIN_CATALOG
from models.signing import TrustStore
from models.verify import VerifiedPackage, verify_package

MODELS = ("heart-cad-mlp", "pima-diabetes-lr", "birthwt-low-gb")
BANNER = "Demonstration — not for clinical use"


@cache
def package(name: str) -> VerifiedPackage:
    """A catalog package, verified once per test run."""
    return verify_package(BUILTIN_CATALOG / name, TrustStore.load())


def facts(qtbot: QtBot, pkg: VerifiedPackage, *, language: str = "en") -> ModelFacts:
    """A panel showing `pkg`, laid out at a typical side-panel size."""
    panel = ModelFacts()
    qtbot.addWidget(panel)
    panel.show_package(pkg, language=language)
    panel.resize(640, 900)
    panel.show()
    return panel


def plain(label: QLabel) -> str:
    """A label's text as the reader sees it (rich text rendered to plain text)."""
    if label.textFormat() != Qt.TextFormat.RichText:
        return label.text()
    document = QTextDocument()
    document.setHtml(label.text())
    return document.toPlainText()


def shown(panel: ModelFacts, text: str) -> bool:
    """True when some visible label of the panel contains `text`."""
    return any(
        text in plain(label) and label.isVisibleTo(panel) for label in panel.findChildren(QLabel)
    )


@pytest.mark.parametrize("name", MODELS)
def test_catalog_model_shows_limitations_and_banner(qtbot: QtBot, name: str) -> None:
    """Each demo package shows the banner, every limitation and contraindication, and metrics."""
    pkg = package(name)
    panel = facts(qtbot, pkg)
    raw = pkg.card.raw
    assert panel.banner.isVisibleTo(panel)
    assert panel.banner.accessibleName() == BANNER
    assert shown(panel, BANNER)
    for text in [*raw["limitations"], *raw["contraindications"]]:
        assert shown(panel, text), text
    for text in (raw["outcome"]["definition"], raw["population"]["period"], raw["data"]["source"]):
        assert shown(panel, text)
    auc = raw["metrics"]["auc"]
    assert shown(panel, f"{auc['value']:g} (95% CI {auc['ci95'][0]:g} to {auc['ci95'][1]:g})")
    table = panel.subgroups
    assert table is not None and table.rowCount() == len(raw["metrics"]["subgroups"])
    cells = [[wording.plain(table.text(r, c)) for c in range(4)] for r in range(table.rowCount())]
    for row, group in zip(cells, raw["metrics"]["subgroups"], strict=True):
        assert row[:3] == [group["name"], str(group["n"]), str(group["events"])]
        assert row[3] == group.get("note", row[3])


def test_nothing_is_collapsed_or_behind_a_button(qtbot: QtBot) -> None:
    """No buttons, and every label of the panel is visible (scrolling is the only step)."""
    panel = facts(qtbot, package("heart-cad-mlp"))
    buttons = panel.findChildren(QAbstractButton)
    assert [b for b in buttons if b.isVisibleTo(panel)] == []
    labels = panel.findChildren(QLabel)
    assert len(labels) > 30
    assert all(label.isVisibleTo(panel) for label in labels)
    assert panel.area.accessibleName() == "Model facts"
    assert panel.subgroups is not None and panel.subgroups.accessibleName()


def test_non_demonstration_package_has_no_banner(qtbot: QtBot) -> None:
    """A package signed by a non-demo steward key shows no demonstration banner."""
    pkg = package("heart-cad-mlp")
    steward = dataclasses.replace(pkg.signer, demo=False, name="District steward")
    clinical = dataclasses.replace(pkg, signer=steward)
    assert not clinical.demonstration
    panel = facts(qtbot, clinical)
    assert not panel.banner.isVisibleTo(panel)
    assert not shown(panel, BANNER)
    assert shown(panel, "Version 1.0.0, signed by District steward")
    panel.show_package(package("heart-cad-mlp"))
    assert panel.banner.isVisibleTo(panel)


def test_card_translations_replace_english_texts(qtbot: QtBot) -> None:
    """With language="fr" the card's French texts are shown, English where none is given."""
    pkg = package("pima-diabetes-lr")
    raw = dict(pkg.card.raw)
    raw["translations"] = {
        "fr": {"title": "Diabète (démonstration)", "limitations": ["Pas pour usage clinique."]}
    }
    french = dataclasses.replace(pkg, card=dataclasses.replace(pkg.card, raw=raw))
    panel = facts(qtbot, french, language="fr")
    assert shown(panel, "Diabète (démonstration)")
    assert shown(panel, "Pas pour usage clinique.")
    assert shown(panel, raw["contraindications"][0])  # not translated: English
    assert not shown(panel, raw["limitations"][0])
    panel.show_package(french, language="en")
    assert shown(panel, raw["limitations"][0])


def test_numbers_follow_the_locale(qtbot: QtBot) -> None:
    """With a French locale the AUC is written with a decimal comma."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French))
    try:
        panel = facts(qtbot, package("heart-cad-mlp"))
        assert shown(panel, "0,857 (95% CI 0,8 to 0,905)")
    finally:
        QLocale.setDefault(previous)


def test_clear_shows_no_model(qtbot: QtBot) -> None:
    """clear() removes the package, its banner and its texts."""
    panel = facts(qtbot, package("heart-cad-mlp"))
    panel.clear()
    assert not panel.banner.isVisibleTo(panel)
    assert shown(panel, "No model chosen.")
    assert panel.subgroups is None


@pytest.mark.parametrize("direction", ["en-ltr", "ar-rtl"])
def test_screenshots(qtbot: QtBot, tmp_path: Path, direction: str) -> None:
    """Screenshots of the heart model's facts, English LTR and Arabic RTL, are written."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    previous = QLocale()
    folder = Path(os.environ.get("KUONA_SHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        if direction == "ar-rtl":
            QLocale.setDefault(QLocale("ar_EG"))
            app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        panel = facts(qtbot, package("heart-cad-mlp"))
        assert panel.isRightToLeft() == (direction == "ar-rtl")
        QApplication.processEvents()  # let the layouts settle before the picture
        assert panel.grab().save(str(folder / f"model-facts-{direction}.png"))
        panel.resize(640, 2000)  # everything at once, to look at
        QApplication.processEvents()
        assert panel.grab().save(str(folder / f"model-facts-{direction}-full.png"))
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        QLocale.setDefault(previous)
