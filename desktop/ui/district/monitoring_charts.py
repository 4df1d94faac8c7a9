"""Four charts of one model's field report, drawn with QPainter: calibration (observed vs
predicted per decile, with 95% CIs), AUROC by month against the card's band, drift per input
(PSI, the alarm line at 0.1), and the card subgroups' AUROC as a forest plot."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from desktop.ui.widgets import sync_words

INK = QColor("#252525")
GRID = QColor("#d0d0d0")
BAND = QColor(27, 120, 55, 50)
POINT = QColor("#2166ac")
ALARM = QColor("#b2182b")
PSI_LINE = 0.1
#: The plots run left to right in every language, so their labels keep to the bars (absolute,
#: not mirrored in a right-to-left layout).
BESIDE_BAR = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignAbsolute
MARGIN = 36.0


def subgroup_label(group: dict[str, Any], language: str) -> str:
    """A card subgroup as its card names it in `language` (English if it has no translation)."""
    return str(group.get("names", {}).get(language) or group["key"])


class MonitoringCharts(QWidget):
    """The charts of one model's report (a dict of desktop.monitoring's JSON)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: dict[str, Any] | None = None
        self.setMinimumSize(QSize(640, 440))
        self.setAccessibleName(self.tr("Monitoring charts"))

    def set_report(self, report: dict[str, Any] | None) -> None:
        """Draw this model's report (None: nothing)."""
        self.report = report
        self.update()

    def titles(self) -> list[str]:
        """The four panels' titles, in drawing order."""
        return [
            self.tr("Calibration: observed vs predicted"),
            self.tr("AUROC by month (band: the card's 95% CI)"),
            self.tr("Drift per input (PSI)"),
            self.tr("AUROC per subgroup"),
        ]

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        """Four panels in a 2 x 2 grid."""
        del event
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        if self.report is None:
            painter.end()
            return
        w, h = self.width() / 2, self.height() / 2
        panels: list[Callable[[QPainter, QRectF], None]] = [
            self._calibration,
            self._by_month,
            self._drift,
            self._forest,
        ]
        for index, (draw, title) in enumerate(zip(panels, self.titles(), strict=True)):
            cell = QRectF((index % 2) * w, (index // 2) * h, w, h)
            painter.setPen(INK)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawText(cell.adjusted(8, 4, -8, 0), Qt.AlignmentFlag.AlignTop, title)
            draw(painter, cell.adjusted(MARGIN, 26, -12, -24))
        painter.end()

    def _frame(self, painter: QPainter, area: QRectF, low: str, high: str) -> None:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(GRID, 1))
        painter.drawRect(area)
        painter.setPen(INK)
        painter.drawText(QPointF(area.left() - 30, area.bottom()), low)
        painter.drawText(QPointF(area.left() - 30, area.top() + 10), high)

    def _calibration(self, painter: QPainter, area: QRectF) -> None:
        assert self.report is not None
        self._frame(painter, area, "0", "1")
        painter.setPen(QPen(GRID, 1, Qt.PenStyle.DashLine))
        painter.drawLine(area.bottomLeft(), area.topRight())

        def at(x: float, y: float) -> QPointF:
            return QPointF(area.left() + x * area.width(), area.bottom() - y * area.height())

        for point in self.report.get("calibration_bins", []):
            low, high = point["ci95"]
            painter.setPen(QPen(POINT, 1))
            painter.drawLine(at(point["predicted"], low), at(point["predicted"], high))
            painter.setBrush(POINT)
            painter.drawEllipse(at(point["predicted"], point["observed"]), 3, 3)

    def _by_month(self, painter: QPainter, area: QRectF) -> None:
        assert self.report is not None
        low_axis, high_axis = 0.5, 1.0
        self._frame(painter, area, f"{low_axis:.1f}", f"{high_axis:.1f}")

        def y(v: float) -> float:
            share = (min(max(v, low_axis), high_axis) - low_axis) / (high_axis - low_axis)
            return area.bottom() - share * area.height()

        card = self.report.get("card", {}).get("auroc")
        if card:
            top, bottom = y(card["ci95"][1]), y(card["ci95"][0])
            painter.fillRect(QRectF(area.left(), top, area.width(), bottom - top), BAND)
        months = [g for g in self.report["groups"] if g["by"] == "month"]
        step = area.width() / max(len(months), 1)
        for i, group in enumerate(months):
            x = area.left() + (i + 0.5) * step
            auc = group["metrics"].get("auroc")
            if auc is None:
                continue
            painter.setPen(QPen(POINT, 1))
            painter.drawLine(QPointF(x, y(auc["ci95"][0])), QPointF(x, y(auc["ci95"][1])))
            painter.setBrush(POINT)
            painter.drawEllipse(QPointF(x, y(auc["value"])), 3, 3)

    def _drift(self, painter: QPainter, area: QRectF) -> None:
        assert self.report is not None
        features = {k: v for k, v in self.report["drift"].get("features", {}).items() if "psi" in v}
        alarmed = {a["feature"] for a in self.report["alarms"] if a["code"] == "input_drift"}
        top = max([PSI_LINE * 2, *(v["psi"] for v in features.values())])
        self._frame(painter, area, "", "")
        row = area.height() / max(len(features), 1)
        label_width = area.width() * 0.3
        plot = QRectF(
            area.left() + label_width, area.top(), area.width() - label_width - 40, area.height()
        )
        for i, (feature, value) in enumerate(features.items()):
            cell = QRectF(area.left() + 4, area.top() + i * row, label_width - 8, row)
            painter.setPen(INK)
            painter.drawText(cell, BESIDE_BAR | Qt.AlignmentFlag.AlignRight, feature)
            bar = QRectF(plot.left(), cell.top() + 2, value["psi"] / top * plot.width(), row - 4)
            painter.fillRect(bar, ALARM if feature in alarmed else POINT)
            painter.drawText(
                QRectF(bar.right() + 4, cell.top(), 60, row),
                BESIDE_BAR | Qt.AlignmentFlag.AlignLeft,
                f"{value['psi']:.2f}",
            )
        x = plot.left() + PSI_LINE / top * plot.width()
        painter.setPen(QPen(ALARM, 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()))
        painter.setPen(INK)
        painter.drawText(QPointF(x - 12, area.bottom() + 14), f"{PSI_LINE:.2f}")

    def _forest(self, painter: QPainter, area: QRectF) -> None:
        assert self.report is not None
        self._frame(painter, area, "", "")
        groups = [g for g in self.report["groups"] if g["by"] == "subgroup"]
        language = sync_words.language()
        row = area.height() / max(len(groups), 1)
        label_width = area.width() * 0.4
        plot = QRectF(
            area.left() + label_width, area.top(), area.width() - label_width, area.height()
        )

        def x(v: float) -> float:
            return plot.left() + (min(max(v, 0.5), 1.0) - 0.5) / 0.5 * plot.width()

        painter.setPen(INK)
        for value in (0.5, 0.75, 1.0):
            shift = 26 if value == 1.0 else 12  # the last label stays inside the panel
            painter.drawText(QPointF(x(value) - shift, area.bottom() + 14), f"{value:.2f}")
        for i, group in enumerate(groups):
            mid = area.top() + (i + 0.5) * row
            painter.setPen(INK)
            painter.drawText(
                QRectF(area.left() + 4, mid - row / 2, label_width, row),
                Qt.AlignmentFlag.AlignVCenter,
                subgroup_label(group, language),
            )
            reference = group.get("reference")
            if reference:
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(INK, 1))
                painter.drawRect(QRectF(x(reference["value"]) - 3, mid - 3, 6, 6))
            auc = group["metrics"].get("auroc")
            if auc:
                painter.setPen(QPen(POINT, 1))
                painter.drawLine(QPointF(x(auc["ci95"][0]), mid), QPointF(x(auc["ci95"][1]), mid))
                painter.setBrush(POINT)
                painter.drawEllipse(QPointF(x(auc["value"]), mid), 3, 3)
