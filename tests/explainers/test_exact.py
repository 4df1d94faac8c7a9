"""Exact enumeration agrees with an independent brute-force oracle and with shap's Exact."""

from __future__ import annotations

import itertools
import math
from dataclasses import replace

import numpy as np
import onnxruntime as ort
import pytest
from explainer_models import Fitted, cancer, fit, graph_only
from numpy.typing import NDArray
from tree_models import Data, boundary_case

from explainers import explain
from explainers.runner import GraphRunner


def _ort_values(
    fitted: Fitted, sess: ort.InferenceSession, rows: list[list[float]], space: str
) -> list[float]:
    """Run a plain default onnxruntime session on rows given in graph column order."""
    (out,) = sess.run([fitted.spec.output.name], {"X": np.array(rows, dtype=np.float32)})
    if fitted.spec.output.kind == "regression":
        return [float(r[0]) for r in out]
    probs = [float(r[1]) for r in out]
    if space == "logit":
        assert all(0.0 < p < 1.0 for p in probs), "oracle needs unsaturated probabilities"
        return [math.log(p / (1.0 - p)) for p in probs]
    return probs


def oracle(
    fitted: Fitted, case: NDArray[np.float64], space: str
) -> tuple[float, float, dict[str, float]]:
    """Brute-force interventional Shapley values: one onnxruntime call per subset, fsum sums."""
    sess = ort.InferenceSession(fitted.onnx, providers=["CPUExecutionProvider"])
    names = fitted.columns
    pos = [fitted.spec.features.index(c) for c in names]
    x = [float(case[p]) for p in pos]
    bg = [[float(row[p]) for p in pos] for row in fitted.background]
    n = len(names)
    cache: dict[frozenset[int], float] = {}

    def value(subset: frozenset[int]) -> float:
        if subset not in cache:
            rows = [[x[j] if j in subset else b[j] for j in range(n)] for b in bg]
            cache[subset] = math.fsum(_ort_values(fitted, sess, rows, space)) / len(bg)
        return cache[subset]

    phi: dict[str, float] = {}
    for i in range(n):
        others = [j for j in range(n) if j != i]
        terms = []
        for size in range(n):
            weight = math.factorial(size) * math.factorial(n - size - 1) / math.factorial(n)
            for combo in itertools.combinations(others, size):
                s = frozenset(combo)
                terms.append(weight * (value(s | {i}) - value(s)))
        phi[names[i]] = math.fsum(terms)
    prediction = _ort_values(fitted, sess, [x], space)[0]
    return prediction, value(frozenset()), phi


def _check_against_oracle(fitted: Fitted, space: str | None = None, *, method: str) -> None:
    """Explain every test case with the dispatcher and with enumeration alone, against the oracle.

    The dispatcher must pick `method`; its prediction may differ from onnxruntime's float32
    output by rounding (1e-6) when a closed form computes it; enumeration reproduces it exactly.
    """
    for model, want_method in ((fitted.onnx, method), (graph_only(fitted), "exact-enumeration")):
        _compare(fitted, model, space, want_method)


def _compare(fitted: Fitted, model: bytes | GraphRunner, space: str | None, method: str) -> None:
    for case in fitted.cases:
        mapping = dict(zip(fitted.spec.features, case.tolist(), strict=True))
        got = explain(model, fitted.spec, fitted.background, mapping, output_space=space)
        want_pred, want_base, want_phi = oracle(fitted, case, got.output_space)
        if method == "exact-enumeration":
            assert got.prediction == want_pred
        else:
            assert got.prediction == pytest.approx(want_pred, abs=1e-6)
        assert got.base_value == pytest.approx(want_base, abs=1e-6)
        assert list(got.contributions) == list(fitted.spec.features)
        for feat in fitted.spec.features:
            assert got.contributions[feat] == pytest.approx(want_phi[feat], abs=1e-5), feat
        total = got.base_value + math.fsum(got.contributions.values())
        assert total == pytest.approx(got.prediction, abs=1e-6)
        assert got.method == method
        assert got.exact is True


def test_logistic_pipeline_matches_oracle(logreg: Fitted) -> None:
    """Scaler + logistic regression: contributions in probability space equal the oracle's."""
    _check_against_oracle(logreg, method="linear-exact-enumeration")


def test_logistic_logit_space_matches_oracle(logreg: Fitted) -> None:
    """Logit output space: contributions of log(p/(1-p)) equal the oracle's."""
    _check_against_oracle(logreg, "logit", method="linear-exact")


def test_random_forest_matches_oracle_with_reordered_features(forest: Fitted) -> None:
    """Random forest whose spec lists features in another order than the graph columns."""
    _check_against_oracle(forest, method="tree-interventional")


def test_gradient_boosting_regressor_matches_oracle(boosting: Fitted) -> None:
    """Gradient boosting regressor: raw-space contributions equal the oracle's."""
    _check_against_oracle(boosting, method="tree-interventional")


def test_mlp_matches_oracle(mlp: Fitted) -> None:
    """MLP classifier on 8 features (256 coalitions) equals the oracle in both binary spaces."""
    _check_against_oracle(mlp, method="exact-enumeration")
    _check_against_oracle(mlp, "logit", method="exact-enumeration")


def test_linear_14_features_matches_closed_form(linear14: Fitted) -> None:
    """At the 14-feature limit, several batches give w_i (x_i - mean b_i) for a linear model."""
    coef = np.asarray(linear14.estimator.coef_, dtype=np.float64)
    for case in linear14.cases:
        got = explain(linear14.onnx, linear14.spec, linear14.background, case)
        want = coef * (case - linear14.background.mean(axis=0))
        np.testing.assert_allclose(list(got.contributions.values()), want, rtol=0, atol=1e-5)
        total = got.base_value + math.fsum(got.contributions.values())
        assert total == pytest.approx(got.prediction, abs=1e-6)


def test_agrees_with_shap_exact_explainer(mlp: Fitted) -> None:
    """shap's own ExactExplainer with an Independent masker over the same background agrees."""
    shap = pytest.importorskip("shap")
    runner = GraphRunner(mlp.onnx, mlp.spec)
    masker = shap.maskers.Independent(mlp.background, max_samples=len(mlp.background))
    reference = shap.explainers.Exact(runner.predict, masker)
    ours = [explain(runner, mlp.spec, mlp.background, case) for case in mlp.cases]
    theirs = reference(mlp.cases)
    for i, got in enumerate(ours):
        assert got.base_value == pytest.approx(float(theirs.base_values[i]), abs=1e-6)
        values = np.array(list(got.contributions.values()))
        np.testing.assert_allclose(values, theirs.values[i], rtol=0, atol=1e-6)


def _with_cases(data: Data, *, n_background: int = 40) -> Fitted:
    """The model with real background rows and cases: two rows, one with every feature on a split
    threshold, one with every feature just above one (float32), in spec.features order."""
    fitted, x = data
    order = [fitted.columns.index(f) for f in fitted.spec.features]
    rows = np.random.default_rng(5).choice(len(x), size=n_background + 2, replace=False)
    on = boundary_case(fitted.onnx, fitted.spec)
    above = np.nextafter(on.astype(np.float32), np.float32(np.inf)).astype(np.float64)
    cases = np.concatenate([x[rows[n_background:]][:, order], on[None], above[None]])
    return replace(fitted, background=x[rows[:n_background]][:, order], cases=cases)


@pytest.mark.parametrize("name", ["gb_clf", "xgb_clf", "lgbm_clf"])
def test_logistic_ensembles_in_probability_space_match_oracle(
    name: str, request: pytest.FixtureRequest
) -> None:
    """Gradient boosting, XGBoost, LightGBM in probability space (tables of the trees' leaves,
    every coalition) equal the oracle, on real rows and on and just above split thresholds."""
    fitted = _with_cases(request.getfixturevalue(name))
    _check_against_oracle(fitted, method="tree-exact-enumeration")


def test_missing_value_in_a_logistic_ensemble_follows_default_branches(
    lgbm_clf: Data,
) -> None:
    """A NaN case follows each split's default branch in the trees' tables, as the graph does."""
    fitted, _ = lgbm_clf
    nan_case = fitted.cases[:1]
    assert np.isnan(nan_case).any()
    fitted = replace(_with_cases(lgbm_clf), cases=nan_case)
    spec = replace(fitted.spec, allows_missing=True)
    _compare(replace(fitted, spec=spec), fitted.onnx, None, "tree-exact-enumeration")


@pytest.fixture(scope="module")
def extra_trees() -> Fitted:
    """200 extra trees on 7 breast cancer columns: probabilities from 0.008 to 0.992."""
    from sklearn.ensemble import ExtraTreesClassifier

    model = ExtraTreesClassifier(n_estimators=200, max_depth=8, random_state=0)
    return fit(model, cancer(7), kind="binary")


def test_a_rows_value_does_not_depend_on_its_batch(extra_trees: Fitted) -> None:
    """A large batch gives every row exactly what the row alone gives (one intra-op thread)."""
    runner = GraphRunner(extra_trees.onnx, extra_trees.spec)
    x = cancer(7)[0]
    rows = np.concatenate([x] * 8)[:, [extra_trees.columns.index(f) for f in runner.spec.features]]
    alone = np.concatenate([runner.predict(rows[i : i + 3]) for i in range(0, 600, 3)])
    np.testing.assert_array_equal(runner.predict(rows)[:600], alone)


def test_forest_in_logit_space_matches_oracle(extra_trees: Fitted) -> None:
    """The logit of an averaging forest's float32 probability, enumerated, equals the oracle.

    The oracle's default session may sum one lone row's 200 trees in another order (1 float32
    ulp: 1.4e-6 in this logit), so the prediction is compared to 1e-5, not exactly.
    """
    for case in extra_trees.cases:
        got = explain(
            extra_trees.onnx, extra_trees.spec, extra_trees.background, case, output_space="logit"
        )
        want_pred, want_base, want_phi = oracle(extra_trees, case, "logit")
        assert got.method == "exact-enumeration" and got.exact is True
        assert got.prediction == pytest.approx(want_pred, abs=1e-5)
        assert got.base_value == pytest.approx(want_base, abs=1e-6)
        for feat, value in want_phi.items():
            assert got.contributions[feat] == pytest.approx(value, abs=1e-5), feat
        total = got.base_value + math.fsum(got.contributions.values())
        assert total == pytest.approx(got.prediction, abs=1e-6)


def test_twelve_feature_boosting_in_probability_space_matches_oracle() -> None:
    """12 features (4096 coalitions, rows laid out in table places by doubling): the oracle's."""
    from sklearn.ensemble import GradientBoostingClassifier

    model = GradientBoostingClassifier(n_estimators=30, max_depth=3, random_state=0)
    fitted = fit(model, cancer(12), kind="binary")
    _check_against_oracle(replace(fitted, cases=fitted.cases[:2]), method="tree-exact-enumeration")
