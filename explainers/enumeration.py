"""Exact interventional Shapley values by enumerating every coalition of up to 14 features."""

from __future__ import annotations

import math
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from functools import cache
from typing import Any

import numpy as np
from numpy.typing import NDArray

from explainers.runner import Predictor

MAX_EXACT_FEATURES = 14
_TASK_ROWS = 40_000  # rows per onnxruntime call: cache-sized (about 2 MB of float32 for 13)
#: Blocks of rows go to onnxruntime from two threads (it releases the GIL). Each call is
#: single-threaded, so a row's value is the same in any batch; results add up in block order.
_THREADS = 2
_ADDITIVITY_TOL = 1e-9
_FLOAT64 = np.dtype(np.float64)


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


def coalition_shapley(  # noqa: PLR0913 - keyword-only options and callbacks
    runner: Predictor,
    background: NDArray[np.float64],
    case: NDArray[np.float64],
    *,
    output_space: str,
    full_value: float,
    on_progress: Callable[[int, int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
    make_rows: RowMaker | None = None,
) -> tuple[float, NDArray[np.float64]]:
    """Return (base value, Shapley values) of v(S) = mean over background rows b of
    f(case on S, b elsewhere); `full_value` is f(case) itself (the graph's own value).

    Only distinct rows are evaluated: where b already equals the case on feature j, taking j
    from the case changes nothing, so background row b needs 2^|D_b| model calls (D_b: the
    features where b differs), not 2^n. Shapley values are linear in the game, so they are the
    mean over b of the Shapley values of b's own game, in which only the features of D_b play;
    each is a product of b's 2^|D_b| values with fixed weights. No [2^n, B] table is built.

    `make_rows(indices, diff, k)` may lay out the rows of background rows `indices` (each
    differing from the case on k features) in another form that `runner` reads, in the order
    of `_distinct_rows`.
    """
    n_bg, n = background.shape
    diff = _differences(background, case)
    counts = diff.sum(axis=1)
    groups = [(k, np.flatnonzero(counts == k)) for k in np.unique(counts).tolist()]
    dtype = np.dtype(getattr(runner, "row_dtype", np.float64))

    def rows_of(k: int, rows_k: NDArray[np.int64]) -> NDArray[Any]:
        if make_rows is not None:
            return make_rows(rows_k, diff[rows_k], k)
        return _distinct_rows(background[rows_k], case, diff[rows_k], k, dtype=dtype)

    tasks = [
        (k, part)
        for k, rows_k in groups
        for part in np.array_split(rows_k, max(1, (len(rows_k) << k) // _TASK_ROWS))
        if len(part)
    ]
    progress = _Progress(sum(len(p) << k for k, p in tasks), on_progress, should_stop)

    def task(k: int, part: NDArray[np.int64]) -> tuple[float, NDArray[np.float64]]:
        """Base-value sum and Shapley-value sums of these background rows' own games."""
        progress.check()
        preds = runner.predict(rows_of(k, part), output_space=output_space)
        block = np.asarray(preds, dtype=np.float64).reshape(len(part), 1 << k)
        block[:, -1] = full_value  # every feature from the case: the case itself
        if not k:
            return math.fsum(block[:, 0].tolist()), np.zeros(n, dtype=np.float64)
        local = np.einsum("ms,sk->mk", block, _player_weights(k))
        where = np.nonzero(diff[part])[1]
        phi = np.bincount(where, weights=local.reshape(-1), minlength=n)
        return math.fsum(block[:, 0].tolist()), phi

    phi = np.zeros(n, dtype=np.float64)
    base = 0.0
    with ThreadPoolExecutor(_THREADS) as pool:
        futures = [pool.submit(task, k, part) for k, part in tasks]
        try:
            for (k, part), future in zip(tasks, futures, strict=True):
                progress.check()  # threads run ahead: stop as soon as asked, between reports
                part_base, part_phi = future.result()  # summed in task order: deterministic
                base += part_base
                phi += part_phi
                progress.add(len(part) << k)
        except BaseException:
            for future in futures:
                future.cancel()
            raise
    return base / n_bg, phi / n_bg


@cache
def _player_weights(k: int) -> NDArray[np.float64]:
    """[2^k, k]: phi_j = sum_s v(s) W[s, j] for a k-player game, coalition s's bit j = player j
    (W[s, j] = w(|s| - 1) when j is in s, else -w(|s|), with the classic Shapley weights w)."""
    masks = coalition_masks(k)
    sizes = masks.sum(axis=1)
    w = np.append(shapley_weights(k), 0.0)
    out = np.where(masks, w[np.maximum(sizes - 1, 0)][:, None], -w[sizes][:, None])
    out.setflags(write=False)
    return np.asarray(out, dtype=np.float64)


def _distinct_rows(
    background: NDArray[np.float64],
    case: NDArray[np.float64],
    diff: NDArray[np.bool_],
    k: int,
    *,
    dtype: np.dtype[Any] = _FLOAT64,
) -> NDArray[Any]:
    """For m background rows that each differ from the case on k features: the m * 2^k rows
    taking every subset of those k features from the case, row-major by background row.

    Built by doubling: rows 2^l .. 2^(l+1) - 1 of each block copy rows 0 .. 2^l - 1 and take
    the l-th differing feature from the case, so bit l of a row's index says where it came from.
    """
    m, n = background.shape
    out = np.empty((m, 1 << k, n), dtype=dtype)
    out[:, 0] = background
    case = case.astype(dtype)
    where = np.nonzero(diff)[1].reshape(m, k)  # the k differing columns of each row, ascending
    rows = np.arange(m)[:, None]
    for level in range(k):
        lo, hi = 1 << level, 2 << level
        out[:, lo:hi] = out[:, :lo]
        column = where[:, level]
        out[rows, np.arange(lo, hi)[None, :], column[:, None]] = case[column][:, None]
    return out.reshape(m << k, n)


class _Progress:
    """Counts rows evaluated across blocks; reports them and asks whether to stop."""

    def __init__(
        self,
        total: int,
        on_progress: Callable[[int, int], None] | None,
        should_stop: Callable[[], bool] | None,
    ) -> None:
        self.total, self.done = total, 0
        self._report, self._stop = on_progress, should_stop

    def check(self) -> None:
        """Raise Cancelled when asked to stop."""
        if self._stop is not None and self._stop():
            raise Cancelled(f"stopped after {self.done} of {self.total} rows")

    def add(self, rows: int) -> None:
        """Count rows just evaluated and report the total so far."""
        self.done += rows
        if self._report is not None:
            self._report(self.done, self.total)


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
    prediction = float(runner.predict(case[None, :], output_space=output_space)[0])
    base_value, phi = coalition_shapley(
        runner,
        background,
        case,
        output_space=output_space,
        full_value=prediction,
        on_progress=on_progress,
        should_stop=should_stop,
    )
    gap = abs(base_value + float(phi.sum()) - prediction)
    scale = max(1.0, abs(prediction), abs(base_value))
    if not gap <= _ADDITIVITY_TOL * scale:
        raise RuntimeError(f"Shapley additivity violated by {gap:.3g}")
    return prediction, base_value, {f: float(p) for f, p in zip(features, phi, strict=True)}
