"""Whether an imported, intact record has the shape a clinic writes, record by record.

A record that is intact (its hash proven) must still have the store's field types and pass the
clinic's own entry checks (entry.check_entry). Those run on every record of a bundle, so a fast
check runs first: it accepts only what check_entry accepts (plain JSON values of the exact
types a clinic writes) and leaves every other record to check_entry itself, which decides.
"""

from __future__ import annotations

import math
from typing import Any

from desktop.audit.entry import CLINICIAN_ID, check_entry
from desktop.audit.errors import AuditError
from desktop.audit.record import (
    CLINICIAN,
    DECISION,
    DECISIONS,
    ESTIMATES,
    FORMAT,
    REASONS,
    SHARED_NOTE,
    fields_of,
)

STORE_TYPES = {
    "uuid": str,
    "device_id": str,
    "seq": int,
    "prev_hash": str,
    "created_utc": str,
    "local_offset_min": int,
    "app_version": str,
}
_DECISIONS = frozenset(DECISIONS)
_ESTIMATES = frozenset((*ESTIMATES, None))
_REASONS = frozenset((*REASONS, None))
_OPTIONAL_TEXT = (str, type(None))


def _store_types_ok(data: dict[str, Any]) -> bool:
    return (
        type(data["uuid"]) is str
        and type(data["device_id"]) is str
        and type(data["seq"]) is int
        and type(data["prev_hash"]) is str
        and type(data["created_utc"]) is str
        and type(data["local_offset_min"]) is int
        and type(data["app_version"]) is str
    )


def _texts_ok(data: dict[str, Any]) -> bool:
    """note, role, language, patient_ref: text or null; clinician, if given, an account id."""
    clinician = data.get(CLINICIAN)
    if CLINICIAN in data and not (type(clinician) is str and CLINICIAN_ID.fullmatch(clinician)):
        return False
    return (
        type(data["note"]) in _OPTIONAL_TEXT
        and type(data["role"]) in _OPTIONAL_TEXT
        and type(data["language"]) in _OPTIONAL_TEXT
        and type(data["patient_ref"]) in _OPTIONAL_TEXT
    )


def _surely_valid(data: dict[str, Any]) -> bool:
    """True only where check_entry accepts the record (the types a clinic writes); False where
    unsure, and check_entry decides."""
    if not _texts_ok(data):
        return False
    if data["kind"] != DECISION:
        kind, model = data["kind"], data["model"]
        return (
            type(kind) is str
            and bool(kind)
            and (model is None or type(model) is dict)
            and type(data["body"]) is dict
        )
    inputs, output_space = data["inputs"], data["output_space"]
    choices = (data["decision"], data["clinician_estimate"], data["reason"])
    if not all(type(c) in _OPTIONAL_TEXT for c in choices):
        return False
    prediction = data["prediction"]
    return (
        choices[0] in _DECISIONS
        and choices[1] in _ESTIMATES
        and choices[2] in _REASONS
        and type(data["model"]) is dict
        and (type(inputs) is dict or (inputs is None and data.get("format") == FORMAT))
        and type(data["explanation"]) is dict
        and type(data["out_of_range"]) is list
        and type(output_space) is str
        and bool(output_space)
        and type(prediction) is float
        and math.isfinite(prediction)
    )


def record_valid(data: dict[str, Any]) -> bool:
    """An intact record's fields have the store's types and pass the clinic's entry checks."""
    if not _store_types_ok(data):
        return False
    if SHARED_NOTE in data and type(data[SHARED_NOTE]) is not str:
        return False
    return _surely_valid(data) or _entry_ok(data)


def _entry_ok(data: dict[str, Any]) -> bool:
    """The clinic's entry checks (check_entry) pass."""
    # an intact record holds exactly these, `hash`, and a format-3 record its seal (checked by
    # intact()); check_entry checks `clinician` itself
    fields = (*fields_of(data.get("kind")), *((CLINICIAN,) if CLINICIAN in data else ()))
    try:
        # plain: read from JSON and hashed as canonical JSON (intact), so nothing to convert
        check_entry(
            {k: data[k] for k in fields if k not in STORE_TYPES},
            file="record",
            plain=True,
            sealed=data.get("format") == FORMAT,
        )
    except AuditError:
        return False
    return True
