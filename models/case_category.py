"""What kind of teaching case a real, labelled case is for a binary model: one rule for all.

Used by the recipes when they choose each model's case library, and by the app when a trainer
imports cases of their own, so both tag the same case the same way.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from models.card import Card

#: Teaching categories, in priority order: a case gets the first one that applies.
OUT_OF_RANGE = "out_of_range"
WRONG = "wrong"
BORDERLINE = "borderline"
TYPICAL = "typical"
CATEGORIES = (OUT_OF_RANGE, WRONG, BORDERLINE, TYPICAL)
#: A prediction less than this far from the threshold (10 percentage points) is borderline.
BORDERLINE_MARGIN = 0.10


@dataclass(frozen=True)
class CaseKind:
    """The case's category (first that applies) and every tag that applies, in CATEGORIES order."""

    category: str
    tags: tuple[str, ...]
    out_of_range: tuple[str, ...]


def threshold(card: Card) -> float:
    """The card's decision threshold; only binary probability models have one."""
    if card.output["kind"] != "binary_probability":
        raise ValueError(f"{card.id}: teaching cases need a binary probability model")
    return float(card.output["threshold"])


def predicted_high(card: Card, prediction: float) -> bool:
    """High risk means at or above the card's threshold (as the card's metrics count it)."""
    return prediction >= threshold(card)


def outside_range(card: Card, inputs: Mapping[str, float]) -> tuple[str, ...]:
    """Features whose value lies outside the card's validated range, in card order (a missing
    value is not out of range)."""
    out = []
    for feature in card.features:
        low, high = feature.minimum, feature.maximum
        if low is None or high is None or math.isnan(inputs[feature.id]):
            continue
        if not low <= inputs[feature.id] <= high:
            out.append(feature.id)
    return tuple(out)


def categorise(
    card: Card, inputs: Mapping[str, float], *, prediction: float, outcome: int
) -> CaseKind:
    """Tag a case: out of range, wrongly predicted at the threshold, borderline, else typical."""
    if outcome not in (0, 1):
        raise ValueError(f"outcome must be 0 or 1, not {outcome!r}")
    outside = outside_range(card, inputs)
    tags = []
    if outside:
        tags.append(OUT_OF_RANGE)
    if predicted_high(card, prediction) != (outcome == 1):
        tags.append(WRONG)
    if round(abs(prediction - threshold(card)), 12) < BORDERLINE_MARGIN:  # 0.6 - 0.5 is 0.1
        tags.append(BORDERLINE)
    if not tags:
        tags.append(TYPICAL)
    return CaseKind(category=tags[0], tags=tuple(tags), out_of_range=outside)
