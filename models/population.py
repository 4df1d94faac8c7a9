"""Out-of-population check: how unlike the reference patients a case's combination of inputs is.

Each input is predicted from all the others by the linear relations of the background rows
(their mean and covariance, lightly regularised); its residual, in conditional standard
deviations, is `(P (x - mean))_j / sqrt(P_jj)` with P the inverse covariance. The score is the
largest absolute residual: a 22-year-old with 14 pregnancies passes both ranges but not the
age-pregnancies relation. The threshold is the (1 - rate) quantile of the calibration rows'
scores, so about `rate` of real held-out patients are flagged; a flagged case names the
inputs whose residual is at least half the threshold, largest first.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

DEFAULT_RATE = 0.01
WARNING = "out_of_population"
RIDGE = 1e-3  # added to the covariance's diagonal, relative to each variance
NAMED_SHARE = 0.5


@dataclass(frozen=True)
class PopulationCheck:
    """The background's mean and inverse covariance, and the calibrated threshold."""

    features: tuple[str, ...]
    mean: NDArray[np.float64]
    precision: NDArray[np.float64]
    threshold: float

    @classmethod
    def fit(
        cls,
        *,
        features: tuple[str, ...],
        background: NDArray[np.float64],
        calibration: NDArray[np.float64],
        rate: float = DEFAULT_RATE,
    ) -> PopulationCheck:
        """Mean and covariance of the background; threshold from the calibration rows."""
        bg = np.asarray(background, dtype=np.float64)
        mean = np.nanmean(bg, axis=0) if len(bg) else np.zeros(len(features))
        filled = np.where(np.isnan(bg), mean, bg)
        single = len(bg) < 2  # a covariance needs two rows
        cov = np.eye(len(features)) if single else np.atleast_2d(np.cov(filled, rowvar=False))
        variances = np.diag(cov).copy()
        variances[~(variances > 0)] = 1.0
        cov = cov + np.diag(RIDGE * variances)
        unfitted = cls(features, mean, np.linalg.inv(cov), np.inf)
        scores = unfitted.scores(np.asarray(calibration, dtype=np.float64))
        threshold = float(np.quantile(scores, 1.0 - rate, method="higher"))
        return cls(features, mean, unfitted.precision, threshold)

    def residuals(self, rows: NDArray[np.float64]) -> NDArray[np.float64]:
        """[N, d] residual of each input given the others, in conditional SDs (missing: 0)."""
        x = np.atleast_2d(np.asarray(rows, dtype=np.float64))
        missing = np.isnan(x)
        centred = np.where(missing, 0.0, x - self.mean)
        z = (centred @ self.precision) / np.sqrt(np.diag(self.precision))
        result: NDArray[np.float64] = np.where(missing, 0.0, z)
        return result

    def scores(self, rows: NDArray[np.float64]) -> NDArray[np.float64]:
        """The score of each row: its largest absolute residual."""
        result: NDArray[np.float64] = np.abs(self.residuals(rows)).max(axis=1)
        return result

    def assess(self, case: NDArray[np.float64]) -> dict[str, Any] | None:
        """The `out_of_population` warning for this case, or None when it looks like the rest."""
        z = np.abs(self.residuals(case)[0])
        score = float(z.max())
        if not score > self.threshold:
            return None
        order = np.argsort(-z, kind="stable")
        named = [self.features[j] for j in order if z[j] >= NAMED_SHARE * self.threshold]
        return {
            "code": WARNING,
            "score": round(score, 3),
            "threshold": round(self.threshold, 3),
            "features": named,
        }
