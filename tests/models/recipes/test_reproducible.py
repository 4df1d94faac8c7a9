"""The shipped demo packages are what the recipes produce: metrics are computed, not typed in."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from models.catalog import BUILTIN_CATALOG
from models.recipes.__main__ import train_all


@pytest.fixture(scope="module")
def staging(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Train every recipe once into a temporary folder (about 40 s)."""
    folder = tmp_path_factory.mktemp("staging")
    train_all(folder)
    return folder


@pytest.mark.slow
@pytest.mark.parametrize("model_id", ["pima-diabetes-lr", "birthwt-low-gb", "heart-cad-mlp"])
def test_recipe_reproduces_shipped_card(staging: Path, model_id: str) -> None:
    """Re-training gives the shipped card's metrics and counts, and the same background rows."""
    shipped = json.loads((BUILTIN_CATALOG / model_id / "card.json").read_text())
    fresh = json.loads((staging / model_id / "card.json").read_text())
    assert fresh["population"] == shipped["population"]
    assert fresh["features"] == shipped["features"]
    for key in ("auc", "brier", "calibration", "n", "events"):
        assert fresh["metrics"][key] == shipped["metrics"][key], key
    assert (staging / model_id / "background.csv").read_bytes() == (
        BUILTIN_CATALOG / model_id / "background.csv"
    ).read_bytes()
    calibration = (staging / model_id / "calibration.csv").read_bytes()  # the held-out split
    assert calibration == (BUILTIN_CATALOG / model_id / "calibration.csv").read_bytes()
    assert calibration == (staging / model_id / "holdout.csv").read_bytes()
    assert fresh["calibration_set"] == shipped["calibration_set"]
    assert fresh["eligibility"] == shipped["eligibility"]
    holdout = (staging / model_id / "holdout.csv").read_text().splitlines()
    assert len(holdout) - 1 == shipped["population"]["n_test"]
