"""The Qt half of `kuona monitor --pdf FILE`: the Monitoring page's PDF, from a report given.

desktop/cli/monitor.py (which may not import Qt) computes the report and starts this as a
child process, as `--self-test` starts the app's window: `python -m desktop --monitoring-pdf
FILE` with the report as JSON on stdin and the language in KUONA_LANGUAGE. The page writes
FILE exactly as its "Save the report as PDF" button does (one page per model, under a
temporary name then renamed). Exit 0 once FILE is complete; 1 with the page's message on
stderr (and no FILE) otherwise.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop import paths
from desktop.messages import current_language
from desktop.ui.district.monitoring import MonitoringPage
from desktop.ui.widgets import translations
from models.card_text import RIGHT_TO_LEFT


def print_report(argv: list[str]) -> int:
    """Write the report read from stdin to the PDF file argv[0]."""
    (target,) = argv
    report = json.loads(sys.stdin.buffer.read())
    app = QApplication.instance() or QApplication([sys.argv[0]])
    language = current_language()
    if language in translations.available():
        translations.install(language)
    if isinstance(app, QApplication) and language in RIGHT_TO_LEFT:
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    page = MonitoringPage(paths.home())
    page.show_reports(report["models"])
    if page.save_pdf(Path(target)):
        return 0
    print(page.message.text(), file=sys.stderr)
    return 1
