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
#: Record kinds share one chain. A `decision` has the decision fields (FIELDS); every other
#: kind has the common fields (KIND_FIELDS) and keeps its own content in `body`. Readers skip
#: kinds they do not know; the importer keeps them (they are links of the chain).
DECISION = "decision"
#: What every kind begins with (chain link, time, app) and ends with (who, in which language).
_HEAD = (
    "uuid",
    "device_id",
    "seq",
    "prev_hash",
    "created_utc",
    "local_offset_min",
    "app_version",
    "kind",
    "model",
)
_TAIL = ("note", "role", "language", "patient_ref")
#: Fields of a decision record, besides `hash` (the records of the first version had only these).
FIELDS = (
    *_HEAD,
    "inputs",
    "prediction",
    "output_space",
    "explanation",
    "out_of_range",
    "decision",
    "clinician_estimate",
    "reason",
    *_TAIL,
)
#: Fields of a record of any other kind, besides `hash`: its model (or null), its content.
KIND_FIELDS = (*_HEAD, "body", *_TAIL)


def fields_of(kind: object) -> tuple[str, ...]:
    """The fields (besides `hash`) a record of this kind carries."""
    return FIELDS if kind == DECISION else KIND_FIELDS


#: Optional on every kind: the pseudonymous id of the clinician's local account. A record
#: without the key (written before accounts, or by no account) hashes exactly as before.
CLINICIAN = "clinician"


def fields_in(data: dict[str, Any]) -> tuple[str, ...]:
    """The fields (besides `hash`) this record must hold: its kind's, and `clinician` if given."""
    fields = fields_of(data.get("kind"))
    return (*fields, CLINICIAN) if CLINICIAN in data else fields


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
    def kind(self) -> str:
        """`decision`, or another kind of record (outcome, ineligible, catalog, …)."""
        return str(self.data.get("kind"))

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
        if set(self.data) != {*fields_in(self.data), "hash"}:
            return False
        try:
            return record_hash(self.data) == self.hash
        except (TypeError, ValueError):
            return False
