"""Approximate interventional Shapley values by seeded antithetic permutation sampling.

For models with too many features to enumerate every coalition. Each sampled permutation adds
the case's features one at a time to a coalition S; the value of S is the mean over ALL
background rows b of f(x_S, b_notS). A feature's marginal contribution in that permutation is
the change in value when it joins. Every permutation is paired with its reverse (antithetic
sampling), which cancels much of the variance for nearly additive models.

The first value of every permutation is mean f(background) and the last is f(case), both
computed once, so every permutation's contributions telescope to f(case) - mean f(background):
additivity holds exactly, whatever the number of permutations. The standard error of each
contribution comes from the spread of the pair averages (each pair is one independent draw).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from numpy.typing import NDArray

from explainers.enumeration import Cancelled

_BATCH_ELEMENTS = 2_000_000  # rows x features of float64 per predict call (~16 MB)
_ADDITIVITY_TOL = 1e-9
MIN_PERMUTATIONS = 4

Predict = Callable[[NDArray[np.float64]], NDArray[np.float64]]


def antithetic_permutations(n_features: int, n_pairs: int, seed: int) -> NDArray[np.int64]:
    """Return [2 * n_pairs, n_features] permutations; row 2k + 1 is row 2k reversed."""
    rng = np.random.Generator(np.random.PCG64(seed))
    base = np.tile(np.arange(n_features, dtype=np.int64), (n_pairs, 1))
    forward = rng.permuted(base, axis=1)
    perms = np.empty((2 * n_pairs, n_features), dtype=np.int64)
    perms[0::2] = forward
    perms[1::2] = forward[:, ::-1]
    return perms


def _coalition_values(
    predict: Predict,
    background: NDArray[np.float64],
    case: NDArray[np.float64],
    masks: NDArray[np.bool_],
    on_progress: Callable[[int, int], None] | None,
    should_stop: Callable[[], bool] | None,
) -> NDArray[np.float64]:
    """Return v[c] = mean over background rows b of f(case on masks[c], b elsewhere)."""
    n_bg, n = background.shape
    total = len(masks)
    per_batch = max(1, _BATCH_ELEMENTS // (n_bg * n))
    values = np.empty(total, dtype=np.float64)
    for start in range(0, total, per_batch):
        if should_stop is not None and should_stop():
            raise Cancelled(f"stopped after {start} of {total} coalitions")
        chunk = masks[start : start + per_batch]
        rows = np.where(chunk[:, None, :], case[None, None, :], background[None, :, :])
        preds = np.asarray(predict(rows.reshape(-1, n)), dtype=np.float64)
        if preds.shape != (len(chunk) * n_bg,):
            raise ValueError(f"predict returned shape {preds.shape}; expected one value per row")
        values[start : start + len(chunk)] = preds.reshape(len(chunk), n_bg).mean(axis=1)
        if on_progress is not None:
            on_progress(start + len(chunk), total)
    return values


def _check_inputs(
    background: NDArray[np.float64], case: NDArray[np.float64], n_permutations: int
) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """Return background and case as float64 arrays after checking their shapes."""
    bg = np.asarray(background, dtype=np.float64)
    x = np.asarray(case, dtype=np.float64).reshape(-1)
    if bg.ndim != 2 or bg.shape[1] == 0 or len(bg) == 0:
        raise ValueError(f"background must have shape [B >= 1, n >= 1], got {bg.shape}")
    if x.shape != (bg.shape[1],):
        raise ValueError(f"case must have {bg.shape[1]} values, got {x.shape[0]}")
    if n_permutations < MIN_PERMUTATIONS:
        raise ValueError(f"n_permutations must be at least {MIN_PERMUTATIONS}")
    return bg, x


def explain_sampled(  # noqa: PLR0913 - signature fixed by the explainer contract
    predict: Predict,
    background: NDArray[np.float64],
    case: NDArray[np.float64],
    *,
    n_permutations: int = 256,
    seed: int = 0,
    on_progress: Callable[[int, int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> tuple[float, float, NDArray[np.float64], NDArray[np.float64]]:
    """Return (prediction, base, contributions, standard_error) by permutation sampling.

    predict maps [N, n] float64 rows to [N] values in the output space to explain. An odd
    n_permutations is rounded up to the next even number (whole antithetic pairs).
    on_progress(done, total) counts coalitions evaluated, once per predict call;
    should_stop() is polled before each call and raises Cancelled when it returns True.
    """
    bg, x = _check_inputs(background, case, n_permutations)
    n = bg.shape[1]
    n_pairs = (n_permutations + 1) // 2
    perms = antithetic_permutations(n, n_pairs, seed)
    ranks = np.argsort(perms, axis=1)  # ranks[p, i] = position of feature i in permutation p
    # coalitions of sizes 1 .. n - 1; size 0 and n are the same for all permutations
    masks = ranks[:, None, :] < np.arange(1, n, dtype=np.int64)[None, :, None]
    if should_stop is not None and should_stop():
        raise Cancelled("stopped before the first coalition")
    prediction = float(np.asarray(predict(x[None, :]), dtype=np.float64).reshape(-1)[0])
    base = float(np.mean(np.asarray(predict(bg), dtype=np.float64)))
    inner = _coalition_values(
        predict, bg, x, masks.reshape(-1, n), on_progress, should_stop
    ).reshape(len(perms), n - 1)
    values = np.empty((len(perms), n + 1), dtype=np.float64)
    values[:, 0], values[:, 1:n], values[:, n] = base, inner, prediction
    per_perm = np.take_along_axis(np.diff(values, axis=1), ranks, axis=1)
    pairs = 0.5 * (per_perm[0::2] + per_perm[1::2])
    phi = pairs.mean(axis=0)
    error = pairs.std(axis=0, ddof=1) / np.sqrt(n_pairs)
    gap = abs(base + float(phi.sum()) - prediction)
    scale = max(1.0, abs(base), abs(prediction), float(np.abs(inner).max(initial=0.0)))
    if not gap <= _ADDITIVITY_TOL * scale:
        raise RuntimeError(f"Shapley additivity violated by {gap:.3g}")
    return prediction, base, phi, error
