"""The vectorised per-group statistics equal the one-group statistics they replace."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.metrics import roc_auc_score

from desktop.monitoring import drift, grouped, grouped_drift, performance, stats

GROUPS = 23


def _same(a: object, b: object) -> bool:
    """Equal structure and text; numbers equal to 1e-9."""
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, z) for x, z in zip(a, b, strict=True))
    if isinstance(a, float | int) and isinstance(b, float | int):
        return bool(a == pytest.approx(b, abs=1e-9, nan_ok=True))
    return a == b


def _data(seed: int, *, ties: bool) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    group = rng.integers(0, GROUPS, 12_000)
    group[group == 5] = 6  # one group empty
    group[(group == 7) & (rng.random(len(group)) < 0.9)] = 8  # one group small
    p = rng.random(len(group))
    p = np.round(p, 2) if ties else p
    y = (rng.random(len(group)) < p).astype(float)
    return group, y, p


@pytest.mark.parametrize("ties", [True, False])
def test_auroc_recalibration_and_cbpe_per_group_equal_the_one_group_figures(ties: bool) -> None:
    """AUROC (and sklearn's), DeLong SE, recalibration and CBPE per group, all groups at once."""
    group, y, p = _data(1, ties=ties)
    value, se = grouped.auroc(group, GROUPS, y, p)
    fit = grouped.recalibration(group, GROUPS, y, p)
    expected = grouped.expected_auroc(group, GROUPS, p)
    for k in set(group.tolist()) - {7}:
        mask = group == k
        one = stats.auroc(y[mask], p[mask])
        assert value[k] == pytest.approx(roc_auc_score(y[mask], p[mask]), abs=1e-12)
        assert (value[k], se[k]) == pytest.approx((one.value, one.se), abs=1e-12)
        single = stats.recalibration(y[mask], p[mask])
        for name in ("intercept", "slope", "intercept_se", "slope_se", "p_value"):
            assert getattr(fit, name)[k] == pytest.approx(getattr(single, name), abs=1e-9)
        assert expected[k] == pytest.approx(stats.expected_auroc(p[mask]), abs=1e-12)


def test_binary_metrics_and_estimates_per_group_equal_the_one_group_blocks() -> None:
    """Every figure of binary_metrics_by / estimated_by equals binary_metrics / estimated;
    too small or empty groups give the not-enough block with their n."""
    group, y, p = _data(2, ties=True)
    many = performance.binary_metrics_by(group, GROUPS, y, p, threshold=0.4)
    guesses = performance.estimated_by(group, GROUPS, p, threshold=0.4)
    assert many[5] == performance.not_enough(0)
    assert many[7]["code"] == "not_enough_outcomes"
    for k in range(GROUPS):
        mask = group == k
        one = performance.binary_metrics(y[mask], p[mask], threshold=0.4)
        assert _same(many[k], one)
        assert _same(guesses[k], performance.estimated(p[mask], threshold=0.4))


@pytest.mark.parametrize("ties", [True, False])
def test_drift_per_group_equals_drift_of_each_group_and_of_all(ties: bool) -> None:
    """PSI, KS and the multivariate score per group (and of all rows, with total) equal
    drift.py's on each group's rows alone; missing values are left out the same way."""
    rng = np.random.default_rng(3)
    background = rng.normal(size=(150, 4))
    background[3, 2] = np.nan
    group = rng.integers(0, GROUPS, 9000)
    group[group == 5] = 6
    rows = rng.normal(size=(9000, 4)) + (group[:, None] % 3) * 0.1
    rows = np.round(rows, 1) if ties else rows
    rows[rng.random(rows.shape) < 0.05] = np.nan
    references = [drift.Reference(column) for column in background.T]
    rebuild = drift.Reconstruction(background)
    whole = np.arange(GROUPS + 1)
    for j, reference in enumerate(references):
        found = grouped_drift.feature_drift(reference, group, GROUPS, rows[:, j], total=True)
        for k in whole:
            mask = group == k if k < GROUPS else np.ones(len(group), dtype=bool)
            assert _same(found[k], drift.feature_drift(reference, rows[mask, j]))
    combined = grouped_drift.multivariate(rebuild, group, GROUPS, rows, total=True)
    for k in whole:
        mask = group == k if k < GROUPS else np.ones(len(group), dtype=bool)
        assert _same(combined[k], rebuild.drift(rows[mask]))
