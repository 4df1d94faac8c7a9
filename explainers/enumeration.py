"""Exact interventional Shapley values by enumerating every coalition of up to 14 features."""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
from numpy.typing import NDArray

from explainers.runner import Predictor

MAX_EXACT_FEATURES = 14
_BATCH_ELEMENTS = 2_000_000  # rows x features of float64 per onnxruntime call (~16 MB)
_ADDITIVITY_TOL = 1e-9


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


def coalition_values(
    runner: Predictor,
    background: NDArray[np.float64],
    case: NDArray[np.float64],
    *,
    output_space: str,
    on_progress: Callable[[int, int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> NDArray[np.float64]:
    """Return v[s] = mean over background rows b of f(case on coalition s, b elsewhere)."""
    n_bg, n = background.shape
    masks = coalition_masks(n)
    total = len(masks)
    per_batch = max(1, _BATCH_ELEMENTS // (n_bg * n))
    values = np.empty(total, dtype=np.float64)
    for start in range(0, total, per_batch):
        if should_stop is not None and should_stop():
            raise Cancelled(f"stopped after {start} of {total} coalitions")
        chunk = masks[start : start + per_batch]
        rows = np.where(chunk[:, None, :], case[None, None, :], background[None, :, :])
        preds = runner.predict(rows.reshape(-1, n), output_space=output_space)
        values[start : start + len(chunk)] = preds.reshape(len(chunk), n_bg).mean(axis=1)
        if on_progress is not None:
            on_progress(start + len(chunk), total)
    return values


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
