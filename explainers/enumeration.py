"""Exact interventional Shapley values by enumerating every coalition of up to 14 features."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import numpy as np
from numpy.typing import NDArray

from explainers.runner import Predictor

MAX_EXACT_FEATURES = 14
_BATCH_ELEMENTS = 2_000_000  # rows x features of float64 per onnxruntime call (~16 MB)
_ADDITIVITY_TOL = 1e-9


RowMaker = Callable[[NDArray[np.int64], NDArray[np.bool_], int], NDArray[Any]]


class Cancelled(Exception):  # noqa: N818 - the public name is part of the API
    """Raised when should_stop() asks an explanation in progress to give up."""


def coalition_masks(n: int) -> NDArray[np.bool_]:
    """Return the [2^n, n] membership table; row s has feature j when bit j of s is set."""
    ids = np.arange(1 << n, dtype=np.int64)
    return ((ids[:, None] >> np.arange(n, dtype=np.int64)[None, :]) & 1).astype(bool)


def shapley_weights(n: int) -> NDArray[np.float64]:
    """Return w[s] = s! (n - s - 1)! / n! for coalition sizes s = 0 .. n - 1."""
    return np.array(
        [math.factorial(s) * math.factorial(n - s - 1) / math.factorial(n) for s in range(n)],
        dtype=np.float64,
    )


def _differences(background: NDArray[np.float64], case: NDArray[np.float64]) -> NDArray[np.bool_]:
    """[B, n]: where a background row differs from the case (NaN equals NaN)."""
    same = (background == case[None, :]) | (np.isnan(background) & np.isnan(case)[None, :])
    return np.asarray(~same, dtype=bool)


def coalition_values(  # noqa: PLR0913 - keyword-only options and callbacks
    runner: Predictor,
    background: NDArray[np.float64],
    case: NDArray[np.float64],
    *,
    output_space: str,
    on_progress: Callable[[int, int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
    make_rows: RowMaker | None = None,
) -> NDArray[np.float64]:
    """Return v[s] = mean over background rows b of f(case on coalition s, b elsewhere).

    Only distinct rows are evaluated: where b already equals the case on feature j, taking j
    from the case changes nothing, so background row b needs 2^|D_b| model calls (D_b: the
    features where b differs), not 2^n. Discrete inputs (booleans, categories) make this much
    cheaper; the values are the same as evaluating every coalition row.

    `make_rows(indices, diff, k)` may lay out the rows of background rows `indices` (each
    differing from the case on k features) in another form that `runner` reads, in the order
    of `_distinct_rows`.
    """
    n_bg = len(background)
    diff = _differences(background, case)
    counts = diff.sum(axis=1)
    offsets = np.empty(n_bg, dtype=np.int64)
    blocks = []
    start = 0
    for k in np.unique(counts).tolist():
        rows_k = np.flatnonzero(counts == k)
        if make_rows is None:
            blocks.append(_distinct_rows(background[rows_k], case, diff[rows_k], k))
        else:
            blocks.append(make_rows(rows_k, diff[rows_k], k))
        offsets[rows_k] = start + (np.arange(len(rows_k)) << k)
        start += len(rows_k) << k
    rows = np.concatenate(blocks)
    rank = np.where(diff, np.cumsum(diff, axis=1) - 1, 0)
    preds = _predict_in_batches(runner, rows, output_space, on_progress, should_stop)
    weights = np.where(diff, np.left_shift(1, rank), 0).astype(np.int64)  # [B, n]
    keys = _subset_sums(weights, offsets)  # [2^n, B]: the row of coalition s for each b
    return np.asarray(preds[keys].mean(axis=1), dtype=np.float64)


def _subset_sums(weights: NDArray[np.int64], start: NDArray[np.int64]) -> NDArray[np.int64]:
    """[2^n, B]: start + the sum of weights[:, j] over the features j in coalition s.

    Built by doubling (rows 2^j .. 2^(j+1) - 1 add feature j to rows 0 .. 2^j - 1); integer
    adds only, not a matrix product (a tiny BLAS call can stall on a busy machine).
    """
    n_bg, n = weights.shape
    out = np.empty((1 << n, n_bg), dtype=np.int64)
    out[0] = start
    for j in range(n):
        np.add(out[: 1 << j], weights[:, j], out=out[1 << j : 2 << j])
    return out


def _distinct_rows(
    background: NDArray[np.float64], case: NDArray[np.float64], diff: NDArray[np.bool_], k: int
) -> NDArray[np.float64]:
    """For m background rows that each differ from the case on k features: the m * 2^k rows
    taking every subset of those k features from the case, row-major by background row.

    Built by doubling: rows 2^l .. 2^(l+1) - 1 of each block copy rows 0 .. 2^l - 1 and take
    the l-th differing feature from the case, so bit l of a row's index says where it came from.
    """
    m, n = background.shape
    out = np.empty((m, 1 << k, n), dtype=np.float64)
    out[:, 0] = background
    where = np.nonzero(diff)[1].reshape(m, k)  # the k differing columns of each row, ascending
    rows = np.arange(m)[:, None]
    for level in range(k):
        lo, hi = 1 << level, 2 << level
        out[:, lo:hi] = out[:, :lo]
        column = where[:, level]
        out[rows, np.arange(lo, hi)[None, :], column[:, None]] = case[column][:, None]
    return out.reshape(m << k, n)


def _predict_in_batches(
    runner: Predictor,
    rows: NDArray[np.float64],
    output_space: str,
    on_progress: Callable[[int, int], None] | None,
    should_stop: Callable[[], bool] | None,
) -> NDArray[np.float64]:
    total, n = rows.shape
    per_batch = max(1, _BATCH_ELEMENTS // max(1, n))
    preds = np.empty(total, dtype=np.float64)
    for start in range(0, total, per_batch):
        if should_stop is not None and should_stop():
            raise Cancelled(f"stopped after {start} of {total} rows")
        stop = min(total, start + per_batch)
        preds[start:stop] = runner.predict(rows[start:stop], output_space=output_space)
        if on_progress is not None:
            on_progress(stop, total)
    return preds


def shapley_from_values(values: NDArray[np.float64], n: int) -> NDArray[np.float64]:
    """Combine the 2^n coalition values into n Shapley values with the classic weights."""
    ids = np.arange(1 << n, dtype=np.int64)
    sizes = coalition_masks(n).sum(axis=1)
    weights = shapley_weights(n)
    phi = np.empty(n, dtype=np.float64)
    for j in range(n):
        bit = 1 << j
        without = ids[(ids & bit) == 0]
        phi[j] = float(np.dot(weights[sizes[without]], values[without | bit] - values[without]))
    return phi


def explain_exact(
    runner: Predictor,
    background: NDArray[np.float64],
    case: NDArray[np.float64],
    *,
    output_space: str,
    on_progress: Callable[[int, int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> tuple[float, float, dict[str, float]]:
    """Return (prediction, base_value, contributions) relative to the whole background sample."""
    features = runner.spec.features
    n = len(features)
    if n > MAX_EXACT_FEATURES:
        raise ValueError(f"too many features for exact enumeration: {n} > {MAX_EXACT_FEATURES}")
    background = np.asarray(background, dtype=np.float64)
    case = np.asarray(case, dtype=np.float64).reshape(-1)
    if background.ndim != 2 or background.shape[1] != n or len(background) == 0:
        raise ValueError(f"background must have shape [B >= 1, {n}], got {background.shape}")
    if case.shape != (n,):
        raise ValueError(f"case must have {n} values, got {case.shape[0]}")
    values = coalition_values(
        runner,
        background,
        case,
        output_space=output_space,
        on_progress=on_progress,
        should_stop=should_stop,
    )
    prediction = float(runner.predict(case[None, :], output_space=output_space)[0])
    values[-1] = prediction  # f(case) itself, so additivity is exact up to rounding
    base_value = float(values[0])
    phi = shapley_from_values(values, n)
    gap = abs(base_value + float(phi.sum()) - prediction)
    scale = max(1.0, float(np.abs(values).max()))
    if not gap <= _ADDITIVITY_TOL * scale:
        raise RuntimeError(f"Shapley additivity violated by {gap:.3g}")
    return prediction, base_value, {f: float(p) for f, p in zip(features, phi, strict=True)}
