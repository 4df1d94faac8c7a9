"""ONNX tree ensembles read into shap's interventional TreeSHAP agree with a brute-force oracle."""

from __future__ import annotations

import itertools
import math
import subprocess
import sys
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import onnx
import onnxruntime as ort
import pytest
from explainer_models import Fitted
from numpy.typing import NDArray
from sklearn.ensemble import (
    ExtraTreesClassifier,
    GradientBoostingClassifier,
    GradientBoostingRegressor,
    RandomForestRegressor,
)
from tree_models import Data, boundary_case, graph_order, sklearn_model, to_opset5

from explainers import ModelSpec
from explainers.trees import TreeModel, find_tree_ensemble, tree_margin_shap

N_BG = 60


@dataclass(frozen=True)
class Case:
    """A converted model, its spec, background, cases to explain and the oracle's margin graph."""

    onnx: bytes
    margin_onnx: bytes  # the same graph with post_transform NONE
    spec: ModelSpec
    background: NDArray[np.float64]
    cases: NDArray[np.float64]
    logistic: bool


def _session(model: bytes) -> ort.InferenceSession:
    """A plain onnxruntime session that does not log converter shape quirks."""
    opts = ort.SessionOptions()
    opts.log_severity_level = 3
    return ort.InferenceSession(model, sess_options=opts, providers=["CPUExecutionProvider"])


def _set_post_none(model: bytes) -> bytes:
    """Copy a graph with every tree node's post_transform set to NONE."""
    proto = onnx.load_from_string(model)
    for node in proto.graph.node:
        for attr in node.attribute:
            if attr.name == "post_transform" and attr.type == onnx.AttributeProto.STRING:
                attr.s = b"NONE"
            elif attr.name == "post_transform":
                attr.i = 0
    return bytes(proto.SerializeToString())


def _ort_margin(case: Case, rows: NDArray[np.float64]) -> NDArray[np.float64]:
    """Margin per row from onnxruntime: the output column itself, or for LOGISTIC graphs the
    NONE-graph's score s (class 1) or -s (class 0), checked against the probability output."""
    feeds = {"X": rows[:, graph_order(case.spec)].astype(np.float32)}
    name, col = case.spec.output.name, case.spec.output.class_index
    (out,) = _session(case.margin_onnx).run([name], feeds)
    out = np.asarray(out, dtype=np.float64)
    if out.shape[1] == 1:
        return out[:, 0]
    if not case.logistic:
        return out[:, col]
    margin = out[:, 1] if col == 1 else -out[:, 1]
    (prob,) = _session(case.onnx).run([name], feeds)
    np.testing.assert_allclose(1 / (1 + np.exp(-margin)), prob[:, col], rtol=0, atol=1e-6)
    return margin


def oracle(case: Case, x: NDArray[np.float64]) -> tuple[float, float, list[float]]:
    """Brute-force interventional Shapley values over every subset, one onnxruntime call."""
    n = len(case.spec.features)
    subsets = list(itertools.product([False, True], repeat=n))
    rows = np.concatenate([np.where(s, x, case.background) for s in subsets])
    values = _ort_margin(case, rows).reshape(len(subsets), len(case.background))
    v = {s: math.fsum(values[i].tolist()) / len(case.background) for i, s in enumerate(subsets)}
    phi = []
    for j in range(n):
        terms = []
        for s in subsets:
            if not s[j]:
                with_j = tuple(True if k == j else s[k] for k in range(n))
                size = sum(s)
                w = math.factorial(size) * math.factorial(n - size - 1) / math.factorial(n)
                terms.append(w * (v[with_j] - v[s]))
        phi.append(math.fsum(terms))
    return float(_ort_margin(case, x[None, :])[0]), v[(False,) * n], phi


def _case(
    fitted: Fitted, x: NDArray[np.float64], *, logistic: bool = False, class_index: int = 1
) -> Case:
    """Wrap a Fitted model with N_BG rows of x (graph column order) as background, its cases
    and one boundary case on split thresholds."""
    spec = fitted.spec
    if class_index != spec.output.class_index:
        spec = replace(spec, output=replace(spec.output, class_index=class_index))
    data = x[:, [fitted.columns.index(f) for f in spec.features]]
    background = data[np.random.default_rng(1).choice(len(data), size=N_BG, replace=False)]
    cases = np.concatenate([fitted.cases, boundary_case(fitted.onnx, spec)[None, :]])
    return Case(fitted.onnx, _set_post_none(fitted.onnx), spec, background, cases, logistic)


def check(case: Case, model: TreeModel | None = None) -> None:
    """Every contribution within 1e-5 of the oracle, additivity 1e-6, margin equal to ORT's."""
    tree = model or find_tree_ensemble(onnx.load_from_string(case.onnx), case.spec)
    assert tree is not None
    for x in case.cases:
        pred, base, phi = tree_margin_shap(tree, case.background, x)
        want_pred, want_base, want_phi = oracle(case, x)
        assert pred == pytest.approx(want_pred, abs=1e-5)
        assert base == pytest.approx(want_base, abs=1e-5)
        np.testing.assert_allclose(phi, want_phi, rtol=0, atol=1e-5)
        assert base + math.fsum(phi.tolist()) == pytest.approx(pred, abs=1e-6)


@pytest.mark.parametrize("class_index", [1, 0])
def test_random_forest_classifier(rf_clf: Data, class_index: int) -> None:
    """RF: one probability column s; class 1 is s and class 0 is 1 - s, both equal the oracle."""
    check(_case(*rf_clf, class_index=class_index))


def test_extra_trees_classifier() -> None:
    """Extra trees classifier (NONE, averaged probabilities) equals the oracle."""
    model = ExtraTreesClassifier(n_estimators=25, max_depth=4, random_state=0)
    check(_case(*sklearn_model(model, 6, "binary")))


@pytest.mark.parametrize("class_index", [1, 0])
def test_gradient_boosting_classifier(gb_clf: Data, class_index: int) -> None:
    """GB classifier: logit margins (s for class 1, -s for class 0) equal the oracle."""
    check(_case(*gb_clf, logistic=True, class_index=class_index))


def test_gradient_boosting_regressor() -> None:
    """GB regressor: raw values including the stored base value equal the oracle."""
    model = GradientBoostingRegressor(n_estimators=50, max_depth=4, random_state=0)
    check(_case(*sklearn_model(model, 8, "regression")))


def test_random_forest_regressor() -> None:
    """RF regressor (weights pre-divided by the tree count, SUM) equals the oracle."""
    model = RandomForestRegressor(n_estimators=30, max_depth=4, random_state=0)
    check(_case(*sklearn_model(model, 6, "regression", reverse=True)))


@pytest.mark.parametrize("class_index", [1, 0])
def test_xgboost_classifier(xgb_clf: Data, class_index: int) -> None:
    """XGBoost (BRANCH_LT, base_score in base_values, a NaN case) equals the oracle."""
    fitted, x = xgb_clf
    tree = find_tree_ensemble(onnx.load_from_string(fitted.onnx), fitted.spec)
    assert tree is not None and tree.base_offset == pytest.approx(math.log(0.3 / 0.7), abs=1e-6)
    check(_case(fitted, x, logistic=True, class_index=class_index))


@pytest.mark.parametrize("class_index", [1, 0])
def test_lightgbm_classifier(lgbm_clf: Data, class_index: int) -> None:
    """LightGBM (missing values tracking true, output behind Mul by 1) equals the oracle."""
    check(_case(*lgbm_clf, logistic=True, class_index=class_index))


def test_opset5_tree_ensemble() -> None:
    """An ai.onnx.ml opset-5 TreeEnsemble (LEQ/LT/GT/GTE splits, AVERAGE) equals the oracle."""
    model = GradientBoostingRegressor(n_estimators=30, max_depth=3, random_state=0)
    fitted, x = sklearn_model(model, 6, "regression")
    case = _case(to_opset5(fitted), x)
    tree = find_tree_ensemble(onnx.load_from_string(case.onnx), case.spec)
    assert tree is not None and tree.op_type == "TreeEnsemble"
    check(case, tree)


def test_more_than_100_background_rows_are_all_used(gb_clf: Data) -> None:
    """150 background rows: shap's masker would subsample to 100; the result equals the oracle."""
    case = _case(*gb_clf, logistic=True)
    x = gb_clf[1][:, [gb_clf[0].columns.index(f) for f in case.spec.features]]
    check(replace(case, background=x[200:350], cases=case.cases[:1]))


@pytest.mark.parametrize("name", ["rf_clf", "gb_clf", "xgb_clf"])
def test_agrees_with_shap_on_the_native_model(name: str, request: pytest.FixtureRequest) -> None:
    """shap's TreeExplainer on the sklearn/xgboost model itself (interventional, raw) agrees."""
    import shap

    fitted, x = request.getfixturevalue(name)
    case = _case(fitted, x)
    tree = find_tree_ensemble(onnx.load_from_string(case.onnx), case.spec)
    assert tree is not None
    order = [case.spec.features.index(c) for c in fitted.columns]  # spec -> graph columns
    bg = case.background[:, order].astype(np.float32).astype(np.float64)
    masker = shap.maskers.Independent(bg, max_samples=len(bg))
    native = shap.TreeExplainer(
        fitted.estimator, data=masker, model_output="raw", feature_perturbation="interventional"
    )
    cases = case.cases[:-1]  # the boundary case relies on float32 thresholds sklearn lacks
    theirs = np.asarray(native.shap_values(cases[:, order].astype(np.float32).astype(np.float64)))
    theirs = theirs[..., 1] if theirs.ndim == 3 else theirs
    for i, row in enumerate(cases):
        _, _, phi = tree_margin_shap(tree, case.background, row)
        np.testing.assert_allclose(phi[order], theirs[i], rtol=0, atol=1e-5)


def test_pipeline_with_scaler_is_not_a_tree_model() -> None:
    """A StandardScaler in front of the trees: find_tree_ensemble returns None."""
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    model = make_pipeline(StandardScaler(), GradientBoostingClassifier(n_estimators=5))
    fitted, _ = sklearn_model(model, 5, "binary")
    assert find_tree_ensemble(onnx.load_from_string(fitted.onnx), fitted.spec) is None


def test_mlp_is_not_a_tree_model(mlp: Fitted) -> None:
    """An MLP classifier: find_tree_ensemble returns None."""
    assert find_tree_ensemble(onnx.load_from_string(mlp.onnx), mlp.spec) is None


def test_import_does_not_load_shap() -> None:
    """Importing explainers.trees leaves shap unimported (it costs over a second)."""
    code = "import sys, explainers.trees; print('shap' in sys.modules)"
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root
    )
    assert out.stdout.strip() == "False"
