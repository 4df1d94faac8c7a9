"""Guess a ModelSpec from a bare ONNX graph and feature names, for stewards trying a model."""

from __future__ import annotations

import onnxruntime as ort  # type: ignore[import-untyped, unused-ignore]

from explainers.spec import InputSpec, ModelSpec, OutputSpec

_DTYPES = {"tensor(float)": "float32", "tensor(double)": "float64", "tensor(int64)": "int64"}


def infer_spec(
    session: ort.InferenceSession, features: tuple[str, ...], *, output_space: str | None = None
) -> ModelSpec:
    """One input fed all features in order, or one [N, 1] input per feature named after it.

    The output is a [N, 2] probability tensor (binary classifier: class 1 is positive) unless
    `output_space` is "raw", or the graph has only a [N] / [N, 1] float output (regression).
    """
    inputs = session.get_inputs()
    for node in inputs:
        if node.type not in _DTYPES:
            raise ValueError(f"input {node.name!r} is {node.type}: use a model package instead")
    specs: tuple[InputSpec, ...]
    if len(inputs) == 1:
        specs = (InputSpec(inputs[0].name, _DTYPES[inputs[0].type], features),)
    elif {i.name for i in inputs} == set(features):
        specs = tuple(InputSpec(i.name, _DTYPES[i.type], (i.name,)) for i in inputs)
    else:
        names = ", ".join(i.name for i in inputs)
        raise ValueError(f"graph inputs ({names}) are neither one tensor nor one per feature")
    return ModelSpec(
        model_id="onnx",
        model_version="-",
        features=features,
        inputs=specs,
        output=_output(session, output_space),
    )


def _output(session: ort.InferenceSession, output_space: str | None) -> OutputSpec:
    floats = [o for o in session.get_outputs() if o.type in ("tensor(float)", "tensor(double)")]
    if not floats:
        raise ValueError("the graph has no float tensor output (a ZipMap? convert zipmap=False)")
    pairs = [o for o in floats if len(o.shape) == 2 and o.shape[1] == 2]
    if output_space != "raw" and pairs:
        return OutputSpec("binary_probability", pairs[0].name, 1)
    singles = [o for o in floats if len(o.shape) == 1 or (len(o.shape) == 2 and o.shape[1] == 1)]
    if not singles:
        raise ValueError("no [N, 2] probability output and no [N, 1] value output")
    return OutputSpec("regression", singles[0].name)
