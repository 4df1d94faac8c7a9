"""What-if: re-explain a case with one value changed, and say what changed.

A slider calls `what_if` on every move, passing the previous result's `after` as `before`, so
each update costs one explanation. The background is the same, so the base value does not
move and the contribution deltas add up to the prediction delta. In a non-linear model the
other features' contributions move too: `moved` lists every feature whose contribution changed,
largest change first.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from desktop.training.errors import TrainingError, TrainingRefusal
from desktop.training.session import explain_case
from explainers import Explanation
from models.case_category import predicted_high
from models.verify import VerifiedPackage

#: Contribution changes smaller than this (probability, 1e-4 percentage points) did not move.
MOVED = 1e-6
FORM = "what-if"


@dataclass(frozen=True)
class WhatIf:
    """The case before and after one value changed, and the differences."""

    feature: str
    old_value: float
    new_value: float
    inputs: dict[str, float]
    before: Explanation
    after: Explanation
    prediction_delta: float
    contribution_deltas: dict[str, float]
    moved: tuple[str, ...]
    crossed_threshold: bool


def check_value(package: VerifiedPackage, feature: str, value: float) -> None:
    """Refuse a feature the model lacks, or a value a boolean or category cannot take."""
    features = {f.id: f for f in package.card.features}
    if feature not in features:
        raise TrainingError(TrainingRefusal.WHATIF_UNKNOWN_FEATURE, FORM, feature=feature)
    spec = features[feature]
    allowed: list[float] | None = None
    if spec.type == "boolean":
        allowed = [0.0, 1.0]
    elif spec.type == "category":
        allowed = [v for v, _ in spec.choices]
    if (allowed is not None and value not in allowed) or math.isinf(value):
        raise TrainingError(
            TrainingRefusal.WHATIF_VALUE_NOT_ALLOWED,
            FORM,
            feature=feature,
            value=f"{value:g}",
            allowed=", ".join(f"{v:g}" for v in allowed or []),
        )


def what_if(
    package: VerifiedPackage,
    case: Mapping[str, float],
    *,
    feature: str,
    value: float,
    before: Explanation | None = None,
) -> WhatIf:
    """Explain `case` with `feature` set to `value`; `before` (the explanation of `case`, if
    the caller has it) saves one explanation."""
    check_value(package, feature, value)
    old = explain_case(package, case) if before is None else before
    inputs = {**{k: float(v) for k, v in case.items()}, feature: float(value)}
    new = explain_case(package, inputs)
    deltas = {f: new.contributions[f] - old.contributions[f] for f in new.contributions}
    moved = sorted((f for f, d in deltas.items() if abs(d) >= MOVED), key=lambda f: -abs(deltas[f]))
    card = package.card
    return WhatIf(
        feature=feature,
        old_value=float(case[feature]),
        new_value=float(value),
        inputs=inputs,
        before=old,
        after=new,
        prediction_delta=new.prediction - old.prediction,
        contribution_deltas=deltas,
        moved=tuple(moved),
        crossed_threshold=predicted_high(card, old.prediction)
        != predicted_high(card, new.prediction),
    )
