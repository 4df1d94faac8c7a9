"""Explanation's JSON shape is exact and survives a round trip."""

from __future__ import annotations

import json

import pytest
from explainer_models import Fitted

from explainers import Explanation, explain

KEYS = {
    "model",
    "model_version",
    "prediction",
    "output_space",
    "base_value",
    "contributions",
    "method",
    "exact",
    "warnings",
    "interval",
}


def test_json_round_trip_of_real_explanation(logreg: Fitted) -> None:
    """to_json() of a real explanation has exactly the documented keys and round-trips."""
    got = explain(logreg.onnx, logreg.spec, logreg.background, logreg.cases[0])
    data = got.to_json()
    assert set(data) == KEYS
    assert all(type(v) is float for v in data["contributions"].values())
    assert type(data["prediction"]) is float and type(data["base_value"]) is float
    again = Explanation.from_json(json.loads(json.dumps(data)))
    assert again == got


def test_errors_key_only_when_set() -> None:
    """The "errors" key appears only for approximate explanations that carry error estimates."""
    base = Explanation(
        model="m",
        model_version="1",
        prediction=0.75,
        output_space="probability",
        base_value=0.5,
        contributions={"a": 0.2, "b": 0.05},
        method="sampling",
        exact=False,
        warnings=[{"code": "out_of_range", "feature": "a"}],
        errors={"a": 0.01, "b": 0.02},
    )
    data = base.to_json()
    assert set(data) == KEYS | {"errors"}
    assert Explanation.from_json(json.loads(json.dumps(data))) == base
    assert "errors" not in Explanation.from_json({**data, "errors": None}).to_json()


def test_interval_and_structured_warnings_round_trip() -> None:
    """An interval and a warning with a number and a list of features survive to/from JSON."""
    base = Explanation(
        model="m",
        model_version="1",
        prediction=0.31,
        output_space="probability",
        base_value=0.2,
        contributions={"a": 0.11},
        method="linear-exact",
        exact=True,
        warnings=[{"code": "out_of_population", "score": 5.4, "threshold": 4.7, "features": ["a"]}],
        interval={"low": 0.26, "high": 0.37, "method": "venn-abers", "coverage": None},
    )
    data = json.loads(json.dumps(base.to_json()))
    assert data["interval"] == {"low": 0.26, "high": 0.37, "method": "venn-abers", "coverage": None}
    assert data["warnings"][0]["features"] == ["a"]
    assert Explanation.from_json(data) == base


def test_from_json_refuses_unknown_keys() -> None:
    """from_json refuses a dict with a key outside the documented shape."""
    data = {k: None for k in KEYS} | {"colour": "red"}
    with pytest.raises(ValueError, match="colour"):
        Explanation.from_json(data)
