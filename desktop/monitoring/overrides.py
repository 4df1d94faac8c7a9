"""The human side of one model's report: how often clinicians overrode it, whether that
changed in the last months, who was right when they disagreed, and the clinicians' own
estimates (judgement first) against the outcomes."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
from numpy.typing import NDArray

from desktop.monitoring.field import Field
from desktop.monitoring.performance import not_enough
from desktop.monitoring.stats import auroc, normal_cdf

RECENT_MONTHS = 3
MIN_OVERRIDE_N = 30


def overrides(
    field: Field,
    *,
    has: NDArray[np.bool_],
    months: list[str],
    month_index: NDArray[np.int64],
    binary: bool,
    threshold: float,
) -> dict[str, Any]:
    """Override rate, its change over the last months, who was right when they disagreed,
    and the AUROC of the clinician's own estimate (judgement first) beside the model's
    (`has`: decisions with an outcome; `month_index`: each decision's month in `months`)."""
    override = field.decision == 2
    n = field.n
    out: dict[str, Any] = {
        "rate": float(override.mean()) if n else None,
        "n": n,
        "overrides": int(override.sum()),
    }
    if len(months) > RECENT_MONTHS:
        out["change"] = _change(override, month_index >= len(months) - RECENT_MONTHS, months)
    if binary:
        disagreed = override & has
        y = field.observed[disagreed]
        model_right = ((field.prediction[disagreed] >= threshold) == (y == 1)).astype(float)
        out["disagreements"] = {
            "n": int(disagreed.sum()),
            "model_right": float(model_right.mean()) if len(y) else None,
            "clinician_right": float(1 - model_right.mean()) if len(y) else None,
        }
        judged = has & ~np.isnan(field.estimate)
        y, e = field.observed[judged], field.estimate[judged]
        if len(y) >= 100 and 10 <= y.sum() <= len(y) - 10:
            out["judgement_first"] = {
                "n": len(y),
                "clinician_auroc": auroc(y, e).value,
                "model_auroc": auroc(y, field.prediction[judged]).value,
            }
        else:
            out["judgement_first"] = not_enough(len(y))
    return out


def _change(
    override: NDArray[np.bool_], recent: NDArray[np.bool_], months: list[str]
) -> dict[str, Any]:
    """The override rate of the RECENT_MONTHS last months vs the months before (z-test)."""
    a, b = override[recent], override[~recent]
    change: dict[str, Any] = {
        "months": months[-RECENT_MONTHS:],
        "recent": None,
        "before": None,
        "p_value": None,
    }
    if len(a) >= MIN_OVERRIDE_N and len(b) >= MIN_OVERRIDE_N:
        pooled = override.mean()
        se = math.sqrt(pooled * (1 - pooled) * (1 / len(a) + 1 / len(b)))
        z = (a.mean() - b.mean()) / se if se > 0 else 0.0
        change.update(
            recent=float(a.mean()),
            before=float(b.mean()),
            n_recent=len(a),
            n_before=len(b),
            p_value=2 * (1 - normal_cdf(abs(z))),
        )
    return change
