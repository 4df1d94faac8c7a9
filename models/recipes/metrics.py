"""Held-out performance metrics for binary risk models (plain numpy / scikit-learn)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from sklearn.metrics import roc_auc_score

from models.eligibility import OPS

N_BOOT = 2000
MIN_CLASS = 10
EPS = 1e-6


def r3(x: float) -> float:
    """Round to 3 decimals as a plain float (avoids -0.0)."""
    return float(round(float(x), 3)) + 0.0


def auc_ci(y: np.ndarray, p: np.ndarray, seed: int, n_boot: int = N_BOOT) -> dict[str, Any]:
    """AUC with a percentile bootstrap 95% CI (resamples lacking a class are redrawn)."""
    y = np.asarray(y, dtype=int)
    p = np.asarray(p, dtype=float)
    rng = np.random.default_rng(seed)
    n = len(y)
    stats: list[float] = []
    while len(stats) < n_boot:
        idx = rng.integers(0, n, n)
        yb = y[idx]
        if yb.min() == yb.max():
            continue
        stats.append(float(roc_auc_score(yb, p[idx])))
    lo, hi = np.percentile(stats, [2.5, 97.5])
    return {"value": r3(roc_auc_score(y, p)), "ci95": [r3(lo), r3(hi)]}


def wilson(k: int, n: int, z: float = 1.959964) -> tuple[float, float]:
    """Wilson score 95% interval for a proportion k/n."""
    if n == 0:
        return (0.0, 1.0)
    ph = k / n
    den = 1 + z * z / n
    centre = (ph + z * z / (2 * n)) / den
    half = z * np.sqrt(ph * (1 - ph) / n + z * z / (4 * n * n)) / den
    return (max(0.0, centre - half), min(1.0, centre + half))


def proportion(k: int, n: int) -> dict[str, Any]:
    """A proportion with its Wilson 95% CI, rounded."""
    lo, hi = wilson(k, n)
    return {"value": r3(k / n if n else 0.0), "ci95": [r3(lo), r3(hi)]}


def logit(p: np.ndarray) -> np.ndarray:
    """Logit of probabilities clipped to [EPS, 1-EPS]."""
    q = np.clip(np.asarray(p, dtype=float), EPS, 1 - EPS)
    out: np.ndarray = np.log(q / (1 - q))
    return out


def calibration(y: np.ndarray, p: np.ndarray, n_iter: int = 100) -> dict[str, Any]:
    """Unpenalised logistic recalibration logit P(y=1) = a + b*logit(p), fitted by IRLS."""
    y = np.asarray(y, dtype=float)
    x = np.column_stack([np.ones(len(y)), logit(p)])
    beta = np.zeros(2)
    for _ in range(n_iter):
        mu = 1 / (1 + np.exp(-(x @ beta)))
        w = mu * (1 - mu)
        step = np.linalg.solve(x.T @ (x * w[:, None]), x.T @ (y - mu))
        beta = beta + step
        if np.max(np.abs(step)) < 1e-10:
            break
    else:
        raise RuntimeError("calibration IRLS did not converge")
    return {
        "slope": r3(beta[1]),
        "intercept": r3(beta[0]),
        "mean_predicted": r3(np.mean(p)),
        "observed_rate": r3(np.mean(y)),
        "oe_ratio": oe_ratio(y, p),
    }


def oe_ratio(y: np.ndarray, p: np.ndarray, z: float = 1.959964) -> dict[str, Any]:
    """Observed/expected events (sum y / sum p), 95% CI treating the observed count as Poisson
    (log scale: O/E * exp(+-z / sqrt(O)); upper bound 3.689 / E when no event was observed)."""
    observed, expected = float(np.sum(y)), float(np.sum(p))
    if observed == 0:
        return {"value": 0.0, "ci95": [0.0, r3(3.689 / expected)]}
    ratio, half = observed / expected, z / np.sqrt(observed)
    return {"value": r3(ratio), "ci95": [r3(ratio * np.exp(-half)), r3(ratio * np.exp(half))]}


def where_mask(x: Any, where: Sequence[dict[str, Any]]) -> np.ndarray:
    """Rows of the DataFrame `x` for which every condition {feature, op, value} holds."""
    mask = np.ones(len(x), dtype=bool)
    for condition in where:
        column = np.asarray(x[condition["feature"]], dtype=float)
        mask &= OPS[condition["op"]](column, float(condition["value"]))
    return mask


def brier(y: np.ndarray, p: np.ndarray) -> float:
    """Brier score (mean squared error of the predicted probability)."""
    return r3(np.mean((np.asarray(p, dtype=float) - np.asarray(y, dtype=float)) ** 2))


def at_threshold(y: np.ndarray, p: np.ndarray, threshold: float) -> dict[str, Any]:
    """Sensitivity and specificity at `threshold` (p >= threshold is positive) with Wilson CIs."""
    y = np.asarray(y, dtype=int)
    pos = np.asarray(p) >= threshold
    tp = int(np.sum(pos & (y == 1)))
    tn = int(np.sum(~pos & (y == 0)))
    return {
        "sensitivity": proportion(tp, int(np.sum(y == 1))),
        "specificity": proportion(tn, int(np.sum(y == 0))),
    }


def subgroup(
    name: str,
    y: np.ndarray,
    p: np.ndarray,
    seed: int,
    where: Sequence[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """Subgroup block: n, events, `where` (when the subgroup is defined by inputs), and AUC
    (CI) only if >= 10 events and >= 10 non-events."""
    y = np.asarray(y, dtype=int)
    n, events = len(y), int(np.sum(y))
    out: dict[str, Any] = {"name": name, "n": n, "events": events}
    if where:
        out["where"] = [dict(c) for c in where]
    if n == 0:
        out["note"] = "No patients in this subgroup in the held-out test set."
    elif events >= MIN_CLASS and n - events >= MIN_CLASS:
        out["auc"] = auc_ci(y, p, seed)
    else:
        out["note"] = (
            f"Too small for a reliable AUC ({events} events, {n - events} non-events; "
            f"at least {MIN_CLASS} of each required)."
        )
    return out


def evaluate(
    y: np.ndarray,
    p: np.ndarray,
    threshold: float,
    groups: Sequence[tuple[str, np.ndarray] | tuple[str, np.ndarray, list[dict[str, Any]]]],
    seed: int,
    evaluation: str,
) -> dict[str, Any]:
    """The card's `metrics` block for held-out outcomes `y` and predicted probabilities `p`."""
    y = np.asarray(y, dtype=int)
    p = np.asarray(p, dtype=float)
    return {
        "evaluation": evaluation,
        "n": len(y),
        "events": int(np.sum(y)),
        "auc": auc_ci(y, p, seed),
        "brier": brier(y, p),
        "calibration": calibration(y, p),
        "at_threshold": at_threshold(y, p, threshold),
        "subgroups": [
            subgroup(g[0], y[g[1]], p[g[1]], seed, g[2] if len(g) > 2 else None) for g in groups
        ],
    }
