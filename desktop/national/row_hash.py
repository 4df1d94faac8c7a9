"""A `records` row's canonical JSON and hash, assembled from the row as it is stored.

The district stores nested values (model, inputs, explanation, out_of_range, body) as their
canonical JSON text; record.py's canonical JSON of a whole record is, byte for byte, `{`, then
for each field in sorted order its JSON-encoded name, `:` and its value's canonical text,
joined by `,`, then `}` (no spaces; strings as json writes them without ASCII escaping, ints
and floats as their repr). So the text can be assembled without decoding the nested values.
Where the assembled hash differs from the stored one, record.py decides (from_row, then
record_hash), so no verdict depends on the shortcut. A format-3 row (its hash covers digests,
not the private values) is always decided by record.py (`intact()`, digests included).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from typing import Any

from desktop.audit.entry import JSON_COLUMNS, from_row
from desktop.audit.record import CLINICIAN, AuditRecord, canonical, fields_of

_encode_str = json.encoder.encode_basestring
#: Per kind, and with or without a clinician, its fields in sorted order and whether each holds
#: nested JSON text.
_KEYS = {
    (kind, signed): [(k, k in JSON_COLUMNS) for k in sorted({*fields_of(kind), *extra})]
    for kind in ("decision", "other")
    for signed, extra in ((False, ()), (True, (CLINICIAN,)))
}


def _null(_: object) -> str:
    return "null"


def _bool(value: object) -> str:
    return "true" if value else "false"


#: How json writes each scalar type (a float that is not finite gives "inf" or "nan", text
#: canonical JSON never holds, so its hash cannot match and the reference decides).
_SCALARS: dict[type, Callable[[Any], str]] = {
    str: _encode_str,
    int: int.__repr__,
    float: float.__repr__,
    bool: _bool,
    type(None): _null,
}


def row_canonical(row: dict[str, Any]) -> str | None:
    """The canonical JSON text (without `hash`) of the record stored in `row`, if the row's
    hash proves it; else the reference text if the reference hash matches; else None."""
    kind = row.get("kind")
    if row.get("format") is not None:
        return _reference_text(row)
    signed = row.get(CLINICIAN) is not None
    keys = _KEYS[("decision" if kind == "decision" else "other", signed)]
    try:
        parts = [
            f'"{k}":{v if nested and v is not None else _SCALARS[type(v)](v)}'
            for k, nested in keys
            for v in (row[k],)
        ]
    except KeyError:  # a field missing, or a value of another type: the reference decides
        parts = []
    text = "{" + ",".join(parts) + "}"
    if parts and hashlib.sha256(text.encode("utf-8")).hexdigest() == row.get("hash"):
        return text
    return _reference_text(row)


def _reference_text(row: dict[str, Any]) -> str | None:
    """The record's canonical text (without `hash`) if record.py finds it intact, else None."""
    data = from_row(row)
    try:
        if not AuditRecord(data).intact():
            return None
        return canonical({k: v for k, v in data.items() if k != "hash"}).decode("utf-8")
    except (TypeError, ValueError):
        return None


def rows_of(columns: Sequence[str], values: Sequence[Any]) -> dict[str, Any]:
    """A row as a dict."""
    return dict(zip(columns, values, strict=True))
