"""The main window and the application entry point."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QVBoxLayout, QWidget

from desktop import paths
from desktop.ui import translations
from desktop.ui.model_list import ModelList
from desktop.ui.worker import Worker
from models.catalog import CatalogEntry, load_catalog
from models.signing import TrustStore


def _load() -> list[CatalogEntry]:
    return load_catalog(paths.model_folders(), TrustStore.load(paths.trust_folder()))


class MainWindow(QMainWindow):
    """Shown at once; the catalog is verified in a worker thread and then listed."""

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Kuona"))
        self.status = QLabel(self.tr("Checking model packages…"))
        self.models = ModelList()
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.status)
        layout.addWidget(self.models)
        self.setCentralWidget(body)
        self.resize(720, 480)
        self.loader = Worker(_load, self)
        self.loader.done.connect(self._on_loaded)
        self.loader.error.connect(self._on_failed)

    def start_loading(self) -> None:
        """Verify the catalog off the GUI thread."""
        self.loader.start()

    def _on_loaded(self, entries: list[CatalogEntry]) -> None:
        self.models.show_entries(entries)
        verified = sum(e.package is not None for e in entries)
        self.status.setText(self.tr("%n model package(s) verified", "", verified))

    def _on_failed(self, exc: object) -> None:
        self.status.setText(
            self.tr("The model packages could not be checked: {error}").format(
                error=type(exc).__name__
            )
        )

    def closeEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        """Wait for a running check so no thread outlives the window."""
        self.loader.wait()
        super().closeEvent(event)  # type: ignore[arg-type]


def run_app() -> int:
    """Start the GUI on the catalog. With KUONA_WINDOW_PROBE=FILE (self-test, benchmarks/bundle.py)
    note when the window was shown and, once the catalog is checked, write that, the Qt platform
    and which translations load to FILE, and close."""
    app = QApplication.instance() or QApplication(sys.argv)
    translations.install(translations.system_language())
    window = MainWindow()
    window.show()
    window.start_loading()
    if probe := os.environ.get("KUONA_WINDOW_PROBE"):
        shown: list[float] = []
        QTimer.singleShot(0, lambda: shown.append(time.time()))

        def finish(_: object) -> None:
            offered = list(translations.LANGUAGES)
            loaded = [language for language in offered if translations.install(language)]
            facts = {"shown": (shown or [time.time()])[0], "offered": offered}
            facts |= {"platform": QApplication.platformName(), "languages": loaded}
            Path(probe).write_text(json.dumps(facts), encoding="utf-8")
            window.close()

        window.loader.done.connect(finish)
        window.loader.error.connect(finish)
    return app.exec()
