"""Drift against the package's background: per input, of the predictions, and of the whole.

Per input: PSI over the background's deciles and a two-sample Kolmogorov-Smirnov test with
the asymptotic distribution (raw p-values; alarms.py adjusts them for the many tests).
Multivariate: the error with which a PCA of the background (components up to 65% of the
variance, fitted on half of it) rebuilds each case, field vs the other half of the background
(KS): a shift in the combination of inputs raises it when each input alone looks normal
(NannyML's data reconstruction drift).
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
from numpy.typing import NDArray

MIN_DRIFT_N = 50
VARIANCE_KEPT = 0.65
BLOCK = 65_536  # rows rebuilt at a time
Array = NDArray[np.float64]


def ks_test(a: Array, b: Array, *, a_sorted: bool = False) -> tuple[float, float]:
    """Two-sample Kolmogorov-Smirnov statistic and asymptotic p-value (conservative on ties)."""
    a, b = (a if a_sorted else np.sort(a)), np.sort(b)
    grid = np.concatenate([a, b])
    d = float(
        np.max(
            np.abs(
                np.searchsorted(a, grid, "right") / len(a)
                - np.searchsorted(b, grid, "right") / len(b)
            )
        )
    )
    ne = len(a) * len(b) / (len(a) + len(b))
    lam = (math.sqrt(ne) + 0.12 + 0.11 / math.sqrt(ne)) * d
    if lam < 0.2:
        return d, 1.0
    k = np.arange(1, 101)
    p = 2.0 * float(np.sum((-1.0) ** (k - 1) * np.exp(-2.0 * k * k * lam * lam)))
    return d, min(1.0, max(0.0, p))


def decile_edges(reference: Array, *, bins: int = 10) -> tuple[Array, Array]:
    """The reference's decile edges (equal values share a bin) and its share in each bin."""
    edges = np.unique(np.quantile(reference, np.linspace(0, 1, bins + 1)[1:-1]))
    expected = np.bincount(np.searchsorted(edges, reference, "right"), minlength=len(edges) + 1)
    return edges, np.clip(expected / expected.sum(), 1e-4, None)


def psi(
    reference: Array, field: Array, *, bins: int = 10, binned: tuple[Array, Array] | None = None
) -> float:
    """Population stability index over the reference's decile bins (`binned`: decile_edges
    of the reference, computed once for many fields)."""
    edges, e = binned if binned is not None else decile_edges(reference, bins=bins)
    actual = np.bincount(np.searchsorted(edges, field, "right"), minlength=len(edges) + 1)
    f = np.clip(actual / actual.sum(), 1e-4, None)
    return float(np.sum((f - e) * np.log(f / e)))


class Reference:
    """One input's background values, sorted and binned once for every group compared."""

    def __init__(self, values: Array) -> None:
        """Drop missing values; sort; the deciles PSI uses."""
        self.values = np.sort(values[~np.isnan(values)])
        self.binned = decile_edges(self.values) if len(self.values) else None


def feature_drift(reference: Reference, field: Array) -> dict[str, Any]:
    """PSI, KS statistic and p-value of one input (missing values left out), with the n's."""
    ref, now = reference.values, field[~np.isnan(field)]
    if len(now) < MIN_DRIFT_N or len(ref) < MIN_DRIFT_N:
        return {"code": "not_enough_cases", "n": len(now), "needed": MIN_DRIFT_N}
    statistic, p_value = ks_test(ref, now, a_sorted=True)
    return {
        "psi": psi(ref, now, binned=reference.binned),
        "ks": statistic,
        "p_value": p_value,
        "n": len(now),
        "reference_n": len(ref),
        "mean": float(now.mean()),
        "reference_mean": float(ref.mean()),
    }


class Reconstruction:
    """A PCA of the background that rebuilds cases; its error on held-back background rows."""

    def __init__(self, background: Array) -> None:
        """Fit on the even rows of the background; keep the odd rows' errors as the reference."""
        self.mean = np.nanmean(background, axis=0)
        scale = np.nanstd(background, axis=0)
        self.scale = np.where(scale > 0, scale, 1.0)
        fit = self._standard(background[0::2])
        _, singular, vt = np.linalg.svd(fit - fit.mean(axis=0), full_matrices=False)
        share = np.cumsum(singular**2) / max(float(np.sum(singular**2)), 1e-12)
        keep = max(1, min(int(np.searchsorted(share, VARIANCE_KEPT)) + 1, vt.shape[0] - 1))
        self.centre = fit.mean(axis=0)
        self.components = vt[:keep]
        self.reference = self.error(background[1::2])

    def _standard(self, rows: Array) -> Array:
        z = rows - self.mean
        z /= self.scale
        z[np.isnan(z)] = 0.0
        return z

    def error(self, rows: Array) -> Array:
        """Euclidean distance between each standardised row and its rebuilt self, a block of
        rows at a time (bounded memory), by einsum: row by row, no multithreaded BLAS (which
        stalls on a busy machine)."""
        out = np.empty(len(rows))
        for start in range(0, len(rows), BLOCK):
            z = self._standard(rows[start : start + BLOCK])
            z -= self.centre
            z -= np.einsum("ik,kj->ij", np.einsum("ij,kj->ik", z, self.components), self.components)
            out[start : start + BLOCK] = np.sqrt(np.einsum("ij,ij->i", z, z))
        return out

    def drift(self, rows: Array) -> dict[str, Any]:
        """Mean reconstruction error in the field vs the reference, and the KS p-value."""
        if len(rows) < MIN_DRIFT_N:
            return {"code": "not_enough_cases", "n": len(rows), "needed": MIN_DRIFT_N}
        errors = self.error(rows)
        statistic, p_value = ks_test(self.reference, errors)
        return {
            "method": "pca_reconstruction",
            "score": float(errors.mean()),
            "reference": float(self.reference.mean()),
            "ks": statistic,
            "p_value": p_value,
            "n": len(rows),
        }


def drift(
    *,
    features: tuple[str, ...],
    background: list[Reference],
    background_predictions: Reference,
    inputs: Array,
    predictions: Array,
    reconstruction: Reconstruction,
) -> dict[str, Any]:
    """Every input, the predictions and the multivariate score, field vs background."""
    return {
        "features": {
            feature: feature_drift(background[i], inputs[:, i])
            for i, feature in enumerate(features)
        },
        "prediction": feature_drift(background_predictions, predictions),
        "multivariate": reconstruction.drift(inputs),
    }
