"""ModelSpec validation and GraphRunner's mapping of features onto graph inputs and outputs."""

from __future__ import annotations

import itertools
import math
from dataclasses import replace

import numpy as np
import onnx
import onnxruntime as ort
import pytest
from explainer_models import Fitted, cancer, convert
from onnx import TensorProto, helper
from sklearn.linear_model import LogisticRegression

from explainers import InputSpec, ModelSpec, OutputSpec, explain
from explainers.errors import GraphMismatch
from explainers.runner import GraphRunner

WEIGHTS = {"f1": 0.5, "f2": -1.0, "f3": 0.25, "f4": 0.75}
BIAS = -0.2


def _three_input_graph() -> bytes:
    """A graph with float32 [N,2], int64 [N,1] and float64 [N,1] inputs and an [N,1] sigmoid.

    Graph column order is a = (f3, f1), b = (f4,), c = (f2,); it computes
    sigmoid(0.25 f3 + 0.5 f1 + 0.75 f4 - 1.0 f2 - 0.2).
    """
    w = np.array([[WEIGHTS["f3"]], [WEIGHTS["f1"]], [WEIGHTS["f4"]], [WEIGHTS["f2"]]], np.float32)
    nodes = [
        helper.make_node("Cast", ["b"], ["bf"], to=TensorProto.FLOAT),
        helper.make_node("Cast", ["c"], ["cf"], to=TensorProto.FLOAT),
        helper.make_node("Concat", ["a", "bf", "cf"], ["x"], axis=1),
        helper.make_node("MatMul", ["x", "w"], ["z0"]),
        helper.make_node("Add", ["z0", "bias"], ["z"]),
        helper.make_node("Sigmoid", ["z"], ["p"]),
    ]
    graph = helper.make_graph(
        nodes,
        "three_inputs",
        [
            helper.make_tensor_value_info("a", TensorProto.FLOAT, [None, 2]),
            helper.make_tensor_value_info("b", TensorProto.INT64, [None, 1]),
            helper.make_tensor_value_info("c", TensorProto.DOUBLE, [None, 1]),
        ],
        [helper.make_tensor_value_info("p", TensorProto.FLOAT, [None, 1])],
        initializer=[
            onnx.numpy_helper.from_array(w, "w"),
            onnx.numpy_helper.from_array(np.array([BIAS], np.float32), "bias"),
        ],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    onnx.checker.check_model(model)
    return model.SerializeToString()


THREE_SPEC = ModelSpec(
    model_id="three",
    model_version="0.1",
    features=("f1", "f2", "f3", "f4"),
    inputs=(
        InputSpec("a", "float32", ("f3", "f1")),
        InputSpec("b", "int64", ("f4",)),
        InputSpec("c", "float64", ("f2",)),
    ),
    output=OutputSpec("binary_probability", "p"),
)


def _sigmoid_of(row: dict[str, float]) -> float:
    """The three-input model's probability computed in plain Python."""
    z = sum(WEIGHTS[k] * v for k, v in row.items()) + BIAS
    return 1.0 / (1.0 + math.exp(-z))


def test_runner_splits_features_into_typed_inputs() -> None:
    """Features reach the right input columns with their dtypes; int64 columns are rounded."""
    runner = GraphRunner(_three_input_graph(), THREE_SPEC)
    rows = np.array([[1.0, 2.0, 3.0, 1.9999999], [-0.5, 0.25, 2.0, -3.0]])
    got = runner.predict(rows)
    for i, row in enumerate(rows):
        named = dict(zip(THREE_SPEC.features, row.tolist(), strict=True))
        named["f4"] = float(round(named["f4"]))
        assert got[i] == pytest.approx(_sigmoid_of(named), abs=1e-6)
    assert got.dtype == np.float64 and got.shape == (2,)


def test_three_input_model_matches_python_oracle() -> None:
    """Exact SHAP on a multi-input graph equals brute-force Shapley values of the Python model."""
    rng = np.random.default_rng(1)
    bg = np.column_stack([rng.normal(size=(12, 3)), rng.integers(-2, 3, size=12)])
    case = {"f1": 1.2, "f2": -0.7, "f3": 0.4, "f4": 2.0}
    got = explain(_three_input_graph(), THREE_SPEC, bg, case)
    feats = THREE_SPEC.features
    bg_rows = [dict(zip(feats, r.tolist(), strict=True)) for r in bg]

    def value(subset: frozenset[str]) -> float:
        return math.fsum(
            _sigmoid_of({f: case[f] if f in subset else b[f] for f in feats}) for b in bg_rows
        ) / len(bg_rows)

    n = len(feats)
    for f in feats:
        others = [g for g in feats if g != f]
        want = math.fsum(
            math.factorial(k)
            * math.factorial(n - k - 1)
            / math.factorial(n)
            * (value(frozenset(s) | {f}) - value(frozenset(s)))
            for k in range(n)
            for s in itertools.combinations(others, k)
        )
        assert got.contributions[f] == pytest.approx(want, abs=1e-5), f


def test_spec_refuses_feature_without_column() -> None:
    """A feature that appears in no input column is refused, naming it."""
    with pytest.raises(ValueError, match="feature 'f5' appears in no input column"):
        ModelSpec("m", "1", (*THREE_SPEC.features, "f5"), THREE_SPEC.inputs, THREE_SPEC.output)


def test_spec_refuses_feature_in_two_inputs() -> None:
    """A feature listed in two inputs is refused, naming it."""
    inputs = (InputSpec("a", "float32", ("f3", "f1")), InputSpec("b", "int64", ("f4", "f1")))
    with pytest.raises(ValueError, match="feature 'f1' appears in inputs 'a' and 'b'"):
        ModelSpec("m", "1", ("f1", "f3", "f4"), inputs, THREE_SPEC.output)


def test_spec_refuses_column_that_is_not_a_feature() -> None:
    """An input column that is not a feature is refused, naming it."""
    with pytest.raises(ValueError, match="input column 'f2' is not a feature"):
        ModelSpec("m", "1", ("f1", "f3", "f4"), THREE_SPEC.inputs, THREE_SPEC.output)


def test_spec_refuses_unknown_dtype_and_kind() -> None:
    """Unknown input dtypes and output kinds are refused when the spec is built."""
    with pytest.raises(ValueError, match="dtype 'float16'"):
        InputSpec("a", "float16", ("f1",))
    with pytest.raises(ValueError, match="kind 'multiclass'"):
        OutputSpec("multiclass", "p")


def test_runner_refuses_dtype_mismatch() -> None:
    """A spec that declares another dtype than the graph input is refused at construction."""
    inputs = (InputSpec("a", "float64", ("f3", "f1")), *THREE_SPEC.inputs[1:])
    spec = ModelSpec("m", "1", THREE_SPEC.features, inputs, THREE_SPEC.output)
    with pytest.raises(ValueError, match="input 'a' is tensor\\(float\\) in the graph"):
        GraphRunner(_three_input_graph(), spec)


def test_runner_refuses_unknown_output() -> None:
    """A spec naming an output the graph does not have is refused."""
    spec = ModelSpec(
        "m", "1", THREE_SPEC.features, THREE_SPEC.inputs, OutputSpec("regression", "y")
    )
    with pytest.raises(ValueError, match="output 'y' is not in the graph"):
        GraphRunner(_three_input_graph(), spec)


def test_runner_reads_zipmap_output_through_its_tensor() -> None:
    """A classifier converted with skl2onnx's default ZipMap gives the zipmap=False values."""
    x, y, names = cancer(4)
    model = LogisticRegression(max_iter=1000).fit(x, y)
    spec = ModelSpec(
        "m",
        "1",
        names,
        (InputSpec("X", "float32", names),),
        OutputSpec("binary_probability", "output_probability"),
    )
    plain = replace(spec, output=OutputSpec("binary_probability", "probabilities"))
    zipped = GraphRunner(convert(model, x, zipmap=True), spec)
    want = GraphRunner(convert(model, x), plain).predict(x[:50])
    np.testing.assert_array_equal(zipped.predict(x[:50]), want)
    assert (zipped.output_name, zipped.labels) == ("probabilities", ("0", "1"))


def test_runner_without_graph_bytes_refuses_zipmap_naming_it() -> None:
    """Given only a session, a ZipMap cannot be unzipped: refused naming the output and type."""
    x, y, names = cancer(4)
    session = ort.InferenceSession(
        convert(LogisticRegression(max_iter=1000).fit(x, y), x, zipmap=True),
        providers=["CPUExecutionProvider"],
    )
    spec = ModelSpec(
        "m",
        "1",
        names,
        (InputSpec("X", "float32", names),),
        OutputSpec("binary_probability", "output_probability"),
    )
    with pytest.raises(GraphMismatch) as caught:
        GraphRunner(session, spec)
    assert caught.value.params == {
        "output": "output_probability",
        "expected": "a float tensor",
        "found": "seq(map(int64,tensor(float))) (graph unread)",
    }


def test_class_index_selects_column(logreg: Fitted) -> None:
    """class_index 0 gives one minus the class-1 probability."""
    spec0 = ModelSpec(
        "m",
        "1",
        logreg.spec.features,
        logreg.spec.inputs,
        OutputSpec("binary_probability", "probabilities", class_index=0),
    )
    p1 = GraphRunner(logreg.onnx, logreg.spec).predict(logreg.cases)
    p0 = GraphRunner(logreg.onnx, spec0).predict(logreg.cases)
    np.testing.assert_allclose(p0 + p1, 1.0, atol=1e-6)


def test_logit_of_saturated_probability_stays_finite() -> None:
    """A probability of exactly 1 gives a finite, clipped logit rather than infinity."""
    runner = GraphRunner(_three_input_graph(), THREE_SPEC)
    got = runner.predict(np.array([[200.0, -200.0, 0.0, 0.0]]), output_space="logit")
    assert np.isfinite(got).all()
    assert got[0] == pytest.approx(math.log((1 - 1e-12) / 1e-12))
