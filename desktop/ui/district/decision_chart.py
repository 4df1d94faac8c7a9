"""Accepted, partly accepted and overridden decisions per model: one 100% bar each, QPainter.

Readable in grey-scale: each decision has its own fill and pattern (plain, diagonal lines,
cross-hatching) shown in a legend, and every segment that is wide enough carries its count and
share as text on a plain chip. Laid out right-to-left when the application is.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from desktop.ui.widgets import sync_words

KINDS = ("accept", "partial", "override")
# Fill, pattern and pattern colour of each decision (light, medium striped, dark hatched).
STYLE = {
    "accept": (QColor("#d9f0d3"), Qt.BrushStyle.NoBrush, QColor("#1b7837")),
    "partial": (QColor("#fdb863"), Qt.BrushStyle.BDiagPattern, QColor("#7f3b08")),
    "override": (QColor("#2d004b"), Qt.BrushStyle.DiagCrossPattern, QColor("#b2abd2")),
}
EDGE = QColor("#252525")
LABEL_SHARE = 0.35


@dataclass(frozen=True)
class ChartRow:
    """One model's decisions."""

    label: str
    accepts: int
    partials: int
    overrides: int

    @property
    def total(self) -> int:
        """All its decisions."""
        return self.accepts + self.partials + self.overrides

    def counts(self) -> dict[str, int]:
        """Decision kind -> count."""
        return {"accept": self.accepts, "partial": self.partials, "override": self.overrides}


@dataclass(frozen=True)
class Segment:
    """Where one decision kind of one row is painted (widget pixels, already mirrored)."""

    row: int
    kind: str
    rect: QRect
    text: str


class DecisionChart(QWidget):
    """Share of accepted, partly accepted and overridden decisions for each model."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ChartRow] = []
        self._retranslate()

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Decisions per model chart"))
        self._describe()

    def kind_name(self, kind: str) -> str:
        """The legend's word for a decision kind."""
        return {
            "accept": self.tr("Accepted"),
            "partial": self.tr("Partly accepted"),
            "override": self.tr("Overridden"),
        }[kind]

    def set_rows(self, rows: list[ChartRow]) -> None:
        """Show these rows (one per model), in the order given."""
        self._rows = list(rows)
        self._describe()
        self.updateGeometry()
        self.update()

    def rows(self) -> list[ChartRow]:
        """The rows shown."""
        return list(self._rows)

    def _share_text(self, count: int, total: int) -> str:
        return self.tr("{count} ({share})").format(
            count=sync_words.integer(count), share=sync_words.rate(count / total if total else 0)
        )

    def _describe(self) -> None:
        lines = []
        for row in self._rows:
            parts = [
                f"{self.kind_name(k)} {self._share_text(n, row.total)}"
                for k, n in row.counts().items()
            ]
            lines.append(f"{row.label}: {', '.join(parts)}")
        self.setAccessibleDescription("\n".join(lines) or self.tr("No decisions to show yet."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Reword after a language change; repaint after a layout direction change."""
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LayoutDirectionChange):
            self._retranslate()
            self.update()
        super().changeEvent(event)

    # --- geometry -------------------------------------------------------------------------

    def _metrics(self) -> tuple[int, int, int]:
        """Margin, row height and legend height."""
        fm = self.fontMetrics()
        margin = max(4, fm.height() // 2)
        return margin, int(fm.height() * 2.2), int(fm.height() * 1.8)

    def _total_text(self, row: ChartRow) -> str:
        return self.tr("%n record(s)", "", row.total)

    def _columns(self) -> tuple[int, int, int]:
        """Label width, plot left and plot right in left-to-right coordinates."""
        fm = self.fontMetrics()
        margin = self._metrics()[0]
        gap = fm.horizontalAdvance("M")
        label_w = max((fm.horizontalAdvance(r.label) for r in self._rows), default=0) + gap
        label_w = min(label_w, int(self.width() * LABEL_SHARE))
        total_w = max((fm.horizontalAdvance(self._total_text(r)) for r in self._rows), default=0)
        plot_left = margin + label_w + gap
        plot_right = max(plot_left + 60, self.width() - margin - total_w - gap)
        return label_w, plot_left, plot_right

    def _mirror(self, rect: QRect) -> QRect:
        if self.layoutDirection() == Qt.LayoutDirection.LeftToRight:
            return rect
        return QRect(self.width() - rect.x() - rect.width(), rect.y(), rect.width(), rect.height())

    def segments(self) -> list[Segment]:
        """Every non-empty segment of every row, at the current size."""
        margin, row_h, legend_h = self._metrics()
        _, plot_left, plot_right = self._columns()
        width = plot_right - plot_left
        bar_h = max(8, int(row_h * 0.7))
        out = []
        for index, row in enumerate(self._rows):
            top = margin + legend_h + index * row_h + (row_h - bar_h) // 2
            x, seen = plot_left, 0
            for kind, count in row.counts().items():
                if count == 0:
                    continue
                seen += count
                end = plot_left + round(width * seen / row.total)
                rect = QRect(x, top, max(end - x, 1), bar_h)
                out.append(
                    Segment(index, kind, self._mirror(rect), self._share_text(count, row.total))
                )
                x = end
        return out

    def legend(self) -> list[tuple[str, QRect, QRect]]:
        """(kind, swatch, text box) of each legend entry, mirrored right-to-left."""
        fm = self.fontMetrics()
        margin, _, legend_h = self._metrics()
        x, out = margin, []
        for kind in KINDS:
            swatch = QRect(x, margin + (legend_h - fm.height()) // 2, 2 * fm.height(), fm.height())
            text_w = fm.horizontalAdvance(self.kind_name(kind)) + 2
            text = QRect(swatch.right() + fm.height() // 2, margin, text_w, legend_h)
            out.append((kind, self._mirror(swatch), self._mirror(text)))
            x = text.right() + 2 * fm.height()
        return out

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Room for the legend and one bar per model."""
        return QSize(60 * self.fontMetrics().averageCharWidth(), self.minimumSizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Every row stays readable."""
        margin, row_h, legend_h = self._metrics()
        rows = max(len(self._rows), 1)
        return QSize(
            40 * self.fontMetrics().averageCharWidth(), 2 * margin + legend_h + rows * row_h
        )

    # --- painting -------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        """Paint the legend, the bars, their counts and the row labels."""
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        text_color = self.palette().text().color()
        painter.setPen(text_color)
        if not self._rows:
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No decisions to show yet.")
            )
            painter.end()
            return
        leading = (
            Qt.AlignmentFlag.AlignLeft
            if self.layoutDirection() == Qt.LayoutDirection.LeftToRight
            else Qt.AlignmentFlag.AlignRight
        )
        for kind, swatch, text in self.legend():
            self._fill(painter, kind, swatch)
            painter.setPen(text_color)
            painter.drawText(text, leading | Qt.AlignmentFlag.AlignVCenter, self.kind_name(kind))
        for segment in self.segments():
            self._fill(painter, segment.kind, segment.rect)
            self._chip(painter, segment)
        self._paint_labels(painter, leading)
        painter.end()

    def _fill(self, painter: QPainter, kind: str, rect: QRect) -> None:
        fill, pattern, line = STYLE[kind]
        painter.fillRect(rect, fill)
        if pattern != Qt.BrushStyle.NoBrush:
            painter.fillRect(rect, QBrush(line, pattern))
        painter.setPen(QPen(EDGE, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect.adjusted(0, 0, -1, -1))

    def _chip(self, painter: QPainter, segment: Segment) -> None:
        """The segment's count and share on a plain box, if the segment is wide enough."""
        fm = self.fontMetrics()
        width = fm.horizontalAdvance(segment.text) + fm.averageCharWidth()
        if width + 4 > segment.rect.width():
            return
        box = QRect(0, 0, width, fm.height())
        box.moveCenter(segment.rect.center())
        painter.fillRect(box, self.palette().base())
        painter.setPen(self.palette().text().color())
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, segment.text)

    def _paint_labels(self, painter: QPainter, leading: Qt.AlignmentFlag) -> None:
        margin, row_h, legend_h = self._metrics()
        label_w, _, plot_right = self._columns()
        fm = self.fontMetrics()
        gap = fm.horizontalAdvance("M")
        painter.setPen(self.palette().text().color())
        for index, row in enumerate(self._rows):
            top = margin + legend_h + index * row_h
            label = self._mirror(QRect(margin, top, label_w, row_h))
            text = fm.elidedText(row.label, Qt.TextElideMode.ElideRight, label.width())
            painter.drawText(label, leading | Qt.AlignmentFlag.AlignVCenter, text)
            width = max(self.width() - margin - plot_right - gap, 0)
            total = self._mirror(QRect(plot_right + gap, top, width, row_h))
            painter.drawText(total, leading | Qt.AlignmentFlag.AlignVCenter, self._total_text(row))
