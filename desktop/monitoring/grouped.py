"""The statistics of stats.py for many disjoint groups at once (clinics, months), vectorised.

Each function takes `group` (row -> group index 0..groups-1) and returns one value per group,
equal to what stats.py gives for that group's rows alone (same definitions, same arithmetic up
to the order of summation): mid-ranks and placements by one sort of (group, value), sums by
bincount, the recalibration's IRLS run for every group together (each group stops when its
own step is small, as stats.recalibration does).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from desktop.monitoring.stats import EPS, SINGULAR, Logits, placements, probability

Array = NDArray[np.float64]
Index = NDArray[np.int64]


def sums(group: Index, groups: int, values: Array | None = None) -> Array:
    """Sum of `values` (or the count of rows) per group."""
    return np.bincount(group, weights=values, minlength=groups).astype(np.float64)


@dataclass(frozen=True)
class Runs:
    """Rows sorted by (group, value): each row's run of equal values within its group."""

    order: Index
    first: Index  # per sorted row: position of its run's first row
    end: Index  # per sorted row: one past its run's last row
    base: Index  # per sorted row: position of its group's first row

    @classmethod
    def of(cls, group: Index, x: Array, *, order: Index | None = None) -> Runs:
        """Sort once (`order`: np.argsort(x), when already made); find the runs of ties and
        the groups' starts."""
        order = np.argsort(x) if order is None else order  # then a stable (radix) sort by
        # group keeps x's order within
        small = np.int16 if len(group) == 0 or group.max() < 2**15 else np.int64
        order = order[np.argsort(group[order].astype(small), kind="stable")].astype(np.int64)
        g, v = group[order], x[order]
        new_group = _starts(g)
        new_run = new_group | _starts(v)
        run = np.cumsum(new_run) - 1
        starts = np.flatnonzero(new_run)
        ends = np.r_[starts[1:], len(x)]
        group_starts = np.flatnonzero(new_group)
        return cls(order, starts[run], ends[run], group_starts[np.cumsum(new_group) - 1])


def _starts(values: NDArray[np.generic]) -> NDArray[np.bool_]:
    """Whether each value of a sorted array differs from the one before (the first does)."""
    return np.asarray(np.r_[True, values[1:] != values[:-1]][: len(values)], dtype=bool)


def _variance(group: Index, groups: int, v: Array, n: Array) -> Array:
    """Sample variance (ddof 1) of v per group of n rows (NaN where n < 2)."""
    mean = sums(group, groups, v) / np.maximum(n, 1)
    squares = sums(group, groups, (v - mean[group]) ** 2)
    return np.where(n > 1, squares / np.maximum(n - 1, 1), np.nan)


def auroc(
    group: Index, groups: int, y: Array, p: Array, *, order: Index | None = None
) -> tuple[Array, Array]:
    """AUROC and its DeLong standard error per group (NaN where a class is missing;
    `order`: np.argsort(p), when already made)."""
    positive = y == 1
    m = sums(group, groups, positive.astype(np.float64))
    n = sums(group, groups) - m
    runs = Runs.of(group, p, order=order)
    ranks, event, placed = placements(positive, runs.order, runs.first, runs.end, runs.base)
    rank_sum = sums(group[runs.order][event], groups, ranks[event])
    pairs = np.maximum(m * n, 1)
    value = np.where(m * n > 0, (rank_sum - m * (m + 1) / 2.0) / pairs, np.nan)
    gp, gn = group[positive], group[~positive]
    v10 = placed[positive] / np.maximum(n, 1)[gp]
    v01 = 1.0 - placed[~positive] / np.maximum(m, 1)[gn]
    variance = _variance(gp, groups, v10, m) / np.maximum(m, 1)
    variance = variance + _variance(gn, groups, v01, n) / np.maximum(n, 1)
    return value, np.sqrt(np.maximum(variance, 0.0))


@dataclass(frozen=True)
class Recalibrations:
    """Per group: the recalibration's intercept, slope, their SEs and the LR test's p; where
    not `estimable`, the fit with the slope fixed at 1 (stats.Recalibration)."""

    intercept: Array
    slope: Array
    intercept_se: Array
    slope_se: Array
    p_value: Array
    estimable: NDArray[np.bool_]


def _loglik(
    group: Index, groups: int, y: Array, eta: Array, softplus: Array | None = None
) -> Array:
    return sums(group, groups, y * eta - (np.logaddexp(0.0, eta) if softplus is None else softplus))


def _constant(group: Index, groups: int, x: Array) -> NDArray[np.bool_]:
    """Groups with rows whose x are all the same value."""
    low, high = np.full(groups, np.inf), np.full(groups, -np.inf)
    np.minimum.at(low, group, x)
    np.maximum.at(high, group, x)
    return np.asarray(low == high)


def recalibration(
    group: Index,
    groups: int,
    y: Array,
    p: Array,
    *,
    iterations: int = 50,
    logits: Logits | None = None,
) -> Recalibrations:
    """logit P(y=1) = a + b logit(p) fitted per group by IRLS; LR test of (a, b) = (0, 1)
    (`logits`: stats.Logits.of(p), when already made)."""
    logits = logits or Logits.of(p)
    x = logits.x
    a, b = np.zeros(groups), np.ones(groups)
    info = np.vstack([np.ones(groups), np.zeros(groups), np.ones(groups)])  # s0, s1, s2 (+ EPS)
    constant = _constant(group, groups, x)
    active = ~constant
    for step in range(iterations):
        if not active.any():
            break
        mu = logits.start if step == 0 else probability(a[group] + b[group] * x)
        w = mu * (1 - mu)
        wx = w * x
        s0, s1 = sums(group, groups, w) + EPS, sums(group, groups, wx)
        s2 = sums(group, groups, wx * x) + EPS
        residual = y - mu
        r0, r1 = sums(group, groups, residual), sums(group, groups, x * residual)
        det = s0 * s2 - s1 * s1
        info = np.where(active, np.vstack([s0, s1, s2]), info)
        active &= det > 0
        safe = np.where(active, det, 1.0)
        step_a, step_b = (s2 * r0 - s1 * r1) / safe, (s0 * r1 - s1 * r0) / safe
        a, b = np.where(active, a + step_a, a), np.where(active, b + step_b, b)
        active &= np.maximum(np.abs(step_a), np.abs(step_b)) >= 1e-10
    s0, s1, s2 = info
    det = s0 * s2 - s1 * s1
    estimable = ~constant & (det > SINGULAR * s0 * s2) & np.isfinite(a) & np.isfinite(b)
    n = np.maximum(sums(group, groups), 1)
    mean = np.clip(sums(group, groups, y) / n, EPS, 1 - EPS)
    fixed = np.log(mean) - np.log1p(-mean) - sums(group, groups, x) / n
    a, b = np.where(estimable, a, fixed), np.where(estimable, b, 1.0)
    safe = np.where(estimable, det, 1.0)
    statistic = 2.0 * (
        _loglik(group, groups, y, a[group] + b[group] * x)
        - _loglik(group, groups, y, x, logits.softplus)
    )
    return Recalibrations(
        intercept=a,
        slope=b,
        intercept_se=np.where(estimable, np.sqrt(np.abs(s2 / safe)), np.nan),
        slope_se=np.where(estimable, np.sqrt(np.abs(s0 / safe)), np.nan),
        p_value=np.exp(-np.maximum(statistic, 0.0) / 2.0),
        estimable=estimable,
    )


def expected_auroc(group: Index, groups: int, p: Array, *, order: Index | None = None) -> Array:
    """stats.expected_auroc (CBPE) per group (NaN where no pair can be formed)."""
    runs = Runs.of(group, p, order=order)
    q, g = p[runs.order], group[runs.order]
    new_run = _starts(runs.first)
    run = np.cumsum(new_run) - 1
    pos, neg = np.bincount(run, weights=q), np.bincount(run, weights=1 - q)
    run_group = g[new_run]
    new_group = _starts(run_group)
    before = np.cumsum(neg) - neg  # the non-events of all runs before, in any group
    below = before - before[np.flatnonzero(new_group)][np.cumsum(new_group) - 1]
    ties = sums(g, groups, q * (1 - q))
    pairs = sums(run_group, groups, pos) * sums(run_group, groups, neg) - ties
    wins = sums(run_group, groups, pos * below) + 0.5 * (sums(run_group, groups, pos * neg) - ties)
    return np.where(pairs > 0, wins / np.where(pairs > 0, pairs, 1.0), np.nan)
