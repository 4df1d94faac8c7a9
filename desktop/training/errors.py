"""Why training mode refused something, as codes and parameters (the words: i18n/, `training:`)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop.refusal import RefusalError


class TrainingRefusal(StrEnum):
    """Every refusal of training mode; each has a sentence `training:<code>` in i18n/."""

    LIBRARY_MISSING = "library_missing"
    LIBRARY_INVALID = "library_invalid"
    STORE_UNREADABLE = "store_unreadable"
    STORE_WRITE_FAILED = "store_write_failed"
    SCHEMA_TOO_NEW = "schema_too_new"
    CSV_UNREADABLE = "csv_unreadable"
    CSV_NOT_UTF8 = "csv_not_utf8"
    CSV_EMPTY = "csv_empty"
    CSV_TOO_LARGE = "csv_too_large"
    CSV_NO_ROWS = "csv_no_rows"
    CSV_BAD_ROWS = "csv_bad_rows"
    UNKNOWN_SESSION = "unknown_session"
    UNKNOWN_CASE = "unknown_case"
    TRAINEE_NAME_INVALID = "trainee_name_invalid"
    SESSION_OTHER_MODEL = "session_other_model"
    SESSION_ENDED = "session_ended"
    ANSWER_NOT_ALLOWED = "answer_not_allowed"
    ALREADY_ANSWERED = "already_answered"
    WHATIF_UNKNOWN_FEATURE = "whatif_unknown_feature"
    WHATIF_VALUE_NOT_ALLOWED = "whatif_value_not_allowed"
    LESSON_MISSING = "lesson_missing"
    EXPORT_FAILED = "export_failed"


class RowProblem(StrEnum):
    """What is wrong with one cell, row or header column of a trainer's case CSV.

    Each has a sentence `training:row_<code>` in i18n/; header problems are on row 1.
    """

    UNKNOWN_COLUMN = "unknown_column"
    MISSING_COLUMN = "missing_column"
    DUPLICATE_COLUMN = "duplicate_column"
    NOT_A_NUMBER = "not_a_number"
    NOT_FINITE = "not_finite"
    NOT_A_CHOICE = "not_a_choice"
    NOT_BOOLEAN = "not_boolean"
    MISSING_VALUE = "missing_value"
    OUTCOME_NOT_BINARY = "outcome_not_binary"
    WRONG_NUMBER_OF_FIELDS = "wrong_number_of_fields"
    NOTE_TOO_LONG = "note_too_long"
    DUPLICATE_CASE = "duplicate_case"
    REPEATED_ROW = "repeated_row"


@dataclass(frozen=True)
class BadRow:
    """One problem in a CSV: the row as a spreadsheet numbers it (header = 1), column, value."""

    row: int
    column: str
    code: RowProblem
    value: str = ""
    expected: str = ""

    @property
    def message_key(self) -> str:
        """The key of its sentence in i18n/messages/*.json."""
        return f"training:row_{self.code.value}"

    def params(self) -> dict[str, str]:
        """Parameters for its sentence."""
        return {
            "row": str(self.row),
            "column": self.column,
            "value": self.value,
            "expected": self.expected,
        }


class TrainingError(RefusalError):
    """A refused training operation: the code, the file (or form) concerned, parameters, and
    for a refused CSV the problems of each bad row."""

    namespace = "training"
    code: TrainingRefusal

    def __init__(
        self, code: TrainingRefusal, file: str, *, rows: tuple[BadRow, ...] = (), **params: str
    ) -> None:
        """Keep the code, parameters and bad rows; the text is only for developers' logs."""
        super().__init__(code, file, **params)
        self.rows = rows
