"""Drift against the package's background: per input, of the predictions, and of the whole.

Per input: PSI over the background's deciles and a two-sample Kolmogorov-Smirnov test (raw
p-values; alarms.py adjusts them for the many tests). Multivariate: the error with which a
PCA of the background (components up to 65% of the variance, fitted on half of it) rebuilds
each case, field vs the other half of the background (KS): a shift in the combination of
inputs raises it when each input alone looks normal (NannyML's data reconstruction drift).
"""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.typing import NDArray

from desktop.monitoring.stats import decile_edges, ks_test, psi

MIN_DRIFT_N = 50
VARIANCE_KEPT = 0.65
BLOCK = 65_536  # rows rebuilt at a time
Array = NDArray[np.float64]


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
