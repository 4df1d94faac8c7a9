"""The package's background as one model's drift reference: each input's sorted values, the
background's own predictions and the PCA that rebuilds cases (drift.py); the drift of
disjoint groups of decisions (clinics) against it, computed all at once (grouped_drift.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np
from numpy.typing import NDArray

from desktop.monitoring.drift import Reconstruction, Reference
from desktop.monitoring.grouped_drift import feature_drift, multivariate

if TYPE_CHECKING:
    from models.verify import VerifiedPackage

Index = NDArray[np.int64]


def not_installed() -> dict[str, Any]:
    """The drift block of a model whose package is not installed here (no background)."""
    return {"code": "package_not_installed", "features": {}, "prediction": {}, "multivariate": {}}


class Background:
    """What every group's drift is compared with, made once per model version."""

    def __init__(
        self, package: VerifiedPackage, *, features: tuple[str, ...], binary: bool
    ) -> None:
        """The background's inputs (named `features`, the field's columns) and predictions
        (probabilities of a binary model)."""
        self.features = features
        self.reconstruction = Reconstruction(package.background)
        space = "probability" if binary else None
        predictions = package.runner.predict(package.background, output_space=space)
        self.predictions = Reference(predictions)
        self.references = [Reference(c) for c in package.background.T]

    def drift_by(
        self,
        index: Index,
        size: int,
        inputs: NDArray[np.float64],
        predictions: NDArray[np.float64],
        *,
        total: bool = False,
    ) -> list[dict[str, Any]]:
        """Inputs, predictions and the multivariate score of each of `size` disjoint groups
        (row i in group index[i]) vs the background; with `total`, one more: all the rows."""
        features = {
            name: feature_drift(self.references[i], index, size, inputs[:, i], total=total)
            for i, name in enumerate(self.features)
        }
        shown = feature_drift(self.predictions, index, size, predictions, total=total)
        combined = multivariate(self.reconstruction, index, size, inputs, total=total)
        return [
            {
                "features": {name: found[k] for name, found in features.items()},
                "prediction": shown[k],
                "multivariate": combined[k],
            }
            for k in range(size + total)
        ]
