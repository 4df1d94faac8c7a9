"""A record's hash checked, and its `records` row made, at import speed (orjson), never looser.

The reference is record.py: the SHA-256 of the canonical JSON (sorted keys, no spaces, UTF-8,
the standard library's float and string forms). orjson writes the same bytes for almost every
record; where it does not (it writes 1e-05 as 0.00001), the record is checked again the
reference way. So a record is taken as intact only if its hash is that of its content as
record.py encodes it:

- orjson's bytes hash to the record's hash: those bytes are a JSON text whose reading is the
  record (orjson writes what it reads, and reads only finite numbers and valid strings), and
  the device hashed the canonical text of its record: the two records are the same, and so
  are their canonical texts, nested values included (each nested value is one contiguous
  piece of both texts, written the same way at the same place);
- otherwise record.py's own `intact()` decides.

A format-3 record is hashed over its hashed_part (digests, not private values); its digests
are checked the same way: orjson's bytes of each value first (the same argument: a digest
that matches proves those bytes are the value's canonical text), record.py's `intact()` if
any does not match.

Only for records that orjson read (`Bundle.fast`): those hold no NaN, infinity or lone
surrogate, which orjson would write differently from the reference or refuse.
"""

from __future__ import annotations

import hashlib
from typing import Any

import orjson

from desktop.audit.entry import JSON_COLUMNS, to_row
from desktop.audit.record import (
    BODY_PRIVATE,
    CLINICIAN,
    DECISION,
    FORMAT,
    NONCE_BYTES,
    PRIVATE,
    SHARED_NOTE,
    AuditRecord,
    fields_in,
    text_digest,
)

_SORTED = orjson.OPT_SORT_KEYS
_FIELD_SETS: dict[tuple[bool, bool, bool, bool], frozenset[str]] = {}


def _expected_fields(data: dict[str, Any]) -> frozenset[str]:
    """fields_in(data) and `hash`; fields_in depends only on the four facts of the key."""
    sealed = data.get("format") == FORMAT
    key = (data.get("kind") == DECISION, sealed, CLINICIAN in data, SHARED_NOTE in data)
    found = _FIELD_SETS.get(key)
    if found is None:
        found = _FIELD_SETS[key] = frozenset((*fields_in(data), "hash"))
    return found


_NONCE_HEX = 2 * NONCE_BYTES
#: (name in its dict, path in payload and salts)
_DECISION_PATHS = tuple((p, p) for p in PRIVATE)
_KIND_PATHS = tuple((p, p) for p in PRIVATE if p != "inputs")
_BODY_PATHS = tuple((k, f"body.{k}") for k in BODY_PRIVATE)
_JSON_COLUMNS = tuple(JSON_COLUMNS)


_Place = tuple[dict[str, Any], str, str]


def _places(data: dict[str, Any], hashed: dict[str, Any]) -> list[_Place] | None:
    """Where each private value sits in `hashed` (its body copied), with its path; None if
    payload, salts or body are not objects."""
    if type(data["payload"]) is not dict or type(data["salts"]) is not dict:
        return None
    if data["kind"] == DECISION:
        return [(hashed, *path) for path in _DECISION_PATHS]
    body = data["body"]
    if type(body) is not dict:
        return None
    hashed["body"] = inner = dict(body)
    places = [(hashed, *path) for path in _KIND_PATHS]
    return places + [(inner, *path) for path in _BODY_PATHS if path[0] in body]


def _seal_proven(data: dict[str, Any], hashed: dict[str, Any]) -> bool:
    """Null the private values of `hashed` (a copy of the record) and tell whether orjson's
    bytes of each prove its digest: record.py's seal_intact and hashed_part in one pass."""
    places, payload, salts = _places(data, hashed), data["payload"], data["salts"]
    if places is None or len(payload) != len(places) or not salts.keys() <= payload.keys():
        return False
    for place, name, key in places:
        value, place[name] = place[name], None
        nonce = salts.get(key)
        if nonce is None:
            if value is not None or key not in payload:
                return False
        elif type(nonce) is not str or len(nonce) != _NONCE_HEX:
            return False
        else:
            text = orjson.dumps(value, option=_SORTED)
            if text_digest(nonce, key, text) != payload.get(key):
                return False
    return True


def fast_row(record: AuditRecord) -> dict[str, Any] | None:
    """The record's `records` row (nested values as canonical JSON text) if it is intact,
    None if it is not (its hash does not match its content, or it lacks or has extra fields)."""
    data = record.data
    if data.keys() != _expected_fields(data):
        return None
    hashed = dict(data)
    del hashed["hash"]
    try:
        proven = True
        if data.get("format") == FORMAT:
            del hashed["salts"]
            hashed.pop(SHARED_NOTE, None)
            proven = _seal_proven(data, hashed)
        whole = orjson.dumps(hashed, option=_SORTED) if proven else b""
    except (TypeError, ValueError, orjson.JSONEncodeError):
        proven = False
    if not proven or hashlib.sha256(whole).hexdigest() != data["hash"]:
        return to_row(data) if record.intact() else None
    row = dict(data)
    for key in _JSON_COLUMNS:
        if key in row:
            row[key] = orjson.dumps(row[key], option=_SORTED).decode("utf-8")
    return row
