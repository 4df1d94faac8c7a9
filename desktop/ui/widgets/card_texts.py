"""A card's feature texts in the interface language, and a case's values as a person reads them."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from desktop.ui.widgets import wording

if TYPE_CHECKING:
    from models.card import Card, Feature


def feature_texts(card: Card, feature: Feature, language: str) -> dict[str, Any]:
    """The feature's label, help, unit and choice labels, translated where the card can."""
    texts = card.raw.get("translations", {}).get(language, {}).get("features", {})
    own = texts.get(feature.id, {})
    choices = own.get("choices", {})
    return {
        "label": own.get("label") or feature.label,
        "help": own.get("help") or feature.help,
        "unit": own.get("unit") or feature.unit,
        "choices": [
            (code, choices.get(f"{code:g}") or choices.get(str(code)) or label)
            for code, label in feature.choices
        ],
    }


def labels(card: Card, language: str) -> dict[str, str]:
    """Feature id → label in `language`."""
    return {f.id: feature_texts(card, f, language)["label"] for f in card.features}


def shown_value(card: Card, feature_id: str, value: float, language: str) -> str:
    """One value as shown: "180 mg/dL", a choice's translated label, "Yes", "not entered"."""
    feature = next(f for f in card.features if f.id == feature_id)
    texts = feature_texts(card, feature, language)
    for code, label in texts["choices"]:
        if code == value and feature.type != "boolean":
            return str(label)
    if feature.unit and feature.type == "number" and not math.isnan(value):
        return wording.number_with_unit(value, texts["unit"])
    return wording.feature_value(feature, value)


def shown_values(card: Card, case: dict[str, float], language: str) -> dict[str, str]:
    """Feature id → its value as shown, for every feature of the case."""
    return {fid: shown_value(card, fid, v, language) for fid, v in case.items()}
