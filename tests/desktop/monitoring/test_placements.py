"""AUROC's DeLong standard error from placements: equal to DeLong's definition pair by pair."""

from __future__ import annotations

import numpy as np
import pytest

from desktop.monitoring import grouped, stats


def _delong(y: np.ndarray, p: np.ndarray) -> tuple[float, float]:
    """AUROC and DeLong's SE from every (event, non-event) pair, ties counting half."""
    events, others = p[y == 1], p[y == 0]
    psi = (events[:, None] > others[None, :]) + 0.5 * (events[:, None] == others[None, :])
    v10, v01 = psi.mean(axis=1), psi.mean(axis=0)
    variance = np.var(v10, ddof=1) / len(events) + np.var(v01, ddof=1) / len(others)
    return float(psi.mean()), float(np.sqrt(variance))


@pytest.mark.parametrize("ties", [False, True])
def test_auroc_and_its_se_equal_delongs_pairwise_definition(ties: bool) -> None:
    """One group and many at once: the value and SE equal the pairwise computation (with
    ties within and across the classes, and a group holding one score for everyone)."""
    rng = np.random.default_rng(11)
    group = rng.integers(0, 5, 1500)
    p = rng.random(len(group))
    p = np.round(p, 1) if ties else p
    p[group == 3] = 0.5
    y = (rng.random(len(group)) < p).astype(float)
    area = stats.auroc(y, p)
    assert (area.value, area.se) == pytest.approx(_delong(y, p), abs=1e-12)
    value, se = grouped.auroc(group, 5, y, p)
    for k in range(5):
        mask = group == k
        assert (value[k], se[k]) == pytest.approx(_delong(y[mask], p[mask]), abs=1e-12)
