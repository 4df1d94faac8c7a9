"""`kuona monitor --json`'s text: orjson's, with the values and the ASCII json.dumps gave."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest

from desktop.cli.monitor import _plain, report_json

REPORT = {
    "models": [
        {
            "model": "pima-diabetes-lr",
            "decisions": np.int64(1200),
            "share": np.float64(1e-05),
            "tiny": 5e-324,
            "big": 1.7976931348623157e308,
            "third": 1 / 3,
            "flag": np.bool_(True),
            "names": {"ar": "النساء الحوامل", "sw": "wajawazito", "emoji": "🩺 é"},
            "ci95": [0.1, None, -0.0],
            3: "an integer key",
        }
    ],
    "since": None,
    "alpha": 0.01,
}


def test_the_json_has_the_same_values_as_json_dumps_and_only_ascii() -> None:
    """Parsed, report_json equals json.dumps(indent=2)'s text parsed (numpy scalars through
    _plain, an int key as text, -0.0 and the extreme floats kept, non-ASCII escaped)."""
    text = report_json(REPORT)
    expected = json.dumps(REPORT, indent=2, allow_nan=False, default=_plain)
    assert text.isascii()
    assert json.loads(text) == json.loads(expected)
    assert math.copysign(1, json.loads(text)["models"][0]["ci95"][2]) == -1
    assert "\\u0627" in text and "\\ud83e\\ude7a" in text  # as json.dumps escapes them
    assert text.startswith('{\n  "models": [\n    {\n      "model"')


@pytest.mark.parametrize("value", [np.float64(np.nan), float("inf")])
def test_a_value_json_cannot_hold_is_not_written_as_a_number(value: float) -> None:
    """NaN or infinity never reaches the text as a number (null), so the output stays JSON."""
    assert json.loads(report_json({"value": value})) == {"value": None}
