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
are checked the same way: orjson's bytes of each value first, record.py's `seal_intact()` if
they do not match.

Only for records that orjson read (`Bundle.fast`): those hold no NaN, infinity or lone
surrogate, which orjson would write differently from the reference or refuse.
"""

from __future__ import annotations

import hashlib
from typing import Any

import orjson

from desktop.audit.entry import JSON_COLUMNS, to_row
from desktop.audit.record import (
    FIELDS,
    FORMAT,
    KIND_FIELDS,
    SEALED_FIELDS,
    AuditRecord,
    fields_of,
    hashed_part,
    seal_intact,
)

_SORTED = orjson.OPT_SORT_KEYS
_FIELD_SETS: dict[tuple[str, ...], frozenset[str]] = {
    fields: frozenset((*fields, "hash"))
    for base in (FIELDS, KIND_FIELDS)
    for fields in (base, (*base, *SEALED_FIELDS))
}


def _expected_fields(kind: object, record_format: object) -> frozenset[str]:
    return _FIELD_SETS[fields_of(kind, record_format)]


def _orjson_value(value: object) -> bytes:
    return orjson.dumps(value, option=_SORTED)


def _texts(data: dict[str, Any]) -> dict[str, bytes]:
    return {k: orjson.dumps(data[k], option=_SORTED) for k in JSON_COLUMNS if k in data}


def fast_row(record: AuditRecord) -> dict[str, Any] | None:
    """The record's `records` row (nested values as canonical JSON text) if it is intact,
    None if it is not (its hash does not match its content, or it lacks or has extra fields)."""
    data = record.data
    sealed = data.get("format") == FORMAT
    if data.keys() != _expected_fields(data.get("kind"), data.get("format")):
        return None
    try:
        if sealed and not seal_intact(data, encode=_orjson_value):
            return to_row(data) if record.intact() else None
        hashed = hashed_part(data) if sealed else data
    except (TypeError, ValueError, KeyError, AttributeError):
        return to_row(data) if record.intact() else None
    nested = _texts(hashed)
    whole = {k: v for k, v in hashed.items() if k != "hash" and k not in nested}
    whole.update({k: orjson.Fragment(text) for k, text in nested.items()})
    if hashlib.sha256(orjson.dumps(whole, option=_SORTED)).hexdigest() == data["hash"]:
        row = dict(data)
        row.update({k: t.decode("utf-8") for k, t in (_texts(data) if sealed else nested).items()})
        return row
    return to_row(data) if record.intact() else None
