"""Why a package was refused, as a code with parameters; words are made at the edge (i18n/)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Check(StrEnum):
    """Every reason a package can be refused; each has a sentence in i18n/messages/*.json."""

    NOT_FOUND = "package_not_found"
    UNREADABLE = "package_unreadable"
    ZIP_CORRUPT = "zip_corrupt"
    ZIP_UNSAFE = "zip_unsafe_entry"
    FILE_MISSING = "file_missing"
    FILE_UNEXPECTED = "file_unexpected"
    FILE_NOT_SIGNED = "file_not_signed"
    FILE_TOO_LARGE = "file_too_large"
    JSON_INVALID = "json_invalid"
    MANIFEST_INVALID = "manifest_invalid"
    SIGNATURE_INVALID = "signature_invalid"
    SIGNATURE_MALFORMED = "signature_malformed"
    KEY_UNKNOWN = "key_unknown"
    HASH_MISMATCH = "hash_mismatch"
    CARD_SCHEMA = "card_schema"
    CARD_INCONSISTENT = "card_inconsistent"
    ONNX_INVALID = "onnx_invalid"
    ONNX_SESSION = "onnx_session_failed"
    MODEL_INPUTS = "model_inputs_mismatch"
    MODEL_OUTPUT = "model_output_mismatch"
    BACKGROUND_INVALID = "background_invalid"
    VALIDATION_INVALID = "validation_invalid"
    GOLDEN_OUTPUT = "golden_output_mismatch"
    GOLDEN_EXPLANATION = "golden_explanation_mismatch"
    KEY_INVALID = "key_invalid"
    OUTPUT_EXISTS = "output_exists"
    CASE_INVALID = "case_value_not_a_number"
    CALIBRATION_INVALID = "calibration_invalid"
    ELIGIBILITY_UNANSWERED = "eligibility_unanswered"
    ELIGIBILITY_UNKNOWN = "eligibility_unknown_question"
    REPOSITORY_INVALID = "repository_invalid"
    KEY_MISSING = "repository_key_missing"
    NOT_PUBLISHED = "repository_not_published"


@dataclass(frozen=True)
class PackageError(Exception):
    """A package (or steward input) failed one check: which file, which check, and details."""

    check: Check
    file: str
    params: dict[str, str] = field(default_factory=dict)

    def __str__(self) -> str:
        details = ", ".join(f"{k}={v}" for k, v in sorted(self.params.items()))
        return f"{self.file}: {self.check.value}" + (f" ({details})" if details else "")
