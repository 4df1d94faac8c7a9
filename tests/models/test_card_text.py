"""Card texts in six languages: every catalog card is complete, and a missing text falls back."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest

from models.card import parse_card
from models.card_text import (
    LANGUAGES,
    flatten_translation,
    human_texts,
    localise,
    nest_texts,
)
from models.catalog import BUILTIN_CATALOG
from models.errors import Check, PackageError

TRANSLATIONS = Path(__file__).resolve().parents[2] / "models" / "recipes" / "translations"
CARDS = sorted(p.name for p in BUILTIN_CATALOG.iterdir() if (p / "card.json").exists())
OTHERS = [lang for lang in LANGUAGES if lang != "en"]
PLACEHOLDER = re.compile(r"\{[a-z_][a-z0-9_]*\}")
NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def _card(model_id: str) -> dict[str, Any]:
    raw: dict[str, Any] = json.loads((BUILTIN_CATALOG / model_id / "card.json").read_text())
    return raw


def _numbers(text: str) -> set[str]:
    """The numbers a text states, decimal commas read as points (0,5 is 0.5)."""
    return {n.replace(",", ".") for n in NUMBER.findall(text)}


@pytest.mark.parametrize("language", OTHERS)
@pytest.mark.parametrize("model_id", CARDS)
def test_catalog_card_has_every_text_in_every_language(model_id: str, language: str) -> None:
    """Each shipped card translates each of its human texts into each language, non-empty."""
    local = localise(_card(model_id), language)
    assert local.fallback == ()
    assert local.complete


@pytest.mark.parametrize("language", OTHERS)
@pytest.mark.parametrize("model_id", CARDS)
def test_translations_keep_numbers_and_placeholders(model_id: str, language: str) -> None:
    """A translation states every number of the English text (doses, ranges, counts) and its
    placeholders; Arabic texts are written in Arabic script, except units kept as symbols."""
    raw = _card(model_id)
    english = human_texts(raw)
    local = flatten_translation(raw["translations"][language])
    for path, text in english.items():
        lost = _numbers(text) - _numbers(local[path])
        assert not lost, f"{path}: {sorted(lost)} missing in {local[path]!r}"
        assert set(PLACEHOLDER.findall(text)) == set(PLACEHOLDER.findall(local[path])), path
        is_symbol = path.endswith("/unit") and local[path] == text
        if language == "ar" and not is_symbol:
            assert re.search("[\u0600-\u06ff]", local[path]), path


@pytest.mark.parametrize("model_id", CARDS)
def test_shipped_card_carries_its_translation_file(model_id: str) -> None:
    """The catalog was rebuilt after the last edit of recipes/translations/<id>.json: the card's
    translations are that file's, and the file's English is the card's English."""
    raw = _card(model_id)
    table = json.loads((TRANSLATIONS / f"{model_id}.json").read_text(encoding="utf-8"))
    assert {path: row["en"] for path, row in table.items()} == human_texts(raw)
    for language in OTHERS:
        texts = {path: row[language] for path, row in table.items()}
        assert nest_texts(texts) == raw["translations"][language], language


@pytest.mark.parametrize("model_id", CARDS)
def test_a_missing_language_falls_back_to_english_and_says_so(model_id: str) -> None:
    """Without a Swahili block every text is English and every path is reported as fallen back."""
    raw = _card(model_id)
    del raw["translations"]["sw"]
    local = localise(raw, "sw")
    assert local.fallback == tuple(human_texts(raw))
    assert human_texts(local.card) == human_texts(raw)
    assert not local.complete


def test_a_missing_text_falls_back_alone() -> None:
    """A French block lacking one feature label shows that label in English and reports only it."""
    raw = _card("pima-diabetes-lr")
    del raw["translations"]["fr"]["features"]["glu"]["label"]
    local = localise(raw, "fr")
    assert local.fallback == ("features/glu/label",)
    glu = next(f for f in local.card["features"] if f["id"] == "glu")
    assert glu["label"] == "Plasma glucose, 2 h oral glucose tolerance test"
    assert glu["help"].startswith("Glycémie plasmatique")
    assert local.card["title"] == raw["translations"]["fr"]["title"]
    assert raw["features"][1]["label"] == glu["label"]  # the input card is left unchanged


def test_english_is_the_card_itself() -> None:
    """Asking for English gives the card's own texts and reports no fallback."""
    raw = _card("heart-cad-mlp")
    local = localise(raw, "en")
    assert local.fallback == ()
    assert local.card == raw


def test_choices_lists_and_subgroups_are_localised() -> None:
    """Choice labels, limitation items and subgroup names come from the translation."""
    raw = _card("heart-cad-mlp")
    local = localise(raw, "pt").card
    sex = next(f for f in local["features"] if f["id"] == "sex")
    assert [c["label"] for c in sex["choices"]] == ["Feminino", "Masculino"]
    assert local["limitations"] == raw["translations"]["pt"]["limitations"]
    assert local["metrics"]["subgroups"][0]["name"] == "Feminino"
    assert local["metrics"]["subgroups"][0]["n"] == raw["metrics"]["subgroups"][0]["n"]


def test_nest_and_flatten_are_inverse() -> None:
    """Texts by path nest into the schema's translation shape and flatten back unchanged."""
    block = _card("birthwt-low-gb")["translations"]["ar"]
    assert nest_texts(flatten_translation(block)) == block


def _parse_with(translations: dict[str, Any]) -> None:
    raw = _card("pima-diabetes-lr")
    raw["translations"] = translations
    parse_card(json.dumps(raw).encode())


@pytest.mark.parametrize(
    ("block", "field"),
    [
        ({"titre": "Diabète"}, "translations/fr"),
        ({"intended_use": {"purpose": "x", "audience": "y"}}, "translations/fr/intended_use"),
        ({"features": {"glu": {"label": "x", "hint": "y"}}}, "translations/fr/features/glu"),
        ({"title": ""}, "translations/fr/title"),
    ],
)
def test_schema_rejects_unknown_or_empty_translation_fields(
    block: dict[str, Any], field: str
) -> None:
    """A translation with a field the card schema does not define, or an empty text, is refused."""
    with pytest.raises(PackageError) as caught:
        _parse_with({"fr": block})
    assert caught.value.check == Check.CARD_SCHEMA
    assert caught.value.params["field"] == field


def test_schema_rejects_an_unknown_language_code_shape() -> None:
    """Translations are keyed by two-letter language codes."""
    with pytest.raises(PackageError) as caught:
        _parse_with({"french": {"title": "Diabète"}})
    assert caught.value.check == Check.CARD_SCHEMA


@pytest.mark.parametrize(
    ("block", "reason"),
    [
        ({"limitations": ["une seule"]}, "count_differs:10"),
        ({"features": {"bmi": {"choices": {"1": "oui"}}}}, "unknown_choice:1"),
        ({"features": {"sugar": {"label": "x"}}}, "unknown_feature:sugar"),
    ],
)
def test_inconsistent_translations_are_refused(block: dict[str, Any], reason: str) -> None:
    """A list of another length, or a choice or feature the card lacks, is refused by name."""
    with pytest.raises(PackageError) as caught:
        _parse_with({"fr": block})
    assert caught.value.check == Check.CARD_INCONSISTENT
    assert caught.value.params["reason"] == reason


def test_old_cards_without_translations_stay_valid() -> None:
    """A card whose translations are empty (as before this schema change) still parses."""
    raw = _card("pima-diabetes-lr")
    raw["translations"] = {}
    assert parse_card(json.dumps(raw).encode()).id == "pima-diabetes-lr"
    partial = copy.deepcopy(raw)
    partial["translations"] = {"fr": {"title": "Diabète"}}
    assert localise(parse_card(json.dumps(partial).encode()).raw, "fr").card["title"] == "Diabète"


def test_recipes_refuse_a_stale_translation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the English of a card text changes, the recipe build stops and names that text."""
    common = pytest.importorskip("models.recipes.common")
    raw = _card("pima-diabetes-lr")
    table = {p: {"en": t, "fr": f"fr {t}"} for p, t in human_texts(raw).items()}
    (tmp_path / "pima-diabetes-lr.json").write_text(json.dumps(table), encoding="utf-8")
    monkeypatch.setattr(common, "TRANSLATIONS", tmp_path)
    assert common.translations(raw)["fr"]["title"] == f"fr {raw['title']}"
    raw["features"][1]["label"] = "Plasma glucose (2 h)"
    with pytest.raises(ValueError, match="features/glu/label"):
        common.translations(raw)
