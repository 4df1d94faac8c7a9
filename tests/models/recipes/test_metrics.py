"""The recipes' metric functions agree with textbook values and scikit-learn."""

from __future__ import annotations

import numpy as np
from sklearn.metrics import roc_auc_score

from models.recipes.metrics import auc_ci, wilson


def test_wilson_interval_matches_published_value() -> None:
    """Wilson 95% CI for 81/263 is 0.2553 to 0.3662 (Newcombe 1998, Table I example)."""
    lo, hi = wilson(81, 263)
    assert abs(lo - 0.2553) < 5e-4
    assert abs(hi - 0.3662) < 5e-4


def test_auc_ci_brackets_sklearn_auc_and_is_seeded() -> None:
    """The point AUC is sklearn's, the CI contains it, and the same seed gives the same CI."""
    rng = np.random.default_rng(3)
    y = rng.integers(0, 2, 150)
    p = np.clip(0.3 * y + rng.normal(0.35, 0.2, 150), 0, 1)
    result = auc_ci(y, p, seed=7, n_boot=300)
    assert result["value"] == round(roc_auc_score(y, p), 3)
    lo, hi = result["ci95"]
    assert lo < result["value"] < hi
    assert auc_ci(y, p, seed=7, n_boot=300) == result
