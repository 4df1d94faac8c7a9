"""The statistics monitoring needs, vectorised with numpy (no scipy at run time).

AUROC: Mann-Whitney with mid-ranks; 95% CI by DeLong's variance (fast form of Sun & Xu 2014).
Calibration: logistic recalibration logit P(y) = a + b logit(p) fitted by IRLS (the card's
definition); its likelihood-ratio test of (a, b) = (0, 1) has 2 degrees of freedom, whose
chi-square tail is exp(-x/2). O/E: observed count as Poisson, CI on the log scale.
Proportions: Wilson.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

Z95 = 1.959963984540054
EPS = 1e-12
#: Below this, det / (s0 s2) of the information matrix is singular: the slope is not estimable.
SINGULAR = 1e-12
Array = NDArray[np.float64]
Index = NDArray[np.int64]


def normal_cdf(z: float) -> float:
    """Standard normal distribution function."""
    return 0.5 * math.erfc(-z / math.sqrt(2.0))


def placements(
    positive: NDArray[np.bool_], order: Index, first: Index, end: Index, base: Index | int = 0
) -> tuple[Array, NDArray[np.bool_], Array]:
    """Given the `order` that sorts the scores (per sorted case: its run of ties spans
    positions first..end-1, its group starts at `base`): each sorted case's midrank and
    whether it is an event, and, in the cases' own order, how many of the other class score
    below each case, ties counting half (its placement: DeLong's V10 times n for an event,
    1 - V01 times m for a non-event). Exact, as the differences of midranks that define
    them are (as is any sum of midranks, in any order)."""
    event = positive[order]
    events = np.r_[0, np.cumsum(event)]
    before, tied = events[first] - events[base], events[end] - events[first]
    others = (first - base - before) + 0.5 * (end - first - tied)
    placed = np.empty(len(order))
    placed[order] = np.where(event, others, before + 0.5 * tied)
    return (first + end + 1) / 2.0 - base, event, placed


@dataclass(frozen=True)
class Auroc:
    """AUROC with its DeLong standard error and 95% CI (clipped to [0, 1])."""

    value: float
    se: float
    n: int
    events: int

    @property
    def ci95(self) -> tuple[float, float]:
        """value -+ 1.96 se, within [0, 1]."""
        return (max(0.0, self.value - Z95 * self.se), min(1.0, self.value + Z95 * self.se))


def auroc(y: Array, p: Array, *, order: Index | None = None) -> Auroc:
    """Area under the ROC curve of scores `p` for outcomes `y` (0/1), ties counting half
    (`order`: np.argsort(p), when already made)."""
    positive = y == 1
    m, n = int(positive.sum()), int((~positive).sum())
    order = np.argsort(p) if order is None else order  # one sort: ties share a run
    ordered = p[order]
    starts = np.r_[True, ordered[1:] != ordered[:-1]][: len(p)]
    run = np.cumsum(starts) - 1
    first = np.flatnonzero(starts)
    end = np.r_[first[1:], len(p)]
    ranks, event, placed = placements(positive, order, first[run], end[run])
    value = (ranks[event].sum() - m * (m + 1) / 2.0) / (m * n)
    v10 = placed[positive] / n
    v01 = 1.0 - placed[~positive] / m
    variance = np.var(v10, ddof=1) / m + np.var(v01, ddof=1) / n
    return Auroc(float(value), float(math.sqrt(max(variance, 0.0))), m + n, m)


def brier(y: Array, p: Array) -> float:
    """Mean squared difference of probability and outcome."""
    return float(np.mean((p - y) ** 2))


def logit(p: Array) -> Array:
    """log(p / (1 - p)) of probabilities clipped away from 0 and 1."""
    q = np.clip(p, 1e-6, 1 - 1e-6)
    return np.asarray(np.log(q) - np.log1p(-q), dtype=np.float64)


def _loglik(y: Array, eta: Array, softplus: Array | None = None) -> float:
    """Log-likelihood of outcomes y at logits eta (`softplus`: log(1 + e^eta), if known)."""
    return float(np.sum(y * eta - (np.logaddexp(0.0, eta) if softplus is None else softplus)))


@dataclass(frozen=True)
class Logits:
    """logit(p) of some predictions, and the two terms every fit of them computes first, at
    (a, b) = (0, 1): the IRLS's first probabilities and the log-likelihood's log(1 + e^x).
    Made once for all of a model's outcomes and taken for any subset of them: the same
    values, element for element, as the fit of the subset would compute. `order`: the
    np.argsort of the predictions, where made for all of them (not kept by take())."""

    x: Array
    start: Array
    softplus: Array
    order: Index | None = None

    @classmethod
    def of(cls, p: Array, *, sort: bool = False) -> Logits:
        """The logits of probabilities `p` and their first terms (`sort`: and their order)."""
        x = logit(p)
        return cls(x, probability(x), np.logaddexp(0.0, x), np.argsort(p) if sort else None)

    def take(self, rows: NDArray[np.bool_] | Index) -> Logits:
        """The same of the predictions in `rows`."""
        return Logits(self.x[rows], self.start[rows], self.softplus[rows])


def probability(eta: Array) -> Array:
    """1 / (1 + e^-eta), as both IRLS (here and grouped.py's) compute it."""
    return np.asarray(np.exp(-np.logaddexp(0.0, -eta)))


@dataclass(frozen=True)
class Recalibration:
    """Intercept and slope of the logistic recalibration, their SEs, and the LR test's p.

    Not `estimable` when every prediction has the same logit (or the information matrix is
    singular): a and b are then not identified; `intercept` and `slope` hold the fit with the
    slope fixed at 1 (the same likelihood, so the tests stay valid) and the SEs are NaN.
    `loglik`: the log-likelihood at (intercept, slope), where the fit computed it.
    """

    intercept: float
    slope: float
    intercept_se: float
    slope_se: float
    p_value: float
    estimable: bool = True
    loglik: float = math.nan


def recalibration(
    y: Array, p: Array, *, iterations: int = 50, logits: Logits | None = None
) -> Recalibration:
    """Fit logit P(y=1) = a + b logit(p) by IRLS; test (a, b) = (0, 1) by likelihood ratio
    (`logits`: Logits.of(p), when already made)."""
    logits = logits or Logits.of(p)
    x = logits.x
    a, b, s0, s1, s2 = 0.0, 1.0, 1.0, 0.0, 1.0
    constant = len(x) == 0 or bool(x.min() == x.max())
    for step in range(0 if constant else iterations):
        mu = logits.start if step == 0 else probability(a + b * x)
        w = mu * (1 - mu)
        wx = w * x
        s0, s1, s2 = float(w.sum()) + EPS, float(wx.sum()), float((wx * x).sum()) + EPS
        residual = y - mu
        r0, r1 = float(residual.sum()), float((x * residual).sum())
        det = s0 * s2 - s1 * s1
        if not det > 0:
            break
        step_a, step_b = (s2 * r0 - s1 * r1) / det, (s0 * r1 - s1 * r0) / det
        a, b = a + step_a, b + step_b
        if max(abs(step_a), abs(step_b)) < 1e-10:
            break
    det = s0 * s2 - s1 * s1
    if constant or not (det > SINGULAR * s0 * s2 and math.isfinite(a) and math.isfinite(b)):
        return _slope_fixed(y, logits)
    fitted = _loglik(y, a + b * x)
    statistic = 2.0 * (fitted - _loglik(y, x, logits.softplus))
    return Recalibration(
        intercept=a,
        slope=b,
        intercept_se=math.sqrt(s2 / det),
        slope_se=math.sqrt(s0 / det),
        p_value=float(math.exp(-max(statistic, 0.0) / 2.0)),
        loglik=fitted,
    )


def _slope_fixed(y: Array, logits: Logits) -> Recalibration:
    """The recalibration when the slope is not estimable: a with b = 1, the maximum
    likelihood when x is constant; the LR test of (0, 1) against it."""
    x = logits.x
    mean = min(max(float(y.mean()) if len(y) else 0.5, EPS), 1 - EPS)
    a = math.log(mean) - math.log1p(-mean) - (float(x.mean()) if len(x) else 0.0)
    fitted = _loglik(y, a + x)
    statistic = 2.0 * (fitted - _loglik(y, x, logits.softplus))
    nan = float("nan")
    p_value = float(math.exp(-max(statistic, 0.0) / 2.0)) if math.isfinite(statistic) else nan
    return Recalibration(a, 1.0, nan, nan, p_value, estimable=False, loglik=fitted)


def calibration_differs(
    y: Array,
    p: Array,
    fit: Recalibration,
    *,
    intercept: float,
    slope: float,
    logits: Logits | None = None,
) -> float:
    """p-value of the likelihood-ratio test that these cases share the recalibration
    (intercept, slope) of another group (e.g. all patients): 2 degrees of freedom (`logits`:
    Logits.of(p), when already made; the fit's own log-likelihood, when it holds it)."""
    x = logit(p) if logits is None else logits.x
    own = fit.loglik
    if math.isnan(own):
        own = _loglik(y, fit.intercept + fit.slope * x)
    statistic = 2.0 * (own - _loglik(y, intercept + slope * x))
    return float(math.exp(-max(statistic, 0.0) / 2.0))


def oe_ratio(y: Array, p: Array) -> tuple[float, tuple[float, float]]:
    """Observed/expected events with a 95% CI (Poisson on the log scale; 3.689/E if O = 0)."""
    return oe_of(float(y.sum()), float(p.sum()))


def oe_of(observed: float, expected: float) -> tuple[float, tuple[float, float]]:
    """oe_ratio from the observed and expected counts."""
    if observed == 0:
        return 0.0, (0.0, 3.689 / expected)
    ratio, half = observed / expected, Z95 / math.sqrt(observed)
    return ratio, (ratio * math.exp(-half), ratio * math.exp(half))


def wilson(k: int, n: int) -> tuple[float, float]:
    """Wilson score 95% interval for k of n."""
    if n == 0:
        return 0.0, 1.0
    share, z2 = k / n, Z95 * Z95
    centre = (share + z2 / (2 * n)) / (1 + z2 / n)
    half = Z95 * math.sqrt(share * (1 - share) / n + z2 / (4 * n * n)) / (1 + z2 / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def holm(p_values: list[float]) -> list[float]:
    """Holm-adjusted p-values (family-wise error), in the order given."""
    m = len(p_values)
    order = np.argsort(p_values)
    adjusted = np.empty(m)
    running = 0.0
    for rank, index in enumerate(order):
        running = max(running, min(1.0, (m - rank) * p_values[index]))
        adjusted[index] = running
    return [float(v) for v in adjusted]


def expected_auroc(p: Array) -> float:
    """AUROC expected if the model were calibrated (CBPE): each case is an event with
    probability p, so every (event, non-event) pair is weighted by p_i (1 - p_j)."""
    q = np.sort(p)  # ties share a run: their order does not matter
    starts = np.r_[True, q[1:] != q[:-1]]
    group = np.cumsum(starts) - 1
    other = 1 - q
    pos = np.bincount(group, weights=q)
    neg = np.bincount(group, weights=other)
    below = np.cumsum(neg) - neg
    ties = np.sum(q * other)
    pairs = float(pos.sum() * neg.sum() - ties)
    if pairs <= 0:
        return float("nan")
    wins = float(np.sum(pos * below) + 0.5 * (np.sum(pos * neg) - ties))
    return wins / pairs
