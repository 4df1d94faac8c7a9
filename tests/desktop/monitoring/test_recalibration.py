"""The recalibration slope where it cannot be estimated: every prediction of a group the same."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest

from desktop.monitoring import grouped, performance, stats
from desktop.monitoring.report import ModelMonitor
from models.catalog import BUILTIN_CATALOG
from models.signing import TrustStore
from models.verify import verify_package
from tests.desktop.monitoring.simulate import TODAY, Clinic, simulate


def _outcomes(n: int, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return (rng.random(n) < 0.3).astype(float)


@pytest.mark.parametrize("value", [0.3, 0.0, 1.0, 1e-9])
def test_one_prediction_for_everyone_gives_no_slope(value: float) -> None:
    """Constant predictions (also 0, 1 and below the logit's clip): not estimable, no absurd
    slope and no crash; the block says None and `not_estimable`; the test of (0, 1) still has
    a p-value in [0, 1]."""
    y = _outcomes(400, 1)
    p = np.full(len(y), value)
    fit = stats.recalibration(y, p)
    assert not fit.estimable and fit.slope == 1.0 and math.isnan(fit.slope_se)
    block = performance.binary_metrics(y, p, threshold=0.5)["calibration"]
    assert block["slope"] is None and block["intercept"] is None
    assert block["slope_ci95"] is None and block["code"] == "not_estimable"
    assert 0.0 <= block["p_value"] <= 1.0
    assert (block["oe_ratio"]["value"] is None) == (value == 0.0)  # no events expected
    json.dumps(block, allow_nan=False)  # no NaN or infinity reaches the JSON


def test_predictions_that_differ_only_by_rounding_give_no_slope() -> None:
    """Predictions equal but for the last bits make the information matrix singular: not
    estimable either (this once gave slopes of 1e14, or a math domain error)."""
    y = _outcomes(300, 2)
    p = 0.3 + np.arange(len(y)) % 2 * 1e-16
    p[::7] = np.nextafter(0.3, 1.0)
    fit = stats.recalibration(y, p)
    assert not fit.estimable
    assert performance.binary_metrics(y, p, threshold=0.5)["calibration"]["slope"] is None


def test_a_constant_group_among_others_is_not_estimable_only_itself() -> None:
    """Per group, all at once: the constant group is not estimable (same p-value as alone),
    the others get the same slopes as alone."""
    rng = np.random.default_rng(3)
    group = rng.integers(0, 4, 4000)
    p = rng.random(len(group))
    p[group == 2] = 0.25
    y = (rng.random(len(group)) < p).astype(float)
    fit = grouped.recalibration(group, 4, y, p)
    assert fit.estimable.tolist() == [True, True, False, True]
    for k in range(4):
        one = stats.recalibration(y[group == k], p[group == k])
        assert one.estimable == fit.estimable[k]
        assert fit.p_value[k] == pytest.approx(one.p_value, abs=1e-9)
        assert fit.slope[k] == pytest.approx(one.slope, abs=1e-9)
    blocks = performance.binary_metrics_by(group, 4, y, p, threshold=0.5)
    assert blocks[2]["calibration"]["code"] == "not_estimable"
    assert blocks[1]["calibration"]["slope"] == pytest.approx(fit.slope[1], abs=1e-12)


def test_a_report_with_a_constant_subgroup_compares_it_with_everyone() -> None:
    """A card subgroup whose predictions are all the same (slope not estimable) gets no slope
    in the report, yet its calibration is still compared with all patients' (p_value_vs_all,
    from the fit with the slope held at 1), with no crash; so does a model that is constant
    for everyone."""
    pima = verify_package(BUILTIN_CATALOG / "pima-diabetes-lr", TrustStore.load())
    field = simulate(pima, [Clinic("a", 1500)], seed=5)
    older = field.inputs[:, field.features.index("age")] >= 30
    field.prediction[older] = 0.4
    report = ModelMonitor(field, pima, today=TODAY).report()
    (older_group,) = [g for g in report["groups"] if g["key"] == "Age >= 30 years"]
    block = older_group["metrics"]["calibration"]
    assert block["slope"] is None and block["code"] == "not_estimable"
    y = field.observed[older & ~np.isnan(field.observed)]
    held = stats.recalibration(y, np.full(len(y), 0.4))
    everyone = report["metrics"]["calibration"]
    expected = stats.calibration_differs(
        y, np.full(len(y), 0.4), held, intercept=everyone["intercept"], slope=everyone["slope"]
    )
    assert block["p_value_vs_all"] == pytest.approx(expected, abs=1e-12)
    assert 0.0 <= block["p_value_vs_all"] <= 1.0
    field.prediction[:] = 0.4
    flat = ModelMonitor(field, pima, today=TODAY).report()
    assert flat["metrics"]["calibration"]["code"] == "not_estimable"
    json.dumps(flat, allow_nan=False)
