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


def _counts(
    reference: Array, group: Index, groups: int, values: Array, *, found: Found | None = None
) -> tuple[Array, Array]:
    """Per group and background position j: values <= reference[j], and values < it
    (`found`: search(reference, values), when already made)."""
    size = len(reference)
    # value <= reference[j] for j >= at; value < reference[j] for j >= after
    at, after, _ = found or search(reference, values)

    def up_to(where: Index) -> Array:
        counts = np.bincount(group * (size + 1) + where, minlength=groups * (size + 1))
        return np.cumsum(counts.reshape(groups, size + 1), axis=1)[:, :size].astype(np.float64)

    return up_to(at), up_to(after)


Found = tuple[Index, Index, Index | None]
_MOST_IN_A_CELL = 8  # else np.searchsorted


def search(reference: Array, values: Array, edges: Array | None = None) -> Found:
    """Per value, as np.searchsorted would give them (NaN after everything): how many sorted
    `reference` values are < it ("left") and <= it ("right"), and with sorted `edges`, how
    many edges are <= it; from one search among the distinct values of both."""
    points = np.unique(reference if edges is None else np.concatenate([reference, edges]))
    if len(points) == 0:
        none = np.zeros(len(values), dtype=np.int64)
        return none, none, None if edges is None else none
    below = _below(points, values)  # points < value
    hit = np.minimum(below, len(points) - 1)
    equal = (below < len(points)) & (points[hit] == values)
    # points[k] bounds: reference (edges) values < points[k], and <= it; k = len: all
    ref_below = np.searchsorted(reference, np.append(points, np.inf), "left")
    ref_below[-1] = len(reference)
    at = ref_below[below]
    after = np.where(equal, np.searchsorted(reference, points, "right")[hit], at)
    if edges is None:
        return at, after, None
    edge_below = np.searchsorted(edges, np.append(points, np.inf), "left")
    edge_below[-1] = len(edges)
    binned = np.where(equal, np.searchsorted(edges, points, "right")[hit], edge_below[below])
    return at, after, binned


def _below(points: Array, values: Array) -> Index:
    """np.searchsorted(points, values, "left") for sorted distinct finite `points`, without
    its slow binary search: each value's cell of a grid over the points (cells of values
    never decrease as the values grow: subtraction and product are monotone), then the
    points of its cell compared with it one by one; NaN: len(points)."""
    size = len(points)
    if size < 2 or not np.isfinite(points[[0, -1]]).all():
        return np.searchsorted(points, values, "left")
    cells = 4 * size
    with np.errstate(over="ignore", invalid="ignore"):
        scale = (cells - 1) / (points[-1] - points[0])
        if not np.isfinite(scale):
            return np.searchsorted(points, values, "left")
        start = np.searchsorted(_cell(points, points[0], scale, cells), np.arange(cells + 1))
        most = int(np.diff(start).max())
        if most > _MOST_IN_A_CELL:
            return np.searchsorted(points, values, "left")
        cell = _cell(values, points[0], scale, cells)
    below, end = start[cell], start[cell + 1]
    for _ in range(most):
        below += (below < end) & (points[np.minimum(below, size - 1)] < values)
    below[np.isnan(values)] = size
    return below


def _cell(values: Array, low: float, scale: float, cells: int) -> Index:
    """Each value's grid cell 0..cells-1 (NaN: the last; its count is set apart)."""
    where = np.clip((values - low) * scale, 0, cells - 1)
    return np.nan_to_num(where, nan=cells - 1).astype(np.int64)


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


def psi_counts(
    reference: Reference, group: Index, groups: int, values: Array, *, binned: Index | None = None
) -> Array:
    """Per group, its values in each of the reference's decile bins (`binned`: each value's
    bin, when already found)."""
    assert reference.binned is not None
    edges, _ = reference.binned
    width = len(edges) + 1
    where = group * width + (np.searchsorted(edges, values, "right") if binned is None else binned)
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
    assert reference.binned is not None
    found = search(ref, values, reference.binned[0])
    at_most, below = (
        _with_total(c, total) for c in _counts(ref, group, groups, values, found=found)
    )
    statistic, p_value = _ks(ref, at_most, below, n)
    binned = psi_counts(reference, group, groups, values, binned=found[2])
    index = _psi(reference, _with_total(binned, total))
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
