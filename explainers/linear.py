"""Closed-form interventional SHAP values for ONNX graphs that are linear in their inputs.

find_linear() recognises the chain skl2onnx writes for scikit-learn linear models:

    input -> [Cast] -> [Scaler] -> LinearClassifier | LinearRegressor -> [Normalizer L1] -> output

and folds it into one weight vector over the raw inputs, in spec.features order. Anything else
(a Normalizer in front of the linear op, MatMul graphs, multi-class, PROBIT, ...) gives None, so
the caller falls back to exact enumeration.

Margin space: for a binary classifier, the logit log(p / (1 - p)) of the probability column
spec.output.class_index; for a regressor, the raw output. onnxruntime (1.32, checked by the
tests) turns the scores s of LinearClassifier into the probability tensor as follows:

* two coefficient rows (skl2onnx's layout: row 0 = -row 1), LOGISTIC: [sigmoid(s0), sigmoid(s1)],
  so the logit of column c is s_c;
* two rows, SOFTMAX: softmax([s0, s1]), so the logit of column c is s_c - s_(1-c);
* one row, LOGISTIC: [1 - sigmoid(s), sigmoid(s)], so the logit is s (column 1) or -s (column 0);
* one row with NONE or SOFTMAX: [1 - s, s], raw scores that are no probabilities: refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import onnx
from numpy.typing import NDArray

from explainers.spec import ModelSpec

_ML_DOMAIN = "ai.onnx.ml"
_DEFAULT_DOMAINS = ("", "ai.onnx")
_FLOAT_CASTS = (onnx.TensorProto.FLOAT, onnx.TensorProto.DOUBLE)
_LINEAR_OPS = ("LinearClassifier", "LinearRegressor")
_MAX_CHAIN = 16


@dataclass(frozen=True, eq=False)
class LinearModel:
    """margin(x) = x . weights + intercept over raw inputs in spec.features order."""

    weights: NDArray[np.float64]
    intercept: float
    post_transform: str
    kind: str  # "classifier" (margin = logit of the explained column) or "regressor"

    def __post_init__(self) -> None:
        """Keep a read-only float64 copy of the weights."""
        w = np.array(self.weights, dtype=np.float64).reshape(-1)
        w.setflags(write=False)
        object.__setattr__(self, "weights", w)
        object.__setattr__(self, "intercept", float(self.intercept))

    def margin(self, rows: NDArray[np.float64]) -> NDArray[np.float64]:
        """Return the [N] margins (logit or raw value) of a [N, n_features] matrix."""
        x = np.asarray(rows, dtype=np.float64)
        if x.ndim != 2 or x.shape[1] != len(self.weights):
            raise ValueError(f"expected rows of shape [N, {len(self.weights)}], got {x.shape}")
        return np.asarray(x @ self.weights + self.intercept, dtype=np.float64)


def linear_margin_shap(
    lin: LinearModel, background: NDArray[np.float64], case: NDArray[np.float64]
) -> tuple[float, float, NDArray[np.float64]]:
    """Return (margin prediction, margin base, contributions) with phi_i = w_i (x_i - mean b_i).

    These are the exact interventional Shapley values of the margin over the whole background;
    base + sum(phi) equals the prediction up to float64 rounding.
    """
    n = len(lin.weights)
    bg = np.asarray(background, dtype=np.float64)
    x = np.asarray(case, dtype=np.float64).reshape(-1)
    if bg.ndim != 2 or bg.shape[1] != n or len(bg) == 0:
        raise ValueError(f"background must have shape [B >= 1, {n}], got {bg.shape}")
    if x.shape != (n,):
        raise ValueError(f"case must have {n} values, got {x.shape[0]}")
    mean_b = bg.mean(axis=0)
    phi = lin.weights * (x - mean_b)
    prediction = float(x @ lin.weights + lin.intercept)
    base = float(mean_b @ lin.weights + lin.intercept)
    return prediction, base, phi


def _attrs(node: onnx.NodeProto) -> dict[str, Any]:
    """Return the node's attributes as Python values, strings decoded."""
    out: dict[str, Any] = {}
    for attr in node.attribute:
        value = onnx.helper.get_attribute_value(attr)
        out[attr.name] = value.decode() if isinstance(value, bytes) else value
    return out


def _chain(graph: onnx.GraphProto, output: str, source: str) -> list[onnx.NodeProto] | None:
    """Return the single-input nodes leading from source to output, in order, or None."""
    producers = {name: node for node in graph.node for name in node.output if name}
    nodes: list[onnx.NodeProto] = []
    name = output
    while name != source:
        node = producers.get(name)
        inputs = [] if node is None else [i for i in node.input if i]
        if node is None or len(inputs) != 1 or len(nodes) >= _MAX_CHAIN:
            return None
        nodes.append(node)
        name = inputs[0]
    return nodes[::-1]


def _is_pass_through(node: onnx.NodeProto) -> bool:
    """Identity, or a Cast to float or double: value-preserving up to rounding."""
    if node.domain not in _DEFAULT_DOMAINS:
        return False
    if node.op_type == "Identity":
        return True
    return node.op_type == "Cast" and _attrs(node).get("to") in _FLOAT_CASTS


def _fold_prefix(
    nodes: list[onnx.NodeProto], n: int
) -> tuple[NDArray[np.float64], NDArray[np.float64]] | None:
    """Return (offset, scale) of the nodes before the linear op (at most one Scaler), or None."""
    offset, scale = np.zeros(n), np.ones(n)
    scalers = 0
    for node in nodes:
        if _is_pass_through(node):
            continue
        if node.domain != _ML_DOMAIN or node.op_type != "Scaler" or scalers:
            return None  # e.g. a Normalizer in front of the linear op: not linear in x
        a = _attrs(node)
        off, sc = np.asarray(a.get("offset", []), float), np.asarray(a.get("scale", []), float)
        if len(off) not in (1, n) or len(sc) not in (1, n):
            return None
        offset, scale = np.broadcast_to(off, (n,)), np.broadcast_to(sc, (n,))
        scalers += 1
    return offset, scale


def _rows(attrs: dict[str, Any], n: int) -> tuple[NDArray[np.float64], NDArray[np.float64]] | None:
    """Return the linear op's [k, n] coefficients and [k] intercepts, or None if inconsistent."""
    coef = np.asarray(attrs.get("coefficients", []), dtype=np.float64)
    if len(coef) == 0 or len(coef) % n:
        return None
    k = len(coef) // n
    intercepts = np.asarray(attrs.get("intercepts", [0.0] * k), dtype=np.float64)
    if len(intercepts) != k:
        return None
    return coef.reshape(k, n), intercepts


def _classifier_margin(
    node: onnx.NodeProto, n: int, class_index: int
) -> tuple[NDArray[np.float64], float, str, bool] | None:
    """Return (weights, intercept, post_transform, sums_to_one) of the explained column's logit."""
    a = _attrs(node)
    labels = a.get("classlabels_ints", a.get("classlabels_strings", []))
    post = str(a.get("post_transform", "NONE"))
    rows = _rows(a, n)
    if rows is None or len(labels) != 2 or class_index > 1:
        return None
    coef, b = rows
    other = 1 - class_index
    if post == "LOGISTIC" and len(b) == 1:
        sign = 1.0 if class_index == 1 else -1.0
        return sign * coef[0], sign * float(b[0]), post, True
    if post == "LOGISTIC" and len(b) == 2:
        complementary = bool(np.array_equal(coef[0], -coef[1]) and b[0] == -b[1])
        return coef[class_index], float(b[class_index]), post, complementary
    if post == "SOFTMAX" and len(b) == 2:
        diff = coef[class_index] - coef[other]
        return diff, float(b[class_index] - b[other]), post, True
    return None


def _regressor_margin(node: onnx.NodeProto, n: int) -> tuple[NDArray[np.float64], float] | None:
    """Return (weights, intercept) of a single-target LinearRegressor without post-transform."""
    a = _attrs(node)
    rows = _rows(a, n)
    if rows is None or a.get("targets", 1) != 1 or a.get("post_transform", "NONE") != "NONE":
        return None
    coef, b = rows
    return (coef[0], float(b[0])) if len(b) == 1 else None


def _suffix_ok(nodes: list[onnx.NodeProto], sums_to_one: bool) -> bool:
    """Accept pass-through nodes and L1 Normalizers that leave summing-to-one rows unchanged."""
    for node in nodes:
        if _is_pass_through(node):
            continue
        is_l1 = node.op_type == "Normalizer" and _attrs(node).get("norm", "MAX") == "L1"
        if not (node.domain == _ML_DOMAIN and is_l1 and sums_to_one):
            return False
    return True


def _linear_node(chain: list[onnx.NodeProto], spec: ModelSpec) -> int | None:
    """Return the position of the single linear op in the chain, if its kind and output fit."""
    found = [i for i, node in enumerate(chain) if node.op_type in _LINEAR_OPS]
    if len(found) != 1 or chain[found[0]].domain != _ML_DOMAIN:
        return None
    node = chain[found[0]]
    wanted = "LinearClassifier" if spec.output.kind == "binary_probability" else "LinearRegressor"
    follows = chain[found[0] + 1].input[0] if found[0] + 1 < len(chain) else spec.output.name
    port = 1 if wanted == "LinearClassifier" else 0  # LinearClassifier: (label, scores)
    if node.op_type != wanted or len(node.output) <= port or node.output[port] != follows:
        return None
    return found[0]


def _fold_op(
    chain: list[onnx.NodeProto], at: int, spec: ModelSpec
) -> tuple[NDArray[np.float64], float, str, str] | None:
    """Return (weights, intercept, post_transform, kind) of the linear op over its own input."""
    node, suffix, n = chain[at], chain[at + 1 :], len(spec.inputs[0].columns)
    if node.op_type == "LinearClassifier":
        cls = _classifier_margin(node, n, spec.output.class_index)
        if cls is None or not _suffix_ok(suffix, cls[3]):
            return None
        return cls[0], cls[1], cls[2], "classifier"
    reg = _regressor_margin(node, n)
    if reg is None or not _suffix_ok(suffix, False):
        return None
    return reg[0], reg[1], "NONE", "regressor"


def find_linear(model: onnx.ModelProto, spec: ModelSpec) -> LinearModel | None:
    """Fold a linear ONNX graph into a LinearModel over spec.features, or return None."""
    if len(spec.inputs) != 1 or spec.inputs[0].dtype not in ("float32", "float64"):
        return None
    source, columns = spec.inputs[0].name, spec.inputs[0].columns
    initialisers = {t.name for t in model.graph.initializer}
    if [i.name for i in model.graph.input if i.name not in initialisers] != [source]:
        return None
    chain = _chain(model.graph, spec.output.name, source)
    at = None if chain is None else _linear_node(chain, spec)
    if chain is None or at is None:
        return None
    prefix = _fold_prefix(chain[:at], len(columns))
    op = _fold_op(chain, at, spec)
    if prefix is None or op is None:
        return None
    (offset, scale), (w, b, post, kind) = prefix, op
    folded = w * scale  # (x - offset) * scale . w + b == x . (w * scale) + b - offset . (w * scale)
    index = {f: i for i, f in enumerate(spec.features)}
    weights = np.zeros(len(spec.features), dtype=np.float64)
    weights[[index[c] for c in columns]] = folded
    return LinearModel(weights, b - float(offset @ folded), post, kind)
