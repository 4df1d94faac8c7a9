"""Closed-form SHAP for linear ONNX graphs: graph recognition, margins and an ORT oracle."""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable
from typing import Any

import numpy as np
import onnx
import onnxruntime as ort
import pytest
from explainer_models import Fitted, cancer, diabetes, fit
from numpy.typing import NDArray
from onnx import TensorProto, helper
from sklearn.base import BaseEstimator
from sklearn.ensemble import RandomForestClassifier
from sklearn.linear_model import LinearRegression, LogisticRegression, Ridge
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import Normalizer, StandardScaler

from explainers import InputSpec, ModelSpec, OutputSpec
from explainers.linear import LinearModel, find_linear, linear_margin_shap
from explainers.runner import GraphRunner

Rows = NDArray[np.float64]
F32_EPS = float(np.finfo(np.float32).eps)


def _build(name: str) -> Fitted:
    """Fit and convert one of the linear test models by name."""
    if name == "scaled-logreg":
        model = make_pipeline(StandardScaler(), LogisticRegression(C=0.01, max_iter=1000))
        return fit(model, cancer(7), kind="binary")
    if name == "scaled-logreg-weighted":
        lr = LogisticRegression(C=0.005, class_weight={0: 3.0, 1: 1.0}, max_iter=1000)
        return fit(make_pipeline(StandardScaler(), lr), cancer(10), kind="binary")
    if name == "plain-logreg":
        return fit(LogisticRegression(C=0.1, max_iter=5000), cancer(4), kind="binary")
    if name == "scaled-ridge":
        return fit(
            make_pipeline(StandardScaler(), Ridge(alpha=2.0)), diabetes(8), kind="regression"
        )
    return fit(make_pipeline(StandardScaler(), LinearRegression()), diabetes(6), kind="regression")


NAMES = ("scaled-logreg", "scaled-logreg-weighted", "plain-logreg", "scaled-ridge", "scaled-linreg")
BINARY = NAMES[:3]
MODERATE = tuple(n for n in NAMES if n != "plain-logreg")  # |logit| < 5 on every coalition row


@pytest.fixture(scope="module", params=NAMES)
def linear(request: pytest.FixtureRequest) -> Fitted:
    """Each linear scikit-learn model converted by skl2onnx."""
    return _build(str(request.param))


@pytest.fixture(scope="module", params=MODERATE)
def moderate(request: pytest.FixtureRequest) -> Fitted:
    """The models whose probabilities stay in [0.01, 0.99] on the oracle's rows."""
    return _build(str(request.param))


@pytest.fixture(scope="module", params=BINARY)
def binary(request: pytest.FixtureRequest) -> Fitted:
    """Each binary logistic regression converted by skl2onnx."""
    return _build(str(request.param))


def _lin(fitted: Fitted) -> LinearModel:
    """find_linear on the fitted model, which must succeed."""
    lin = find_linear(onnx.load_from_string(fitted.onnx), fitted.spec)
    assert lin is not None
    return lin


def _ort(fitted: Fitted, space: str) -> Callable[[Rows], Rows]:
    """A plain onnxruntime session as f(rows): probability, exact-ish logit, or raw value."""
    sess = ort.InferenceSession(fitted.onnx, providers=["CPUExecutionProvider"])
    assert fitted.columns == fitted.spec.features

    def f(rows: Rows) -> Rows:
        (out,) = sess.run([fitted.spec.output.name], {"X": rows.astype(np.float32)})
        out = np.asarray(out, dtype=np.float64)
        if space == "raw":
            return out[:, 0]
        if space == "probability":
            return out[:, 1]
        # ORT computes a negative score's sigmoid as 1 - sigmoid(|s|) in float32: absolute
        # precision 6e-8, so the logit is only accurate to 6e-8 / min(p, 1 - p)
        assert out.min() > 1e-2, "the logit oracle needs unsaturated probabilities"
        return np.log(out[:, 1]) - np.log(out[:, 0])

    return f


def subset_oracle(f: Callable[[Rows], Rows], bg: Rows, x: Rows) -> tuple[float, float, list[float]]:
    """Brute-force interventional Shapley values over every subset, summed with math.fsum."""
    n = x.shape[0]
    subsets = [frozenset(c) for k in range(n + 1) for c in itertools.combinations(range(n), k)]
    mask = np.array([[j in s for j in range(n)] for s in subsets])
    rows = np.where(mask[:, None, :], x[None, None, :], bg[None, :, :]).reshape(-1, n)
    means = f(rows).reshape(len(subsets), len(bg))
    value = {s: math.fsum(m.tolist()) / len(bg) for s, m in zip(subsets, means, strict=True)}
    phi = []
    for i in range(n):
        terms = []
        for s in subsets:
            if i not in s:
                w = math.factorial(len(s)) * math.factorial(n - len(s) - 1) / math.factorial(n)
                terms.append(w * (value[s | {i}] - value[s]))
        phi.append(math.fsum(terms))
    return float(f(x[None, :])[0]), value[frozenset()], phi


def test_skl2onnx_writes_scaler_then_two_row_linear_classifier() -> None:
    """skl2onnx 1.20, zipmap=False: Scaler -> LinearClassifier(2 rows, row0 = -row1, LOGISTIC)."""
    fitted = _build("scaled-logreg")
    graph = onnx.load_from_string(fitted.onnx).graph
    assert [(n.domain, n.op_type) for n in graph.node] == [
        ("ai.onnx.ml", "Scaler"),
        ("ai.onnx.ml", "LinearClassifier"),
    ]
    attrs = {a.name: helper.get_attribute_value(a) for a in graph.node[1].attribute}
    coef = np.array(attrs["coefficients"]).reshape(2, -1)
    np.testing.assert_array_equal(coef[0], -coef[1])
    assert attrs["intercepts"][0] == -attrs["intercepts"][1]
    assert attrs["post_transform"] == b"LOGISTIC"
    lin = _lin(fitted)
    assert (lin.kind, lin.post_transform) == ("classifier", "LOGISTIC")


def test_margin_reproduces_onnxruntime(linear: Fitted) -> None:
    """sigmoid(margin) equals ORT's probability (1e-6 when scaled), raw values to float32."""
    lin = _lin(linear)
    x = np.vstack([linear.background, linear.cases])
    m = lin.margin(x)
    runner = GraphRunner(linear.onnx, linear.spec)
    got = 1.0 / (1.0 + np.exp(-m)) if lin.kind == "classifier" else m
    want = runner.predict(x)
    # ORT sums sum_i w_i x_i in float32; without a Scaler the raw cancer columns (area ~ 1e3)
    # make that sum large, so its float32 rounding bound exceeds 1e-6 for the plain model
    size = np.abs(x * lin.weights).sum(axis=1) + abs(lin.intercept)
    scaled = linear.spec.model_id == "test-pipeline"
    tol = 1e-6 if scaled else 4 * F32_EPS * float(size.max())
    np.testing.assert_allclose(got, want, rtol=0, atol=max(tol, 1e-6))
    sk = linear.estimator
    ref = sk.decision_function(x) if lin.kind == "classifier" else sk.predict(x)
    np.testing.assert_allclose(m, ref, rtol=0, atol=4 * F32_EPS * size.max())


def test_contributions_match_onnxruntime_subset_oracle(moderate: Fitted) -> None:
    """w_i (x_i - mean b_i) equals the ORT brute-force oracle in logit/raw space within 1e-5."""
    lin = _lin(moderate)
    f = _ort(moderate, "logit" if lin.kind == "classifier" else "raw")
    for case in moderate.cases:
        prediction, base, phi = linear_margin_shap(lin, moderate.background, case)
        want_pred, want_base, want_phi = subset_oracle(f, moderate.background, case)
        np.testing.assert_allclose(phi, want_phi, rtol=0, atol=1e-5)
        assert prediction == pytest.approx(want_pred, abs=1e-5)
        assert base == pytest.approx(want_base, abs=1e-5)
        assert base + math.fsum(phi.tolist()) == pytest.approx(prediction, abs=1e-6)


def test_contributions_match_sklearn_subset_oracle(linear: Fitted) -> None:
    """The subset oracle over sklearn's float64 decision_function/predict agrees within 1e-5."""
    lin = _lin(linear)
    sk = linear.estimator
    f = sk.decision_function if lin.kind == "classifier" else sk.predict
    for case in linear.cases:
        prediction, base, phi = linear_margin_shap(lin, linear.background, case)
        want_pred, want_base, want_phi = subset_oracle(f, linear.background, case)
        np.testing.assert_allclose(phi, want_phi, rtol=0, atol=1e-5)
        # the graph stores the weights in float32: prediction and base move by that rounding
        size = float(np.abs(case * lin.weights).sum()) + abs(lin.intercept)
        assert prediction == pytest.approx(want_pred, abs=max(1e-6, 4 * F32_EPS * size))
        assert base == pytest.approx(want_base, abs=max(1e-6, 4 * F32_EPS * size))
        assert base + math.fsum(phi.tolist()) == pytest.approx(prediction, abs=1e-6)


def test_sigmoid_of_margin_enumeration_matches_probability_oracle(binary: Fitted) -> None:
    """Exact SHAP of sigmoid(margin) equals the ORT probability-space oracle within 1e-6."""
    lin = _lin(binary)

    def surrogate(rows: Rows) -> Rows:
        return 1.0 / (1.0 + np.exp(-lin.margin(rows)))

    for case in binary.cases:
        got = subset_oracle(surrogate, binary.background, case)
        want = subset_oracle(_ort(binary, "probability"), binary.background, case)
        np.testing.assert_allclose(got[2], want[2], rtol=0, atol=1e-6)
        assert got[:2] == pytest.approx(want[:2], abs=1e-6)


@pytest.mark.parametrize(
    "model",
    [
        RandomForestClassifier(n_estimators=5, max_depth=3, random_state=0),
        make_pipeline(
            StandardScaler(),
            MLPClassifier(hidden_layer_sizes=(8,), alpha=1.0, max_iter=3000, random_state=0),
        ),
        make_pipeline(Normalizer(), LogisticRegression(max_iter=1000)),
    ],
    ids=["forest", "mlp", "normalizer-in-front"],
)
def test_find_linear_refuses_nonlinear_graphs(model: BaseEstimator) -> None:
    """A random forest, an MLP and an L2 Normalizer before the linear op give None."""
    fitted = fit(model, cancer(5), kind="binary")
    assert find_linear(onnx.load_from_string(fitted.onnx), fitted.spec) is None


def _graph(
    coef: list[float],
    intercepts: list[float],
    post: str,
    *,
    before: tuple[onnx.NodeProto, ...] = (),
    after: tuple[onnx.NodeProto, ...] = (),
    input_type: int = TensorProto.FLOAT,
) -> bytes:
    """A hand-made graph X -> before -> LinearClassifier -> after -> probabilities, 3 columns."""
    first = before[0].input[0] if before else "z"
    last = after[-1].output[0] if after else "scores"
    clf = helper.make_node(
        "LinearClassifier",
        ["z"],
        ["label", "scores"],
        domain="ai.onnx.ml",
        coefficients=coef,
        intercepts=intercepts,
        post_transform=post,
        classlabels_ints=[0, 1],
    )
    nodes = [*before, clf, *after]
    graph = helper.make_graph(
        nodes,
        "g",
        [helper.make_tensor_value_info(first if before else "z", input_type, [None, 3])],
        [helper.make_tensor_value_info(last, TensorProto.FLOAT, [None, 2])],
    )
    opsets = [helper.make_opsetid("", 17), helper.make_opsetid("ai.onnx.ml", 1)]
    model = helper.make_model(graph, opset_imports=opsets)
    return bytes(model.SerializeToString())


W = [0.8, -1.5, 0.3]
B = 0.4
CAST = helper.make_node("Cast", ["X"], ["z"], to=TensorProto.FLOAT)
L1 = helper.make_node("Normalizer", ["scores"], ["p"], domain="ai.onnx.ml", norm="L1")


def _spec(
    graph: bytes, class_index: int = 1, features: tuple[str, ...] = ("a", "b", "c")
) -> ModelSpec:
    """A binary spec for a hand-made graph whose input columns are a, b, c."""
    g = onnx.load_from_string(graph).graph
    dtype = "float64" if g.input[0].type.tensor_type.elem_type == TensorProto.DOUBLE else "float32"
    return ModelSpec(
        model_id="hand",
        model_version="1",
        features=features,
        inputs=(InputSpec(g.input[0].name, dtype, ("a", "b", "c")),),
        output=OutputSpec("binary_probability", g.output[0].name, class_index),
    )


LAYOUTS = {
    "one-row-logistic": (W, [B], "LOGISTIC", (), ()),
    "two-row-softmax": ([-0.1, 0.2, 0.5, *W], [0.3, B], "SOFTMAX", (), ()),
    "two-row-generic-logistic": ([-0.1, 0.2, 0.5, *W], [0.3, B], "LOGISTIC", (), ()),
    "cast-and-l1-normalizer": ([-w for w in W] + W, [-B, B], "LOGISTIC", (CAST,), (L1,)),
}


@pytest.mark.parametrize("layout", list(LAYOUTS))
@pytest.mark.parametrize("class_index", [0, 1])
def test_hand_made_layouts_reproduce_onnxruntime(layout: str, class_index: int) -> None:
    """Each accepted LinearClassifier layout gives sigmoid(margin) == ORT for either column."""
    coef, intercepts, post, before, after = LAYOUTS[layout]
    input_type = TensorProto.DOUBLE if before else TensorProto.FLOAT
    graph = _graph(coef, intercepts, post, before=before, after=after, input_type=input_type)
    spec = _spec(graph, class_index, features=("c", "a", "b"))
    lin = find_linear(onnx.load_from_string(graph), spec)
    assert lin is not None
    rows = np.random.default_rng(3).normal(size=(200, 3)) * 2.0
    want = GraphRunner(graph, spec).predict(rows)
    np.testing.assert_allclose(1.0 / (1.0 + np.exp(-lin.margin(rows))), want, rtol=0, atol=1e-6)


REFUSED = {
    "one-row-none": (W, [B], "NONE", (), ()),
    "one-row-softmax": (W, [B], "SOFTMAX", (), ()),
    "probit": ([-w for w in W] + W, [-B, B], "PROBIT", (), ()),
    "softmax-zero": ([-w for w in W] + W, [-B, B], "SOFTMAX_ZERO", (), ()),
    "l1-after-generic-logistic": ([-0.1, 0.2, 0.5, *W], [0.3, B], "LOGISTIC", (), (L1,)),
    "l2-normalizer-after": (
        [-w for w in W] + W,
        [-B, B],
        "LOGISTIC",
        (),
        (helper.make_node("Normalizer", ["scores"], ["p"], domain="ai.onnx.ml", norm="L2"),),
    ),
    "normalizer-before": (
        W,
        [B],
        "LOGISTIC",
        (helper.make_node("Normalizer", ["X"], ["z"], domain="ai.onnx.ml", norm="L1"),),
        (),
    ),
    "cast-to-int": (W, [B], "LOGISTIC", (helper.make_node("Cast", ["X"], ["z"], to=7),), ()),
}


@pytest.mark.parametrize("layout", list(REFUSED))
def test_hand_made_nonlinear_or_unknown_layouts_are_refused(layout: str) -> None:
    """Raw scores as probabilities, PROBIT, L2 or unsafe L1 normalisation, int casts: None."""
    coef, intercepts, post, before, after = REFUSED[layout]
    graph = _graph(coef, intercepts, post, before=before, after=after)
    assert find_linear(onnx.load_from_string(graph), _spec(graph)) is None


def test_spec_mismatches_are_refused(binary: Fitted) -> None:
    """The label output, a regression spec or a class index of 2 on a classifier give None."""
    model = onnx.load_from_string(binary.onnx)
    spec = binary.spec
    for output in (
        OutputSpec("binary_probability", "label"),
        OutputSpec("regression", spec.output.name),
        OutputSpec("binary_probability", spec.output.name, 2),
    ):
        other = ModelSpec(spec.model_id, "1", spec.features, spec.inputs, output)
        assert find_linear(model, other) is None


def test_weights_follow_spec_feature_order() -> None:
    """With spec.features reversed against the graph columns, margin still reproduces ORT."""
    data = cancer(6)
    model = make_pipeline(StandardScaler(), LogisticRegression(C=0.05, max_iter=1000))
    fitted = fit(model, data, kind="binary", features=tuple(reversed(data[2])))
    lin = _lin(fitted)
    p = GraphRunner(fitted.onnx, fitted.spec).predict(fitted.background)
    m = lin.margin(fitted.background)
    np.testing.assert_allclose(1.0 / (1.0 + np.exp(-m)), p, rtol=0, atol=1e-6)


def test_linear_margin_shap_checks_shapes() -> None:
    """Wrong background width, empty background or wrong case length raise ValueError."""
    lin = LinearModel(np.array([1.0, 2.0]), 0.5, "NONE", "regressor")
    with pytest.raises(ValueError, match="background"):
        linear_margin_shap(lin, np.zeros((3, 3)), np.zeros(2))
    with pytest.raises(ValueError, match="background"):
        linear_margin_shap(lin, np.zeros((0, 2)), np.zeros(2))
    with pytest.raises(ValueError, match="case"):
        linear_margin_shap(lin, np.zeros((3, 2)), np.zeros(3))
    with pytest.raises(ValueError, match="rows"):
        lin.margin(np.zeros((2, 3)))


def test_agrees_with_shap_linear_explainer_on_the_native_model(binary: Fitted) -> None:
    """shap's LinearExplainer (interventional, whole background) on the sklearn model agrees."""
    shap = pytest.importorskip("shap")
    estimator = binary.estimator
    steps = estimator.steps if hasattr(estimator, "steps") else [("lr", estimator)]
    *prep, (_, final) = steps
    transform = (lambda rows: rows) if not prep else (lambda rows: _prep(prep, rows))
    masker = shap.maskers.Independent(
        transform(binary.background), max_samples=len(binary.background)
    )
    reference = shap.LinearExplainer(final, masker)
    lin = _lin(binary)
    for case in binary.cases:
        _, _, ours = linear_margin_shap(lin, binary.background, case)
        # a scaler is affine per feature, so Shapley values in the scaled space are the same
        theirs = np.asarray(reference.shap_values(transform(case[None, :]))).reshape(-1)
        np.testing.assert_allclose(ours, theirs, rtol=0, atol=1e-5)


def _prep(steps: list[tuple[str, Any]], rows: Rows) -> Rows:
    for _, step in steps:
        rows = step.transform(rows)
    return np.asarray(rows, dtype=np.float64)
