"""drift.py's comparisons with the background for many disjoint groups (clinics) at once.

Kolmogorov-Smirnov per group without sorting the field: drift.ks_test compares the two
distribution functions at every background and every field value. Between two background
values the background's is constant and a group's rises, so the largest gap there is at the
background value itself or at the last field value before the next one; both come from each
group's counts of values <= and < each background value. PSI needs each group's counts in
the background's decile bins. All of them are sums of one count per group and class, a
value's place among the distinct background values and decile edges (below a point, or on
it): one bincount over (group, class), summed along the classes; the same counts, so the
same figures as drift.py per group. With `total`, one more group: all the rows, from the
groups' counts summed (the same counts as its own would be).
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


def _counts(
    reference: Array, edges: Array | None, group: Index, groups: int, values: Array
) -> tuple[Array, Array, Array | None]:
    """Per group and background position j: values <= reference[j], and values < it; with
    sorted `edges`, also per group its values in each bin between them (NaN in the last).
    One bincount over (group, class), classes() among the distinct values of both."""
    points = np.unique(reference if edges is None else np.concatenate([reference, edges]))
    width = 2 * len(points) + 1
    where = classes(points, values)
    where += group * width
    counts = np.bincount(where, minlength=groups * width)
    # values of class <= c: <= points[k] is class <= 2k + 1, < points[k] is class <= 2k
    cumulative = np.cumsum(counts.reshape(groups, width), axis=1)
    at = 2 * np.searchsorted(points, reference)
    at_most, below = cumulative[:, at + 1], cumulative[:, at]
    binned = None
    if edges is not None:  # values in bins up to b: values < edges[b]
        up_to = cumulative[:, 2 * np.searchsorted(points, edges)]
        binned = _rows(np.diff(up_to, axis=1, prepend=0, append=cumulative[:, -1:]))
    return _rows(at_most), _rows(below), binned


def _rows(counts: Index) -> Array:
    """Counts as floats laid out row by row (C order), as a bincount reshaped gives them: a
    sum along a row then adds in the same order."""
    return np.ascontiguousarray(counts, dtype=np.float64)


_MOST_IN_A_CELL = 8  # else np.searchsorted
_MOST_CELLS = 1 << 16  # cells of the grid over the points, at most


def classes(points: Array, values: Array) -> Index:
    """Each value's place among sorted distinct `points`: 2 k if k points are < it and it is
    none of them, 2 k + 1 if it is points[k]; NaN: 2 len(points). Without np.searchsorted's
    slow binary search: each value's cell of a grid over the points (cells of values never
    decrease as the values grow: subtraction and product are monotone), so the points of
    earlier cells are below it and those of later cells above; then the few points of its
    own cell compared with it."""
    size = len(points)
    if size == 0:
        return np.zeros(len(values), dtype=np.int64)
    grid = _grid(points)
    nan = np.isnan(values)
    missing = bool(nan.any())
    if grid is None:
        below = np.searchsorted(points, values, "left")
        found = np.asarray(2 * below + (points[np.minimum(below, size - 1)] == values))
    else:
        start, scale, own = grid
        with np.errstate(over="ignore", invalid="ignore"):
            cell = _cell(values, points[0], scale, len(start) - 1, nan=missing)
        found = (2 * start)[cell]
        for column in own:  # the cell's j-th point, NaN where it has none: never < or ==
            point = column[cell]
            found += values > point  # + 2 above it, + 1 on it
            found += values >= point
    if missing:
        found[nan] = 2 * size
    return found


def _grid(points: Array) -> tuple[Index, float, list[Array]] | None:
    """A grid over sorted distinct finite points, fine enough for few points in a cell: each
    cell's count of points in earlier cells, the scale, and per j < most in a cell, each
    cell's j-th point (NaN where it has fewer); None where np.searchsorted is quicker."""
    size = len(points)
    if size < 2 or not np.isfinite(points[[0, -1]]).all():
        return None
    with np.errstate(over="ignore", invalid="ignore"):
        cells = 4 * size
        while True:
            scale = (cells - 1) / (points[-1] - points[0])
            if not np.isfinite(scale):
                return None
            where = _cell(points, points[0], scale, cells, nan=False)
            start = np.searchsorted(where, np.arange(cells + 1))
            most = int(np.diff(start).max())
            if most <= 1 or cells * 4 > _MOST_CELLS:
                break
            cells *= 4
    if most > _MOST_IN_A_CELL:
        return None
    own = []
    for j in range(most):
        position = start[:-1] + j
        inside = position < start[1:]
        own.append(np.where(inside, points[np.minimum(position, size - 1)], np.nan))
    return start, scale, own


def _cell(values: Array, low: float, scale: float, cells: int, *, nan: bool) -> Index:
    """Each value's grid cell 0..cells-1 (NaN, if `nan` says there are any: the last)."""
    where = values - low
    where *= scale
    np.clip(where, 0, cells - 1, out=where)
    if nan:
        np.nan_to_num(where, copy=False, nan=cells - 1)
    return where.astype(np.int64)


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


def _psi(reference: Reference, actual: Array) -> Array:
    assert reference.binned is not None
    expected = reference.binned[1]
    share = np.clip(actual / np.maximum(actual.sum(axis=1, keepdims=True), 1), 1e-4, None)
    return np.asarray(np.sum((share - expected) * np.log(share / expected), axis=1))


def feature_drift(
    reference: Reference, group: Index, groups: int, values: Array, *, total: bool = False
) -> list[dict[str, Any]]:
    """drift.feature_drift of each group's values (missing values left out)."""
    values = np.ascontiguousarray(values)  # a column of the inputs: read once, then in order
    known = ~np.isnan(values)
    if not known.all():
        group, values = group[known], values[known]
    n, ref = _with_total(sums(group, groups)[:, None], total)[:, 0], reference.values
    if len(ref) < MIN_DRIFT_N:
        return [_not_enough(int(k)) for k in n]
    assert reference.binned is not None
    at_most, below, binned = _counts(ref, reference.binned[0], group, groups, values)
    assert binned is not None
    statistic, p_value = _ks(ref, _with_total(at_most, total), _with_total(below, total), n)
    index = _psi(reference, _with_total(binned, total))
    mean = _with_total(sums(group, groups, values)[:, None], total)[:, 0] / np.maximum(n, 1)
    reference_mean = float(ref.mean())
    return [
        {
            "psi": float(index[k]),
            "ks": float(statistic[k]),
            "p_value": float(p_value[k]),
            "n": int(n[k]),
            "reference_n": len(ref),
            "mean": float(mean[k]),
            "reference_mean": reference_mean,
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
    at_most, below, _ = _counts(reference, None, group, groups, errors)
    statistic, p_value = _ks(reference, _with_total(at_most, total), _with_total(below, total), n)
    mean = _with_total(sums(group, groups, errors)[:, None], total)[:, 0] / np.maximum(n, 1)
    reference_mean = float(reconstruction.reference.mean())
    return [
        {
            "method": "pca_reconstruction",
            "score": float(mean[k]),
            "reference": reference_mean,
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
