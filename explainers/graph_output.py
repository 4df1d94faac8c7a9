"""Find the probability tensor of a classifier's output, behind a ZipMap if need be, and its labels.

skl2onnx converts every classifier, by default, with a ZipMap at the end: its probabilities come
out as a sequence of maps (label -> probability), one Python dict per row from onnxruntime,
far too slow for the thousands of rows an exact explanation evaluates. The ZipMap only renames
the columns of a [N, C] float tensor, so that tensor is read instead: the graph (its bytes in the
package are unchanged) is given the tensor as an output and loses the ZipMap. Its class labels,
in column order, say which column is the class a card names.
"""

from __future__ import annotations

from dataclasses import dataclass

import onnx
from onnx import helper

from explainers.errors import GraphMismatch
from explainers.onnx_trees import attributes

_ML_DOMAIN = "ai.onnx.ml"
_LABEL_ATTRS = ("classlabels_strings", "classlabels_int64s", "classlabels_ints")
_FLOAT_TYPES = ("tensor(float)", "tensor(double)")


@dataclass(frozen=True)
class GraphOutput:
    """The float tensor to fetch for the spec's output, its class labels and, when the graph had
    to be rewritten (a ZipMap output), the bytes of the graph to run."""

    tensor: str
    labels: tuple[str, ...]  # class labels in column order, as text ("1", "yes"); () if unknown
    model: bytes | None = None


def _labels(node: onnx.NodeProto) -> tuple[str, ...]:
    attrs = attributes(node)
    for name in _LABEL_ATTRS:
        if attrs.get(name):
            return tuple(str(v) for v in attrs[name])
    return ()


def _graph_labels(graph: onnx.GraphProto) -> tuple[str, ...]:
    """The class labels of the graph's classifier operators, when they all agree."""
    found = {_labels(n) for n in graph.node if n.domain == _ML_DOMAIN} - {()}
    return found.pop() if len(found) == 1 else ()


def _zipmap_of(graph: onnx.GraphProto, name: str) -> onnx.NodeProto | None:
    """The ZipMap that produces `name`, through any Identity nodes."""
    producers: dict[str, onnx.NodeProto] = {out: n for n in graph.node for out in n.output}
    node = producers.get(name)
    while node is not None and node.op_type == "Identity":
        node = producers.get(node.input[0])
    if node is not None and node.op_type == "ZipMap" and node.domain == _ML_DOMAIN:
        return node
    return None


def _elem_type(model: onnx.ModelProto, tensor: str) -> int:
    """The element type of an intermediate tensor (float when shape inference cannot tell)."""
    inferred = onnx.shape_inference.infer_shapes(model)
    for info in (*inferred.graph.value_info, *inferred.graph.output):
        if info.name == tensor and info.type.tensor_type.elem_type:
            return int(info.type.tensor_type.elem_type)
    return onnx.TensorProto.FLOAT


def _without_maps(model: onnx.ModelProto, tensor: str) -> bytes:
    """The graph with `tensor` as an output and no sequence-of-map outputs or ZipMap nodes."""
    graph = model.graph
    elem = _elem_type(model, tensor)
    keep = [o for o in graph.output if not o.type.HasField("sequence_type")]
    zipmaps = [n for n in graph.node if n.op_type == "ZipMap" and n.domain == _ML_DOMAIN]
    dropped = {out for n in zipmaps for out in n.output}
    keep = [o for o in keep if o.name not in dropped]
    del graph.output[:]
    graph.output.extend(keep)
    if tensor not in {o.name for o in keep}:
        graph.output.append(helper.make_tensor_value_info(tensor, elem, None))
    nodes = [n for n in graph.node if n not in zipmaps]
    del graph.node[:]
    graph.node.extend(nodes)
    return bytes(model.SerializeToString())


def find_output(source: bytes | None, name: str, output_type: str) -> GraphOutput:
    """Resolve the spec's output `name` (of onnxruntime type `output_type`) to a float tensor.

    A float tensor is read as it is; a ZipMap output is read through the tensor it zips. Labels
    come from the ZipMap, else from the graph's classifier operators. Without the graph's bytes
    (`source`) only a float tensor can be read and its labels are unknown.
    """
    if source is None:
        if output_type not in _FLOAT_TYPES:
            raise GraphMismatch(
                "output", name, expected="a float tensor", found=f"{output_type} (graph unread)"
            )
        return GraphOutput(name, ())
    model = onnx.load_from_string(source)
    if output_type in _FLOAT_TYPES:
        return GraphOutput(name, _graph_labels(model.graph))
    zipmap = _zipmap_of(model.graph, name) if output_type.startswith("seq(map(") else None
    if zipmap is None:
        raise GraphMismatch(
            "output",
            name,
            expected="a float tensor or a ZipMap of class probabilities",
            found=output_type,
        )
    tensor = str(zipmap.input[0])
    return GraphOutput(tensor, _labels(zipmap), _without_maps(model, tensor))


def label_column(found: GraphOutput, name: str, label: str) -> int:
    """The column of class `label` among the graph's labels; refused naming both."""
    if not found.labels:
        raise GraphMismatch(
            "output", name, expected=f"class labels including {label!r}", found="no class labels"
        )
    if label not in found.labels:
        raise GraphMismatch(
            "output",
            name,
            expected=f"class {label!r}",
            found="classes " + ", ".join(repr(v) for v in found.labels),
        )
    return found.labels.index(label)
