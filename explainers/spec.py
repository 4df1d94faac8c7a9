"""How a model's features reach its ONNX graph, so explainers never read package files."""

from __future__ import annotations

from dataclasses import dataclass, field

from explainers.errors import ExplainError, Problem

INPUT_DTYPES = ("float32", "float64", "int64", "string")
OUTPUT_KINDS = ("binary_probability", "regression")
ENCODINGS = ("value", "one_hot", "missing_indicator", "label")


@dataclass(frozen=True)
class Encoding:
    """How one graph column is computed from its feature's value (a feature may feed several).

    - "value": the value itself; a missing value (NaN) becomes `fill` when one is given.
    - "one_hot": 1 when the value equals `level`, else 0.
    - "missing_indicator": 1 when the value is missing (NaN), else 0.
    - "label": the string that `labels` gives for the value's code (string inputs).
    """

    kind: str = "value"
    level: float | None = None
    fill: float | None = None
    labels: tuple[tuple[float, str], ...] = ()

    def __post_init__(self) -> None:
        """Refuse unknown kinds and kinds without their parameter."""
        if self.kind not in ENCODINGS:
            raise ValueError(f"encoding {self.kind!r} not in {ENCODINGS}")
        if self.kind == "one_hot" and self.level is None:
            raise ValueError("a one_hot encoding needs a level")
        if self.kind == "label" and not self.labels:
            raise ValueError("a label encoding needs labels")


PLAIN = Encoding()


@dataclass(frozen=True)
class InputSpec:
    """One ONNX graph input of shape [N, len(columns)]; columns are feature ids in order.

    `encodings` (empty: every column is the plain value) says how each column is computed
    from its feature, so that one feature (one Shapley player) can feed several columns.
    """

    name: str
    dtype: str
    columns: tuple[str, ...]
    encodings: tuple[Encoding, ...] = ()

    def __post_init__(self) -> None:
        """Reject unknown dtypes, empty columns, and the same column computed twice."""
        if self.dtype not in INPUT_DTYPES:
            raise ValueError(f"input {self.name!r}: dtype {self.dtype!r} not in {INPUT_DTYPES}")
        if not self.columns:
            raise ValueError(f"input {self.name!r} has no columns")
        if self.encodings and len(self.encodings) != len(self.columns):
            raise ValueError(f"input {self.name!r}: one encoding per column, or none")
        pairs = list(zip(self.columns, self.column_encodings, strict=True))
        if len(set(pairs)) != len(pairs):
            raise ValueError(f"input {self.name!r} lists a column twice")
        is_string = self.dtype == "string"
        if any((e.kind == "label") != is_string for e in self.column_encodings):
            raise ValueError(f"input {self.name!r}: string inputs need label encodings, only")

    @property
    def column_encodings(self) -> tuple[Encoding, ...]:
        """One encoding per column (plain values when none were given)."""
        return self.encodings or (PLAIN,) * len(self.columns)

    @property
    def plain(self) -> bool:
        """Every column is a feature's plain value (what closed-form explainers can read)."""
        return all(e == PLAIN for e in self.column_encodings)


@dataclass(frozen=True)
class OutputSpec:
    """Which graph output to explain: a class's probability or a regression value.

    A "binary_probability" output is the probability of one class (against all the others when
    there are more than two): column `class_index` of a [N, C] tensor, or, when `class_label`
    is given, the column of that class label ("1", "yes") in the graph's classifier or ZipMap.
    The output may be a ZipMap (skl2onnx's default): its probability tensor is read instead.
    """

    kind: str
    name: str
    class_index: int = 1
    class_label: str | None = None

    def __post_init__(self) -> None:
        """Reject unknown output kinds early."""
        if self.kind not in OUTPUT_KINDS:
            raise ValueError(f"output {self.name!r}: kind {self.kind!r} not in {OUTPUT_KINDS}")
        if self.class_index < 0:
            raise ValueError(f"output {self.name!r}: class_index must be >= 0")


@dataclass(frozen=True)
class ModelSpec:
    """Everything an explainer needs about one model version, independent of its packaging."""

    model_id: str
    model_version: str
    features: tuple[str, ...]
    inputs: tuple[InputSpec, ...]
    output: OutputSpec
    ranges: dict[str, tuple[float, float]] = field(default_factory=dict)
    allows_missing: bool = False

    def __post_init__(self) -> None:
        """Check that every feature appears in exactly one input column, and nothing else does."""
        if not self.features:
            raise ValueError(f"model {self.model_id!r} has no features")
        if len(set(self.features)) != len(self.features):
            dup = next(f for f in self.features if self.features.count(f) > 1)
            raise ValueError(f"feature {dup!r} is listed twice")
        if len({i.name for i in self.inputs}) != len(self.inputs):
            raise ValueError(f"model {self.model_id!r} lists a graph input twice")
        self._check_columns()
        self._check_ranges()

    def _check_columns(self) -> None:
        """Map each input column to its input and compare that set with the features."""
        seen: dict[str, str] = {}
        for inp in self.inputs:
            for col in dict.fromkeys(inp.columns):
                if col in seen:
                    raise ValueError(
                        f"feature {col!r} appears in inputs {seen[col]!r} and {inp.name!r}"
                    )
                seen[col] = inp.name
        for feat in self.features:
            if feat not in seen:
                raise ValueError(f"feature {feat!r} appears in no input column")
        for col in seen:
            if col not in self.features:
                raise ValueError(f"input column {col!r} is not a feature")

    def _check_ranges(self) -> None:
        """Refuse ranges for unknown features or with min above max."""
        for feat, (lo, hi) in self.ranges.items():
            if feat not in self.features:
                raise ValueError(f"range given for unknown feature {feat!r}")
            if not lo <= hi:
                raise ValueError(f"range of feature {feat!r} has min > max")

    @property
    def default_output_space(self) -> str:
        """The natural output space: "probability" for binary models, "raw" for regression."""
        return "probability" if self.output.kind == "binary_probability" else "raw"

    def check_output_space(self, output_space: str | None) -> str:
        """Resolve None to the default and refuse spaces that do not fit the output kind."""
        space = self.default_output_space if output_space is None else output_space
        allowed = ("probability", "logit") if self.output.kind == "binary_probability" else ("raw",)
        if space not in allowed:
            raise ExplainError(
                Problem.OUTPUT_SPACE,
                f"output space {space!r} is not available for a {self.output.kind} model "
                f"(allowed: {', '.join(allowed)})",
                output_space=space,
                allowed=", ".join(allowed),
            )
        return space
