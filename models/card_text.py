"""A card's human texts by path, in one language, with English where a translation is missing.

A path names one text: "title", "intended_use/purpose", "features/glu/label",
"features/sex/choices/1", "metrics/subgroups/0/name", "limitations/3". `translations[lang]`
of the card holds the same texts nested as in `card.schema.json` (`$defs/translation`).
Bibliographic and provenance records (data/citation, references, model/recipe) are not human
texts here: they are cited as published, never translated.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

LANGUAGES = ("en", "fr", "pt", "es", "sw", "ar")
RIGHT_TO_LEFT = frozenset({"ar"})
SECTIONS: dict[str, tuple[str, ...]] = {
    "intended_use": ("purpose", "users", "setting", "decision_support"),
    "population": ("description", "setting", "period", "inclusion", "exclusion"),
    "outcome": ("label", "definition", "horizon"),
    "output": ("positive_label",),
    "data": ("source", "licence", "distribution", "preprocessing"),
    "model": ("description", "training"),
    "metrics": ("evaluation",),
    "calibration_set": ("description",),
}
LISTS = ("limitations", "contraindications")
FEATURE_TEXTS = ("label", "unit", "help")
SUBGROUP_TEXTS = ("name", "note")


@dataclass(frozen=True)
class LocalisedCard:
    """The card with its human texts in `language`; `fallback` lists those shown in English."""

    language: str
    card: dict[str, Any]
    fallback: tuple[str, ...]

    @property
    def complete(self) -> bool:
        """Whether every human text is in `language`."""
        return not self.fallback


def code_key(value: float) -> str:
    """A choice code as a translation key: 1.0 -> "1", 0.5 -> "0.5"."""
    return str(int(value)) if float(value).is_integer() else str(value)


def _card_paths(raw: Mapping[str, Any]) -> Iterator[tuple[str, Any]]:
    """(path, English text) of every human text, in reading order."""
    yield "title", raw.get("title")
    yield "summary", raw.get("summary")
    for section, keys in SECTIONS.items():
        for key in keys:
            yield f"{section}/{key}", raw.get(section, {}).get(key)
    for index, group in enumerate(raw.get("metrics", {}).get("subgroups", [])):
        for key in SUBGROUP_TEXTS:
            yield f"metrics/subgroups/{index}/{key}", group.get(key)
    for feature in raw.get("features", []):
        for key in FEATURE_TEXTS:
            yield f"features/{feature['id']}/{key}", feature.get(key)
        for choice in feature.get("choices", []):
            yield f"features/{feature['id']}/choices/{code_key(choice['value'])}", choice["label"]
    for name in LISTS:
        for index, text in enumerate(raw.get(name, [])):
            yield f"{name}/{index}", text
    yield from _question_paths(raw)


def _question_paths(raw: Mapping[str, Any]) -> Iterator[tuple[str, Any]]:
    """(path, English text) of the eligibility questions (schema 2)."""
    for question in raw.get("eligibility", {}).get("questions", []):
        yield f"eligibility/questions/{question['id']}", question["question"]


def human_texts(raw: Mapping[str, Any]) -> dict[str, str]:
    """Every human text of a card in English, by path (empty or absent ones left out)."""
    return {path: text for path, text in _card_paths(raw) if isinstance(text, str) and text}


def in_every_language(raw: Mapping[str, Any], path: str) -> dict[str, str]:
    """One human text, by path, in English and in each language the card translates it to."""
    texts = {"en": human_texts(raw).get(path, "")}
    for language, block in raw.get("translations", {}).items():
        if text := flatten_translation(block).get(path):
            texts[language] = text
    return texts


def flatten_translation(translation: Mapping[str, Any]) -> dict[str, str]:
    """The texts of one `translations[lang]` block, by path (the inverse of `nest_texts`)."""
    flat: dict[str, str] = {}

    def walk(prefix: str, node: Any) -> None:
        if isinstance(node, str):
            if node:
                flat[prefix] = node
        elif isinstance(node, Mapping):
            for key, value in node.items():
                walk(f"{prefix}/{key}" if prefix else str(key), value)
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(f"{prefix}/{index}", value)

    walk("", translation)
    return flat


def nest_texts(texts: Mapping[str, str]) -> dict[str, Any]:
    """A `translations[lang]` block from texts by path; lists must be complete (else KeyError)."""
    nested: dict[str, Any] = {}
    for path, text in texts.items():
        *parents, leaf = path.split("/")
        node = nested
        for part in parents:
            node = node.setdefault(part, {})
        node[leaf] = text
    return _lists(nested, parent="")


def _lists(node: dict[str, Any], *, parent: str) -> dict[str, Any]:
    """Turn the index-keyed dicts of list slots (limitations, subgroups) into lists."""
    out: dict[str, Any] = {}
    for key, value in node.items():
        is_list = (parent == "" and key in LISTS) or (parent == "metrics" and key == "subgroups")
        if is_list:
            items = [value[str(i)] for i in range(len(value))]
            out[key] = [_lists(v, parent=key) if isinstance(v, dict) else v for v in items]
        elif isinstance(value, dict):
            out[key] = _lists(value, parent=key)
        else:
            out[key] = value
    return out


def _put(card: dict[str, Any], path: str, text: str) -> None:
    """Replace the text at `path` in (a copy of) the raw card."""
    parts = path.split("/")
    if parts[0] == "features":
        feature = next(f for f in card["features"] if f["id"] == parts[1])
        if parts[2] == "choices":
            choice = next(c for c in feature["choices"] if code_key(c["value"]) == parts[3])
            choice["label"] = text
        else:
            feature[parts[2]] = text
        return
    if parts[0] == "eligibility":
        question = next(q for q in card["eligibility"]["questions"] if q["id"] == parts[2])
        question["question"] = text
        return
    node: Any = card
    for part in parts[:-1]:
        node = node[int(part)] if isinstance(node, list) else node[part]
    if isinstance(node, list):
        node[int(parts[-1])] = text
    else:
        node[parts[-1]] = text


def localise(raw: Mapping[str, Any], language: str) -> LocalisedCard:
    """The card with each human text in `language` where it has one, English elsewhere."""
    english = human_texts(raw)
    if language == "en":
        return LocalisedCard(language, copy.deepcopy(dict(raw)), ())
    block = raw.get("translations", {}).get(language, {})
    local = flatten_translation(block)
    card = copy.deepcopy(dict(raw))
    fallback = []
    for path in english:
        text = local.get(path)
        if text:
            _put(card, path, text)
        else:
            fallback.append(path)
    return LocalisedCard(language, card, tuple(fallback))
