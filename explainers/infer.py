"""Guess a ModelSpec from a bare ONNX graph and feature names, for stewards trying a model."""

from __future__ import annotations

import onnxruntime as ort  # type: ignore[import-untyped, unused-ignore]

from explainers.errors import GraphMismatch
from explainers.graph_output import find_output
from explainers.spec import InputSpec, ModelSpec, OutputSpec

_DTYPES = {"tensor(float)": "float32", "tensor(double)": "float64", "tensor(int64)": "int64"}
_FLOATS = ("tensor(float)", "tensor(double)")


def infer_spec(
    session: ort.InferenceSession,
    features: tuple[str, ...],
    *,
    output_space: str | None = None,
    source: bytes | None = None,
    class_label: str | None = None,
) -> ModelSpec:
    """One input fed all features in order, or one [N, 1] input per feature named after it.

    The output is a classifier's probabilities (a [N, C] float tensor or a ZipMap; the class is
    `class_label`, else the second of two classes) unless `output_space` is "raw", or the graph
    has only a [N] / [N, 1] float output (regression). Missing values (NaN) are passed to the
    graph: a graph that gives no number for them is refused when they occur.
    """
    inputs = session.get_inputs()
    for node in inputs:
        if node.type not in _DTYPES:
            raise GraphMismatch(
                "input",
                node.name,
                expected="a float or int64 tensor (string inputs need a model package)",
                found=node.type,
            )
    specs: tuple[InputSpec, ...]
    if len(inputs) == 1:
        specs = (InputSpec(inputs[0].name, _DTYPES[inputs[0].type], features),)
    elif {i.name for i in inputs} == set(features):
        specs = tuple(InputSpec(i.name, _DTYPES[i.type], (i.name,)) for i in inputs)
    else:
        names = ", ".join(i.name for i in inputs)
        raise GraphMismatch(
            "input",
            names,
            expected="one input for all columns, or one input per column named "
            + ", ".join(features),
            found=f"{len(inputs)} inputs {names}",
        )
    return ModelSpec(
        model_id="onnx",
        model_version="-",
        features=features,
        inputs=specs,
        output=_output(session, source, output_space, class_label),
        allows_missing=True,
    )


def _width(node: ort.NodeArg) -> int | None:
    shape = node.shape
    if len(shape) == 1:
        return 1
    return shape[1] if len(shape) == 2 and isinstance(shape[1], int) else None


def _output(
    session: ort.InferenceSession,
    source: bytes | None,
    output_space: str | None,
    class_label: str | None,
) -> OutputSpec:
    outputs = session.get_outputs()
    found = ", ".join(f"{o.name} {o.type} {o.shape}" for o in outputs)
    if output_space != "raw":
        for node in outputs:
            probabilities = node.type.startswith("seq(map(") or (
                node.type in _FLOATS and (_width(node) or 0) >= 2
            )
            if probabilities:
                return _class_output(node, source, class_label)
    if class_label is not None:
        raise GraphMismatch(
            "output",
            ", ".join(o.name for o in outputs),
            expected=f"class probabilities including class {class_label!r}",
            found=found,
        )
    singles = [o for o in outputs if o.type in _FLOATS and _width(o) == 1]
    if not singles:
        raise GraphMismatch(
            "output",
            ", ".join(o.name for o in outputs),
            expected="class probabilities ([N, C] or a ZipMap) or one [N, 1] value"
            if output_space != "raw"
            else "one [N] or [N, 1] float value",
            found=found,
        )
    return OutputSpec("regression", singles[0].name)


def _class_output(node: ort.NodeArg, source: bytes | None, class_label: str | None) -> OutputSpec:
    """The probability of `class_label` (else of the second of two classes) in `node`."""
    resolved = find_output(source, node.name, node.type)
    n_classes = len(resolved.labels) or _width(node)
    if class_label is None and n_classes != 2:
        classes = ", ".join(repr(v) for v in resolved.labels) or f"{n_classes} columns"
        raise GraphMismatch(
            "output",
            node.name,
            expected="a chosen class (more than two classes)",
            found=f"classes {classes}",
        )
    return OutputSpec("binary_probability", node.name, 1, class_label)
