"""Inductive Venn-Abers predictors in numpy: the isotonic fits are computed once per package.

Vovk, Petej and Fedorova (2015), "Large-scale probabilistic predictors with and without
guarantees of validity". A test score s is placed among the sorted distinct calibration
scores; p0 (p1) is the isotonic regression's value at s on the calibration set plus (s, 0)
(plus (s, 1)). Only s's position matters, so both are tabled for every position at load and a
case costs one binary search. The fitted value at a point is max over left ends a and min over
right ends b of the mean label of the blocks a..b that contain it (the min-max formula of
isotonic regression), computed for every position at once from cumulative sums.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray


def _fitted_at_every_gap(
    sums: NDArray[np.float64], weights: NDArray[np.float64], label: float
) -> NDArray[np.float64]:
    """Isotonic value at a new point of `label` placed in each gap 0..k of k sorted groups."""
    k = len(sums)
    cum_s = np.concatenate(([0.0], np.cumsum(sums)))
    cum_w = np.concatenate(([0.0], np.cumsum(weights)))
    # mean[a, b]: blocks a..b-1 of the calibration groups plus the new point (gap a <= i <= b)
    with np.errstate(divide="ignore", invalid="ignore"):  # a > b (masked below) may divide by 0
        mean = (cum_s[None, :] - cum_s[:, None] + label) / (cum_w[None, :] - cum_w[:, None] + 1.0)
    lower = np.tril(np.ones((k + 1, k + 1), dtype=bool), -1)
    mean[lower] = np.inf
    right_min = np.minimum.accumulate(mean[:, ::-1], axis=1)[:, ::-1]  # min over b >= i
    right_min[lower] = -np.inf
    fitted: NDArray[np.float64] = right_min.max(axis=0)  # max over a <= i
    return fitted


@dataclass(frozen=True)
class VennAbers:
    """The tables of an inductive Venn-Abers predictor for one calibration set."""

    scores: NDArray[np.float64]  # sorted distinct calibration scores
    p0: NDArray[np.float64]  # value at each gap (len(scores) + 1) with the test label 0
    p1: NDArray[np.float64]  # ... with the test label 1

    @classmethod
    def fit(cls, scores: NDArray[np.float64], labels: NDArray[np.float64]) -> VennAbers:
        """Table p0 and p1 for every position of a test score among these calibration scores."""
        s = np.asarray(scores, dtype=np.float64)
        y = np.asarray(labels, dtype=np.float64)
        if s.ndim != 1 or s.shape != y.shape or len(s) == 0:
            raise ValueError("scores and labels must be non-empty vectors of one length")
        distinct, inverse = np.unique(s, return_inverse=True)
        sums = np.bincount(inverse, weights=y, minlength=len(distinct)).astype(np.float64)
        weights = np.bincount(inverse, minlength=len(distinct)).astype(np.float64)
        return cls(
            scores=distinct,
            p0=_fitted_at_every_gap(sums, weights, 0.0),
            p1=_fitted_at_every_gap(sums, weights, 1.0),
        )

    def interval(self, score: float) -> tuple[float, float]:
        """[p0, p1] for a test score; a score equal to a calibration score joins its tie."""
        right = int(np.searchsorted(self.scores, score, side="right"))
        left = int(np.searchsorted(self.scores, score, side="left"))
        # tied with a calibration score: label 0 pools it with the tie from above (gap after),
        # label 1 from below (gap before); both are then the tie block's pooled value
        return float(self.p0[right]), float(self.p1[left])


def calibrated(p0: float, p1: float) -> float:
    """The single probability of a Venn-Abers pair that minimises the worst log loss."""
    return p1 / (1.0 - p0 + p1)
