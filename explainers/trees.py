"""Exact interventional TreeSHAP for ONNX tree ensembles, with the trees read from the graph.

ONNX tree operators store no node covers, so path-dependent TreeSHAP would be wrong; the
interventional algorithm needs only the trees and the background, and runs over every
background row. shap is imported lazily: it takes over a second to load.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass
from typing import Any

import numpy as np
import onnx
from numpy.typing import NDArray

from explainers.onnx_trees import (
    Split,
    Tree,
    attributes,
    build_tree,
    floats,
    legacy_nodes,
    v5_nodes,
)
from explainers.spec import ModelSpec

ML_DOMAIN = "ai.onnx.ml"
_OPS = {"TreeEnsembleClassifier": 1, "TreeEnsembleRegressor": 0, "TreeEnsemble": 0}  # score output
_POST_V5 = ("NONE", "SOFTMAX", "LOGISTIC", "SOFTMAX_ZERO", "PROBIT")
_AGGREGATE_V5 = ("AVERAGE", "SUM", "MIN", "MAX")
_MARGIN_TRANSFORMS = ("NONE", "LOGISTIC")
_FLOAT, _DOUBLE = onnx.TensorProto.FLOAT, onnx.TensorProto.DOUBLE
_CHUNK_ROWS = 1000  # shap warns above 1000 background rows; chunk means combine exactly
_ADDITIVITY_TOL = 1e-6

Parsed = tuple[dict[Hashable, Split | float], list[Hashable]]


@dataclass(frozen=True)
class TreeModel:
    """A tree ensemble's margin for the explained output column: sum of trees + base_offset.

    Signs, 1/n averaging and the operator's base values are already folded into the leaf
    values and base_offset, so the margin is the score before post_transform is applied.
    """

    trees: tuple[Tree, ...]
    base_offset: float
    post_transform: str  # "NONE" or "LOGISTIC"
    n_features: int
    kind: str  # "classifier" or "regressor"
    op_type: str


def _pass_through(node: onnx.NodeProto, ones: set[str]) -> str | None:
    """Return the input a value-preserving node copies (Identity, float Cast, x * 1), else None."""
    if node.domain not in ("", "ai.onnx"):
        return None
    if node.op_type == "Identity":
        return str(node.input[0])
    if node.op_type == "Cast":
        to = next((a.i for a in node.attribute if a.name == "to"), None)
        return str(node.input[0]) if to in (_FLOAT, _DOUBLE) else None
    if node.op_type in ("Mul", "Div") and len(node.input) == 2 and node.input[1] in ones:
        return str(node.input[0])
    if node.op_type == "Mul" and len(node.input) == 2 and node.input[0] in ones:
        return str(node.input[1])
    return None


def _constant_ones(graph: onnx.GraphProto) -> set[str]:
    """Names of initializers whose every element is exactly 1."""
    out = set()
    for init in graph.initializer:
        arr = onnx.numpy_helper.to_array(init)
        if arr.size >= 1 and arr.dtype.kind == "f" and bool((arr == 1).all()):
            out.add(init.name)
    return out


def _locate(model: onnx.ModelProto, spec: ModelSpec) -> onnx.NodeProto | None:
    """Find the tree node whose score output reaches spec.output unchanged, fed by the input."""
    graph = model.graph
    if len(spec.inputs) != 1 or spec.inputs[0].dtype not in ("float32", "float64"):
        return None
    producers = {out: node for node in graph.node for out in node.output}
    ones = _constant_ones(graph)
    name = spec.output.name
    while name in producers and (step := _pass_through(producers[name], ones)) is not None:
        name = step
    tree = producers.get(name)
    if tree is None or tree.domain != ML_DOMAIN or tree.op_type not in _OPS:
        return None
    if len(tree.output) <= _OPS[tree.op_type] or tree.output[_OPS[tree.op_type]] != name:
        return None
    source, to_float = tree.input[0], spec.inputs[0].dtype == "float32"
    while source in producers and (step := _pass_through(producers[source], set())) is not None:
        to_float |= any(a.name == "to" and a.i == _FLOAT for a in producers[source].attribute)
        source = step
    return tree if source == spec.inputs[0].name and to_float else None


def _column_of(n_columns: int, spec: ModelSpec) -> int | None:
    """The output column the spec explains: class_index, or 0 for single-column outputs."""
    if n_columns == 1:
        return 0
    if spec.output.kind == "regression" or spec.output.class_index >= n_columns:
        return None
    return spec.output.class_index


def _classifier(attrs: dict[str, Any], spec: ModelSpec, post: str) -> tuple[Parsed, float] | None:
    """Parse a TreeEnsembleClassifier; return (nodes and roots, base offset) for the column.

    Binary with every class id 0 stores one score s (+ base_values[0]); onnxruntime outputs
    [1 - s, s] if every weight is >= 0 and post_transform is NONE, else [-s, s] (NONE) or
    [1 - sigmoid(s), sigmoid(s)] (LOGISTIC). Class 0's margin is therefore 1 - s or -s.
    """
    labels = attrs.get("classlabels_int64s") or attrs.get("classlabels_strings") or []
    ids = list(attrs.get("class_ids", []))
    base = floats(attrs, "base_values")
    if len(labels) == 2 and set(ids) == {0}:
        if len(base) > 1 or spec.output.class_index > 1:
            return None
        parsed = legacy_nodes(attrs, "class", 0)
        if parsed is None:
            return None
        offset = float(base[0]) if len(base) else 0.0
        if spec.output.class_index == 1:
            return parsed, offset
        positive = bool((floats(attrs, "class_weights") >= 0).all()) and post == "NONE"
        _negate(parsed[0])
        return parsed, (1.0 if positive else 0.0) - offset
    column = _column_of(len(labels), spec)
    if column is None or not _every_leaf_scores(attrs, len(labels)):
        return None
    parsed = legacy_nodes(attrs, "class", column)
    return None if parsed is None else (parsed, float(base[column]) if column < len(base) else 0.0)


def _every_leaf_scores(attrs: dict[str, Any], n_classes: int) -> bool:
    """True if every weighted leaf has a weight for every class (onnxruntime then never
    switches a row to the one-column convention because a class had no score)."""
    keys = list(
        zip(attrs["class_treeids"], attrs["class_nodeids"], attrs["class_ids"], strict=True)
    )
    leaves = {k[:2] for k in keys}
    return len(set(keys)) == len(leaves) * n_classes and {k[2] for k in keys} == set(
        range(n_classes)
    )


def _negate(nodes: dict[Hashable, Split | float]) -> None:
    """Negate every leaf value in place."""
    for key, node in nodes.items():
        if not isinstance(node, Split):
            nodes[key] = -node


def _regressor(attrs: dict[str, Any], spec: ModelSpec, v5: bool) -> tuple[Parsed, float] | None:
    """Parse a TreeEnsembleRegressor or opset-5 TreeEnsemble; average by scaling the leaves."""
    column = _column_of(int(attrs.get("n_targets", 1)), spec)
    if column is None:
        return None
    parsed = v5_nodes(attrs, column) if v5 else legacy_nodes(attrs, "target", column)
    aggregate = attrs.get("aggregate_function", 1 if v5 else "SUM")
    aggregate = _AGGREGATE_V5[aggregate] if v5 and aggregate in range(4) else aggregate
    if parsed is None or aggregate not in ("SUM", "AVERAGE"):
        return None
    if aggregate == "AVERAGE":
        for key, node in parsed[0].items():
            if not isinstance(node, Split):
                parsed[0][key] = node / len(parsed[1])
    base = floats(attrs, "base_values")
    return parsed, float(base[column]) if column < len(base) else 0.0


def find_tree_ensemble(model: onnx.ModelProto, spec: ModelSpec) -> TreeModel | None:
    """Read the graph as a TreeModel if it is only a tree ensemble on the spec's single input.

    Identity, float Casts and multiplications by a constant 1 may sit between the input, the
    ensemble and spec.output; other outputs (labels, ZipMap) are ignored. Anything else
    (scalers, encoders, non-tree models, modes without an exact "x <= t" form, SOFTMAX or
    PROBIT post-transforms, MIN/MAX aggregation, float64 values reaching the trees) gives None.
    """
    node = _locate(model, spec)
    if node is None:
        return None
    attrs = attributes(node)
    post = attrs.get("post_transform", 0 if node.op_type == "TreeEnsemble" else "NONE")
    post = _POST_V5[post] if isinstance(post, int) and 0 <= post < len(_POST_V5) else post
    if post not in _MARGIN_TRANSFORMS or (spec.output.kind == "regression" and post != "NONE"):
        return None
    classifier = node.op_type == "TreeEnsembleClassifier"
    if classifier and spec.output.kind != "binary_probability":
        return None
    found = (
        _classifier(attrs, spec, post)
        if classifier
        else _regressor(attrs, spec, node.op_type == "TreeEnsemble")
    )
    if found is None:
        return None
    (nodes, roots), offset = found
    index = {f: i for i, f in enumerate(spec.features)}
    columns = [index[c] for c in spec.inputs[0].columns]
    trees = [build_tree(nodes, root, columns) for root in roots]
    if not trees or any(t is None for t in trees):
        return None
    return TreeModel(
        trees=tuple(t for t in trees if t is not None),
        base_offset=offset,
        post_transform=str(post),
        n_features=len(spec.features),
        kind="classifier" if classifier else "regressor",
        op_type=node.op_type,
    )


def _shap_model(tree: TreeModel) -> dict[str, Any]:
    """shap's custom-tree dictionary. node_sample_weight is a placeholder: given background
    data, shap recomputes it, and the interventional algorithm does not use covers anyway."""
    trees = [
        {
            "children_left": t.children_left,
            "children_right": t.children_right,
            "children_default": t.children_default,
            "features": t.features,
            "thresholds": t.thresholds,
            "values": t.values,
            "node_sample_weight": np.ones(len(t.values), dtype=np.float64),
        }
        for t in tree.trees
    ]
    return {"trees": trees, "base_offset": tree.base_offset}


def _as_float32(rows: NDArray[np.float64]) -> NDArray[np.float64]:
    """Round to float32 as the graph does, so shap and onnxruntime route every value alike."""
    return np.asarray(rows, dtype=np.float32).astype(np.float64)


def tree_margin_shap(
    tree: TreeModel, background: NDArray[np.float64], case: NDArray[np.float64]
) -> tuple[float, float, NDArray[np.float64]]:
    """Return (margin prediction, mean background margin, contributions in spec order).

    Runs shap's interventional TreeSHAP on all background rows (shap's masker would otherwise
    subsample to 100 rows; above 1000 rows the work is split in chunks whose size-weighted means
    combine exactly, since interventional SHAP is a plain mean over reference rows).
    """
    import shap  # type: ignore[import-untyped, unused-ignore]  # noqa: PLC0415 - lazy, 1.5 s

    bg = _as_float32(np.asarray(background, dtype=np.float64))
    x = _as_float32(np.asarray(case, dtype=np.float64).reshape(1, -1))
    if bg.ndim != 2 or len(bg) == 0 or bg.shape[1] != tree.n_features:
        raise ValueError(f"background must have shape [B >= 1, {tree.n_features}], got {bg.shape}")
    if x.shape[1] != tree.n_features:
        raise ValueError(f"case must have {tree.n_features} values, got {x.shape[1]}")
    model = _shap_model(tree)
    phi = np.zeros(tree.n_features, dtype=np.float64)
    base = 0.0
    prediction = 0.0
    for start in range(0, len(bg), _CHUNK_ROWS):
        chunk = bg[start : start + _CHUNK_ROWS]
        masker = shap.maskers.Independent(chunk, max_samples=len(chunk))
        explainer = shap.TreeExplainer(
            model, data=masker, feature_perturbation="interventional", model_output="raw"
        )
        weight = len(chunk) / len(bg)
        phi += weight * np.asarray(explainer.shap_values(x, check_additivity=False))[0]
        base += weight * float(np.asarray(explainer.expected_value).reshape(-1)[0])
        prediction = float(np.asarray(explainer.model.predict(x)).reshape(-1)[0])
    gap = abs(base + float(phi.sum()) - prediction)
    if not gap <= _ADDITIVITY_TOL * max(1.0, abs(prediction)):
        raise RuntimeError(f"TreeSHAP additivity violated by {gap:.3g}")
    return prediction, base, phi
