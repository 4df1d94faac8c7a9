"""Why a case cannot be explained, as a code with parameters (the UI words it, DESIGN.md)."""

from __future__ import annotations

from enum import StrEnum


class Problem(StrEnum):
    """Every user-facing reason an explanation is refused; each has a sentence in i18n/."""

    FEATURE_MISSING = "case_feature_missing"
    FEATURE_UNKNOWN = "case_feature_unknown"
    VALUE_MISSING = "case_value_missing"
    VALUE_NOT_FINITE = "case_value_not_finite"
    OUTPUT_SPACE = "output_space_unavailable"
    BACKGROUND_MISSING = "background_value_missing"


class ExplainError(ValueError):
    """A refused case: `problem` and `params` for the UI; the text is for developers' logs."""

    def __init__(self, problem: Problem, message: str, **params: str) -> None:
        """Keep the code and parameters beside the developer message."""
        super().__init__(message)
        self.problem = problem
        self.params = params


class GraphMismatch(ValueError):  # noqa: N818 - the name says what it is, like ExplainError
    """The ONNX graph does not fit the spec: which input or output, what was expected, found.

    `part` is "input" or "output"; `params` are the parameters of the i18n sentences
    `model_inputs_mismatch` / `model_output_mismatch`, every one filled.
    """

    def __init__(
        self, part: str, name: str, *, expected: str, found: str, message: str | None = None
    ) -> None:
        """Keep the structured fields beside a developer message (derived when not given)."""
        super().__init__(message or f"{part} {name!r}: expected {expected}, found {found}")
        self.part = part
        self.name = name
        self.expected = expected
        self.found = found

    @property
    def params(self) -> dict[str, str]:
        """The sentence's parameters: the input or output's name, expected, found."""
        return {self.part: self.name, "expected": self.expected, "found": self.found}
