"""The application entry point: the remembered language and preferences, then the window."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication

from desktop import paths
from desktop.messages import describe_code
from desktop.settings import Settings, SettingsWriteError, resolve_language
from desktop.ui.app import MainWindow, apply_direction
from desktop.ui.door import MINUTE
from desktop.ui.widgets import translations

if TYPE_CHECKING:
    from collections.abc import Callable


def _remember(settings: Settings, window: MainWindow) -> Callable[[str, Any], None]:
    """Save a changed preference; a failed save is said in the status bar, never raised."""

    def save(key: str, value: Any) -> None:
        try:
            if key == "language":
                settings.set_language(value)
            elif key == "judgement_first":
                settings.set_judgement_first(value)
            elif key == "lock_after_min":
                settings.set_lock_after_min(value)
        except SettingsWriteError as error:
            params = {"reason": error.reason}
            window.say(describe_code(error.message_key, error.file, params, window.language))

    return save


def run_app() -> int:
    """Start the GUI on the catalog, in the remembered (else the system's) language.

    With KUONA_WINDOW_PROBE=FILE (self-test, benchmarks/bundle.py): note when the window was
    shown and, once the catalog is checked, write that, the Qt platform and which translations
    load to FILE, and close.
    """
    app = QApplication.instance() or QApplication(sys.argv)
    settings = Settings(paths.home())
    language = resolve_language(settings.language, QLocale.system().name())
    if language not in translations.available():
        language = "en"
    translations.install(language)
    apply_direction(language)
    window = MainWindow(
        language=language,
        judgement_first=settings.judgement_first,
        lock_after_ms=settings.lock_after_min * MINUTE,
    )
    window.set_preference_handler(_remember(settings, window))
    for issue in settings.problems:
        params = {"field": issue.field or ""}
        window.say(describe_code(issue.message_key, settings.path.name, params, language))
    window.show()
    window.start_loading()
    if probe := os.environ.get("KUONA_WINDOW_PROBE"):
        _probe(window, Path(probe))
    return app.exec()


def _probe(window: MainWindow, path: Path) -> None:
    """Record when the window was shown and, once the catalog is checked, write the facts."""
    shown: list[float] = []
    QTimer.singleShot(0, lambda: shown.append(time.time()))

    def finish(_: object) -> None:
        offered = list(translations.LANGUAGES)
        loaded = [language for language in offered if translations.install(language)]
        facts = {"shown": (shown or [time.time()])[0], "offered": offered}
        facts |= {"platform": QApplication.platformName(), "languages": loaded}
        path.write_text(json.dumps(facts), encoding="utf-8")
        window.close()

    window.loader.done.connect(finish)
    window.loader.error.connect(finish)
