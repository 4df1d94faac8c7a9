"""Read the nodes of an ONNX tree ensemble operator into per-tree arrays in shap's layout.

Every split is rewritten as "x <= t goes left" with a float32 threshold t, which routes every
float32 input exactly as onnxruntime routes it under the operator's own mode (LEQ, LT, GTE, GT).
Anything that cannot be mapped exactly (EQ, NEQ, MEMBER, shared or dangling nodes) gives None.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import onnx
from numpy.typing import NDArray
from onnx import helper, numpy_helper

MODES_V5 = ("BRANCH_LEQ", "BRANCH_LT", "BRANCH_GTE", "BRANCH_GT", "BRANCH_EQ", "BRANCH_NEQ")
_STRICT = ("BRANCH_LT", "BRANCH_GTE")  # conditions that exclude the threshold itself
_TRUE_LEFT = ("BRANCH_LEQ", "BRANCH_LT")
_FALSE_LEFT = ("BRANCH_GTE", "BRANCH_GT")


@dataclass(frozen=True, eq=False)
class Tree:
    """One tree: node arrays with the root at 0, leaves with children -1 and feature -2."""

    children_left: NDArray[np.int32]
    children_right: NDArray[np.int32]
    children_default: NDArray[np.int32]  # the child a missing (NaN) value goes to
    features: NDArray[np.int32]  # index into spec.features
    thresholds: NDArray[np.float64]  # float32-exact; x <= threshold goes left
    values: NDArray[np.float64]  # [n_nodes, 1]; only the leaves' entries matter


@dataclass(frozen=True)
class Split:
    """One internal node as the operator states it, before rewriting to shap's layout."""

    mode: str
    feature: int
    threshold: float
    true: Hashable
    false: Hashable
    missing_true: bool


Nodes = Mapping[Hashable, "Split | float"]  # a leaf is its value for the explained column


def attributes(node: onnx.NodeProto) -> dict[str, Any]:
    """Return a node's attributes with tensors as arrays and bytes as str."""
    out: dict[str, Any] = {}
    for attr in node.attribute:
        value = helper.get_attribute_value(attr)
        if isinstance(value, onnx.TensorProto):
            value = numpy_helper.to_array(value)
        elif isinstance(value, bytes):
            value = value.decode()
        elif isinstance(value, list) and value and isinstance(value[0], bytes):
            value = [v.decode() for v in value]
        out[attr.name] = value
    return out


def floats(attrs: Mapping[str, Any], name: str) -> NDArray[np.float64]:
    """Read a float attribute that opset 3 may also store as a tensor (name + "_as_tensor")."""
    value = attrs.get(f"{name}_as_tensor", attrs.get(name, []))
    return np.asarray(value, dtype=np.float64).reshape(-1)


def _float32_floor(threshold: float, *, strict: bool) -> float | None:
    """Largest float32 f with f <= threshold (f < threshold when strict); None for NaN."""
    if np.isnan(threshold):
        return None
    with np.errstate(over="ignore"):
        f = np.float32(threshold)
    if float(f) > threshold or (strict and float(f) == threshold):
        f = np.nextafter(f, np.float32(-np.inf))
    return float(f)


def _as_leq(split: Split) -> tuple[Hashable, Hashable, float] | None:
    """Rewrite a split as (left child, right child, t) with x <= t going left, or None."""
    if split.mode not in _TRUE_LEFT + _FALSE_LEFT:
        return None
    t = _float32_floor(split.threshold, strict=split.mode in _STRICT)
    if t is None:
        return None
    if split.mode in _TRUE_LEFT:
        return split.true, split.false, t
    return split.false, split.true, t


def build_tree(nodes: Nodes, root: Hashable, columns: Sequence[int]) -> Tree | None:
    """Lay one tree out depth-first from its root; columns maps graph column -> feature index."""
    order: dict[Hashable, int] = {}
    stack = [root]
    while stack:
        key = stack.pop()
        if key in order or key not in nodes:
            return None  # a node reached twice (shared or cyclic) or a dangling reference
        order[key] = len(order)
        node = nodes[key]
        if isinstance(node, Split):
            stack.extend((node.false, node.true))
    n = len(order)
    left, right, default = (np.full(n, -1, dtype=np.int32) for _ in range(3))
    features = np.full(n, -2, dtype=np.int32)
    thresholds = np.zeros(n, dtype=np.float64)
    values = np.zeros((n, 1), dtype=np.float64)
    for key, i in order.items():
        node = nodes[key]
        if not isinstance(node, Split):
            values[i, 0] = node
            continue
        rewritten = _as_leq(node)
        if rewritten is None or not 0 <= node.feature < len(columns):
            return None
        left_key, right_key, thresholds[i] = rewritten
        left[i], right[i] = order[left_key], order[right_key]
        default[i] = order[node.true if node.missing_true else node.false]
        features[i] = columns[node.feature]
    return Tree(left, right, default, features, thresholds, values)


def legacy_nodes(
    attrs: Mapping[str, Any], prefix: str, column: int
) -> tuple[dict[Hashable, Split | float], list[Hashable]] | None:
    """Nodes and roots of a TreeEnsembleClassifier/Regressor (prefix "class" or "target").

    As in onnxruntime, each tree's root is the first node listed with its tree id.
    """
    tree_ids = list(attrs.get("nodes_treeids", []))
    modes = list(attrs.get("nodes_modes", []))
    thresholds = floats(attrs, "nodes_values")
    n = len(tree_ids)
    missing = list(attrs.get("nodes_missing_value_tracks_true", [0] * n))
    fields = [attrs.get(f"nodes_{k}", []) for k in ("nodeids", "featureids", "truenodeids")]
    fields.append(attrs.get("nodes_falsenodeids", []))
    if n == 0 or any(len(f) != n for f in [modes, thresholds, missing, *fields]):
        return None
    node_ids, feature_ids, true_ids, false_ids = fields
    nodes: dict[Hashable, Split | float] = {}
    roots: dict[Any, Hashable] = {}
    for i, tree in enumerate(tree_ids):
        key = (tree, node_ids[i])
        if key in nodes or (tree in roots and tree_ids[i - 1] != tree):
            return None  # a node listed twice, or a tree's nodes not listed contiguously
        roots.setdefault(tree, key)
        nodes[key] = (
            0.0
            if modes[i] == "LEAF"
            else Split(
                modes[i],
                feature_ids[i],
                float(thresholds[i]),
                (tree, true_ids[i]),
                (tree, false_ids[i]),
                bool(missing[i]),
            )
        )
    return (
        (nodes, list(roots.values())) if _add_leaf_weights(nodes, attrs, prefix, column) else None
    )


def _add_leaf_weights(
    nodes: dict[Hashable, Split | float], attrs: Mapping[str, Any], prefix: str, column: int
) -> bool:
    """Add the weights of the explained column to their leaves; False if one is not a leaf."""
    weights = floats(attrs, f"{prefix}_weights")
    keys = zip(attrs.get(f"{prefix}_treeids", []), attrs.get(f"{prefix}_nodeids", []), strict=False)
    ids = list(attrs.get(f"{prefix}_ids", []))
    for (tree, node), cid, weight in zip(keys, ids, weights.tolist(), strict=True):
        leaf = nodes.get((tree, node))
        if not isinstance(leaf, float):
            return False
        if cid == column:
            nodes[(tree, node)] = leaf + weight
    return True


def v5_nodes(
    attrs: Mapping[str, Any], column: int
) -> tuple[dict[Hashable, Split | float], list[Hashable]] | None:
    """Nodes and roots of an ai.onnx.ml opset-5 TreeEnsemble; leaves are keyed ("leaf", j)."""
    if attrs.get("membership_values") is not None:
        return None
    splits = np.asarray(attrs.get("nodes_splits", []), dtype=np.float64).reshape(-1)
    modes = np.asarray(attrs.get("nodes_modes", []), dtype=np.int64).reshape(-1)
    n = len(splits)
    missing = list(attrs.get("nodes_missing_value_tracks_true", [0] * n))
    names = ("featureids", "truenodeids", "falsenodeids", "trueleafs", "falseleafs")
    feats, true_ids, false_ids, true_leaf, false_leaf = (attrs.get(f"nodes_{k}", []) for k in names)
    if any(
        len(f) != n for f in (modes, missing, feats, true_ids, false_ids, true_leaf, false_leaf)
    ):
        return None
    weights = np.asarray(attrs.get("leaf_weights", []), dtype=np.float64).reshape(-1)
    targets = list(attrs.get("leaf_targetids", []))
    if len(targets) != len(weights) or (modes >= len(MODES_V5)).any():
        return None
    nodes: dict[Hashable, Split | float] = {
        ("leaf", j): (w if t == column else 0.0)
        for j, (t, w) in enumerate(zip(targets, weights.tolist(), strict=True))
    }

    def child(index: int, is_leaf: int) -> Hashable:
        return ("leaf", index) if is_leaf else ("node", index)

    for i in range(n):
        nodes[("node", i)] = Split(
            MODES_V5[modes[i]],
            feats[i],
            float(splits[i]),
            child(true_ids[i], true_leaf[i]),
            child(false_ids[i], false_leaf[i]),
            bool(missing[i]),
        )
    roots: list[Hashable] = []
    for r in attrs.get("tree_roots", []):
        degenerate = true_leaf[r] and false_leaf[r] and true_ids[r] == false_ids[r]
        roots.append(("leaf", true_ids[r]) if degenerate else ("node", r))
    return nodes, roots
