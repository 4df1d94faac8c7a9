"""`validation.json`: golden cases computed at build and re-run at load on this machine."""

from __future__ import annotations

import json
import math
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
    rows = [background[i] for i in picks]
    if card.raw["missing_values"]:
        rows.extend(_with_gaps(background[order[len(order) // 2]]))
    cases = []
    for row in rows:
        inputs = dict(zip(card.feature_ids, map(float, row), strict=True))
        explanation = explain(runner, runner.spec, background, inputs)
        shap = {k: v for k, v in explanation.to_json().items() if k != "interval"}  # SHAP only
        cases.append({"inputs": _json_inputs(inputs), "explanation": shap})
    body = {"format": FORMAT, "cases": cases}
    return (json.dumps(body, indent=2, sort_keys=True) + "\n").encode()


def _with_gaps(row: NDArray[np.float64]) -> list[NDArray[np.float64]]:
    """The row twice, missing every even, then every odd feature: each feature's missing value
    goes through the model once (a card that accepts missing values is checked on them)."""
    out = []
    for parity in (0, 1):
        gaps = row.copy()
        gaps[parity::2] = np.nan
        out.append(gaps)
    return out


def _json_inputs(inputs: dict[str, float]) -> dict[str, float | None]:
    """Inputs for validation.json: a missing value is null."""
    return {k: None if math.isnan(v) else v for k, v in inputs.items()}


def _case_inputs(inputs: dict[str, float | None]) -> dict[str, float]:
    """Inputs read back from validation.json: null is a missing value (NaN)."""
    return {k: math.nan if v is None else float(v) for k, v in inputs.items()}


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
    if card.raw["missing_values"] and not any(
        None in c["inputs"].values() for c in cases if isinstance(c["inputs"], dict)
    ):
        raise _refuse(Check.VALIDATION_INVALID, {"reason": "no_case_with_missing_values"})
    for number, case in enumerate(cases, start=1):
        expected = case["explanation"]
        try:
            got = explain(runner, runner.spec, background, _case_inputs(case["inputs"]))
        except (ValueError, TypeError) as exc:
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
