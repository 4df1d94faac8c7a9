"""Make a package's model runnable: ONNX checks, an onnxruntime session, and the explainer spec."""

from __future__ import annotations

from typing import Any

import onnx
import onnxruntime as ort  # type: ignore[import-untyped, unused-ignore]
from onnx.checker import ValidationError as OnnxValidationError
from onnx.shape_inference import InferenceError as OnnxInferenceError

from explainers import InputSpec, ModelSpec, OutputSpec
from explainers.errors import GraphMismatch
from explainers.runner import GraphRunner, session_options
from explainers.spec import Encoding
from models.card import Card, ModelInput
from models.errors import Check, PackageError
from models.layout import MODEL

_ORT_TYPES = {
    "float32": "tensor(float)",
    "float64": "tensor(double)",
    "int64": "tensor(int64)",
    "string": "tensor(string)",
}


def _encoding(data: dict[str, Any]) -> Encoding:
    """The explainer's encoding for one card column object (empty: the plain value)."""
    if "one_hot" in data:
        return Encoding("one_hot", level=float(data["one_hot"]))
    if "missing_indicator" in data:
        return Encoding("missing_indicator")
    if "labels" in data:
        labels = tuple(sorted((float(k), str(v)) for k, v in data["labels"].items()))
        return Encoding("label", labels=labels)
    return Encoding(fill=float(data["fill_missing"]) if "fill_missing" in data else None)


def _input_spec(model_input: ModelInput, card: Card) -> InputSpec:
    features = {f.id: f for f in card.features}
    encodings = tuple(
        _encoding(e)
        if e or model_input.dtype != "string"
        else Encoding("label", labels=tuple(sorted(features[c].codes)))
        for c, e in zip(model_input.columns, model_input.encodings, strict=True)
    )
    plain = all(e == Encoding() for e in encodings)
    return InputSpec(
        model_input.name, model_input.dtype, model_input.columns, () if plain else encodings
    )


def model_spec(card: Card) -> ModelSpec:
    """The explainer's view of the card: which columns feed which input, which output to read."""
    output = card.output
    ranges = {
        f.id: (f.minimum, f.maximum)
        for f in card.features
        if f.minimum is not None and f.maximum is not None
    }
    return ModelSpec(
        model_id=card.id,
        model_version=card.version,
        features=card.feature_ids,
        inputs=tuple(_input_spec(i, card) for i in card.model_inputs),
        output=OutputSpec(
            output["kind"],
            output["name"],
            int(output.get("class_index", 1)),
            None if output.get("class_label") is None else str(output["class_label"]),
        ),
        ranges=ranges,
        allows_missing=bool(card.raw["missing_values"]),
    )


def open_session(model: bytes, *, file: str = MODEL) -> ort.InferenceSession:
    """Check the ONNX file and build a CPU session (explainers' options); refuse naming `file`."""
    try:
        proto = onnx.load_from_string(model)
        onnx.checker.check_model(proto, full_check=True)
    except (OnnxValidationError, OnnxInferenceError, ValueError, RuntimeError) as exc:
        raise PackageError(Check.ONNX_INVALID, file, {"reason": str(exc)[:300]}) from exc
    except Exception as exc:  # protobuf's DecodeError has no stable import path
        if type(exc).__name__ != "DecodeError":
            raise
        raise PackageError(Check.ONNX_INVALID, file, {"reason": "not an ONNX protobuf"}) from exc
    try:
        return ort.InferenceSession(model, session_options(), providers=["CPUExecutionProvider"])
    except Exception as exc:  # onnxruntime raises its own untyped exception classes
        raise PackageError(Check.ONNX_SESSION, file, {"reason": str(exc)[:300]}) from exc


def load_runner(model: bytes, card: Card) -> GraphRunner:
    """Check the ONNX file, build a CPU session and check it matches the card; refuse otherwise.

    A ZipMap output (skl2onnx's default) is read through its probability tensor, and the
    card's `class_label` is found among the graph's class labels.
    """
    session = open_session(model)
    _check_inputs(session, card)
    try:
        return GraphRunner(session, model_spec(card), source=model)
    except GraphMismatch as exc:
        raise graph_refusal(exc, MODEL) from exc


def graph_refusal(exc: GraphMismatch, file: str) -> PackageError:
    """The coded refusal for a graph that does not fit: names the input or output, what was
    expected and what was found."""
    check = Check.MODEL_INPUTS if exc.part == "input" else Check.MODEL_OUTPUT
    return PackageError(check, file, exc.params)


def _check_inputs(session: ort.InferenceSession, card: Card) -> None:
    graph_inputs = {i.name: i for i in session.get_inputs()}
    expected = {i.name for i in card.model_inputs}
    if set(graph_inputs) != expected:
        params = {
            "input": ",".join(sorted(expected - set(graph_inputs)) or sorted(graph_inputs)),
            "expected": ",".join(sorted(expected)),
            "found": ",".join(sorted(graph_inputs)),
        }
        raise PackageError(Check.MODEL_INPUTS, MODEL, params)
    for spec in card.model_inputs:
        node = graph_inputs[spec.name]
        shape = list(node.shape)
        width = shape[1] if len(shape) == 2 else None
        if node.type != _ORT_TYPES[spec.dtype]:
            params = {"input": spec.name, "expected": _ORT_TYPES[spec.dtype], "found": node.type}
            raise PackageError(Check.MODEL_INPUTS, MODEL, params)
        if len(shape) != 2 or (isinstance(width, int) and width != len(spec.columns)):
            params = {
                "input": spec.name,
                "expected": f"[N, {len(spec.columns)}]",
                "found": str(shape),
            }
            raise PackageError(Check.MODEL_INPUTS, MODEL, params)
