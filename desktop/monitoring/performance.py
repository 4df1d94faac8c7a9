"""Performance with outcomes, and the performance expected before them (CBPE), as JSON values.

Every figure carries its n; below MIN_OUTCOMES outcomes (or MIN_EACH of either class) the
block is `{"code": "not_enough_outcomes", "n", "needed"}` instead of numbers.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.typing import NDArray

from desktop.monitoring import grouped
from desktop.monitoring.stats import (
    Auroc,
    Logits,
    Recalibration,
    auroc,
    brier,
    expected_auroc,
    oe_of,
    recalibration,
    wilson,
)

MIN_OUTCOMES = 100
MIN_EACH = 10
AUROC_METHOD = "DeLong"
CALIBRATION_METHOD = "logistic recalibration (IRLS), likelihood-ratio test of (0, 1)"
OE_METHOD = "Poisson (log scale)"
Array = NDArray[np.float64]
Index = NDArray[np.int64]


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
    return binary_fit(y, p, threshold=threshold)[0]


def binary_fit(
    y: Array,
    p: Array,
    *,
    threshold: float,
    logits: Logits | None = None,
) -> tuple[dict[str, Any], Recalibration | None]:
    """binary_metrics, and the recalibration it holds (None: not enough outcomes); `logits`:
    stats.Logits.of(p), when already made."""
    if not enough(y):
        return not_enough(len(y)), None
    positive = p >= threshold
    fit = recalibration(y, p, logits=logits)
    block = _binary_block(
        area=auroc(y, p, order=logits.order if logits else None),
        brier_value=brier(y, p),
        fit=fit,
        expected=float(p.sum()),
        hits=(int(np.sum(positive & (y == 1))), int(np.sum(~positive & (y == 0)))),
        threshold=threshold,
    )
    return block, fit


def binary_metrics_by(
    group: Index,
    groups: int,
    y: Array,
    p: Array,
    *,
    threshold: float,
    logits: Logits | None = None,
) -> list[dict[str, Any]]:
    """binary_metrics of each of `groups` disjoint groups (row i in group[i]), vectorised
    (`logits`: stats.Logits.of(p), when already made)."""
    n, events = grouped.sums(group, groups), grouped.sums(group, groups, y)
    ok = (n >= MIN_OUTCOMES) & (events >= MIN_EACH) & (n - events >= MIN_EACH)
    keep = ok[group]
    order = logits.order if logits else None
    if keep.all():  # every group has figures: its rows are all the rows
        g, mine = group, logits
    else:
        g, y, p, order = group[keep], y[keep], p[keep], None
        mine = logits.take(keep) if logits else None
    value, se = grouped.auroc(g, groups, y, p, order=order)
    fit = grouped.recalibration(g, groups, y, p, logits=mine)
    positive = p >= threshold
    squares, expected = grouped.sums(g, groups, (p - y) ** 2), grouped.sums(g, groups, p)
    tp = grouped.sums(g, groups, (positive & (y == 1)).astype(np.float64))
    tn = grouped.sums(g, groups, (~positive & (y == 0)).astype(np.float64))
    out = []
    for k in range(groups):
        if not ok[k]:
            out.append(not_enough(int(n[k])))
            continue
        out.append(
            _binary_block(
                area=Auroc(float(value[k]), float(se[k]), int(n[k]), int(events[k])),
                brier_value=float(squares[k] / n[k]),
                fit=Recalibration(
                    intercept=float(fit.intercept[k]),
                    slope=float(fit.slope[k]),
                    intercept_se=float(fit.intercept_se[k]),
                    slope_se=float(fit.slope_se[k]),
                    p_value=float(fit.p_value[k]),
                    estimable=bool(fit.estimable[k]),
                ),
                expected=float(expected[k]),
                hits=(int(tp[k]), int(tn[k])),
                threshold=threshold,
            )
        )
    return out


def _binary_block(
    *,
    area: Auroc,
    brier_value: float,
    fit: Recalibration,
    expected: float,
    hits: tuple[int, int],
    threshold: float,
) -> dict[str, Any]:
    """The block of figures (`hits`: true positives and true negatives at the threshold)."""
    n, events = area.n, area.events
    oe: dict[str, Any] = {"value": None, "ci95": None, "code": "not_estimable"}
    if expected > 0:  # every prediction 0: no events expected, no ratio
        ratio, ratio_ci = oe_of(float(events), expected)
        oe = {"value": ratio, "ci95": list(ratio_ci)}
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
        "brier": {"value": brier_value, "n": n},
        "calibration": {
            **_recalibration_block(fit),
            "p_value": fit.p_value,
            "method": CALIBRATION_METHOD,
            "oe_ratio": {**oe, "method": OE_METHOD},
            "n": n,
        },
        "sensitivity": _share(hits[0], events),
        "specificity": _share(hits[1], n - events),
        "threshold": threshold,
    }


def _recalibration_block(fit: Recalibration) -> dict[str, Any]:
    """Intercept and slope with their CIs; where the slope is not estimable (every prediction
    the same), None for each and the code `not_estimable`."""
    if not fit.estimable:
        return {
            "intercept": None,
            "slope": None,
            "intercept_ci95": None,
            "slope_ci95": None,
            "code": "not_estimable",
        }
    return {
        "intercept": fit.intercept,
        "slope": fit.slope,
        "intercept_ci95": [
            fit.intercept - 1.96 * fit.intercept_se,
            fit.intercept + 1.96 * fit.intercept_se,
        ],
        "slope_ci95": [fit.slope - 1.96 * fit.slope_se, fit.slope + 1.96 * fit.slope_se],
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
    return _estimate_block(
        n=len(p),
        area=expected_auroc(p),
        variance=float(np.sum(p * (1 - p))),
        events=float(p.sum()),
        caught=float(p[positive].sum()),
        cleared=float((1 - p[~positive]).sum()),
    )


def estimated_by(
    group: Index, groups: int, p: Array, *, threshold: float, order: Index | None = None
) -> list[dict[str, Any]]:
    """estimated() of each of `groups` disjoint groups, vectorised (`order`: np.argsort(p),
    when already made)."""
    n = grouped.sums(group, groups)
    area = grouped.expected_auroc(group, groups, p, order=order)
    variance, events = grouped.sums(group, groups, p * (1 - p)), grouped.sums(group, groups, p)
    positive = p >= threshold
    caught = grouped.sums(group[positive], groups, p[positive])
    cleared = grouped.sums(group[~positive], groups, 1 - p[~positive])
    return [
        _estimate_block(
            n=int(n[k]),
            area=float(area[k]),
            variance=float(variance[k]),
            events=float(events[k]),
            caught=float(caught[k]),
            cleared=float(cleared[k]),
        )
        if n[k] >= MIN_OUTCOMES
        else not_enough(int(n[k]))
        for k in range(groups)
    ]


def _estimate_block(
    *, n: int, area: float, variance: float, events: float, caught: float, cleared: float
) -> dict[str, Any]:
    return {
        "method": "cbpe",
        "is_estimate": True,
        "n": n,
        "auroc": area,
        "brier": variance / n,
        "sensitivity": caught / events if events else None,
        "specificity": cleared / (n - events) if n > events else None,
    }


def calibration_bins(y: Array, p: Array, *, bins: int = 10) -> list[dict[str, Any]]:
    """Observed vs mean predicted per decile of prediction, with Wilson CIs (for the plot)."""
    if len(y) == 0:
        return []
    edges = np.unique(np.quantile(p, np.linspace(0, 1, bins + 1)[1:-1]))
    which = np.searchsorted(edges, p, "right")
    order = np.argsort(which, kind="stable")  # each bin's cases together, in their order
    y, p = y[order], p[order]
    ends = np.cumsum(np.bincount(which, minlength=len(edges) + 1)).tolist()
    out = []
    for start, end in zip([0, *ends[:-1]], ends, strict=True):
        n = end - start
        if n:
            k = int(y[start:end].sum())
            out.append(
                {
                    "predicted": float(p[start:end].mean()),
                    "observed": k / n,
                    "ci95": list(wilson(k, n)),
                    "n": n,
                }
            )
    return out
