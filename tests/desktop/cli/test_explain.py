"""`kuona explain` agrees with a brute-force oracle for every kind of model a clinic may receive."""

from __future__ import annotations

import csv
import itertools
import json
import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import onnx
import onnxruntime as ort
import pytest
from numpy.typing import NDArray
from sklearn.datasets import load_breast_cancer, load_diabetes
from sklearn.ensemble import (
    GradientBoostingClassifier,
    GradientBoostingRegressor,
    RandomForestClassifier,
)
from sklearn.linear_model import LogisticRegression
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from models.catalog import BUILTIN_CATALOG, find_packages
from models.eligibility import passing_answers
from models.signing import TrustStore
from models.verify import verify_package
from tests.desktop.cli.runner import kuona

Builder = Callable[[], tuple[bytes, NDArray[np.float64], list[str], str]]


def oracle(
    session: ort.InferenceSession,
    output: str,
    space: str,
    column: int,
    background: NDArray[np.float64],
    case: NDArray[np.float64],
) -> tuple[float, list[float]]:
    """Brute force over all subsets: v(S) = mean over background of f(case on S, b elsewhere)."""
    name = session.get_inputs()[0].name

    def f(rows: list[list[float]]) -> list[float]:
        out = session.run([output], {name: np.array(rows, dtype=np.float32)})[0]
        out = np.asarray(out, dtype=np.float64).reshape(len(rows), -1)[:, column]
        if space == "logit":  # saturated float32 probabilities: clipped, as documented
            out = np.clip(out, 1e-12, 1 - 1e-12)
            return [math.log(p) - math.log1p(-p) for p in out]
        return [float(v) for v in out]

    n = len(case)
    values: dict[frozenset[int], float] = {}
    for size in range(n + 1):
        for subset in itertools.combinations(range(n), size):
            s = frozenset(subset)
            rows = [[case[j] if j in s else b[j] for j in range(n)] for b in background]
            values[s] = math.fsum(f(rows)) / len(rows)
    phi = []
    for i in range(n):
        terms = []
        for s, v in values.items():
            if i not in s:
                w = math.factorial(len(s)) * math.factorial(n - len(s) - 1) / math.factorial(n)
                terms.append(w * (values[s | {i}] - v))
        phi.append(math.fsum(terms))
    return values[frozenset()], phi


def margin_graph(model: bytes) -> bytes | None:
    """The same graph with its LOGISTIC post-transform removed: the positive column is the logit.

    float32 probabilities near 0 or 1 lose the logit's digits, so the oracle reads the margin
    from the graph itself where the graph has one; None for graphs without such a node.
    """
    proto = onnx.load_from_string(model)
    found = False
    for node in proto.graph.node:
        for attr in node.attribute:
            if attr.name == "post_transform" and attr.s == b"LOGISTIC":
                attr.s, found = b"NONE", True
    return proto.SerializeToString() if found else None


def _data(kind: str, n: int) -> tuple[NDArray[np.float64], NDArray[np.float64], list[str]]:
    ds = load_breast_cancer() if kind == "binary" else load_diabetes()
    y = np.asarray(ds.target, dtype=np.float64)
    if kind != "binary":
        y = (y - y.mean()) / y.std()
    names = [f"f{i}" for i in range(n)]
    return np.asarray(ds.data[:, :n], dtype=np.float64), y, names


def _skl(model: Any, kind: str, n: int) -> tuple[bytes, NDArray[np.float64], list[str], str]:
    from skl2onnx import to_onnx

    x, y, names = _data(kind, n)
    model.fit(x, y)
    last = model.steps[-1][1] if hasattr(model, "steps") else model
    options = {id(last): {"zipmap": False}} if kind == "binary" else {}
    onx = to_onnx(model, x[:1].astype(np.float32), options=options, target_opset=17)
    return onx.SerializeToString(), x, names, kind


def _gbm(library: str) -> tuple[bytes, NDArray[np.float64], list[str], str]:
    from onnxmltools import convert_lightgbm, convert_xgboost
    from onnxmltools.convert.common.data_types import FloatTensorType

    x, y, names = _data("binary", 6)
    types = [("input", FloatTensorType([None, 6]))]
    if library == "xgboost":
        import xgboost

        model = xgboost.XGBClassifier(n_estimators=30, max_depth=3, base_score=0.3).fit(x, y)
        proto = convert_xgboost(model, initial_types=types, target_opset=15)
    else:
        import lightgbm

        model = lightgbm.LGBMClassifier(n_estimators=30, num_leaves=8, verbose=-1).fit(x, y)
        proto = convert_lightgbm(model, initial_types=types, target_opset=15, zipmap=False)
    return proto.SerializeToString(), x, names, "binary"


def _opset5() -> tuple[bytes, NDArray[np.float64], list[str], str]:
    from tests.explainers.opset5 import rewrite_as_opset5

    regressor = GradientBoostingRegressor(n_estimators=20, max_depth=3, random_state=0)
    model, x, names, kind = _skl(regressor, "raw", 6)
    return rewrite_as_opset5(model, 6), x, names, kind


MODELS: dict[str, Builder] = {
    "logistic+scaler": lambda: _skl(
        make_pipeline(StandardScaler(), LogisticRegression()), "binary", 7
    ),
    "random-forest": lambda: _skl(
        RandomForestClassifier(n_estimators=25, max_depth=4, random_state=0), "binary", 6
    ),
    "gradient-boosting-clf": lambda: _skl(
        GradientBoostingClassifier(n_estimators=30, random_state=0), "binary", 6
    ),
    "gradient-boosting-reg": lambda: _skl(
        GradientBoostingRegressor(n_estimators=30, random_state=0), "raw", 6
    ),
    "xgboost": lambda: _gbm("xgboost"),
    "lightgbm": lambda: _gbm("lightgbm"),
    "opset5-tree-ensemble": _opset5,
    "mlp": lambda: _skl(
        make_pipeline(
            StandardScaler(), MLPClassifier(hidden_layer_sizes=(12,), max_iter=2000, random_state=0)
        ),
        "binary",
        6,
    ),
}


@pytest.mark.parametrize("name", list(MODELS))
def test_explain_onnx_matches_oracle(name: str, tmp_path: Path, kuona_home: Path) -> None:
    """`explain --onnx --json`: exact, contributions within 1e-5, additivity within 1e-6."""
    model, x, names, kind = MODELS[name]()
    (tmp_path / "m.onnx").write_bytes(model)
    background = x[::23][:20]
    with (tmp_path / "bg.csv").open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(names)
        writer.writerows([[repr(float(v)) for v in row] for row in background])
    case = x[7]
    (tmp_path / "case.json").write_text(json.dumps(dict(zip(names, map(float, case), strict=True))))
    session = ort.InferenceSession(model, providers=["CPUExecutionProvider"])
    outputs = {o.name: o for o in session.get_outputs()}
    output = "probabilities" if kind == "binary" else next(iter(outputs))
    spaces = ["raw"] if kind != "binary" else ["probability", "logit"]
    if name == "random-forest":
        # averaged float32 probabilities reach exactly 0 or 1: their logit is clipped noise
        spaces.remove("logit")
    for space in spaces:
        result = kuona(
            "explain",
            "--onnx",
            str(tmp_path / "m.onnx"),
            "--background",
            str(tmp_path / "bg.csv"),
            "--case",
            str(tmp_path / "case.json"),
            "--json",
            "--output-space",
            space,
            home=kuona_home,
        )
        assert result.returncode == 0, result.stderr
        got = json.loads(result.stdout)
        margin = margin_graph(model) if space == "logit" else None
        reference = session
        if margin is not None:
            reference = ort.InferenceSession(margin, providers=["CPUExecutionProvider"])
        oracle_space = "raw" if margin is not None else space
        column = 1 if kind == "binary" else 0
        base, phi = oracle(reference, output, oracle_space, column, background, case)
        assert got["exact"] is True
        assert got["output_space"] == space
        assert got["base_value"] == pytest.approx(base, abs=1e-6)
        assert list(got["contributions"].values()) == pytest.approx(phi, abs=1e-5)
        total = got["base_value"] + math.fsum(got["contributions"].values())
        assert total == pytest.approx(got["prediction"], abs=1e-6)


@pytest.mark.parametrize("path", find_packages([BUILTIN_CATALOG]), ids=lambda p: p.name)
def test_explain_catalog_model_matches_oracle(path: Path, tmp_path: Path, kuona_home: Path) -> None:
    """Every catalog model: `explain --model --json` equals the brute-force oracle."""
    package = verify_package(path, TrustStore.load())
    background = package.background
    case = background[len(background) // 3]
    features = package.card.feature_ids
    answers = passing_answers(package.card.raw)
    (tmp_path / "case.json").write_text(
        json.dumps({**dict(zip(features, map(float, case), strict=True)), "eligibility": answers})
    )
    result = kuona(
        "explain",
        "--model",
        str(path),
        "--case",
        str(tmp_path / "case.json"),
        "--json",
        home=kuona_home,
    )
    assert result.returncode == 0, result.stderr
    got = json.loads(result.stdout)
    session = package.runner.session
    base, phi = oracle(session, "probabilities", "probability", 1, background, case)
    assert got["exact"] is True
    assert list(got["contributions"]) == list(features)
    assert got["base_value"] == pytest.approx(base, abs=1e-6)
    assert list(got["contributions"].values()) == pytest.approx(phi, abs=1e-5)
    assert set(got) == {
        "model",
        "model_version",
        "prediction",
        "output_space",
        "base_value",
        "contributions",
        "method",
        "exact",
        "warnings",
        "interval",
    }
    assert got["interval"]["method"] == "venn-abers"
    assert got["interval"]["low"] <= got["interval"]["high"]


def test_explain_refuses_incomplete_case(tmp_path: Path, kuona_home: Path) -> None:
    """A case without a required feature fails with one line naming the file and the feature."""
    (tmp_path / "case.json").write_text(json.dumps({"glu": 120}))
    result = kuona(
        "explain",
        "--model",
        "pima-diabetes-lr",
        "--case",
        str(tmp_path / "case.json"),
        home=kuona_home,
    )
    assert result.returncode == 1
    assert result.stderr.strip() == "kuona: case.json: the case has no value for 'npreg'."


def test_explain_refuses_text_value(tmp_path: Path, kuona_home: Path) -> None:
    """A case value that is not a number is refused naming the field."""
    (tmp_path / "case.json").write_text(json.dumps({"glu": "high"}))
    result = kuona(
        "explain",
        "--model",
        "pima-diabetes-lr",
        "--case",
        str(tmp_path / "case.json"),
        home=kuona_home,
    )
    assert result.returncode == 1
    assert "'glu'" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_explain_human_output_is_in_percentage_points(kuona_home: Path, tmp_path: Path) -> None:
    """The human reading gives risk in %, points per factor, and flags out-of-range inputs."""
    case = {"npreg": 2, "glu": 180, "bp": 70, "skin": 30, "bmi": 35.1, "ped": 0.5, "age": 85}
    case["eligibility"] = {"pregnant": False, "male": False, "known_diabetes": False}  # type: ignore[assignment]
    (tmp_path / "case.json").write_text(json.dumps(case))
    result = kuona(
        "explain",
        "--model",
        "pima-diabetes-lr",
        "--case",
        str(tmp_path / "case.json"),
        home=kuona_home,
    )
    assert result.returncode == 0, result.stderr
    assert "percentage points" in result.stdout
    assert "demonstration - not for clinical use" in result.stdout
    assert "age is outside the range the model was validated on" in result.stdout
