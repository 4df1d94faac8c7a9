"""The district health team's monitoring report as a PDF: one A4 page per model.

Each page holds its heading, the counts, the alarms as sentences and the four charts of
MonitoringCharts. Written under a temporary name and renamed, so a failed write leaves no file
that looks complete.
"""

from __future__ import annotations

import html
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSize
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from desktop.ui.district.monitoring_charts import MonitoringCharts

MARGIN_MM = 15
CHART_SIZE = QSize(800, 1000)  # the charts laid out at this size, then scaled to the page


@dataclass(frozen=True)
class ReportPage:
    """What one model's page says (already in the reader's language) and its report."""

    heading: str
    summary: str
    alarms: list[str]
    report: dict[str, Any]


def write_monitoring_pdf(path: Path, pages: list[ReportPage], *, right_to_left: bool) -> None:
    """Write `pages` to `path` (A4, one page each); OSError if the file cannot be written."""
    path = Path(path)
    partial = path.with_name(f".{path.name}.partial")
    writer = QPdfWriter(str(partial))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(*(MARGIN_MM,) * 4), QPageLayout.Unit.Millimeter)
    painter = QPainter()
    if not painter.begin(writer):
        partial.unlink(missing_ok=True)
        raise OSError(f"cannot write {path.name}")
    try:
        charts = MonitoringCharts()
        charts.resize(CHART_SIZE)
        for index, page in enumerate(pages):
            if index:
                writer.newPage()
            _draw_page(painter, writer, page, charts, right_to_left=right_to_left)
    finally:
        painter.end()
    try:
        os.replace(partial, path)
    except OSError:
        partial.unlink(missing_ok=True)
        raise


def _draw_page(
    painter: QPainter,
    writer: QPdfWriter,
    page: ReportPage,
    charts: MonitoringCharts,
    *,
    right_to_left: bool,
) -> None:
    area = QRectF(writer.pageLayout().paintRectPixels(writer.resolution()))
    area.moveTo(0, 0)
    direction = "rtl" if right_to_left else "ltr"
    items = "".join(f"<li>{html.escape(a)}</li>" for a in page.alarms)
    text = QTextDocument()
    text.setDefaultFont(painter.font())
    text.setTextWidth(area.width())
    text.setHtml(
        f'<div dir="{direction}"><h2>{html.escape(page.heading)}</h2>'
        f"<p>{html.escape(page.summary)}</p><ul>{items}</ul></div>"
    )
    text.documentLayout().setPaintDevice(writer)
    text.setTextWidth(area.width())
    text.drawContents(painter, area)
    top = text.size().height() + area.height() * 0.02
    charts.set_report(page.report)
    picture = charts.grab().toImage()
    room = QRectF(0, top, area.width(), area.height() - top)
    scale = min(room.width() / picture.width(), room.height() / picture.height())
    target = QRectF(QPointF(room.left(), room.top()), picture.size().toSizeF() * scale)
    painter.drawImage(target, picture)
