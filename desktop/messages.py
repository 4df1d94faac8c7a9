"""Turn core codes and parameters into sentences from the catalogue of one language (i18n/)."""

from __future__ import annotations

import json
import string
from functools import cache
from pathlib import Path

from models.errors import PackageError

CATALOGUES = Path(__file__).resolve().parent.parent / "i18n" / "messages"


@cache
def catalogue(language: str = "en") -> dict[str, str]:
    """Templates by code for `language`, English where that language lacks one."""
    english: dict[str, str] = json.loads((CATALOGUES / "en.json").read_text(encoding="utf-8"))
    path = CATALOGUES / f"{language}.json"
    if language == "en" or not path.exists():
        return english
    local: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))
    return english | local


class _Lenient(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "?"


def describe(error: PackageError, language: str = "en") -> str:
    """One clear sentence naming the file and the failed check."""
    template = catalogue(language)[error.check.value]
    values = _Lenient(error.params)
    values["file"] = error.file
    return string.Formatter().vformat(template, (), values)
