"""The fields a caller gives the store: their checks (per kind), and how a record maps to a row."""

from __future__ import annotations

import contextlib
import json
import math
import re
from collections.abc import Mapping
from typing import Any

from desktop.audit.errors import AuditError, AuditRefusal
from desktop.audit.record import (
    CLINICIAN,
    DECISION,
    DECISIONS,
    ESTIMATES,
    FIELDS,
    KIND_FIELDS,
    PRIVATE,
    REASONS,
    SEALED_FIELDS,
    SHARED_NOTE,
    canonical,
    fields_of,
)

#: Fields the store fills itself; the caller gives every other field of FIELDS.
STORE_FIELDS = (
    "uuid",
    "device_id",
    "seq",
    "prev_hash",
    "created_utc",
    "local_offset_min",
    "app_version",
)
ENTRY_FIELDS = tuple(f for f in FIELDS if f not in STORE_FIELDS)
#: What a caller gives for a record of a kind other than `decision`.
KIND_ENTRY_FIELDS = tuple(f for f in KIND_FIELDS if f not in STORE_FIELDS)
#: Nested values of a decision, kept in their column as canonical JSON text.
JSON_FIELDS = {"model": dict, "inputs": dict, "explanation": dict, "out_of_range": list}
#: Every nested value of any kind (a kind's own content is in `body`).
JSON_COLUMNS = {**JSON_FIELDS, "body": dict, "payload": dict, "salts": dict}
#: Text fields that may be null, and those that may not.
OPTIONAL_TEXT = ("note", "role", "language", "patient_ref")
REQUIRED_TEXT = ("kind", "output_space")
#: Fields whose value must come from one of record.py's fixed lists (None allowed where noted).
CHOICES: dict[str, tuple[tuple[str, ...], bool]] = {
    "decision": (DECISIONS, False),
    "clinician_estimate": (ESTIMATES, True),
    "reason": (REASONS, True),
}
#: A clinician's pseudonymous id: 32 random hex digits (desktop/accounts), never a name.
CLINICIAN_ID = re.compile(r"[0-9a-f]{32}")
#: Column types of the `records` table (STRICT), in FIELDS order, then `hash`, format 3's,
#: `clinician`, and the scrubbed note a district may receive (`note_shared`, empty at a clinic).
COLUMNS: dict[str, type] = {
    f: int if f in ("seq", "local_offset_min", "format") else float if f == "prediction" else str
    for f in dict.fromkeys((*FIELDS, *KIND_FIELDS, "hash", *SEALED_FIELDS, CLINICIAN, SHARED_NOTE))
}
#: Columns no record of any kind leaves empty (check_entry holds each kind to its own fields).
NOT_NULL = (*STORE_FIELDS, "kind", "hash")


def check_entry(
    entry: Mapping[str, Any], *, file: str, plain: bool = False, sealed: bool = False
) -> dict[str, Any]:
    """The entry as plain JSON values, or AuditError naming the first field that is wrong.

    `plain`: the caller knows the entry already is plain JSON values (read from JSON, and its
    canonical form hashed, as the district importer does), so the JSON round trip is skipped.
    `sealed`: a format-3 record, whose private values may be null (left at home, or erased).
    """
    _check_clinician(entry, file)
    if entry.get("kind") != DECISION:
        return _check_kind_entry(entry, file=file, plain=plain)
    given, expected = set(entry) - {CLINICIAN}, set(ENTRY_FIELDS)
    if given != expected:
        field = sorted(given ^ expected)[0]
        raise AuditError(AuditRefusal.ENTRY_INVALID, file, field=field)
    for field, (allowed, optional) in CHOICES.items():
        value = entry[field]
        if not (value is None and optional) and value not in allowed:
            raise AuditError(
                AuditRefusal.VALUE_NOT_ALLOWED,
                file,
                field=field,
                value=str(value),
                allowed=", ".join(allowed),
            )
    for field, kind in JSON_FIELDS.items():
        gone = sealed and field in PRIVATE and entry[field] is None
        _expect(gone or isinstance(entry[field], kind), field, file)
    for field in REQUIRED_TEXT:
        _expect(isinstance(entry[field], str) and bool(entry[field]), field, file)
    for field in OPTIONAL_TEXT:
        _expect(entry[field] is None or isinstance(entry[field], str), field, file)
    prediction = entry["prediction"]
    number = isinstance(prediction, int | float) and not isinstance(prediction, bool)
    _expect(number and math.isfinite(prediction), "prediction", file)
    fields = {**entry, "prediction": float(prediction)}
    if plain:
        return fields
    try:  # tuples become lists, NaN is refused: what is hashed is what is read back
        values: dict[str, Any] = json.loads(canonical(fields))
    except (TypeError, ValueError) as exc:
        raise AuditError(AuditRefusal.ENTRY_INVALID, file, field=_unencodable(fields)) from exc
    return values


def _check_kind_entry(entry: Mapping[str, Any], *, file: str, plain: bool) -> dict[str, Any]:
    """A record of another kind: its common fields' shapes (its module checks `body` itself)."""
    given, expected = set(entry) - {CLINICIAN}, set(KIND_ENTRY_FIELDS)
    if given != expected:
        raise AuditError(AuditRefusal.ENTRY_INVALID, file, field=sorted(given ^ expected)[0])
    _expect(isinstance(entry["kind"], str) and bool(entry["kind"]), "kind", file)
    _expect(entry["model"] is None or isinstance(entry["model"], dict), "model", file)
    _expect(isinstance(entry["body"], dict), "body", file)
    for field in OPTIONAL_TEXT:
        _expect(entry[field] is None or isinstance(entry[field], str), field, file)
    if plain:
        return dict(entry)
    try:
        values: dict[str, Any] = json.loads(canonical(dict(entry)))
    except (TypeError, ValueError) as exc:
        raise AuditError(AuditRefusal.ENTRY_INVALID, file, field=_unencodable(entry)) from exc
    return values


def _check_clinician(entry: Mapping[str, Any], file: str) -> None:
    """`clinician` is optional on every kind; when present, an account id (null is refused:
    absent means none, so a record has one form only)."""
    if CLINICIAN in entry:
        value = entry[CLINICIAN]
        _expect(isinstance(value, str) and bool(CLINICIAN_ID.fullmatch(value)), CLINICIAN, file)


def _expect(condition: bool, field: str, file: str) -> None:
    if not condition:
        raise AuditError(AuditRefusal.ENTRY_INVALID, file, field=field)


def _unencodable(fields: Mapping[str, Any]) -> str:
    """The first field that canonical JSON refuses (NaN, infinity, an object it cannot encode)."""
    for field, value in fields.items():
        try:
            canonical({field: value})
        except (TypeError, ValueError):
            return field
    return "?"


def to_row(data: Mapping[str, Any]) -> dict[str, Any]:
    """A record as a `records` row: nested values as canonical JSON text."""
    return {k: canonical(v).decode("utf-8") if k in JSON_COLUMNS else v for k, v in data.items()}


def from_row(row: Mapping[str, Any]) -> dict[str, Any]:
    """A `records` row as record data (its kind's and format's fields, `clinician` where the row
    has one); text that is not JSON is kept."""
    keep = (*fields_of(row.get("kind"), row.get("format")), "hash")
    keep = (*keep, *(k for k in (CLINICIAN, SHARED_NOTE) if row.get(k) is not None))
    data = {k: row[k] for k in keep if k in row}
    for field in JSON_COLUMNS:
        value = data.get(field)
        if isinstance(value, str):
            with contextlib.suppress(ValueError):
                data[field] = json.loads(value)
    return data
