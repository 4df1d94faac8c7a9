"""Why the audit log refused something, and what its chain check found, as codes (words: i18n/)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from desktop.refusal import RefusalError


class AuditRefusal(StrEnum):
    """Every reason the audit log refuses a write; each has a sentence `audit:<code>` in i18n/."""

    VALUE_NOT_ALLOWED = "value_not_allowed"
    REASON_REQUIRED = "reason_required"
    ENTRY_INVALID = "entry_invalid"
    NOT_IN_CHAIN = "not_in_chain"
    OTHER_DEVICE = "other_device"
    SCHEMA_TOO_NEW = "schema_too_new"
    UNREADABLE = "unreadable"
    WRITE_FAILED = "write_failed"
    TARGET_EXISTS = "target_exists"
    ERASE_UNKNOWN_PATIENT = "erase_unknown_patient"
    ERASE_OLD_FORMAT_ONLY = "erase_old_format_only"


class AuditError(RefusalError):
    """A refused audit operation: the code, the file (or form) it concerns, and parameters."""

    namespace = "audit"
    code: AuditRefusal

    def __init__(self, code: AuditRefusal, file: str, **params: str) -> None:
        """Keep the code and parameters; the text is only for developers' logs."""
        super().__init__(code, file, **params)


class ChainProblem(StrEnum):
    """What verify() can find wrong with the local chain; each has a sentence `audit:<code>`."""

    HASH_MISMATCH = "hash_mismatch"
    CHAIN_BROKEN = "chain_broken"
    SEQ_GAP = "seq_gap"
    OTHER_DEVICE = "record_other_device"
    ACKNOWLEDGED_MISSING = "acknowledged_missing"
    INTEGRITY = "integrity_check_failed"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the chain, at record `seq` (0 when it concerns the whole file)."""

    code: ChainProblem
    seq: int
    params: dict[str, str] = field(default_factory=dict)

    @property
    def message_key(self) -> str:
        """The key of its sentence in i18n/messages/*.json."""
        return f"audit:{self.code.value}"
