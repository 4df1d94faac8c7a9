"""One audit record: its fields, canonical bytes and hash-chain link (shared by audit and sync).

A record is a flat JSON object. `prev_hash` is the hash of the same device's previous record
(GENESIS for seq 1), so a changed, removed or reordered record breaks the chain wherever it is
checked. Two formats:

- Formats 1 and 2 (no `format` field): `hash` is the SHA-256 of the canonical JSON of every
  other field. They verify exactly as they always did; their private fields cannot be left out
  or erased without breaking the chain.
- Format 3 (`"format": 3`): the private fields (PRIVATE: inputs, note, patient_ref; for other
  kinds also `body.inputs` and `body.answers`) enter the hash only through salted digests. Per
  field a random 16-byte nonce (`salts[path]`, hex) and `payload[path]` = SHA-256(nonce ‖
  path ‖ 0x00 ‖ canonical(value)); `hash` covers every field with the private values set to
  null and `salts` left out, so it covers the digests, not the values. A value with its nonce
  proves itself against its digest; a value left out (the note, which stays home) or erased is
  null with no nonce, and is not guessable from what remains (its nonce is gone with it).
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

GENESIS = "0" * 64
#: The record format new records are written in (see the module docstring).
FORMAT = 3
#: Top-level private fields (of every kind) and the private keys of a non-decision `body`.
PRIVATE = ("inputs", "note", "patient_ref")
BODY_PRIVATE = ("inputs", "answers")
#: What format 3 adds to a kind's fields: hashed (`format`, `payload`) and not (`salts`).
SEALED_FIELDS = ("format", "payload", "salts")
NONCE_BYTES = 16  # 128 bits: the value cannot be guessed without it
#: A format-3 record in a bundle may carry its note scrubbed, when the district's signed notes
#: policy asks for it (desktop/privacy): outside the hash (the bundle's signature covers it;
#: the note's digest still proves only the original, which stays home).
SHARED_NOTE = "note_shared"
#: What a format-3 hash leaves out.
UNHASHED = ("hash", "salts", SHARED_NOTE)
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


def fields_of(kind: object, record_format: object = None) -> tuple[str, ...]:
    """The fields (besides `hash`) a record of this kind (and format) carries."""
    base = FIELDS if kind == DECISION else KIND_FIELDS
    return (*base, *SEALED_FIELDS) if record_format == FORMAT else base


def private_paths(data: dict[str, Any]) -> tuple[str, ...]:
    """The private fields of a format-3 record: top-level names, `body.KEY` for body keys."""
    if data.get("kind") == DECISION:
        return PRIVATE
    body = data.get("body")
    inner = tuple(f"body.{k}" for k in BODY_PRIVATE if isinstance(body, dict) and k in body)
    return (*(p for p in PRIVATE if p != "inputs"), *inner)


def path_value(data: dict[str, Any], path: str) -> Any:
    """The value at a private path (`note`, `body.inputs`, ...)."""
    if path.startswith("body."):
        return data["body"][path[5:]]
    return data[path]


def with_path(data: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    """A shallow copy of `data` with the private path set to `value` (body copied, not changed)."""
    out = dict(data)
    if path.startswith("body."):
        out["body"] = {**data["body"], path[5:]: value}
    else:
        out[path] = value
    return out


def canonical_value(value: object) -> bytes:
    """Canonical JSON of any JSON value (as canonical() writes a whole record)."""
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def field_digest(
    nonce_hex: str, path: str, value: object, *, encode: Callable[[object], bytes] | None = None
) -> str:
    """SHA-256 hex of nonce ‖ path ‖ 0x00 ‖ canonical(value)."""
    return text_digest(nonce_hex, path, (encode or canonical_value)(value))


def text_digest(nonce_hex: str, path: str, text: bytes) -> str:
    """field_digest of a value whose canonical JSON is `text` (ValueError: a nonce not hex)."""
    return hashlib.sha256(bytes.fromhex(nonce_hex) + path.encode() + b"\0" + text).hexdigest()


def seal(data: dict[str, Any]) -> dict[str, Any]:
    """The record in format 3: a fresh nonce and a digest for each private field (no `hash`)."""
    sealed = {**data, "format": FORMAT}
    salts = {path: secrets.token_hex(NONCE_BYTES) for path in private_paths(sealed)}
    sealed["salts"] = salts
    sealed["payload"] = {p: field_digest(n, p, path_value(sealed, p)) for p, n in salts.items()}
    return sealed


def hashed_part(data: dict[str, Any]) -> dict[str, Any]:
    """What a format-3 hash covers: every field but `hash` and `salts`, private values null."""
    out = {k: v for k, v in data.items() if k not in UNHASHED}
    for path in private_paths(data):
        out = with_path(out, path, None)
    return out


def seal_intact(data: dict[str, Any], *, encode: Callable[[object], bytes] | None = None) -> bool:
    """A format-3 record's private values agree with its digests: one digest per private path,
    each value present with its nonce matching, each value without a nonce null."""
    payload, salts = data.get("payload"), data.get("salts")
    if not isinstance(payload, dict) or not isinstance(salts, dict):
        return False
    paths = private_paths(data)
    if set(payload) != set(paths) or not set(salts) <= set(paths):
        return False
    for path in paths:
        value, nonce = path_value(data, path), salts.get(path)
        if nonce is None:
            ok = value is None
        else:
            ok = isinstance(nonce, str) and len(nonce) == 2 * NONCE_BYTES
            ok = ok and field_digest(nonce, path, value, encode=encode) == payload[path]
        if not ok:
            return False
    return True


def without(data: dict[str, Any], paths: Iterable[str]) -> dict[str, Any]:
    """A format-3 record with these private values and their nonces removed (still intact);
    without the note, also without its scrubbed copy."""
    paths = list(paths)
    out = {**data, "salts": {k: v for k, v in data["salts"].items() if k not in set(paths)}}
    if "note" in paths:
        out.pop(SHARED_NOTE, None)
    for path in paths:
        out = with_path(out, path, None)
    return out


#: Optional on every kind: the pseudonymous id of the clinician's local account. A record
#: without the key (written before accounts, or by no account) hashes exactly as before.
CLINICIAN = "clinician"


def fields_in(data: dict[str, Any]) -> tuple[str, ...]:
    """The fields (besides `hash`) this record must hold: its kind's and format's, `clinician`
    if given (a plain hashed field in every format), and a format-3 record's `note_shared` if
    it travels with one."""
    fields = fields_of(data.get("kind"), data.get("format"))
    if CLINICIAN in data:
        fields = (*fields, CLINICIAN)
    if SHARED_NOTE in data and data.get("format") == FORMAT:
        fields = (*fields, SHARED_NOTE)
    return fields


def canonical(fields: dict[str, Any]) -> bytes:
    """Deterministic UTF-8 JSON: sorted keys, no spaces, no NaN (missing inputs are null)."""
    return json.dumps(
        fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def record_hash(fields: dict[str, Any]) -> str:
    """SHA-256 hex of the canonical JSON of every field except `hash` (format 3: of its
    hashed_part, the digests instead of the private values)."""
    if fields.get("format") == FORMAT:
        return hashlib.sha256(canonical(hashed_part(fields))).hexdigest()
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
        data = self.data
        if set(data) != {*fields_in(data), "hash"}:
            return False
        try:
            if data.get("format") == FORMAT and not seal_intact(data):
                return False
            return record_hash(data) == self.hash
        except (TypeError, ValueError, AttributeError, KeyError):
            return False
