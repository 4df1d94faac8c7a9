"""Venn-Abers tables against the `venn-abers` package, and their validity on real held-out rows."""

from __future__ import annotations

import warnings

import numpy as np
import pytest
from numpy.typing import NDArray

from models.catalog import BUILTIN_CATALOG
from models.reliability import parse_calibration
from models.signing import TrustStore
from models.venn_abers import VennAbers, calibrated
from models.verify import verify_package

SPLITS = 100


def reference(
    scores: NDArray[np.float64], labels: NDArray[np.float64], test: NDArray[np.float64]
) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """[p0, p1] pairs and calibrated probabilities from venn_abers.VennAbers."""
    from venn_abers import VennAbers as Reference

    with warnings.catch_warnings(), np.errstate(all="ignore"):
        warnings.simplefilter("ignore", RuntimeWarning)  # its own nan-slices
        model = Reference()
        model.fit(np.c_[1 - scores, scores], labels)
        p_prime, p0_p1 = model.predict_proba(np.c_[1 - test, test])
    return np.asarray(p0_p1), np.asarray(p_prime[:, 1])


def ours(
    scores: NDArray[np.float64], labels: NDArray[np.float64], test: NDArray[np.float64]
) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """The same from models.venn_abers."""
    table = VennAbers.fit(scores, labels)
    pairs = np.array([table.interval(float(s)) for s in test])
    return pairs, np.array([calibrated(p0, p1) for p0, p1 in pairs])


@pytest.mark.parametrize("seed", range(6))
def test_pairs_and_probability_equal_the_venn_abers_package(seed: int) -> None:
    """[p0, p1] and p1 / (1 - p0 + p1) equal venn_abers's to 1e-9, ties and edges included."""
    rng = np.random.default_rng(seed)
    n = int(rng.integers(5, 300))
    scores = rng.random(n)
    if seed % 2:
        scores = np.round(scores, 1)  # many ties
    labels = (rng.random(n) < scores).astype(np.float64)
    test = np.concatenate([rng.random(200), scores[:20], [0.0, 1.0, scores.min(), scores.max()]])
    want_pairs, want_p = reference(scores, labels, test)
    got_pairs, got_p = ours(scores, labels, test)
    np.testing.assert_allclose(got_pairs, want_pairs, rtol=0, atol=1e-9)
    np.testing.assert_allclose(got_p, want_p, rtol=0, atol=1e-9)


def _catalog_scores(name: str) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """The shipped model's probabilities on its calibration rows, and their outcomes."""
    package = verify_package(BUILTIN_CATALOG / name, TrustStore.load())
    rows, outcome = parse_calibration((package.path / "calibration.csv").read_bytes(), package.card)
    return package.runner.predict(rows, output_space="probability"), outcome


def test_catalog_interval_equals_the_package_on_its_calibration_scores() -> None:
    """The shipped pima package's interval is venn_abers's on the same calibration scores."""
    package = verify_package(BUILTIN_CATALOG / "pima-diabetes-lr", TrustStore.load())
    assert package.reliability is not None
    scores, outcome = _catalog_scores("pima-diabetes-lr")
    test = np.linspace(0.0, 1.0, 101)
    want_pairs, want_p = reference(scores, outcome, test)
    for s, (p0, p1), p in zip(test, want_pairs, want_p, strict=True):
        interval = package.reliability.interval(float(s))
        assert interval["method"] == "venn-abers"
        assert abs(interval["low"] - p0) < 1e-9 and abs(interval["high"] - p1) < 1e-9
        assert abs(interval["calibrated"] - p) < 1e-9


def containment(
    scores: NDArray[np.float64], outcome: NDArray[np.float64], *, venn_abers: bool
) -> float:
    """Share of (split, bin) pairs whose event rate lies within two binomial standard errors of
    the bin's mean [p0, p1] (or, for venn_abers=False, of the bin's mean raw score)."""
    rng = np.random.default_rng(20261205)
    edges = np.array([0.0, 0.2, 0.4, 0.6, 0.8, 1.0])
    inside = total = 0
    for _ in range(SPLITS):
        order = rng.permutation(len(scores))
        cal, test = order[: len(order) // 2], order[len(order) // 2 :]
        pairs, prob = ours(scores[cal], outcome[cal], scores[test])
        if not venn_abers:
            pairs, prob = np.c_[scores[test], scores[test]], scores[test]
        bins = np.clip(np.digitize(prob, edges) - 1, 0, len(edges) - 2)
        for b in np.unique(bins):
            mask = bins == b
            if mask.sum() < 5:
                continue
            rate, low, high = (
                outcome[test][mask].mean(),
                pairs[mask, 0].mean(),
                pairs[mask, 1].mean(),
            )
            mid = min(max(rate, low), high)
            se = np.sqrt(max(mid * (1 - mid), 0.05) / mask.sum())
            inside += int(low - 2 * se <= rate <= high + 2 * se)
            total += 1
    assert total > SPLITS
    return inside / total


@pytest.mark.parametrize("name", ["pima-diabetes-lr", "heart-cad-mlp"])
def test_intervals_contain_the_observed_frequency_per_bin(name: str) -> None:
    """Over 100 random calibration/test splits, each bin's event rate lies in its mean [p0, p1]
    (within two binomial standard errors) at least 90% of the time, as validity implies; also
    when the model's scores are badly miscalibrated (cubed), where the raw scores fail."""
    scores, outcome = _catalog_scores(name)
    assert containment(scores, outcome, venn_abers=True) >= 0.9
    distorted = scores**3
    assert containment(distorted, outcome, venn_abers=True) >= 0.9
    assert containment(distorted, outcome, venn_abers=False) < 0.75
