"""Why an outcome, a follow-up query or a batch file was refused, as codes (words: i18n/)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from desktop.refusal import RefusalError


class OutcomeRefusal(StrEnum):
    """Every reason an outcome (or a batch of them) is refused; sentences `outcome:<code>`."""

    UNKNOWN_RECORD = "unknown_record"
    NOT_A_DECISION = "not_a_decision"
    WRONG_VALUE = "wrong_value"
    BAD_DATE = "bad_date"
    BEFORE_DECISION = "before_decision"
    IN_FUTURE = "in_future"
    BAD_SOURCE = "bad_source"
    OUTCOME_EXISTS = "outcome_exists"
    SUPERSEDES_UNKNOWN = "supersedes_unknown"
    SUPERSEDES_OTHER = "supersedes_other"
    ALREADY_SUPERSEDED = "already_superseded"
    UNKNOWN_PATIENT = "unknown_patient"
    AMBIGUOUS_PATIENT = "ambiguous_patient"
    MISSING_COLUMN = "missing_column"
    NO_ROWS = "no_rows"
    UNREADABLE = "unreadable"
    NOT_JSON = "not_json"
    BAD_CASE = "bad_case"
    BAD_FIELD = "bad_field"
    BATCH_INVALID = "batch_invalid"


class OutcomeError(RefusalError):
    """A refused outcome or batch line: the code, the file (or `file:line`), parameters."""

    namespace = "outcome"
    code: OutcomeRefusal

    def __init__(self, code: OutcomeRefusal, file: str, **params: str) -> None:
        """Keep the code and parameters; the text is only for developers' logs."""
        super().__init__(code, file, **params)


@dataclass(frozen=True)
class LineProblem:
    """One wrong line of a batch file: `file` is `NAME:LINE`, `key` the sentence's key."""

    file: str
    key: str
    params: dict[str, str] = field(default_factory=dict)


class BatchError(OutcomeError):
    """A batch file refused whole: nothing was written; `problems` names each wrong line."""

    def __init__(self, file: str, problems: tuple[LineProblem, ...]) -> None:
        """Keep every line's problem; the headline counts them."""
        super().__init__(OutcomeRefusal.BATCH_INVALID, file, lines=str(len(problems)))
        self.problems = problems
