"""Run an ONNX model on feature matrices laid out in ModelSpec.features order."""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Protocol

import numpy as np
import onnxruntime as ort  # type: ignore[import-untyped, unused-ignore]
from numpy.typing import NDArray

from explainers.errors import GraphMismatch
from explainers.graph_output import GraphOutput, find_output, label_column
from explainers.spec import Encoding, InputSpec, ModelSpec, OutputSpec

_ORT_TYPES = {
    "float32": "tensor(float)",
    "float64": "tensor(double)",
    "int64": "tensor(int64)",
    "string": "tensor(string)",
}
_LOGIT_CLIP = 1e-12


def session_options() -> ort.SessionOptions:
    """CPU options: one intra-op thread and full graph optimisation.

    With two threads onnxruntime splits a large batch of a tree ensemble differently from a
    small one, so a row's float32 output depended on the batch it came in (up to 7e-7 in
    probability; 0.05 in the logit of a saturated forest): one thread makes every row's value
    its own, as an oracle evaluating it alone sees it. It was also faster on the busy 2-core
    machine (heart-cad-mlp p50 16.6 vs 19.7 ms; spinning threads: 39 ms).
    """
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = 1
    opts.inter_op_num_threads = 1
    opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return opts


def _make_session(model: bytes) -> ort.InferenceSession:
    """Build a CPU session with `session_options()`."""
    return ort.InferenceSession(
        model, sess_options=session_options(), providers=["CPUExecutionProvider"]
    )


class Predictor(Protocol):
    """Anything that maps [N, n_features] rows to [N] values in an output space."""

    spec: ModelSpec

    def predict(
        self, rows: NDArray[np.float64], *, output_space: str | None = None
    ) -> NDArray[np.float64]:
        """The [N] values of `rows` in `output_space`."""
        ...


class GraphRunner:
    """Split a [N, n_features] float64 matrix into graph inputs and return one value per row."""

    def __init__(
        self, model: bytes | ort.InferenceSession, spec: ModelSpec, *, source: bytes | None = None
    ) -> None:
        """Open (or adopt) a session and check it against the spec's inputs and output.

        `source` (the ONNX bytes, implied when `model` is bytes) lets closed-form explainers
        read the graph, and a ZipMap output be read through its probability tensor; without it
        only model-agnostic methods and float tensor outputs are available.
        """
        self.spec = spec
        self.source = model if isinstance(model, bytes) else source
        self.session = model if isinstance(model, ort.InferenceSession) else _make_session(model)
        self._check_inputs()
        found = self._check_output()
        if found.model is not None:  # a ZipMap: run the same graph with its tensor as the output
            self.session = _make_session(found.model)
        self.output_name = found.tensor
        self.labels = found.labels
        out = spec.output
        label = out.class_label
        self.column = out.class_index if label is None else label_column(found, out.name, label)
        self._check_column()
        index = {f: i for i, f in enumerate(spec.features)}
        self._columns: list[tuple[InputSpec, NDArray[np.intp] | None]] = []
        for inp in spec.inputs:
            cols = np.array([index[c] for c in inp.columns], dtype=np.intp)
            same = np.array_equal(cols, np.arange(len(spec.features)))
            self._columns.append((inp, None if same else cols))
        only = spec.inputs[0] if len(spec.inputs) == 1 else None
        float32 = only is not None and only.plain and only.dtype == "float32"
        #: rows in float32 are taken as they are (the graph reads float32 anyway); others float64
        self.row_dtype = np.dtype(np.float32 if float32 else np.float64)

    @property
    def graph_spec(self) -> ModelSpec:
        """The spec as the graph reads it: the fetched tensor's name and the resolved column."""
        out = self.spec.output
        resolved = OutputSpec(out.kind, self.output_name, class_index=self.column)
        return replace(self.spec, output=resolved)

    def _check_inputs(self) -> None:
        """Refuse a spec whose inputs do not match the graph's names, types and widths."""
        graph = {i.name: i for i in self.session.get_inputs()}
        wanted = {i.name for i in self.spec.inputs}
        if set(graph) != wanted:
            raise GraphMismatch(
                "input",
                ", ".join(sorted(wanted - set(graph)) or sorted(set(graph) - wanted)),
                expected=", ".join(sorted(wanted)),
                found=", ".join(sorted(graph)),
                message=f"graph inputs {sorted(graph)} do not match spec inputs {sorted(wanted)}",
            )
        for inp in self.spec.inputs:
            node = graph[inp.name]
            if node.type != _ORT_TYPES[inp.dtype]:
                raise GraphMismatch(
                    "input",
                    inp.name,
                    expected=_ORT_TYPES[inp.dtype],
                    found=node.type,
                    message=f"input {inp.name!r} is {node.type} in the graph, not {inp.dtype}",
                )
            _check_width(inp, node.shape)

    def _check_column(self) -> None:
        """Refuse a class column beyond a probability output's width (or its labels)."""
        out = self.spec.output
        if out.kind != "binary_probability":
            return
        node = {o.name: o for o in self.session.get_outputs()}[self.output_name]
        width = len(self.labels) or (node.shape[1] if len(node.shape) == 2 else 1)
        if isinstance(width, int) and self.column >= max(width, 2):
            raise GraphMismatch(
                "output",
                out.name,
                expected=f"a probability column for class index {self.column}",
                found=f"{width} columns",
            )

    def _check_output(self) -> GraphOutput:
        """Refuse a missing output; find the tensor behind a ZipMap and the class labels."""
        outputs = {o.name: o for o in self.session.get_outputs()}
        name = self.spec.output.name
        if name not in outputs:
            raise GraphMismatch(
                "output",
                name,
                expected=f"an output called {name!r}",
                found="outputs " + ", ".join(outputs),
                message=f"output {name!r} is not in the graph (has {sorted(outputs)})",
            )
        return find_output(self.source, name, outputs[name].type)

    def predict(
        self, rows: NDArray[np.float64], *, output_space: str | None = None
    ) -> NDArray[np.float64]:
        """Return the [N] positive-class probability, its logit, or the raw regression value.

        The "logit" space is computed as log(p) - log(1 - p) in float64 from the graph's
        (usually float32) probability, so it loses precision near 0 and 1; probabilities of
        exactly 0 or 1 are clipped to [1e-12, 1 - 1e-12] (logit about +-27.6) to stay finite.
        """
        space = self.spec.check_output_space(output_space)
        x = np.asarray(rows)
        if x.dtype != self.row_dtype:
            x = np.asarray(x, dtype=np.float64)
        if x.ndim != 2 or x.shape[1] != len(self.spec.features):
            raise ValueError(
                f"expected rows of shape [N, {len(self.spec.features)}], got {x.shape}"
            )
        feeds: dict[str, NDArray[np.generic]] = {}
        for inp, cols in self._columns:
            feeds[inp.name] = _encode(inp, x if cols is None else x[:, cols])
        (raw,) = self.session.run([self.output_name], feeds)
        values = self._select(raw, len(x))
        if space == "logit":
            p = np.clip(values, _LOGIT_CLIP, 1.0 - _LOGIT_CLIP)
            return np.asarray(np.log(p) - np.log1p(-p), dtype=np.float64)
        return values

    def _select(self, raw: NDArray[np.generic], n_rows: int) -> NDArray[np.float64]:
        """Pick the positive-class column (binary) or flatten [N, 1] (regression) to [N] float64."""
        out = self.spec.output
        arr = np.asarray(raw, dtype=np.float64)
        if arr.ndim == 2 and arr.shape[1] > 1:
            if out.kind != "binary_probability":
                raise GraphMismatch(
                    "output",
                    out.name,
                    expected="[N, 1] values",
                    found=f"[N, {arr.shape[1]}]",
                    message=f"output {out.name!r} has {arr.shape[1]} columns; expected 1",
                )
            if self.column >= arr.shape[1]:
                raise GraphMismatch(
                    "output",
                    out.name,
                    expected=f"a column for class {self.column}",
                    found=f"{arr.shape[1]} columns",
                    message=f"class_index {self.column} out of range for output {out.name!r} "
                    f"with {arr.shape[1]} columns",
                )
            arr = arr[:, self.column]
        elif arr.ndim == 2:
            arr = arr[:, 0]
        if arr.shape != (n_rows,):
            raise GraphMismatch(
                "output",
                out.name,
                expected=f"[{n_rows}] or [{n_rows}, C]",
                found=str(list(raw.shape)),
                message=f"output {out.name!r} has shape {raw.shape}; expected [{n_rows}, ...]",
            )
        return arr


def _check_width(inp: InputSpec, shape: list[Any]) -> None:
    """Refuse a graph input that is not [N, k] with k the spec's number of columns."""
    if len(shape) != 2 or (isinstance(shape[1], int) and shape[1] != len(inp.columns)):
        found = f"[N, {shape[1]}]" if len(shape) == 2 else f"rank {len(shape)} {shape}"
        raise GraphMismatch(
            "input",
            inp.name,
            expected=f"[N, {len(inp.columns)}] ({', '.join(inp.columns)})",
            found=found,
            message=f"input {inp.name!r} is {found} in the graph, "
            f"{len(inp.columns)} columns in the spec",
        )


def _encode(inp: InputSpec, part: NDArray[np.float64]) -> NDArray[np.generic]:
    """Compute one graph input from its features' values, column by column."""
    if inp.plain:
        block = part
    else:
        block = np.empty(part.shape, dtype=object if inp.dtype == "string" else np.float64)
        for j, enc in enumerate(inp.column_encodings):
            block[:, j] = _encode_column(enc, part[:, j])
    if inp.dtype == "string":
        return np.ascontiguousarray(block, dtype=object)
    if inp.dtype == "int64":
        if np.isnan(block).any():
            raise ValueError(f"input {inp.name!r} is int64 and cannot take missing values")
        block = np.rint(block)
    return np.ascontiguousarray(block, dtype=np.dtype(inp.dtype))


def _encode_column(enc: Encoding, values: NDArray[np.float64]) -> NDArray[np.generic]:
    """One column of an encoded input."""
    if enc.kind == "one_hot":
        return np.asarray(values == enc.level, dtype=np.float64)
    if enc.kind == "missing_indicator":
        return np.isnan(values).astype(np.float64)
    if enc.kind == "label":
        table = dict(enc.labels)
        try:
            return np.array([table[float(v)] for v in values], dtype=object)
        except KeyError as exc:
            raise ValueError(f"no label for code {exc.args[0]!r}") from None
    if enc.fill is not None:
        return np.asarray(np.where(np.isnan(values), enc.fill, values))
    return values
