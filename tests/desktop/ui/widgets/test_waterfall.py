"""The waterfall chart: additive bar arithmetic, signed labels, and right-to-left mirroring."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QRect, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.ui.widgets import wording
from desktop.ui.widgets.waterfall import WaterfallChart
from explainers import Explanation, explain
from models.catalog import BUILTIN_CATALOG
from models.signing import TrustStore
from models.verify import VerifiedPackage, verify_package

MODELS = ("heart-cad-mlp", "pima-diabetes-lr", "birthwt-low-gb")


@cache
def package(name: str) -> VerifiedPackage:
    """A catalog package, verified once per test run."""
    return verify_package(BUILTIN_CATALOG / name, TrustStore.load())


def explained(pkg: VerifiedPackage, row: int) -> tuple[dict[str, float], Explanation]:
    """A real case (a background row) and its explanation."""
    case = dict(zip(pkg.card.feature_ids, pkg.background[row].tolist(), strict=True))
    return case, explain(pkg.runner, pkg.runner.spec, pkg.background, case)


def chart(qtbot: QtBot, name: str, row: int = 0, *, top: int = 8) -> WaterfallChart:
    """A chart showing one explained case of a catalog model, with card labels and values."""
    pkg = package(name)
    case, explanation = explained(pkg, row)
    widget = WaterfallChart(top=top)
    qtbot.addWidget(widget)
    widget.set_explanation(
        explanation,
        labels={f.id: f.label for f in pkg.card.features},
        values={f.id: wording.feature_value(f, case[f.id]) for f in pkg.card.features},
    )
    widget.resize(widget.sizeHint())
    return widget


@pytest.fixture
def arabic_rtl() -> Iterator[None]:
    """The application laid out right-to-left with Arabic number formats, restored after."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    previous = QLocale()
    try:
        QLocale.setDefault(QLocale("ar_EG"))
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        yield
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        QLocale.setDefault(previous)


def save_shot(widget: WaterfallChart, tmp_path: Path, name: str) -> Path:
    """Save a screenshot in tmp_path, and in $KUONA_SHOTS when set (to look at)."""
    folder = Path(os.environ.get("KUONA_SHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    assert widget.grab().save(str(path))
    return path


@pytest.mark.parametrize("name", MODELS)
@pytest.mark.parametrize("row", [0, 7, 19])
def test_bars_run_from_base_value_to_prediction(qtbot: QtBot, name: str, row: int) -> None:
    """Bars chain end to start from the base value to the prediction, largest effect first."""
    widget = chart(qtbot, name, row)
    _, explanation = explained(package(name), row)
    bars = widget.bars()
    assert len(bars) == len(explanation.contributions)
    assert bars[0][1] == pytest.approx(explanation.base_value, abs=1e-9)
    assert bars[-1][2] == pytest.approx(explanation.prediction, abs=1e-9)
    for (_, _, end, _), (_, start, _, _) in itertools.pairwise(bars):
        assert start == end
    for _, start, end, value in bars:
        assert end - start == pytest.approx(value, abs=1e-12)
    sizes = [abs(value) for *_, value in bars]
    assert sizes == sorted(sizes, reverse=True)
    assert sorted(v for *_, v in bars) == sorted(explanation.contributions.values())


def test_other_factors_bar_sums_the_rest(qtbot: QtBot) -> None:
    """Beyond the top bars the rest merge into one "N other factors" bar that keeps the sum."""
    widget = chart(qtbot, "heart-cad-mlp", 3, top=4)
    _, explanation = explained(package("heart-cad-mlp"), 3)
    bars = widget.bars()
    ranked = sorted(explanation.contributions.values(), key=abs, reverse=True)
    assert len(bars) == 5
    assert bars[-1][0].startswith("5 other factor")  # "factors" once the English .qm has it
    assert bars[-1][3] == pytest.approx(sum(ranked[4:]), abs=1e-12)
    assert bars[0][1] == pytest.approx(explanation.base_value, abs=1e-9)
    assert bars[-1][2] == pytest.approx(explanation.prediction, abs=1e-9)


def test_one_leftover_factor_keeps_its_name(qtbot: QtBot) -> None:
    """With top + 1 features, the last one is drawn by name instead of as "1 other factor"."""
    widget = chart(qtbot, "heart-cad-mlp", 0, top=8)
    labels = [label for label, *_ in widget.bars()]
    assert len(labels) == 9
    assert not any("other factor" in label for label in labels)


def test_labels_name_the_value_and_carry_sign_and_arrow(qtbot: QtBot) -> None:
    """Each bar reads "Label = value unit", then ▲ and a plus or ▼ and a minus, in points."""
    widget = chart(qtbot, "heart-cad-mlp", 0)
    lines = widget.accessibleDescription().splitlines()
    assert lines[0].startswith("Average risk (all patients): ")
    assert lines[-1].startswith("This patient's risk: ")
    assert "Age = 38 years" in [label for label, *_ in widget.bars()]
    for (label, _, _, value), line in zip(widget.bars(), lines[1:-1], strict=True):
        points = wording.number(abs(value) * 100, 1)
        if value > 0:
            assert line == f"{label}: ▲ +{points} points"
        else:
            assert line == f"{label}: ▼ \u2212{points} points"


def test_clear_shows_nothing(qtbot: QtBot) -> None:
    """After clear() there are no bars and the description says so."""
    widget = chart(qtbot, "pima-diabetes-lr", 0)
    widget.clear()
    assert widget.bars() == []
    assert widget.accessibleDescription() == "No explanation to show yet."


def mirrored(rect: QRect, width: int) -> QRect:
    """The rectangle reflected in the vertical centre line of a widget `width` pixels wide."""
    return QRect(width - rect.x() - rect.width(), rect.y(), rect.width(), rect.height())


def test_right_to_left_mirrors_the_drawing_not_the_numbers(
    qtbot: QtBot, tmp_path: Path, arabic_rtl: None
) -> None:
    """In RTL the bars and labels swap sides pixel for pixel; the arithmetic is unchanged."""
    rtl = chart(qtbot, "heart-cad-mlp", 0)
    ltr = chart(qtbot, "heart-cad-mlp", 0)
    ltr.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    ltr.resize(rtl.size())
    assert rtl.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert [b[1:] for b in rtl.bars()] == [b[1:] for b in ltr.bars()]
    width = rtl.width()
    for left, right in zip(ltr.row_geometry(), rtl.row_geometry(), strict=True):
        assert right.bar == mirrored(left.bar, width)
        assert right.label == mirrored(left.label, width)
        assert right.label.left() > right.bar.right()
    assert rtl.plot_rect() == mirrored(ltr.plot_rect(), width)
    left_image, right_image = ltr.grab().toImage(), rtl.grab().toImage()
    plot = left_image.copy(ltr.plot_rect()).flipped(Qt.Orientation.Horizontal)
    assert plot == right_image.copy(rtl.plot_rect())
    assert plot != left_image.copy(ltr.plot_rect())  # the plot is not symmetric by itself


def test_screenshot_english_left_to_right(qtbot: QtBot, tmp_path: Path) -> None:
    """A screenshot of the heart model's chart in English, left to right, is written."""
    widget = chart(qtbot, "heart-cad-mlp", 0)
    assert save_shot(widget, tmp_path, "waterfall-en-ltr.png").stat().st_size > 0


def test_screenshot_arabic_right_to_left(qtbot: QtBot, tmp_path: Path, arabic_rtl: None) -> None:
    """A screenshot of the same chart right to left with Arabic digits is written."""
    widget = chart(qtbot, "heart-cad-mlp", 0)
    assert wording.percent(0.5).startswith("\u0665\u0660\u066b\u0660")  # Arabic-Indic 50.0
    assert save_shot(widget, tmp_path, "waterfall-ar-rtl.png").stat().st_size > 0
