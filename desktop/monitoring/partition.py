"""Counts and figures of disjoint groups of one model's decisions (clinics, months), all at
once (performance.py's grouped forms), and each group's follow-up completeness; the months."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
from numpy.typing import NDArray

from desktop.monitoring.grouped import sums
from desktop.monitoring.performance import binary_metrics_by, estimated_by, number_metrics
from desktop.monitoring.stats import Logits, wilson

if TYPE_CHECKING:
    from collections.abc import Sequence

    from desktop.monitoring.field import Field

Index = NDArray[np.int64]
#: Months a field's days may span for months_of to count them (else it sorts them).
MONTHS_COUNTED = 12 * 1000


def months_of(day: NDArray[np.datetime64]) -> tuple[list[str], Index]:
    """The months (YYYY-MM, sorted) the days fall in, and each day's index among them: as
    np.unique(months, return_inverse=True) gives them, by counting instead of sorting."""
    month = day.astype("datetime64[M]")
    number = month.astype(np.int64)
    if len(number) == 0 or np.isnat(month).any() or np.ptp(number) > MONTHS_COUNTED:
        found, index = np.unique(month, return_inverse=True)
        return np.datetime_as_string(found, unit="M").tolist(), index.astype(np.int64)
    low = number.min()
    present = np.flatnonzero(np.bincount(number - low))
    position = np.zeros(int(present[-1]) + 1, dtype=np.int64)
    position[present] = np.arange(len(present))
    found = (present + low).astype("datetime64[M]")
    return np.datetime_as_string(found, unit="M").tolist(), position[number - low]


@dataclass(frozen=True)
class Shared:
    """What the parts of one model's report share, made once: the logits of the predictions
    of the decisions with an outcome, with their order (None: a regression model), and the
    order that sorts all the predictions (np.argsort's)."""

    logits: Logits | None
    order: Index


def partition(
    field: Field,
    by: str,
    keys: Sequence[str],
    index: Index,
    *,
    threshold: float,
    shared: Shared,
) -> list[dict[str, Any]]:
    """Counts and figures of each group `keys[k]` (decision i in group index[i]), as one
    group's alone would be."""
    size, has, logits = len(keys), ~np.isnan(field.observed), shared.logits
    decisions, outcomes = sums(index, size), sums(index[has], size)
    y, p, where = field.observed[has], field.prediction[has], index[has]
    guesses: list[dict[str, Any] | None] = [None] * size
    if logits is not None:
        metrics = binary_metrics_by(where, size, y, p, threshold=threshold, logits=logits)
        guesses = list(
            estimated_by(index, size, field.prediction, threshold=threshold, order=shared.order)
        )
    else:
        metrics = [number_metrics(y[where == k], p[where == k]) for k in range(size)]
    return [
        {
            "by": by,
            "key": key,
            "decisions": int(decisions[k]),
            "outcomes": int(outcomes[k]),
            "metrics": metrics[k],
            "estimated": guesses[k],
        }
        for k, key in enumerate(keys)
    ]


def followup_block(n_due: int, answered: int, *, horizon: int) -> dict[str, Any]:
    """Share of the `n_due` decisions past their horizon that have an outcome."""
    return {
        "due": n_due,
        "with_outcome": answered,
        "completeness": answered / n_due if n_due else None,
        "ci95": list(wilson(answered, n_due)),
        "horizon_days": horizon,
    }


def followup_by(
    index: Index, size: int, *, due: NDArray[np.bool_], has: NDArray[np.bool_], horizon: int
) -> list[dict[str, Any]]:
    """followup_block of each of `size` disjoint groups (`due`: past the horizon)."""
    n_due, answered = sums(index[due], size), sums(index[due & has], size)
    return [followup_block(int(n_due[k]), int(answered[k]), horizon=horizon) for k in range(size)]
