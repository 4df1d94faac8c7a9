"""`kuona explain --onnx` on the files stewards bring: ZipMap outputs, gaps, several classes;
every refusal about the graph is one line naming the input or output, with no placeholder."""

from __future__ import annotations

import csv
import itertools
import json
import math
from pathlib import Path
from typing import Any

import numpy as np
import onnx
import onnxruntime as ort
import pytest
from numpy.typing import NDArray
from onnx import TensorProto, helper
from sklearn.datasets import load_breast_cancer, load_iris

from tests.desktop.cli.runner import kuona

Files = tuple[Path, Path, Path]


def _write(
    folder: Path, model: bytes, names: list[str], background: NDArray[np.float64], case: Any
) -> Files:
    """model.onnx, bg.csv (empty cell: missing) and case.json (null: missing) in `folder`."""
    paths = (folder / "model.onnx", folder / "bg.csv", folder / "case.json")
    paths[0].write_bytes(model)
    with paths[1].open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(names)
        writer.writerows([["" if math.isnan(v) else repr(float(v)) for v in r] for r in background])
    values = {n: None if math.isnan(v) else float(v) for n, v in zip(names, case, strict=True)}
    paths[2].write_text(json.dumps(values))
    return paths


def _run(files: Files, home: Path, *extra: str) -> Any:
    model, background, case = files
    args = ["explain", "--onnx", str(model), "--background", str(background)]
    return kuona(*args, "--case", str(case), *extra, home=home)


def _oracle(
    model: bytes, output: str, key: Any, background: NDArray[np.float64], case: NDArray[np.float64]
) -> tuple[float, list[float]]:
    """Brute force over every subset, reading the graph's own (ZipMap) output for class `key`."""
    session = ort.InferenceSession(model, providers=["CPUExecutionProvider"])
    name = session.get_inputs()[0].name
    n = len(case)

    def v(subset: frozenset[int]) -> float:
        rows = [[case[j] if j in subset else b[j] for j in range(n)] for b in background]
        (out,) = session.run([output], {name: np.array(rows, dtype=np.float32)})
        return math.fsum(float(m[key]) for m in out) / len(rows)

    values = {
        frozenset(s): v(frozenset(s))
        for size in range(n + 1)
        for s in itertools.combinations(range(n), size)
    }
    phi = []
    for i in range(n):
        terms = [
            math.factorial(len(s))
            * math.factorial(n - len(s) - 1)
            / math.factorial(n)
            * (values[s | {i}] - value)
            for s, value in values.items()
            if i not in s
        ]
        phi.append(math.fsum(terms))
    return values[frozenset()], phi


def _cancer(gaps: float) -> tuple[NDArray[np.float64], NDArray[np.int64], list[str]]:
    data = load_breast_cancer()
    x = np.asarray(data.data[:, :5], dtype=np.float64).copy()
    if gaps:
        x[np.random.default_rng(3).random(x.shape) < gaps] = np.nan
    return x, np.asarray(data.target, dtype=np.int64), [f"f{i}" for i in range(5)]


def _assert_exact(result: Any, base: float, phi: list[float]) -> dict[str, Any]:
    assert result.returncode == 0, result.stderr
    got: dict[str, Any] = json.loads(result.stdout)
    assert got["exact"] is True
    assert got["base_value"] == pytest.approx(base, abs=1e-6)
    assert list(got["contributions"].values()) == pytest.approx(phi, abs=1e-5)
    total = got["base_value"] + math.fsum(got["contributions"].values())
    assert total == pytest.approx(got["prediction"], abs=1e-6)
    return got


def test_zipmap_classifier_with_string_labels(tmp_path: Path, kuona_home: Path) -> None:
    """skl2onnx defaults (ZipMap, labels 'benign'/'malignant'): the second class by default,
    or the one --class names, explained exactly."""
    from skl2onnx import to_onnx
    from sklearn.ensemble import GradientBoostingClassifier

    x, y, names = _cancer(0.0)
    labels = np.where(y == 1, "benign", "malignant")
    model = GradientBoostingClassifier(n_estimators=20, random_state=0).fit(x, labels)
    onx = to_onnx(model, x[:1].astype(np.float32)).SerializeToString()
    background, case = x[::25][:20], x[8]
    files = _write(tmp_path, onx, names, background, case)
    for chosen in ("malignant", "benign"):
        extra = ["--class", chosen] if chosen == "benign" else []
        result = _run(files, kuona_home, "--json", *extra)
        base, phi = _oracle(onx, "output_probability", chosen, background, case)
        _assert_exact(result, base, phi)


def test_gaps_in_case_and_background_of_a_lightgbm_zipmap(tmp_path: Path, kuona_home: Path) -> None:
    """LightGBM with onnxmltools' defaults (ZipMap): empty cells and null values follow the
    trees' default branches, exactly; the human reading says which value was not measured."""
    import lightgbm
    from onnxmltools import convert_lightgbm
    from onnxmltools.convert.common.data_types import FloatTensorType

    x, y, names = _cancer(0.15)
    model = lightgbm.LGBMClassifier(n_estimators=20, num_leaves=8, verbose=-1, n_jobs=1)
    model.fit(x, y)
    types = [("input", FloatTensorType([None, 5]))]
    onx = convert_lightgbm(model, initial_types=types).SerializeToString()
    background = x[::20][:25]
    case = x[7].copy()
    case[1] = np.nan
    files = _write(tmp_path, onx, names, background, case)
    base, phi = _oracle(onx, "probabilities", 1, background, case)
    got = _assert_exact(_run(files, kuona_home, "--json"), base, phi)
    assert {"code": "missing", "feature": "f1"} in got["warnings"]
    human = _run(files, kuona_home)
    assert "(f1 = not measured)" in human.stdout


def test_multiclass_needs_a_class_and_explains_it(tmp_path: Path, kuona_home: Path) -> None:
    """Three iris species: refused in one line naming the classes, until --class picks one."""
    from skl2onnx import to_onnx
    from sklearn.ensemble import RandomForestClassifier

    data = load_iris()
    x = np.asarray(data.data, dtype=np.float64)
    species = np.asarray(data.target_names)[data.target]
    model = RandomForestClassifier(n_estimators=15, max_depth=3, random_state=0).fit(x, species)
    onx = to_onnx(model, x[:1].astype(np.float32)).SerializeToString()
    names = ["sl", "sw", "pl", "pw"]
    files = _write(tmp_path, onx, names, x[::8], x[120])
    refused = _run(files, kuona_home, "--json")
    assert refused.returncode == 1
    assert refused.stderr.splitlines() == [
        "kuona: model.onnx: the model's output 'output_probability' does not fit (expected a "
        "chosen class (more than two classes), found classes 'setosa', 'versicolor', "
        "'virginica')."
    ]
    base, phi = _oracle(onx, "output_probability", "virginica", x[::8], x[120])
    _assert_exact(_run(files, kuona_home, "--json", "--class", "virginica"), base, phi)


def _graph(inputs: list[onnx.ValueInfoProto], outputs: list[onnx.ValueInfoProto]) -> bytes:
    """A tiny valid graph: each output is the sum of the first input's columns (or a Cast)."""
    first = inputs[0].name
    nodes = []
    if inputs[0].type.tensor_type.elem_type == TensorProto.STRING:
        nodes.append(helper.make_node("Cast", [first], ["numbers"], to=TensorProto.FLOAT))
        first = "numbers"
    for out in outputs:
        elem = out.type.tensor_type.elem_type
        if elem in (TensorProto.FLOAT, TensorProto.DOUBLE):
            nodes.append(helper.make_node("ReduceSum", [first], [out.name], keepdims=1))
        else:
            nodes.append(helper.make_node("Cast", [first], [out.name], to=elem))
    graph = helper.make_graph(nodes, "g", inputs, outputs)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])
    model.ir_version = 8
    onnx.checker.check_model(model)
    return model.SerializeToString()


def _tensor(name: str, elem: int, width: int | None) -> onnx.ValueInfoProto:
    return helper.make_tensor_value_info(name, elem, [None, width] if width else [None])


REFUSALS = {
    "background narrower than the graph": (
        [_tensor("X", TensorProto.FLOAT, 6)],
        [_tensor("y", TensorProto.FLOAT, 1)],
        "the model's input 'X' does not fit (expected [N, 5] (f0, f1, f2, f3, f4), found [N, 6])",
    ),
    "a string input": (
        [_tensor("X", TensorProto.STRING, 5)],
        [_tensor("y", TensorProto.FLOAT, 1)],
        "the model's input 'X' does not fit (expected a float or int64 tensor (string inputs "
        "need a model package), found tensor(string))",
    ),
    "inputs neither one nor one per column": (
        [_tensor("a", TensorProto.FLOAT, 3), _tensor("b", TensorProto.FLOAT, 2)],
        [_tensor("y", TensorProto.FLOAT, 1)],
        "the model's input 'a, b' does not fit (expected one input for all columns, or one "
        "input per column named f0, f1, f2, f3, f4, found 2 inputs a, b)",
    ),
    "no float output": (
        [_tensor("X", TensorProto.FLOAT, 5)],
        [_tensor("label", TensorProto.INT64, 5)],
        "the model's output 'label' does not fit (expected class probabilities ([N, C] or a "
        "ZipMap) or one [N, 1] value, found label tensor(int64) [None, 5])",
    ),
}


@pytest.mark.parametrize("name", list(REFUSALS))
def test_graph_refusals_name_what_was_expected_and_found(
    name: str, tmp_path: Path, kuona_home: Path
) -> None:
    """Each refusal about the graph is one line naming the input or output, no placeholder."""
    inputs, outputs, sentence = REFUSALS[name]
    x, _, names = _cancer(0.0)
    files = _write(tmp_path, _graph(inputs, outputs), names, x[:10], x[11])
    result = _run(files, kuona_home)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [f"kuona: model.onnx: {sentence}."]
    assert "?" not in result.stderr


def test_unknown_class_is_refused_naming_the_classes(tmp_path: Path, kuona_home: Path) -> None:
    """--class with a label the classifier does not have names the classes it has."""
    from skl2onnx import to_onnx
    from sklearn.linear_model import LogisticRegression

    x, y, names = _cancer(0.0)
    onx = to_onnx(LogisticRegression(max_iter=3000).fit(x, y), x[:1].astype(np.float32))
    files = _write(tmp_path, onx.SerializeToString(), names, x[:10], x[11])
    result = _run(files, kuona_home, "--class", "yes")
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "kuona: model.onnx: the model's output 'output_probability' does not fit "
        "(expected class 'yes', found classes '0', '1')."
    ]


def test_gaps_a_model_cannot_take_are_refused(tmp_path: Path, kuona_home: Path) -> None:
    """An MLP gives no number for a missing value: the case's gap, then a background gap, is
    refused in one line naming the file and the feature."""
    from skl2onnx import to_onnx
    from sklearn.neural_network import MLPClassifier
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    x, y, names = _cancer(0.0)
    mlp = MLPClassifier(hidden_layer_sizes=(4,), max_iter=500, random_state=0)
    model = make_pipeline(StandardScaler(), mlp).fit(x, y)
    onx = to_onnx(model, x[:1].astype(np.float32)).SerializeToString()
    case = x[11].copy()
    case[2] = np.nan
    files = _write(tmp_path, onx, names, x[:10], case)
    result = _run(files, kuona_home)
    assert result.stderr.splitlines() == [
        "kuona: case.json: 'f2' is missing, and this model does not accept missing values."
    ]
    background = x[:10].copy()
    background[3, 4] = np.nan
    files = _write(tmp_path, onx, names, background, x[11])
    result = _run(files, kuona_home)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "kuona: bg.csv: line 5: the model gives no value when f4 is missing."
    ]


def test_graph_failing_shape_inference_is_one_line(tmp_path: Path, kuona_home: Path) -> None:
    """A graph whose operator cannot take its input type (ReduceSum of strings) is refused in
    one line by onnx's checker, not with a traceback."""
    graph = helper.make_graph(
        [helper.make_node("ReduceSum", ["X"], ["y"], keepdims=1)],
        "g",
        [_tensor("X", TensorProto.STRING, 5)],
        [_tensor("y", TensorProto.FLOAT, 1)],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])
    x, _, names = _cancer(0.0)
    files = _write(tmp_path, model.SerializeToString(), names, x[:10], x[11])
    result = _run(files, kuona_home)
    assert result.returncode == 1
    (line,) = result.stderr.splitlines()
    assert line.startswith("kuona: model.onnx: not a valid ONNX model (onnx.checker: ")
    assert "ReduceSum" in line
