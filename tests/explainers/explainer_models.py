"""Builders of small real scikit-learn models converted with skl2onnx, for explainer tests."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import onnxruntime as ort
from numpy.typing import NDArray
from skl2onnx import to_onnx
from sklearn.base import BaseEstimator
from sklearn.datasets import load_breast_cancer, load_diabetes
from sklearn.pipeline import Pipeline

from explainers import InputSpec, ModelSpec, OutputSpec
from explainers.runner import GraphRunner

TARGET_OPSET = 17
N_BACKGROUND = 30


@dataclass(frozen=True)
class Fitted:
    """One converted model with its spec, a background sample and a few cases to explain."""

    onnx: bytes
    spec: ModelSpec
    columns: tuple[str, ...]  # graph column order (may differ from spec.features)
    background: NDArray[np.float64]  # in spec.features order
    cases: NDArray[np.float64]  # in spec.features order
    estimator: BaseEstimator  # the fitted scikit-learn model


def convert(model: BaseEstimator, x: NDArray[np.float64], *, zipmap: bool = False) -> bytes:
    """Convert a fitted estimator to ONNX bytes with a float32 input called X."""
    last = model.steps[-1][1] if isinstance(model, Pipeline) else model
    options = {} if zipmap or not hasattr(last, "predict_proba") else {id(last): {"zipmap": False}}
    onx = to_onnx(model, x[:1].astype(np.float32), options=options, target_opset=TARGET_OPSET)
    return bytes(onx.SerializeToString())


def fit(
    model: BaseEstimator,
    data: tuple[NDArray[np.float64], NDArray[np.float64], tuple[str, ...]],
    *,
    kind: str,
    features: tuple[str, ...] | None = None,
) -> Fitted:
    """Fit, convert and wrap a model; features may reorder the graph columns in the spec."""
    x, y, columns = data
    model.fit(x, y)
    output = (
        OutputSpec("binary_probability", "probabilities")
        if kind == "binary"
        else (OutputSpec("regression", "variable"))
    )
    features = columns if features is None else features
    spec = ModelSpec(
        model_id=f"test-{type(model).__name__.lower()}",
        model_version="1.0.0",
        features=features,
        inputs=(InputSpec("X", "float32", columns),),
        output=output,
        ranges={c: (float(x[:, i].min()), float(x[:, i].max())) for i, c in enumerate(columns)},
    )
    order = [columns.index(f) for f in features]
    rng = np.random.default_rng(0)
    rows = rng.choice(len(x), size=N_BACKGROUND + 3, replace=False)
    return Fitted(
        onnx=convert(model, x),
        spec=spec,
        columns=columns,
        background=x[rows[:N_BACKGROUND]][:, order],
        cases=x[rows[N_BACKGROUND:]][:, order],
        estimator=model,
    )


def cancer(n: int) -> tuple[NDArray[np.float64], NDArray[np.float64], tuple[str, ...]]:
    """The first n columns of the breast cancer data, with short feature ids."""
    ds = load_breast_cancer()
    names = tuple(str(s).replace(" ", "_") for s in ds.feature_names[:n])
    return np.asarray(ds.data[:, :n], dtype=np.float64), ds.target.astype(np.float64), names


def diabetes(n: int) -> tuple[NDArray[np.float64], NDArray[np.float64], tuple[str, ...]]:
    """The first n columns of the diabetes data, target standardised to O(1).

    The graph computes in float32: a raw target near 150 has an ulp of 1.5e-5, and onnxruntime
    may sum trees in a different order for different batch sizes, so an absolute 1e-5 check
    against the oracle only makes sense for outputs of order one.
    """
    ds = load_diabetes()
    names = tuple(str(s) for s in ds.feature_names[:n])
    y = np.asarray(ds.target, dtype=np.float64)
    return np.asarray(ds.data[:, :n], dtype=np.float64), (y - y.mean()) / y.std(), names


def graph_only(fitted: Fitted) -> GraphRunner:
    """A runner that cannot read the graph's bytes, so only enumeration is available."""
    session = ort.InferenceSession(fitted.onnx, providers=["CPUExecutionProvider"])
    return GraphRunner(session, fitted.spec)
