"""The message catalogues of i18n/messages: one per language, each complete and well-formed."""

from __future__ import annotations

import json
import string
from pathlib import Path

import pytest

from desktop import messages
from desktop.messages import CATALOGUES, catalogue, describe_code
from models.card_text import LANGUAGES

ENGLISH: dict[str, str] = json.loads((CATALOGUES / "en.json").read_text(encoding="utf-8"))
OTHERS = [lang for lang in LANGUAGES if lang != "en"]


def _load(language: str) -> dict[str, str]:
    data: dict[str, str] = json.loads((CATALOGUES / f"{language}.json").read_text("utf-8"))
    return data


def _fields(template: str) -> list[tuple[str, str, str]]:
    """(name, format spec, conversion) of every placeholder, sorted."""
    parsed = string.Formatter().parse(template)
    return sorted((name, spec or "", conv or "") for _, name, spec, conv in parsed if name)


def _dummy(template: str) -> dict[str, object]:
    """A value for each placeholder: a fraction where a format spec needs a number."""
    return {name: (0.25 if spec else f"<{name}>") for name, spec, _ in _fields(template)}


def test_every_language_has_a_catalogue() -> None:
    """i18n/messages holds exactly one catalogue per language Kuona offers."""
    assert sorted(p.stem for p in CATALOGUES.glob("*.json")) == sorted(LANGUAGES)


@pytest.mark.parametrize("language", OTHERS)
def test_catalogue_has_exactly_the_english_keys(language: str) -> None:
    """No key of en.json is missing from a catalogue, and it has none that en.json lacks."""
    keys = set(_load(language))
    assert sorted(set(ENGLISH) - keys) == [], "missing"
    assert sorted(keys - set(ENGLISH)) == [], "not in en.json"


@pytest.mark.parametrize("language", OTHERS)
def test_placeholders_are_kept_exactly(language: str) -> None:
    """Each translation has the English placeholders, format specs included, no more, no less."""
    local = _load(language)
    wrong = [k for k in ENGLISH if k in local and _fields(local[k]) != _fields(ENGLISH[k])]
    assert wrong == []


@pytest.mark.parametrize("language", OTHERS)
def test_every_message_is_translated(language: str) -> None:
    """No translation is a copy of the English sentence; Arabic ones are written in Arabic."""
    local = _load(language)
    copies = [k for k, text in local.items() if text == ENGLISH.get(k) and len(text) > 8]
    assert copies == []
    if language == "ar":
        latin = [k for k, t in local.items() if not any("\u0600" <= c <= "\u06ff" for c in t)]
        assert latin == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_renders_with_dummy_parameters(language: str) -> None:
    """Every template of every language formats without error and leaves no brace behind."""
    for key, template in catalogue(language).items():
        text = template.format(**_dummy(template))
        assert text.strip(), key
        assert "{" not in text and "}" not in text, key
        if "{file}" in template:
            params = {k: str(v) for k, v in _dummy(template).items() if k != "file"}
            assert "card.json" in describe_code(key, "card.json", params, language)


def test_language_tags_pick_the_catalogue() -> None:
    """Region and script variants ("pt_MZ", "ar-EG") use their language; unknown ones English."""
    assert catalogue("pt_MZ") == catalogue("pt") != catalogue("en")
    assert catalogue("ar-EG") == catalogue("ar")
    assert catalogue("de") == catalogue("en") == ENGLISH


def test_a_missing_key_falls_back_to_english(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A catalogue lacking a key (a safety net only) gives the English template for that key."""
    (tmp_path / "en.json").write_text(json.dumps({"a": "one {file}", "b": "two {file}"}), "utf-8")
    (tmp_path / "fr.json").write_text(json.dumps({"a": "un {file}"}), "utf-8")
    monkeypatch.setattr(messages, "CATALOGUES", tmp_path)
    messages._catalogue.cache_clear()  # the cache behind catalogue()
    try:
        assert catalogue("fr") == {"a": "un {file}", "b": "two {file}"}
    finally:
        messages._catalogue.cache_clear()  # the cache behind catalogue()
