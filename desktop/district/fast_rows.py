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
    DECISION,
    FORMAT,
    NONCE_BYTES,
    PRIVATE,
    UNHASHED,
    AuditRecord,
    fields_in,
)

_SORTED = orjson.OPT_SORT_KEYS
_FIELD_SETS: dict[tuple[str, ...], frozenset[str]] = {}


def _expected_fields(data: dict[str, Any]) -> frozenset[str]:
    fields = fields_in(data)
    found = _FIELD_SETS.get(fields)
    if found is None:
        found = _FIELD_SETS[fields] = frozenset((*fields, "hash"))
    return found


_NONCE_HEX = 2 * NONCE_BYTES
_PATH_BYTES = {p: p.encode() + b"\0" for p in (*PRIVATE, *(f"body.{k}" for k in BODY_PRIVATE))}
#: Columns whose text differs between the hashed part and the stored row of a format-3 record.
_PRIVATE_COLUMNS = ("inputs", "body", "salts")


def _texts(data: dict[str, Any]) -> dict[str, bytes]:
    return {k: orjson.dumps(data[k], option=_SORTED) for k in JSON_COLUMNS if k in data}


def _proves(path: str, value: object, nonce: object, payload: dict[str, Any]) -> bool:
    """The value proves its digest with its nonce; without a nonce, it is null."""
    if nonce is None:
        return value is None and path in payload
    if type(nonce) is not str or len(nonce) != _NONCE_HEX:
        return False
    text = bytes.fromhex(nonce) + _PATH_BYTES[path] + orjson.dumps(value, option=_SORTED)
    return hashlib.sha256(text).hexdigest() == payload.get(path)


def _sealed_part(data: dict[str, Any]) -> dict[str, Any] | None:
    """A format-3 record's hashed part if orjson's bytes of each private value prove its
    digest (record.py's seal_intact and hashed_part in one pass), else None."""
    payload, salts = data["payload"], data["salts"]
    if type(payload) is not dict or type(salts) is not dict:
        return None
    hashed = {k: v for k, v in data.items() if k not in UNHASHED}
    if data["kind"] == DECISION:
        paths: tuple[str, ...] = PRIVATE
    else:
        body = data["body"]
        if type(body) is not dict:
            return None
        paths = ("note", "patient_ref", *(f"body.{k}" for k in BODY_PRIVATE if k in body))
        hashed["body"] = dict(body)
    if len(payload) != len(paths) or not salts.keys() <= payload.keys():
        return None
    for path in paths:
        if path[0] == "b":
            value, hashed["body"][path[5:]] = hashed["body"][path[5:]], None
        else:
            value, hashed[path] = data[path], None
        if not _proves(path, value, salts.get(path), payload):
            return None
    return hashed


def fast_row(record: AuditRecord) -> dict[str, Any] | None:
    """The record's `records` row (nested values as canonical JSON text) if it is intact,
    None if it is not (its hash does not match its content, or it lacks or has extra fields)."""
    data = record.data
    sealed = data.get("format") == FORMAT
    if data.keys() != _expected_fields(data):
        return None
    try:
        hashed = _sealed_part(data) if sealed else data
    except (TypeError, ValueError, orjson.JSONEncodeError):
        hashed = None
    if hashed is None:
        return to_row(data) if record.intact() else None
    nested = _texts(hashed)
    whole = {k: v for k, v in hashed.items() if k != "hash" and k not in nested}
    whole.update({k: orjson.Fragment(text) for k, text in nested.items()})
    if hashlib.sha256(orjson.dumps(whole, option=_SORTED)).hexdigest() == data["hash"]:
        row = dict(data)
        if sealed:
            nested.update(
                {k: orjson.dumps(data[k], option=_SORTED) for k in _PRIVATE_COLUMNS if k in data}
            )
        row.update({k: text.decode("utf-8") for k, text in nested.items()})
        return row
    return to_row(data) if record.intact() else None
