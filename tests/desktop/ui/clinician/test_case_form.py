"""The patient form: built from the card, keyboard order, inline messages, locale numbers."""

from __future__ import annotations

import dataclasses
import math
import os
from functools import cache
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.clinician.case_form import CaseForm
from models.card import Card
from models.catalog import BUILTIN_CATALOG
from models.signing import TrustStore
from models.verify import VerifiedPackage, verify_package
from tests.desktop.ui.waiting import WAIT

MODELS = ("heart-cad-mlp", "pima-diabetes-lr", "birthwt-low-gb")
GLUCOSE = "Plasma glucose, 2 h oral glucose tolerance test"


@cache
def package(name: str) -> VerifiedPackage:
    """A catalog package, verified once per test run."""
    return verify_package(BUILTIN_CATALOG / name, TrustStore.load())


def form(qtbot: QtBot, card: Card | str) -> CaseForm:
    """A shown form for a card (or a catalog package's card, by name)."""
    widget = CaseForm(package(card).card if isinstance(card, str) else card)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def case(name: str, row: int = 0) -> dict[str, float]:
    """A real case: one row of the package's background sample."""
    pkg = package(name)
    return dict(zip(pkg.card.feature_ids, pkg.background[row].tolist(), strict=True))


def fill_all_but(widget: CaseForm, name: str, missing: str) -> None:
    """Fill the form with a real case except one feature."""
    widget.set_values({k: v for k, v in case(name).items() if k != missing})


@pytest.mark.parametrize("name", MODELS)
def test_tab_order_runs_top_to_bottom(qtbot: QtBot, name: str) -> None:
    """Tab moves through the inputs in card order, each named for screen readers."""
    widget = form(qtbot, name)
    editors = [widget.editor(fid) for fid in package(name).card.feature_ids]
    seen: list[QWidget] = []
    current: QWidget | None = editors[0]
    while current is not None and len(seen) < len(editors):
        if current in editors:
            seen.append(current)
        current = current.nextInFocusChain()
    assert seen == editors
    for feature, editor in zip(package(name).card.features, editors, strict=True):
        assert editor.accessibleName() == feature.label
        assert editor.toolTip() == feature.help
        assert editor.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_every_control_has_an_accessible_name(qtbot: QtBot) -> None:
    """No input of the form lacks an accessible name."""
    widget = form(qtbot, "birthwt-low-gb")
    controls = widget.findChildren(QLineEdit) + widget.findChildren(QComboBox)
    assert len(controls) == len(package("birthwt-low-gb").card.features)
    assert all(control.accessibleName() for control in controls)


def test_units_ranges_and_help_are_visible(qtbot: QtBot) -> None:
    """Beside each number is its validated range and unit; the help text is a visible line."""
    widget = form(qtbot, "pima-diabetes-lr")
    shown = [label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]
    assert "21–81 years" in shown  # noqa: RUF001 - the en dash shown on screen
    assert "57–199 mg/dL" in shown  # noqa: RUF001
    assert package("pima-diabetes-lr").card.features[1].help in shown


def test_bad_number_names_the_field(qtbot: QtBot) -> None:
    """Typing a non-number shows "<field>: enter a number" and values() is None."""
    widget = form(qtbot, "pima-diabetes-lr")
    widget.set_values(case("pima-diabetes-lr"))
    assert widget.values() is not None
    editor = widget.editor("glu")
    assert isinstance(editor, QLineEdit)
    editor.clear()
    QTest.keyClicks(editor, "abc")
    assert widget.message("glu") == f"⚠ {GLUCOSE}: enter a number"
    assert widget.values() is None
    assert widget.problems() == [f"{GLUCOSE}: enter a number"]
    editor.setText("120")
    assert widget.message("glu") == ""
    assert widget.values() is not None


def test_french_decimal_comma_parses(qtbot: QtBot) -> None:
    """With the French locale "35,1" is 35.1, and values are shown back with a comma."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French))
    try:
        widget = form(qtbot, "pima-diabetes-lr")
        fill_all_but(widget, "pima-diabetes-lr", "bmi")
        editor = widget.editor("bmi")
        assert isinstance(editor, QLineEdit)
        with qtbot.waitSignal(widget.changed, timeout=WAIT):
            QTest.keyClicks(editor, "35,1")
        values = widget.values()
        assert values is not None and values["bmi"] == 35.1
        widget.set_values({**values, "ped": 0.245})
        ped = widget.editor("ped")
        assert isinstance(ped, QLineEdit) and ped.text() == "0,245"
        ped.setText("1 000")  # group separators are refused, never guessed
        assert widget.values() is None
    finally:
        QLocale.setDefault(previous)


def test_language_change_rewrites_numbers_in_the_new_locale(qtbot: QtBot) -> None:
    """A number typed as "35.1" reads "35,1" after switching to French, with the same value."""
    previous = QLocale()
    widget = form(qtbot, "pima-diabetes-lr")
    editor = widget.editor("bmi")
    assert isinstance(editor, QLineEdit)
    editor.setText("35.1")
    try:
        QLocale.setDefault(QLocale(QLocale.Language.French))
        QApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))
        assert editor.text() == "35,1"
        assert not any(p.startswith("Body mass index") for p in widget.problems())
    finally:
        QLocale.setDefault(previous)


def test_out_of_range_is_flagged_but_accepted(qtbot: QtBot) -> None:
    """A glucose of 250 is kept in values() and flagged inline with the validated range."""
    widget = form(qtbot, "pima-diabetes-lr")
    widget.set_values({**case("pima-diabetes-lr"), "glu": 250})
    values = widget.values()
    assert values is not None and values["glu"] == 250
    assert widget.out_of_range() == ["glu"]
    assert widget.message("glu") == (
        f"⚠ {GLUCOSE}: 250 is outside the range the model was validated on (57–199 mg/dL)"  # noqa: RUF001
    )
    assert widget.problems() == []


def test_required_empty_gives_none_and_check_names_it(qtbot: QtBot) -> None:
    """An empty required field makes values() None; check() shows which one."""
    widget = form(qtbot, "heart-cad-mlp")
    fill_all_but(widget, "heart-cad-mlp", "chol")
    assert widget.values() is None
    assert widget.message("chol") == ""  # not nagged before the user is done
    assert not widget.check()
    assert widget.message("chol") == "⚠ Serum cholesterol: enter a value"
    assert widget.problems() == ["Serum cholesterol: enter a value"]


def test_boolean_is_tri_state(qtbot: QtBot) -> None:
    """A yes/no input starts "not entered", which is neither Yes nor No."""
    widget = form(qtbot, "heart-cad-mlp")
    fill_all_but(widget, "heart-cad-mlp", "fbs")
    fbs = widget.editor("fbs")
    assert isinstance(fbs, QComboBox)
    assert [fbs.itemText(i) for i in range(fbs.count())] == ["— choose —", "Yes", "No"]
    assert fbs.currentIndex() == 0 and widget.values() is None
    assert not widget.check()
    assert widget.message("fbs") == "⚠ Fasting blood sugar > 120 mg/dL: choose one"
    fbs.setCurrentIndex(2)
    values = widget.values()
    assert values is not None and values["fbs"] == 0.0
    assert widget.message("fbs") == ""
    fbs.setCurrentIndex(1)
    values = widget.values()
    assert values is not None and values["fbs"] == 1.0


def test_set_values_round_trips_and_clear_empties(qtbot: QtBot) -> None:
    """set_values then values() gives the same case; clear() empties it and signals a change."""
    for name in MODELS:
        widget = form(qtbot, name)
        assert widget.values() is None
        widget.set_values(case(name, 5))
        assert widget.values() == case(name, 5)
        with qtbot.waitSignal(widget.changed, timeout=WAIT):
            widget.clear()
        assert widget.values() is None
        assert all(widget.message(fid) == "" for fid in package(name).card.feature_ids)
    with pytest.raises(KeyError):
        widget.set_values({"no_such_feature": 1.0})


def test_missing_values_only_where_the_card_allows(qtbot: QtBot) -> None:
    """An empty optional field gives NaN only when the card accepts missing values."""
    card = package("pima-diabetes-lr").card
    optional = tuple(
        dataclasses.replace(f, required=False) if f.id == "skin" else f for f in card.features
    )
    allowing = dataclasses.replace(
        card, raw={**card.raw, "missing_values": True}, features=optional
    )
    widget = form(qtbot, allowing)
    fill_all_but(widget, "pima-diabetes-lr", "skin")
    values = widget.values()
    assert values is not None and math.isnan(values["skin"])
    strict = form(qtbot, dataclasses.replace(card, features=optional))
    fill_all_but(strict, "pima-diabetes-lr", "skin")
    assert strict.values() is None


@pytest.mark.parametrize("direction", ["en-ltr", "ar-rtl"])
def test_screenshots(qtbot: QtBot, tmp_path: Path, direction: str) -> None:
    """Screenshots of the heart form with one bad and one out-of-range input are written."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    previous = QLocale()
    folder = Path(os.environ.get("KUONA_SHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        if direction == "ar-rtl":
            QLocale.setDefault(QLocale("ar_EG"))
            app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        widget = form(qtbot, "heart-cad-mlp")
        fill_all_but(widget, "heart-cad-mlp", "exang")
        widget.set_values({**case("heart-cad-mlp"), "chol": 650})
        editor = widget.editor("trestbps")
        assert isinstance(editor, QLineEdit)
        editor.setText("12O")
        widget.check()
        assert widget.isRightToLeft() == (direction == "ar-rtl")
        widget.resize(widget.sizeHint().expandedTo(widget.minimumSizeHint()))
        QApplication.processEvents()
        assert widget.grab().save(str(folder / f"case-form-{direction}.png"))
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        QLocale.setDefault(previous)
