"""A `records` row's canonical JSON and hash, assembled from the row as it is stored.

The district stores nested values (model, inputs, explanation, out_of_range, body) as their
canonical JSON text; record.py's canonical JSON of a whole record is, byte for byte, `{`, then
for each field in sorted order its JSON-encoded name, `:` and its value's canonical text,
joined by `,`, then `}` (no spaces; strings as json writes them without ASCII escaping, ints
and floats as their repr). So the text can be assembled without decoding the nested values.
Where the assembled hash differs from the stored one, record.py decides (from_row, then
record_hash), so no verdict depends on the shortcut.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Sequence
from typing import Any

from desktop.audit.entry import JSON_COLUMNS, from_row
from desktop.audit.record import canonical, fields_of, record_hash

_encode_str = json.encoder.encode_basestring
_KEYS = {kind: sorted(fields_of(kind)) for kind in ("decision", "other")}


def _scalar(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, str):
        return str(_encode_str(value))
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float) and math.isfinite(value):
        return float.__repr__(value)
    raise ValueError("not a canonical JSON scalar")


def row_canonical(row: dict[str, Any]) -> str | None:
    """The canonical JSON text (without `hash`) of the record stored in `row`, if the row's
    hash proves it; else the reference text if the reference hash matches; else None."""
    kind = row.get("kind")
    keys = _KEYS["decision" if kind == "decision" else "other"]
    try:
        parts = [
            f'"{k}":{row[k] if k in JSON_COLUMNS and row[k] is not None else _scalar(row[k])}'
            for k in keys
        ]
    except (KeyError, ValueError):
        parts = []
    text = "{" + ",".join(parts) + "}"
    if parts and hashlib.sha256(text.encode("utf-8")).hexdigest() == row.get("hash"):
        return text
    data = from_row(row)
    try:
        if record_hash(data) != data.get("hash"):
            return None
        return canonical({k: v for k, v in data.items() if k != "hash"}).decode("utf-8")
    except (TypeError, ValueError):
        return None


def rows_of(columns: Sequence[str], values: Sequence[Any]) -> dict[str, Any]:
    """A row as a dict."""
    return dict(zip(columns, values, strict=True))
