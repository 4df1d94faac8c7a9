"""Rewrite a skl2onnx TreeEnsembleRegressor as the newer ai.onnx.ml opset-5 TreeEnsemble."""

from __future__ import annotations

import numpy as np
import onnx
from onnx import helper, numpy_helper


def rewrite_as_opset5(model: bytes, n: int) -> bytes:
    """Rewrite a TreeEnsembleRegressor as an ai.onnx.ml opset-5 TreeEnsemble (AVERAGE, no
    base value) whose splits cycle through LEQ, LT, GT and GTE with the same routing."""
    old = next(n for n in onnx.load_from_string(model).graph.node)
    a = {x.name: helper.get_attribute_value(x) for x in old.attribute}
    keys = list(zip(a["nodes_treeids"], a["nodes_nodeids"], strict=True))
    pos = {k: i for i, k in enumerate(keys)}
    inner = [k for k, m in zip(keys, a["nodes_modes"], strict=True) if m != b"LEAF"]
    leaves = [k for k, m in zip(keys, a["nodes_modes"], strict=True) if m == b"LEAF"]
    index = {k: i for i, k in enumerate(inner)} | {k: j for j, k in enumerate(leaves)}
    weight = dict(
        zip(
            zip(a["target_treeids"], a["target_nodeids"], strict=True),
            a["target_weights"],
            strict=True,
        )
    )
    cols: dict[str, list[float]] = {
        k: [] for k in ("split", "mode", "feat", "t", "f", "tl", "fl", "miss")
    }
    for i, k in enumerate(inner):
        p = pos[k]
        t, f = (k[0], a["nodes_truenodeids"][p]), (k[0], a["nodes_falsenodeids"][p])
        value = np.float32(a["nodes_values"][p])
        up = float(np.nextafter(value, np.float32(np.inf)))
        mode, split = [(0, float(value)), (1, up), (3, float(value)), (2, up)][i % 4]
        if mode >= 2:  # x > t and x >= nextup(t) are the false branch of x <= t
            t, f = f, t
        for name, v in zip(
            cols,
            [
                split,
                mode,
                a["nodes_featureids"][p],
                index[t],
                index[f],
                int(t in weight),
                int(f in weight),
                int(mode >= 2),
            ],
            strict=True,
        ):
            cols[name].append(v)
    roots = [index[k] for k in inner if a["nodes_nodeids"][pos[k]] == 0]
    node = helper.make_node(
        "TreeEnsemble",
        ["X"],
        ["variable"],
        domain="ai.onnx.ml",
        nodes_splits=numpy_helper.from_array(np.array(cols["split"], dtype=np.float32)),
        nodes_modes=numpy_helper.from_array(np.array(cols["mode"], dtype=np.uint8)),
        nodes_featureids=cols["feat"],
        nodes_truenodeids=cols["t"],
        nodes_falsenodeids=cols["f"],
        nodes_trueleafs=cols["tl"],
        nodes_falseleafs=cols["fl"],
        nodes_missing_value_tracks_true=cols["miss"],
        tree_roots=roots,
        leaf_targetids=[0] * len(leaves),
        leaf_weights=numpy_helper.from_array(np.array([weight[k] for k in leaves], np.float32)),
        n_targets=1,
        aggregate_function=0,
        post_transform=0,
    )
    graph = helper.make_graph(
        [node],
        "opset5",
        [helper.make_tensor_value_info("X", onnx.TensorProto.FLOAT, [None, n])],
        [helper.make_tensor_value_info("variable", onnx.TensorProto.FLOAT, [None, 1])],
    )
    opsets = [helper.make_opsetid("", 21), helper.make_opsetid("ai.onnx.ml", 5)]
    proto = helper.make_model(graph, opset_imports=opsets, ir_version=10)
    onnx.checker.check_model(proto)
    return bytes(proto.SerializeToString())
