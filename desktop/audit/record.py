"""One audit record: its fields, canonical bytes and hash-chain link (shared by audit and sync).

A record is a flat JSON object. `hash` is the SHA-256 of the canonical JSON of every other
field, `prev_hash` the hash of the same device's previous record (GENESIS for seq 1), so
a changed, removed or reordered record breaks the chain wherever it is checked.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

GENESIS = "0" * 64
DECISIONS = ("accept", "partial", "override")
#: Record kinds written here; readers skip kinds they do not know.
KINDS = ("decision", "ineligible")
#: The `decision` of an `ineligible` record: the card forbade the model, none was shown.
NOT_USED = "not_used"
#: The `output_space` of a record that holds no prediction (its `prediction` is then 0).
NO_OUTPUT = "none"
ESTIMATES = ("low", "medium", "high")
#: The fixed list of reasons a clinician may give (the UI words them; free text goes in `note`).
REASONS = (
    "clinical_judgement",
    "patient_context",
    "missing_information",
    "model_limitation",
    "input_out_of_range",
    "patient_preference",
    "other",
)
#: Fields every record carries, besides `hash`.
FIELDS = (
    "uuid",
    "device_id",
    "seq",
    "prev_hash",
    "created_utc",
    "local_offset_min",
    "app_version",
    "kind",
    "model",
    "inputs",
    "prediction",
    "output_space",
    "explanation",
    "out_of_range",
    "decision",
    "clinician_estimate",
    "reason",
    "note",
    "role",
    "language",
    "patient_ref",
)


def canonical(fields: dict[str, Any]) -> bytes:
    """Deterministic UTF-8 JSON: sorted keys, no spaces, no NaN (missing inputs are null)."""
    return json.dumps(
        fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def record_hash(fields: dict[str, Any]) -> str:
    """SHA-256 hex of the canonical JSON of every field except `hash`."""
    return hashlib.sha256(canonical({k: v for k, v in fields.items() if k != "hash"})).hexdigest()


@dataclass(frozen=True)
class AuditRecord:
    """A stored record (all FIELDS plus `hash`), as a plain dict that round-trips through JSON."""

    data: dict[str, Any]

    @property
    def uuid(self) -> str:
        """Record id (UUID4)."""
        return str(self.data["uuid"])

    @property
    def device_id(self) -> str:
        """The laptop that wrote it."""
        return str(self.data["device_id"])

    @property
    def seq(self) -> int:
        """Per-device sequence number, 1, 2, 3, ... with no gaps."""
        return int(self.data["seq"])

    @property
    def hash(self) -> str:
        """Its own hash."""
        return str(self.data["hash"])

    @property
    def prev_hash(self) -> str:
        """The previous record's hash (GENESIS for seq 1)."""
        return str(self.data["prev_hash"])

    def intact(self) -> bool:
        """Its stored hash matches its content (False for content canonical JSON refuses:
        NaN, infinity, what a bundle from elsewhere may hold)."""
        if set(self.data) != {*FIELDS, "hash"}:
            return False
        try:
            return record_hash(self.data) == self.hash
        except (TypeError, ValueError):
            return False
