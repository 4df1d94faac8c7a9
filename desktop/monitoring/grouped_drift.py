"""drift.py's comparisons with the background for many disjoint groups (clinics) at once.

Kolmogorov-Smirnov per group without sorting the field: stats.ks_test compares the two
distribution functions at every background and every field value. Between two background
values the background's is constant and a group's rises, so the largest gap there is at the
background value itself or at the last field value before the next one; both come from each
group's counts of values <= and < each background value (one bincount over (group, position)
each, summed along the background): the same statistic, from the same counts. PSI from one
bincount over (group, decile). Same figures as drift.py per group. With `total`, one more
group: all the rows, from the groups' counts summed (the same counts as its own would be).
"""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.typing import NDArray

from desktop.monitoring.drift import MIN_DRIFT_N, Reconstruction, Reference
from desktop.monitoring.grouped import sums

Array = NDArray[np.float64]
Index = NDArray[np.int64]
_TERMS = np.arange(1, 101, dtype=np.float64)[:, None]


def ks(reference: Array, group: Index, groups: int, values: Array) -> tuple[Array, Array]:
    """KS statistic and asymptotic p-value of each group's values vs sorted `reference`."""
    return _ks(reference, *_counts(reference, group, groups, values), sums(group, groups))


def _counts(reference: Array, group: Index, groups: int, values: Array) -> tuple[Array, Array]:
    """Per group and background position j: values <= reference[j], and values < it."""
    size = len(reference)
    at = np.searchsorted(reference, values, "left")  # value <= reference[j] for j >= at
    # value < reference[j] for j >= after: past the background values equal to it, if any
    ends = np.searchsorted(reference, reference, "right")
    hit = np.minimum(at, size - 1)
    after = np.where((at < size) & (reference[hit] == values), ends[hit], at)

    def up_to(where: Index) -> Array:
        counts = np.bincount(group * (size + 1) + where, minlength=groups * (size + 1))
        return np.cumsum(counts.reshape(groups, size + 1), axis=1)[:, :size].astype(np.float64)

    return up_to(at), up_to(after)


def _ks(reference: Array, at_most: Array, below: Array, n: Array) -> tuple[Array, Array]:
    """KS statistic and p-value of each row of counts (n: each row's number of values)."""
    size = len(reference)
    ref_at_most = np.searchsorted(reference, reference, "right") / size
    ref_below = np.searchsorted(reference, reference, "left") / size
    with np.errstate(divide="ignore", invalid="ignore"):
        gaps = np.maximum(
            np.abs(ref_at_most[None, :] - at_most / n[:, None]),
            np.abs(ref_below[None, :] - below / n[:, None]),
        )
    d = np.nan_to_num(gaps.max(axis=1, initial=0.0))
    ne = size * n / np.maximum(size + n, 1)
    root = np.sqrt(np.maximum(ne, 1e-12))
    lam = (root + 0.12 + 0.11 / root) * d
    series = 2.0 * np.sum((-1.0) ** (_TERMS - 1) * np.exp(-2.0 * _TERMS**2 * lam**2), axis=0)
    return d, np.where(lam < 0.2, 1.0, np.clip(series, 0.0, 1.0))


def _with_total(rows: Array, total: bool) -> Array:
    """The per-group rows, and their sum as one more row when `total`."""
    return np.vstack([rows, rows.sum(axis=0, keepdims=True)]) if total else rows


def psi_counts(reference: Reference, group: Index, groups: int, values: Array) -> Array:
    """Per group, its values in each of the reference's decile bins."""
    assert reference.binned is not None
    edges, _ = reference.binned
    width = len(edges) + 1
    where = group * width + np.searchsorted(edges, values, "right")
    return np.bincount(where, minlength=groups * width).reshape(groups, width).astype(float)


def _psi(reference: Reference, actual: Array) -> Array:
    assert reference.binned is not None
    expected = reference.binned[1]
    share = np.clip(actual / np.maximum(actual.sum(axis=1, keepdims=True), 1), 1e-4, None)
    return np.asarray(np.sum((share - expected) * np.log(share / expected), axis=1))


def psi(reference: Reference, group: Index, groups: int, values: Array) -> Array:
    """Population stability index of each group's values over the reference's deciles."""
    return _psi(reference, psi_counts(reference, group, groups, values))


def feature_drift(
    reference: Reference, group: Index, groups: int, values: Array, *, total: bool = False
) -> list[dict[str, Any]]:
    """drift.feature_drift of each group's values (missing values left out)."""
    known = ~np.isnan(values)
    group, values = group[known], values[known]
    n, ref = _with_total(sums(group, groups)[:, None], total)[:, 0], reference.values
    if len(ref) < MIN_DRIFT_N:
        return [_not_enough(int(k)) for k in n]
    at_most, below = (_with_total(c, total) for c in _counts(ref, group, groups, values))
    statistic, p_value = _ks(ref, at_most, below, n)
    index = _psi(reference, _with_total(psi_counts(reference, group, groups, values), total))
    mean = _with_total(sums(group, groups, values)[:, None], total)[:, 0] / np.maximum(n, 1)
    return [
        {
            "psi": float(index[k]),
            "ks": float(statistic[k]),
            "p_value": float(p_value[k]),
            "n": int(n[k]),
            "reference_n": len(ref),
            "mean": float(mean[k]),
            "reference_mean": float(ref.mean()),
        }
        if n[k] >= MIN_DRIFT_N
        else _not_enough(int(n[k]))
        for k in range(len(n))
    ]


def multivariate(
    reconstruction: Reconstruction, group: Index, groups: int, rows: Array, *, total: bool = False
) -> list[dict[str, Any]]:
    """Reconstruction.drift of each group's rows."""
    errors = reconstruction.error(rows)
    n = _with_total(sums(group, groups)[:, None], total)[:, 0]
    reference = np.sort(reconstruction.reference)
    at_most, below = (_with_total(c, total) for c in _counts(reference, group, groups, errors))
    statistic, p_value = _ks(reference, at_most, below, n)
    mean = _with_total(sums(group, groups, errors)[:, None], total)[:, 0] / np.maximum(n, 1)
    return [
        {
            "method": "pca_reconstruction",
            "score": float(mean[k]),
            "reference": float(reconstruction.reference.mean()),
            "ks": float(statistic[k]),
            "p_value": float(p_value[k]),
            "n": int(n[k]),
        }
        if n[k] >= MIN_DRIFT_N
        else _not_enough(int(n[k]))
        for k in range(len(n))
    ]


def _not_enough(n: int) -> dict[str, Any]:
    return {"code": "not_enough_cases", "n": n, "needed": MIN_DRIFT_N}
