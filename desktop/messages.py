"""Turn core codes and parameters into sentences from the catalogue of one language (i18n/)."""

from __future__ import annotations

import json
import string
from collections.abc import Mapping
from functools import cache
from pathlib import Path

from models.card_text import LANGUAGES
from models.errors import PackageError

CATALOGUES = Path(__file__).resolve().parent.parent / "i18n" / "messages"

#: The language of `say`, and of `describe` / `describe_code` when none is given: the CLI's
#: `--lang` (or KUONA_LANGUAGE). The GUI always passes its own language.
_language = "en"


def set_language(language: str) -> None:
    """Speak `language` from now on in this process (an unknown one gives English)."""
    global _language  # noqa: PLW0603 - one process, one CLI language
    _language = language


def current_language() -> str:
    """The language `say` speaks."""
    return _language


def _load(language: str) -> dict[str, str]:
    path = CATALOGUES / f"{language}.json"
    data: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))
    return data


def catalogue(language: str | None = None) -> dict[str, str]:
    """Templates by code for `language` ("fr", "pt_MZ", "ar-EG"...; None: the current one),
    English for an unknown one.

    A key the language's catalogue lacks takes the English template: a safety net only, since
    the tests require every catalogue to have every key of en.json.
    """
    return _catalogue(_language if language is None else language)


@cache
def _catalogue(language: str) -> dict[str, str]:
    english = _load("en")
    base = language.replace("-", "_").split("_")[0].lower()
    if base == "en" or base not in LANGUAGES or not (CATALOGUES / f"{base}.json").exists():
        return english
    return english | _load(base)


class _Lenient(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "?"


def _reason(token: str, language: str) -> str:
    """Word a reason code ("not_a_number", "unknown_feature:x") from the catalogue if it can."""
    code, _, detail = token.partition(":")
    template = catalogue(language).get(f"reason:{code}")
    if template is None:
        return token
    return template.format(detail=detail)


def describe_code(
    code: str, file: str, params: Mapping[str, str], language: str | None = None
) -> str:
    """One sentence for a code: names the file (or form) and what is wrong."""
    language = _language if language is None else language
    values = _Lenient(params)
    values["file"] = file
    if "reason" in values:
        values["reason"] = _reason(values["reason"], language)
    return string.Formatter().vformat(catalogue(language)[code], (), values)


def say(key: str, **params: object) -> str:
    """The sentence `key` in the current language, filled in with `params` (str.format:
    `{x:.1e}` works)."""
    return catalogue()[key].format(**params)


def describe(error: PackageError, language: str | None = None) -> str:
    """One clear sentence naming the file and the failed check."""
    return describe_code(error.check.value, error.file, error.params, language)
