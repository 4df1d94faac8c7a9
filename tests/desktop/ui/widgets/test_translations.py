"""The Qt translation sources are complete and current: a missing or stale string fails here."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from i18n.update import LANGUAGES, release, update

I18N = Path(__file__).resolve().parents[4] / "i18n"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n|%L?\d")
#: Qt's plural forms per language (Arabic: zero, one, two, few, many, other).
PLURAL_FORMS = {"en": 2, "fr": 2, "pt": 2, "es": 2, "sw": 2, "ar": 6}


def refreshed(tmp_path: Path, language: str) -> ET.Element:
    """The committed .ts after lupdate has merged the current source strings into a copy."""
    copy = tmp_path / f"kuona_{language}.ts"
    shutil.copy(I18N / f"kuona_{language}.ts", copy)
    update([copy])
    return ET.parse(copy).getroot()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated_and_current(tmp_path: Path, language: str) -> None:
    """No message is unfinished, new or vanished after merging the current sources."""
    root = refreshed(tmp_path, language)
    messages = root.findall("./context/message")
    assert messages
    problems = [
        m.findtext("source")
        for m in messages
        if m.find("translation").get("type") in {"unfinished", "vanished", "obsolete"}  # type: ignore[union-attr]
    ]
    assert not problems, f"untranslated or stale in kuona_{language}.ts: {problems}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_and_plurals_are_kept(tmp_path: Path, language: str) -> None:
    """Each translation keeps the source's placeholders; plural messages have every form."""
    for message in ET.parse(I18N / f"kuona_{language}.ts").getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.findall("numerusform")] or [
            translation.text or ""
        ]
        if message.get("numerus") == "yes":
            assert len(forms) == PLURAL_FORMS[language] and all(forms), source
        for form in forms:
            assert sorted(PLACEHOLDER.findall(form)) == sorted(PLACEHOLDER.findall(source)), source


def test_french_catalogue_loads_and_translates(qapp: object, tmp_path: Path) -> None:
    """The compiled French catalogue is used by Qt's translate for a window string and plural."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    (qm,) = [p for p in release(tmp_path) if p.name == "kuona_fr.qm"]
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        text = QCoreApplication.translate("MainWindow", "%n model package(s) verified", "", 3)
        assert text == "3 paquets de modèles vérifiés"
    finally:
        QCoreApplication.removeTranslator(translator)
