"""Builders of tree ensembles (scikit-learn, XGBoost, LightGBM, opset 5) for explainer tests."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import onnx
from explainer_models import Fitted, cancer, diabetes, fit
from numpy.typing import NDArray
from onnx import helper, numpy_helper
from opset5 import rewrite_as_opset5

from explainers import InputSpec, ModelSpec, OutputSpec

Data = tuple[Fitted, NDArray[np.float64]]  # a fitted model and its full X in graph order


def sklearn_model(model: object, n: int, kind: str, *, reverse: bool = False) -> Data:
    """Fit and convert a scikit-learn model on n columns of breast cancer or diabetes."""
    data = cancer(n) if kind == "binary" else diabetes(n)
    features = tuple(reversed(data[2])) if reverse else None
    return fit(model, data, kind=kind, features=features), data[0]


def onnxmltools_model(
    estimator: object, data: tuple[NDArray[np.float64], NDArray[np.float64], tuple[str, ...]]
) -> Fitted:
    """Fit an XGBoost or LightGBM classifier and convert it with onnxmltools (no ZipMap)."""
    from onnxmltools import convert_lightgbm, convert_xgboost
    from onnxmltools.convert.common.data_types import FloatTensorType

    x, y, columns = data
    estimator.fit(x, y)  # type: ignore[attr-defined]
    types = [("X", FloatTensorType([None, x.shape[1]]))]
    if type(estimator).__module__.startswith("xgboost"):
        proto = convert_xgboost(estimator, initial_types=types, target_opset=15)
    else:
        proto = convert_lightgbm(estimator, initial_types=types, target_opset=15, zipmap=False)
    spec = ModelSpec(
        model_id="test-gbm",
        model_version="1.0.0",
        features=columns,
        inputs=(InputSpec("X", "float32", columns),),
        output=OutputSpec("binary_probability", "probabilities"),
    )
    rows = np.random.default_rng(2).choice(len(x), size=3, replace=False)
    cases = x[rows].copy()
    cases[0, 1] = np.nan  # a missing value follows the tree's default direction
    return Fitted(proto.SerializeToString(), spec, columns, x[:1], cases, estimator)


def to_opset5(fitted: Fitted) -> Fitted:
    """The fitted regressor rewritten as an opset-5 TreeEnsemble (see opset5.py)."""
    return replace(fitted, onnx=rewrite_as_opset5(fitted.onnx, len(fitted.columns)))


def graph_order(spec: ModelSpec) -> list[int]:
    """Positions in spec.features of the graph's input columns."""
    return [spec.features.index(c) for c in spec.inputs[0].columns]


def split_thresholds(model: bytes) -> list[tuple[int, float]]:
    """(graph column, float32 threshold) of every split of the graph's tree ensemble."""
    node = next(n for n in onnx.load_from_string(model).graph.node if "TreeEnsemble" in n.op_type)
    attrs = {a.name: helper.get_attribute_value(a) for a in node.attribute}
    feats = attrs["nodes_featureids"]
    if "nodes_splits" in attrs:  # opset 5: every node is a split
        values = numpy_helper.to_array(attrs["nodes_splits"]).tolist()
        modes = [b"SPLIT"] * len(values)
    else:
        values, modes = attrs["nodes_values"], attrs["nodes_modes"]
    return [
        (int(f), float(np.float32(t)))
        for f, t, m in zip(feats, values, modes, strict=True)
        if m != b"LEAF"
    ]


def boundary_case(model: bytes, spec: ModelSpec) -> NDArray[np.float64]:
    """A case whose every feature sits exactly on one of the model's split thresholds."""
    x = np.zeros(len(spec.features))
    order = graph_order(spec)
    for f, t in split_thresholds(model):
        x[order[f]] = t
    return x
