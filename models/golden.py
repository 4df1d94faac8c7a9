"""`validation.json`: golden cases computed at build and re-run at load on this machine."""

from __future__ import annotations

import json
from typing import Any

import numpy as np
from numpy.typing import NDArray

from explainers import explain
from explainers.runner import GraphRunner
from models.card import Card
from models.errors import Check, PackageError
from models.layout import VALIDATION

FORMAT = 1


def make_golden(runner: GraphRunner, card: Card, background: NDArray[np.float64]) -> bytes:
    """Pick real background rows (lowest, middle, highest prediction) and record what they give."""
    predictions = runner.predict(background)
    order = np.argsort(predictions, kind="stable")
    picks = sorted({int(order[0]), int(order[len(order) // 2]), int(order[-1])})
    cases = []
    for index in picks:
        inputs = dict(zip(card.feature_ids, map(float, background[index]), strict=True))
        explanation = explain(runner, runner.spec, background, inputs)
        shap = {k: v for k, v in explanation.to_json().items() if k != "interval"}  # SHAP only
        cases.append({"inputs": inputs, "explanation": shap})
    body = {"format": FORMAT, "cases": cases}
    return (json.dumps(body, indent=2, sort_keys=True) + "\n").encode()


def _refuse(check: Check, params: dict[str, str]) -> PackageError:
    return PackageError(check, VALIDATION, params)


def _cases(raw: bytes) -> list[dict[str, Any]]:
    try:
        body = json.loads(raw)
        cases = body["cases"]
        if body["format"] != FORMAT or not isinstance(cases, list) or not cases:
            raise ValueError("no cases")
        for case in cases:
            _ = case["inputs"], case["explanation"]["prediction"]
            _ = case["explanation"]["contributions"], case["explanation"]["base_value"]
    except (UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
        raise _refuse(Check.VALIDATION_INVALID, {"reason": type(exc).__name__}) from exc
    return list(cases)


def check_golden(
    raw: bytes, runner: GraphRunner, card: Card, background: NDArray[np.float64]
) -> int:
    """Re-run every golden case; refuse on the first output or contribution out of tolerance."""
    tolerance = card.tolerance
    cases = _cases(raw)
    for number, case in enumerate(cases, start=1):
        expected = case["explanation"]
        try:
            got = explain(runner, runner.spec, background, case["inputs"])
        except ValueError as exc:
            raise _refuse(
                Check.VALIDATION_INVALID, {"case": str(number), "reason": str(exc)}
            ) from exc
        if not abs(got.prediction - float(expected["prediction"])) <= tolerance:
            params = {
                "case": str(number),
                "expected": f"{expected['prediction']:.6g}",
                "found": f"{got.prediction:.6g}",
            }
            raise _refuse(Check.GOLDEN_OUTPUT, params)
        pairs = {"(base)": (got.base_value, float(expected["base_value"]))}
        for feature, value in expected["contributions"].items():
            pairs[feature] = (got.contributions.get(feature, float("nan")), float(value))
        for feature, (found, wanted) in pairs.items():
            if not abs(found - wanted) <= tolerance:
                params = {
                    "case": str(number),
                    "feature": feature,
                    "expected": f"{wanted:.6g}",
                    "found": f"{found:.6g}",
                }
                raise _refuse(Check.GOLDEN_EXPLANATION, params)
    return len(cases)
