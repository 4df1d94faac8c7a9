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

Only for records that orjson read (`Bundle.fast`): those hold no NaN, infinity or lone
surrogate, which orjson would write differently from the reference or refuse.
"""

from __future__ import annotations

import hashlib
from typing import Any

import orjson

from desktop.audit.entry import JSON_COLUMNS, to_row
from desktop.audit.record import CLINICIAN, FIELDS, KIND_FIELDS, AuditRecord, fields_in

_SORTED = orjson.OPT_SORT_KEYS
_FIELD_SETS: dict[tuple[str, ...], frozenset[str]] = {
    fields: frozenset((*fields, "hash"))
    for base in (FIELDS, KIND_FIELDS)
    for fields in (base, (*base, CLINICIAN))
}


def _expected_fields(data: dict[str, Any]) -> frozenset[str]:
    return _FIELD_SETS[fields_in(data)]


def fast_row(record: AuditRecord) -> dict[str, Any] | None:
    """The record's `records` row (nested values as canonical JSON text) if it is intact,
    None if it is not (its hash does not match its content, or it lacks or has extra fields)."""
    data = record.data
    if data.keys() != _expected_fields(data):
        return None
    nested = {k: orjson.dumps(data[k], option=_SORTED) for k in JSON_COLUMNS if k in data}
    whole = {k: v for k, v in data.items() if k != "hash" and k not in nested}
    whole.update({k: orjson.Fragment(text) for k, text in nested.items()})
    if hashlib.sha256(orjson.dumps(whole, option=_SORTED)).hexdigest() == data["hash"]:
        row = dict(data)
        row.update({k: text.decode("utf-8") for k, text in nested.items()})
        return row
    return to_row(data) if record.intact() else None
