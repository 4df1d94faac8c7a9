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


class ExplainError(ValueError):
    """A refused case: `problem` and `params` for the UI; the text is for developers' logs."""

    def __init__(self, problem: Problem, message: str, **params: str) -> None:
        """Keep the code and parameters beside the developer message."""
        super().__init__(message)
        self.problem = problem
        self.params = params
