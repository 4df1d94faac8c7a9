"""The decisions chart: shares per model, grey-scale patterns with words, right-to-left."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.ui.district.decision_chart import STYLE, ChartRow, DecisionChart

ROWS = [
    ChartRow("pima-diabetes-lr 1.0.0", 60, 10, 30),
    ChartRow("heart-cad-mlp 1.0.0", 5, 0, 15),
]


def chart(qtbot: QtBot, rows: list[ChartRow] = ROWS) -> DecisionChart:
    """A chart of `rows` at a comfortable size."""
    widget = DecisionChart()
    qtbot.addWidget(widget)
    widget.set_rows(rows)
    widget.resize(720, widget.sizeHint().height())
    return widget


@pytest.fixture
def rtl() -> Iterator[None]:
    """The application laid out right-to-left, restored after."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        yield
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def _save(widget: DecisionChart, tmp_path: Path, name: str) -> QImage:
    folder = Path(os.environ.get("KUONA_SHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    image = widget.grab().toImage()
    assert image.save(str(folder / name))
    return image


def test_segments_are_proportional_and_labelled(qtbot: QtBot) -> None:
    """Each non-empty decision gets a segment whose width matches its share, with its count."""
    widget = chart(qtbot)
    segments = widget.segments()
    assert [(s.row, s.kind) for s in segments] == [
        (0, "accept"),
        (0, "partial"),
        (0, "override"),
        (1, "accept"),
        (1, "override"),
    ]
    first = [s for s in segments if s.row == 0]
    total = sum(s.rect.width() for s in first)
    assert [round(100 * s.rect.width() / total) for s in first] == [60, 10, 30]
    assert first[0].text == "60 (60%)"
    assert first[0].rect.right() + 1 == first[1].rect.left()


def test_accessible_description_gives_every_count(qtbot: QtBot) -> None:
    """The chart's accessible description holds every model's counts and shares in words."""
    widget = chart(qtbot)
    text = widget.accessibleDescription()
    assert "heart-cad-mlp 1.0.0: Accepted 5 (25%), Partly accepted 0 (0%), Overridden 15 (75%)" in (
        text
    )
    assert widget.accessibleName() == "Decisions per model chart"


def _stats(image: QImage, rect: QRect) -> tuple[float, float]:
    """Mean and spread of grey levels in `rect` (grey = what a grey-scale printout shows)."""
    values = [
        QImage.pixelColor(image, x, y).lightness()
        for x in range(rect.left() + 2, rect.right() - 1)
        for y in range(rect.top() + 2, rect.bottom() - 1)
    ]
    mean = sum(values) / len(values)
    spread = (sum((v - mean) ** 2 for v in values) / len(values)) ** 0.5
    return mean, spread


def test_decisions_differ_in_grey_scale_and_pattern(qtbot: QtBot, tmp_path: Path) -> None:
    """Without colour the three decisions still differ: lightness and texture of their fills,
    and the legend names each with its swatch."""
    widget = chart(qtbot, [ChartRow("m 1", 1, 1, 1)])
    image = _save(widget, tmp_path, "decision_chart.png")
    # Sample the top part of each segment, above the text chip in its middle.
    boxes = {
        s.kind: QRect(s.rect.left(), s.rect.top(), s.rect.width(), 5) for s in widget.segments()
    }
    stats = {kind: _stats(image, box) for kind, box in boxes.items()}
    means = sorted(m for m, _ in stats.values())
    assert means[1] - means[0] > 25 and means[2] - means[1] > 25, stats
    assert stats["accept"][1] < 5 < min(stats["partial"][1], stats["override"][1]), stats
    assert {STYLE[k][1] for k in STYLE} == {
        Qt.BrushStyle.NoBrush,
        Qt.BrushStyle.BDiagPattern,
        Qt.BrushStyle.DiagCrossPattern,
    }
    assert [kind for kind, _, _ in widget.legend()] == ["accept", "partial", "override"]


def test_right_to_left_mirrors_bars_and_legend(qtbot: QtBot, tmp_path: Path, rtl: None) -> None:
    """In a right-to-left layout the bars start at the right and the legend reads from the right."""
    widget = chart(qtbot)
    _save(widget, tmp_path, "decision_chart_rtl.png")
    first = [s for s in widget.segments() if s.row == 0]
    assert first[0].rect.left() > first[1].rect.left() > first[2].rect.left()
    legend = widget.legend()
    assert legend[0][1].left() > legend[1][1].left()
    assert legend[0][2].right() < legend[0][1].left()  # text left of its swatch


def test_empty_chart_says_so(qtbot: QtBot) -> None:
    """No rows: no segments, and the description says there is nothing yet."""
    widget = chart(qtbot, [])
    assert widget.segments() == []
    assert widget.accessibleDescription() == "No decisions to show yet."
