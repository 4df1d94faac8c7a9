"""A waterfall chart of one explanation, painted with QPainter and readable in grey-scale."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from desktop.ui.widgets import sentences, wording

if TYPE_CHECKING:
    from explainers.explanation import Explanation

UP_FILL, UP_EDGE = QColor("#b2182b"), QColor("#67001f")
DOWN_FILL, DOWN_EDGE = QColor("#d1e5f0"), QColor("#2166ac")
NEUTRAL_FILL, NEUTRAL_EDGE = QColor("#bdbdbd"), QColor("#252525")
LABEL_SHARE = 0.42  # at most this share of the width goes to the labels; longer ones are elided


@dataclass(frozen=True)
class _Row:
    """One drawn row: a kind (base, up, down, end), its label, span, value and value text."""

    kind: str
    label: str
    start: float
    end: float
    value: float
    text: str


@dataclass(frozen=True)
class RowGeometry:
    """Where one row is painted, in widget pixels (already mirrored right-to-left)."""

    label: QRect
    bar: QRect
    value: QRect


class WaterfallChart(QWidget):
    """Average risk, then each factor's push up (solid, ▲) or down (hatched, ▼), then this risk."""

    def __init__(self, parent: QWidget | None = None, *, top: int = 8) -> None:
        super().__init__(parent)
        self._top = top
        self._explanation: Explanation | None = None
        self._labels: dict[str, str] = {}
        self._values: dict[str, str] = {}
        self._rows: list[_Row] = []
        self.setAccessibleName(self.tr("Explanation chart"))

    def set_explanation(
        self, explanation: Explanation, *, labels: dict[str, str], values: dict[str, str]
    ) -> None:
        """Show `explanation`; labels and values map feature ids to their display texts."""
        self._explanation = explanation
        self._labels, self._values = dict(labels), dict(values)
        self._rebuild()

    def clear(self) -> None:
        """Show nothing."""
        self._explanation = None
        self._rebuild()

    def bars(self) -> list[tuple[str, float, float, float]]:
        """The contribution bars (label, start, end, value) in the explanation's own units."""
        return [
            (wording.plain(r.label), r.start, r.end, r.value)
            for r in self._rows
            if r.kind in ("up", "down")
        ]

    def range_shown(self) -> tuple[float, float] | None:
        """The plausible range drawn under the risk (low, high), or None when none is drawn."""
        rows = [r for r in self._rows if r.kind == "range"]
        return (rows[0].start, rows[0].end) if rows else None

    def _rebuild(self) -> None:
        self._rows = self._make_rows() if self._explanation is not None else []
        self.setAccessibleDescription(
            "\n".join(wording.plain(f"{r.label}: {r.text}") for r in self._rows)
            or self.tr("No explanation to show yet.")
        )
        self.updateGeometry()
        self.update()

    def _make_rows(self) -> list[_Row]:
        exp = self._explanation
        assert exp is not None
        space = exp.output_space
        ranked = sorted(exp.contributions.items(), key=lambda item: -abs(item[1]))
        # Merging a single leftover factor would only hide its name, so it keeps its own bar.
        shown = ranked if len(ranked) <= self._top + 1 else ranked[: self._top]
        rest = ranked[len(shown) :]
        rows = [
            _Row(
                "base",
                self.tr("Average risk (all patients)"),
                0.0,
                exp.base_value,
                exp.base_value,
                wording.amount(exp.base_value, space),
            )
        ]
        position = exp.base_value
        steps = [(self._feature_label(f), v) for f, v in shown]
        if rest:
            steps.append((self.tr("%n other factor(s)", "", len(rest)), sum(v for _, v in rest)))
        for label, value in steps:
            arrow = "▲" if value > 0 else "▼"
            text = f"{arrow} {wording.change(value, space)}"
            kind = "up" if value > 0 else "down"
            rows.append(_Row(kind, label, position, position + value, value, text))
            position += value
        rows.append(
            _Row(
                "end",
                self.tr("This patient's risk"),
                0.0,
                exp.prediction,
                exp.prediction,
                wording.amount(exp.prediction, space),
            )
        )
        interval = sentences.shown_interval(exp)
        if interval is not None:  # a whisker under the risk: where it plausibly lies
            low, high = interval
            text = self.tr("{low} to {high}").format(
                low=wording.amount(low, space), high=wording.amount(high, space)
            )
            rows.append(_Row("range", self.tr("Plausible range"), low, high, high - low, text))
        return rows

    def _feature_label(self, feature: str) -> str:
        label = self._labels.get(feature, feature)
        value = self._values.get(feature)
        if value is None:
            return label
        # Isolates keep "Age" and "38 years" each in their own direction inside RTL text.
        return self.tr("{label} = {value}").format(
            label=wording.isolate(label), value=wording.isolate(value)
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Rebuild texts when the language or layout direction changes."""
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LayoutDirectionChange):
            self.setAccessibleName(self.tr("Explanation chart"))
            self._rebuild()
        super().changeEvent(event)

    # --- geometry -------------------------------------------------------------------------

    def _metrics(self) -> tuple[int, int, int]:
        fm = self.fontMetrics()
        margin = max(4, fm.height() // 2)
        return margin, int(fm.height() * 1.8), fm.height() + margin

    def _text_widths(self) -> tuple[int, int]:
        """The widest label and value text, with slack for fallback fonts (Arabic digits)."""
        fm = self.fontMetrics()
        slack = fm.averageCharWidth()
        label_w = max((fm.horizontalAdvance(r.label) for r in self._rows), default=0)
        value_w = max((fm.horizontalAdvance(r.text) for r in self._rows), default=0)
        return label_w + slack, value_w + slack

    def _columns(self, width: int) -> tuple[int, int, int, int]:
        """Logical (left-to-right) label width, plot left, plot right and value width."""
        fm = self.fontMetrics()
        margin = self._metrics()[0]
        gap = fm.horizontalAdvance("M")
        label_w, value_w = self._text_widths()
        label_w = min(label_w, int(width * LABEL_SHARE))
        plot_left = margin + label_w + gap
        plot_right = max(plot_left + 40, width - margin - value_w - gap)
        return label_w, plot_left, plot_right, value_w

    def _domain(self) -> tuple[float, float]:
        points = [0.0] + [p for r in self._rows for p in (r.start, r.end)]
        low, high = min(points), max(points)
        pad = (high - low) * 0.03 or 1.0
        return low, high + pad

    def _x(self, value: float, plot_left: int, plot_right: int) -> int:
        low, high = self._domain()
        return plot_left + round((value - low) / (high - low) * (plot_right - plot_left))

    def _mirror(self, rect: QRect) -> QRect:
        if self.layoutDirection() == Qt.LayoutDirection.LeftToRight:
            return rect
        return QRect(self.width() - rect.x() - rect.width(), rect.y(), rect.width(), rect.height())

    def row_geometry(self) -> list[RowGeometry]:
        """Where each row's label, bar and value text are painted at the current size."""
        margin, row_h, _ = self._metrics()
        label_w, plot_left, plot_right, value_w = self._columns(self.width())
        bar_h = max(6, int(row_h * 0.6))
        out = []
        for index, row in enumerate(self._rows):
            top = margin + index * row_h
            x0, x1 = (self._x(v, plot_left, plot_right) for v in (row.start, row.end))
            bar = QRect(min(x0, x1), top + (row_h - bar_h) // 2, max(abs(x1 - x0), 2), bar_h)
            label = QRect(margin, top, label_w, row_h)
            value = QRect(plot_right + (plot_left - margin - label_w), top, value_w, row_h)
            out.append(RowGeometry(*(self._mirror(r) for r in (label, bar, value))))
        return out

    def plot_rect(self) -> QRect:
        """The area holding bars, connectors and axis ticks (no text), mirrored right-to-left."""
        margin, row_h, _ = self._metrics()
        _, plot_left, plot_right, _ = self._columns(self.width())
        height = len(self._rows) * row_h + margin // 2 + 1
        return self._mirror(QRect(plot_left, margin, plot_right - plot_left + 1, height))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Wide enough for labels, bars and values; tall enough for every row and the axis."""
        margin = self._metrics()[0]
        fm = self.fontMetrics()
        label_w, value_w = self._text_widths()
        width = 2 * margin + value_w + 2 * fm.horizontalAdvance("M") + 20 * fm.height()
        width = max(width + label_w, math.ceil(label_w / LABEL_SHARE))
        return QSize(width, self.minimumSizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Every row and value stays readable; labels are elided before bars get too narrow."""
        margin, row_h, axis_h = self._metrics()
        fm = self.fontMetrics()
        value_w = self._text_widths()[1]
        width = 2 * margin + value_w + 2 * fm.horizontalAdvance("M") + 16 * fm.averageCharWidth()
        width += 12 * fm.height()  # the smallest plot
        return QSize(width, 2 * margin + max(len(self._rows), 3) * row_h + axis_h)

    # --- painting -------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        """Paint bars, connectors, the axis and the text labels."""
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        text_color = self.palette().text().color()
        painter.setPen(text_color)
        if not self._rows:
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No explanation to show yet.")
            )
            painter.end()
            return
        geometry = self.row_geometry()
        self._paint_axis(painter)
        for index, (row, geo) in enumerate(zip(self._rows, geometry, strict=True)):
            if row.kind == "range":
                self._paint_range(painter, geo.bar)
                continue
            self._paint_bar(painter, row, geo.bar)
            if index + 1 < len(self._rows) and self._rows[index + 1].kind != "range":
                self._paint_connector(painter, row, geo.bar, geometry[index + 1].bar)
        painter.setPen(text_color)
        leading = (
            Qt.AlignmentFlag.AlignLeft
            if self.layoutDirection() == Qt.LayoutDirection.LeftToRight
            else Qt.AlignmentFlag.AlignRight
        )
        for row, geo in zip(self._rows, geometry, strict=True):
            label = self.fontMetrics().elidedText(
                row.label, Qt.TextElideMode.ElideRight, geo.label.width()
            )
            painter.drawText(geo.label, leading | Qt.AlignmentFlag.AlignVCenter, label)
            painter.drawText(geo.value, leading | Qt.AlignmentFlag.AlignVCenter, row.text)
        painter.end()

    def _paint_bar(self, painter: QPainter, row: _Row, bar: QRect) -> None:
        fill, edge = {"up": (UP_FILL, UP_EDGE), "down": (DOWN_FILL, DOWN_EDGE)}.get(
            row.kind, (NEUTRAL_FILL, NEUTRAL_EDGE)
        )
        painter.fillRect(bar, fill)
        if row.kind == "down":  # horizontal hatching: visible in grey-scale, symmetric in RTL
            for y in range(bar.top() + 2, bar.bottom(), 3):
                painter.fillRect(QRect(bar.left(), y, bar.width(), 1), edge)
        for side in (
            QRect(bar.left(), bar.top(), bar.width(), 1),
            QRect(bar.left(), bar.bottom(), bar.width(), 1),
            QRect(bar.left(), bar.top(), 1, bar.height()),
            QRect(bar.right(), bar.top(), 1, bar.height()),
        ):
            painter.fillRect(side, edge)
        if row.kind == "end":  # the marker: a thick line where this patient's risk lies
            x = bar.right() - 1 if self._ends_right(row) else bar.left() - 1
            painter.fillRect(QRect(x, bar.top() - 3, 3, bar.height() + 6), NEUTRAL_EDGE)

    def _paint_range(self, painter: QPainter, bar: QRect) -> None:
        """A whisker: a line from low to high with an end tick at each side (no fill)."""
        middle = bar.center().y()
        painter.fillRect(QRect(bar.left(), middle - 1, bar.width(), 3), NEUTRAL_EDGE)
        for x in (bar.left(), bar.right() - 2):
            painter.fillRect(QRect(x, bar.top() - 2, 3, bar.height() + 4), NEUTRAL_EDGE)

    def _paint_connector(self, painter: QPainter, row: _Row, bar: QRect, below: QRect) -> None:
        # The connector sits at the row's end: the right edge in LTR for a rising row, etc.
        x = bar.right() if self._ends_right(row) else bar.left()
        painter.fillRect(
            QRect(x, bar.bottom() + 1, 1, below.top() - bar.bottom() - 1), NEUTRAL_FILL.darker(150)
        )

    def _ends_right(self, row: _Row) -> bool:
        ltr = self.layoutDirection() == Qt.LayoutDirection.LeftToRight
        return (row.end >= row.start) == ltr

    def _paint_axis(self, painter: QPainter) -> None:
        margin, row_h, _ = self._metrics()
        _, plot_left, plot_right, _ = self._columns(self.width())
        y = margin + len(self._rows) * row_h
        painter.fillRect(
            self._mirror(QRect(plot_left, y, plot_right - plot_left + 1, 1)), NEUTRAL_EDGE
        )
        low, high = self._domain()
        space = self._explanation.output_space if self._explanation else "raw"
        fm = self.fontMetrics()
        # The finest step (at most 5 ticks) whose labels sit half a label apart at least.
        widest = 1.5 * fm.horizontalAdvance(_tick_text(high, (high - low) / 4, space))
        step = _nice_step(max((high - low) / 5, widest * (high - low) / (plot_right - plot_left)))
        tick = math.ceil(low / step) * step
        while tick <= high + 1e-12:
            x = self._x(tick, plot_left, plot_right)
            painter.fillRect(self._mirror(QRect(x, y, 1, margin // 2)), NEUTRAL_EDGE)
            text = _tick_text(tick, step, space)
            width = fm.horizontalAdvance(text) + 2
            box = self._mirror(QRect(x - width // 2, y + margin // 2, width, fm.height()))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
            tick += step


def _nice_step(raw: float) -> float:
    """1, 2 or 5 times a power of ten, at least `raw`."""
    power = 10.0 ** math.floor(math.log10(raw)) if raw > 0 else 1.0
    return next(m * power for m in (1, 2, 5, 10) if m * power >= raw)


def _tick_text(value: float, step: float, space: str) -> str:
    scale = 100.0 if space == "probability" else 1.0
    decimals = max(0, -math.floor(math.log10(step * scale) + 1e-9))
    if space == "probability":
        return wording.percent(value, decimals)
    return wording.number(value, decimals)
