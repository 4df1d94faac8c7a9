"""Performance with outcomes, and the performance expected before them (CBPE), as JSON values.

Every figure carries its n; below MIN_OUTCOMES outcomes (or MIN_EACH of either class) the
block is `{"code": "not_enough_outcomes", "n", "needed"}` instead of numbers.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.typing import NDArray

from desktop.monitoring.stats import (
    auroc,
    brier,
    expected_auroc,
    oe_ratio,
    recalibration,
    wilson,
)

MIN_OUTCOMES = 100
MIN_EACH = 10
AUROC_METHOD = "DeLong"
CALIBRATION_METHOD = "logistic recalibration (IRLS), likelihood-ratio test of (0, 1)"
OE_METHOD = "Poisson (log scale)"
Array = NDArray[np.float64]


def not_enough(n: int, needed: int = MIN_OUTCOMES) -> dict[str, Any]:
    """The block shown instead of figures: "not enough outcomes (n of N needed)"."""
    return {"code": "not_enough_outcomes", "n": n, "needed": needed}


def enough(y: Array) -> bool:
    """At least MIN_OUTCOMES outcomes, with MIN_EACH events and MIN_EACH non-events."""
    events = int(y.sum())
    return len(y) >= MIN_OUTCOMES and events >= MIN_EACH and len(y) - events >= MIN_EACH


def _share(k: int, n: int) -> dict[str, Any]:
    return {"value": k / n if n else None, "ci95": list(wilson(k, n)), "n": n}


def binary_metrics(y: Array, p: Array, *, threshold: float) -> dict[str, Any]:
    """AUROC (DeLong CI), Brier, recalibration intercept/slope, O/E, sensitivity/specificity."""
    if not enough(y):
        return not_enough(len(y))
    n, events = len(y), int(y.sum())
    area = auroc(y, p)
    fit = recalibration(y, p)
    ratio, ratio_ci = oe_ratio(y, p)
    positive = p >= threshold
    return {
        "n": n,
        "events": events,
        "auroc": {
            "value": area.value,
            "ci95": list(area.ci95),
            "se": area.se,
            "n": n,
            "events": events,
            "method": AUROC_METHOD,
        },
        "brier": {"value": brier(y, p), "n": n},
        "calibration": {
            "intercept": fit.intercept,
            "slope": fit.slope,
            "intercept_ci95": [
                fit.intercept - 1.96 * fit.intercept_se,
                fit.intercept + 1.96 * fit.intercept_se,
            ],
            "slope_ci95": [fit.slope - 1.96 * fit.slope_se, fit.slope + 1.96 * fit.slope_se],
            "p_value": fit.p_value,
            "method": CALIBRATION_METHOD,
            "oe_ratio": {"value": ratio, "ci95": list(ratio_ci), "method": OE_METHOD},
            "n": n,
        },
        "sensitivity": _share(int(np.sum(positive & (y == 1))), events),
        "specificity": _share(int(np.sum(~positive & (y == 0))), n - events),
        "threshold": threshold,
    }


def number_metrics(y: Array, p: Array) -> dict[str, Any]:
    """MAE, RMSE and bias (mean of prediction - observed) of a regression model."""
    if len(y) < MIN_OUTCOMES:
        return not_enough(len(y))
    error = p - y
    return {
        "n": len(y),
        "mae": float(np.mean(np.abs(error))),
        "rmse": float(np.sqrt(np.mean(error**2))),
        "bias": float(np.mean(error)),
    }


def estimated(p: Array, *, threshold: float) -> dict[str, Any]:
    """What the figures would be if the model were calibrated here (CBPE); an estimate."""
    if len(p) < MIN_OUTCOMES:
        return not_enough(len(p))
    positive = p >= threshold
    events = float(p.sum())
    return {
        "method": "cbpe",
        "is_estimate": True,
        "n": len(p),
        "auroc": expected_auroc(p),
        "brier": float(np.mean(p * (1 - p))),
        "sensitivity": float(p[positive].sum() / events) if events else None,
        "specificity": float((1 - p[~positive]).sum() / (len(p) - events))
        if len(p) > events
        else None,
    }


def calibration_bins(y: Array, p: Array, *, bins: int = 10) -> list[dict[str, Any]]:
    """Observed vs mean predicted per decile of prediction, with Wilson CIs (for the plot)."""
    if len(y) == 0:
        return []
    edges = np.unique(np.quantile(p, np.linspace(0, 1, bins + 1)[1:-1]))
    which = np.searchsorted(edges, p, "right")
    out = []
    for b in range(len(edges) + 1):
        mask = which == b
        n = int(mask.sum())
        if n:
            k = int(y[mask].sum())
            out.append(
                {
                    "predicted": float(p[mask].mean()),
                    "observed": k / n,
                    "ci95": list(wilson(k, n)),
                    "n": n,
                }
            )
    return out
