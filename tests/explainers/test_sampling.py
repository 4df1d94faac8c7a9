"""Permutation sampling: closed forms, exact enumeration, error estimates, seeds, cancel."""

from __future__ import annotations

import functools
import itertools
import math
from collections.abc import Callable

import numpy as np
import pytest
from explainer_models import Fitted, cancer, diabetes, fit
from numpy.typing import NDArray
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.linear_model import LinearRegression
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from explainers.enumeration import Cancelled, explain_exact
from explainers.runner import GraphRunner
from explainers.sampling import explain_sampled

Rows = NDArray[np.float64]


@pytest.fixture(scope="module")
def linear20() -> Fitted:
    """A linear regression on 20 breast cancer columns (closed-form SHAP values)."""
    return fit(LinearRegression(), cancer(20), kind="regression")


@pytest.fixture(scope="module")
def mlp8() -> Fitted:
    """A small MLP classifier behind a StandardScaler on 8 breast cancer columns."""
    model = make_pipeline(
        StandardScaler(),
        MLPClassifier(hidden_layer_sizes=(16,), alpha=1.0, max_iter=3000, random_state=0),
    )
    return fit(model, cancer(8), kind="binary")


@pytest.fixture(scope="module")
def gb10() -> Fitted:
    """A gradient boosting regressor on the 10 diabetes columns."""
    model = GradientBoostingRegressor(n_estimators=40, max_depth=3, random_state=0)
    return fit(model, diabetes(10), kind="regression")


def _predict(fitted: Fitted, space: str | None = None) -> Callable[[Rows], Rows]:
    """GraphRunner.predict of the fitted model in the given output space."""
    return functools.partial(GraphRunner(fitted.onnx, fitted.spec).predict, output_space=space)


def _term_shapley(bg: Rows, x: Rows, term: tuple[int, ...]) -> dict[int, float]:
    """Interventional Shapley values of the game v(T) = mean_b prod(x on T, b on term - T)."""
    k = len(term)

    def value(chosen: frozenset[int]) -> float:
        cols = [x[j] if j in chosen else bg[:, j] for j in term]
        return float(np.mean(np.prod(np.broadcast_arrays(*cols), axis=0)))

    phi = dict.fromkeys(term, 0.0)
    for i in term:
        others = [j for j in term if j != i]
        for size in range(k):
            w = math.factorial(size) * math.factorial(k - size - 1) / math.factorial(k)
            for combo in itertools.combinations(others, size):
                s = frozenset(combo)
                phi[i] += w * (value(s | {i}) - value(s))
    return phi


def _polynomial() -> tuple[Callable[[Rows], Rows], Callable[[Rows, Rows], Rows], Rows, Rows]:
    """f = a.x + pair and triple products on 20 features, its closed-form SHAP, bg, cases.

    Triples are needed: antithetic pairs make pure pairwise interactions exact (a permutation
    and its reverse see i before j once each), so their standard error would be zero.
    """
    rng = np.random.default_rng(7)
    n = 20
    a = rng.normal(size=n)
    terms = [(0, 1), (2, 3), (4, 5, 6), (0, 7, 8), (9, 10, 11), (12, 13), (1, 14, 15), (16, 17)]
    c = rng.normal(size=len(terms))
    cov = np.full((n, n), 0.3) + 0.7 * np.eye(n)  # correlated background
    background = rng.multivariate_normal(np.zeros(n), cov, size=40)
    cases = rng.normal(size=(3, n)) * 1.5

    def f(rows: Rows) -> Rows:
        out = rows @ a
        for term, ct in zip(terms, c, strict=True):
            out = out + ct * np.prod(rows[:, list(term)], axis=1)
        return np.asarray(out, dtype=np.float64)

    def shap(bg: Rows, x: Rows) -> Rows:
        phi = a * (x - bg.mean(axis=0))
        for term, ct in zip(terms, c, strict=True):
            for i, value in _term_shapley(bg, x, term).items():
                phi[i] += ct * value
        return phi

    return f, shap, background, cases


def _exact(fitted: Fitted, case: Rows, space: str) -> Rows:
    """Exact enumeration (explain_exact) contributions in spec.features order."""
    runner = GraphRunner(fitted.onnx, fitted.spec)
    _, _, phi = explain_exact(runner, fitted.background, case, output_space=space)
    return np.array([phi[f] for f in fitted.spec.features])


def test_linear_20_features_match_closed_form(linear20: Fitted) -> None:
    """For a 20-feature linear ONNX model every permutation gives w_i (x_i - mean b_i)."""
    coef = np.asarray(linear20.estimator.coef_, dtype=np.float64)
    predict = _predict(linear20)
    for case in linear20.cases:
        _, _, phi, err = explain_sampled(predict, linear20.background, case, n_permutations=16)
        np.testing.assert_allclose(phi, coef * (case - linear20.background.mean(axis=0)), atol=1e-5)
        assert err.max() < 1e-6


def test_polynomial_20_features_within_three_standard_errors() -> None:
    """With interactions (closed form known), the truth lies within 3 SE in almost all features."""
    f, shap, background, cases = _polynomial()
    misses, total = 0, 0
    for case in cases:
        _, _, phi, err = explain_sampled(f, background, case, n_permutations=256, seed=1)
        truth = shap(background, case)
        assert err.max() > 1e-3  # the interactions really make the estimate random
        misses += int(np.sum(np.abs(phi - truth) > 3 * err + 1e-12))
        total += len(phi)
    assert misses <= 2, f"{misses} of {total} features off by more than 3 SE"


@pytest.mark.parametrize(("name", "space"), [("mlp8", "probability"), ("gb10", "raw")])
def test_within_three_standard_errors_of_exact_enumeration(
    name: str, space: str, request: pytest.FixtureRequest
) -> None:
    """MLP (8 features) and GB (10): explain_exact lies within 3 SE in almost all features."""
    fitted: Fitted = request.getfixturevalue(name)
    predict = _predict(fitted, space)
    misses, total = 0, 0
    for seed, case in enumerate(fitted.cases):
        _, _, phi, err = explain_sampled(predict, fitted.background, case, seed=seed)
        truth = _exact(fitted, case, space)
        misses += int(np.sum(np.abs(phi - truth) > 3 * err + 1e-9))
        total += len(phi)
    assert misses <= 1, f"{misses} of {total} features off by more than 3 SE"


def test_standard_error_shrinks_like_inverse_sqrt(mlp8: Fitted) -> None:
    """16x more permutations shrink the mean standard error by a factor between 2.5 and 6."""
    predict = _predict(mlp8)
    case = mlp8.cases[0]
    few = explain_sampled(predict, mlp8.background, case, n_permutations=64, seed=3)[3]
    many = explain_sampled(predict, mlp8.background, case, n_permutations=1024, seed=3)[3]
    ratio = float(few.mean() / many.mean())
    assert 2.5 < ratio < 6.0, ratio


def test_additivity_prediction_and_base(mlp8: Fitted) -> None:
    """base + sum == prediction (1e-9), prediction = f(case), base = mean f(background)."""
    predict = _predict(mlp8, "logit")
    for case in mlp8.cases:
        prediction, base, phi, _ = explain_sampled(predict, mlp8.background, case, n_permutations=8)
        assert prediction == float(predict(case[None, :])[0])
        assert base == pytest.approx(float(np.mean(predict(mlp8.background))), rel=1e-12)
        assert base + math.fsum(phi.tolist()) == pytest.approx(prediction, rel=1e-9, abs=1e-12)


def test_same_seed_gives_identical_arrays(mlp8: Fitted) -> None:
    """The same seed reproduces every array bit for bit; another seed gives other values."""
    predict = _predict(mlp8)
    args = (predict, mlp8.background, mlp8.cases[1])
    first = explain_sampled(*args, n_permutations=32, seed=11)
    again = explain_sampled(*args, n_permutations=32, seed=11)
    other = explain_sampled(*args, n_permutations=32, seed=12)
    assert first[:2] == again[:2]
    np.testing.assert_array_equal(first[2], again[2])
    np.testing.assert_array_equal(first[3], again[3])
    assert not np.array_equal(first[2], other[2])


def test_two_features_are_exact_with_zero_error(mlp8: Fitted) -> None:
    """With 2 features a permutation and its reverse cover all orders: exact, SE 0."""

    def f(rows: Rows) -> Rows:
        return np.asarray(np.sin(rows[:, 0]) * rows[:, 1] + rows[:, 1] ** 2, dtype=np.float64)

    bg = np.random.default_rng(0).normal(size=(25, 2))
    x = np.array([0.7, -1.2])
    _, base, phi, err = explain_sampled(f, bg, x, n_permutations=4)
    v0, v1 = base, float(np.mean(f(np.column_stack([np.full(25, x[0]), bg[:, 1]]))))
    v2, v12 = (
        float(np.mean(f(np.column_stack([bg[:, 0], np.full(25, x[1])])))),
        float(f(x[None])[0]),
    )
    np.testing.assert_allclose(phi, [0.5 * (v1 - v0 + v12 - v2), 0.5 * (v2 - v0 + v12 - v1)])
    np.testing.assert_array_equal(err, [0.0, 0.0])


def test_progress_reports_every_batch(linear20: Fitted) -> None:
    """on_progress sees increasing counts per predict batch, ending at the total."""
    seen: list[tuple[int, int]] = []
    bg = np.repeat(linear20.background, 10, axis=0)  # 300 rows: several batches
    explain_sampled(
        _predict(linear20),
        bg,
        linear20.cases[0],
        n_permutations=64,
        on_progress=lambda d, t: seen.append((d, t)),
    )
    assert len(seen) > 1
    total = 64 * 19
    assert [t for _, t in seen] == [total] * len(seen)
    assert [d for d, _ in seen] == sorted({d for d, _ in seen})
    assert seen[-1][0] == total


def test_should_stop_raises_cancelled(linear20: Fitted) -> None:
    """should_stop() returning True, at once or after a batch, raises Cancelled."""
    bg = np.repeat(linear20.background, 10, axis=0)
    with pytest.raises(Cancelled):
        explain_sampled(_predict(linear20), bg, linear20.cases[0], should_stop=lambda: True)
    calls: list[int] = []

    def stop_later() -> bool:
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(Cancelled):
        explain_sampled(_predict(linear20), bg, linear20.cases[0], should_stop=stop_later)
    assert len(calls) == 3


def test_bad_arguments_raise_value_error() -> None:
    """Mismatched shapes, an empty background or fewer than 4 permutations are refused."""

    def f(rows: Rows) -> Rows:
        return np.asarray(rows.sum(axis=1), dtype=np.float64)

    bg = np.zeros((5, 3))
    with pytest.raises(ValueError, match="case"):
        explain_sampled(f, bg, np.zeros(2))
    with pytest.raises(ValueError, match="background"):
        explain_sampled(f, np.zeros((0, 3)), np.zeros(3))
    with pytest.raises(ValueError, match="n_permutations"):
        explain_sampled(f, bg, np.zeros(3), n_permutations=2)


def test_single_feature_gets_the_whole_difference() -> None:
    """With one feature the contribution is f(case) - mean f(background) and SE is 0."""

    def f(rows: Rows) -> Rows:
        return np.asarray(np.exp(rows[:, 0]), dtype=np.float64)

    bg = np.linspace(-1.0, 1.0, 11)[:, None]
    prediction, base, phi, err = explain_sampled(f, bg, np.array([0.5]))
    assert phi[0] == pytest.approx(prediction - base)
    assert err[0] == 0.0
