"""Load the interface language: Kuona's own .qm (built from i18n/*.ts) and Qt's standard texts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

I18N = Path(__file__).resolve().parents[3] / "i18n"
LANGUAGES = ("en", "fr", "pt", "es", "sw", "ar")
#: The locale whose numbers each language shows: decimal comma in French and Portuguese,
#: decimal point elsewhere, and Western digits in Arabic (i18n/glossary.md says why).
LOCALES = {
    "en": "en_US",
    "fr": "fr_FR",
    "pt": "pt_MZ",
    "es": "es_419",
    "sw": "sw_KE",
    "ar": "ar_AE",
}

_installed: list[QTranslator] = []


def available() -> list[str]:
    """Languages whose compiled catalogue is present."""
    return [lang for lang in LANGUAGES if (I18N / f"kuona_{lang}.qm").exists()]


def install(language: str) -> bool:
    """Switch the application to `language` (English if its catalogue is missing)."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication first")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    ours = QTranslator()
    if not ours.load(str(I18N / f"kuona_{language}.qm")):
        return False
    qt = QTranslator()
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    app.installTranslator(ours)
    _installed.append(ours)
    QLocale.setDefault(QLocale(LOCALES.get(language, language)))
    return True


def system_language() -> str:
    """The system's language if Kuona has it, else English."""
    name = QLocale.system().name().split("_")[0]
    return name if name in available() else "en"
