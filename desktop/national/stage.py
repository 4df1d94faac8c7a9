"""A district's records as the lines of a text COPY into the push's staging table.

Per record: its canonical JSON text (assembled from the stored columns by a per-kind expression
made once, then hashed; where that shortcut does not give the stored hash, `row_canonical` and
so record.py decide), the month of its UTC time, the model id and version, `bad`
(`hash_mismatch` or `record_invalid`) where the record itself is refused, and what monitoring
reads (a decision's prediction, estimate, local offset, decided_on, input names and values; an
outcome's observes, observed and supersedes). Lines go out in chunks of about a megabyte; a
value holding a character COPY treats specially is escaped.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator
from typing import Any

import orjson

from desktop.national.row_hash import RowTexts

#: The columns of the staging table, in the order of each line.
STAGE_COLUMNS = (
    "month, device_id, seq, uuid, hash, prev_hash, kind, created_utc, decision, reason, "
    "model_id, model_version, out_of_range, record, bad, prediction, estimate, "
    "local_offset_min, decided_on, input_keys, inputs, observes, observed, supersedes"
)
NULL = "\\N"
_HEAD = ("device_id", "seq", "uuid", "hash", "prev_hash", "kind", "created_utc", "decision")
_CHUNK = 1 << 20
_SPECIAL = (("\\", "\\\\"), ("\t", "\\t"), ("\n", "\\n"), ("\r", "\\r"))
_NEEDS_ESCAPE = re.compile(r"[\\\t\n\r]")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_NO_MONITORING = "\t".join([NULL] * 9)


def _escaped(text: str) -> str:
    for char, escape in _SPECIAL:
        text = text.replace(char, escape)
    return text


def _text(value: object) -> str:
    """A value as COPY text (None as null)."""
    if value is None:
        return NULL
    text = value if isinstance(value, str) else str(value)
    return _escaped(text) if _NEEDS_ESCAPE.search(text) else text


def _number(value: object) -> str:
    """A JSON number (true/false as 1/0, as SQLite's json_extract gives them) as COPY text."""
    if isinstance(value, int | float):
        return repr(float(value))
    return NULL


class _Months(dict[str, str]):
    """created_utc's first 7 characters -> the month's first day, or '' when it is no month."""

    def __missing__(self, key: str) -> str:
        try:
            year, month = int(key[:4]), int(key[5:7])
            ok = key[4] == "-" and len(key) == 7 and year > 0 and 1 <= month <= 12
        except (ValueError, IndexError):
            ok = False
        self[key] = found = f"{key}-01" if ok else ""
        return found


class _Models(dict[str, str]):
    """The model column's text -> its id and version as two fields of COPY text."""

    def __missing__(self, key: str) -> str:
        try:
            model = orjson.loads(key) if key.startswith("{") else {}
            found = [model.get("id"), model.get("version")]
        except (orjson.JSONDecodeError, AttributeError):
            found = [None, None]
        self[key] = text = "\t".join(_text(None if v is None else str(v)) for v in found)
        return text


class _Inputs(dict[str, str]):
    """The inputs column's text -> the names (JSON list) and values (float8[]) as COPY text."""

    def __missing__(self, key: str) -> str:
        try:
            parsed = orjson.loads(key)
            names = _text(orjson.dumps(list(parsed)).decode())
            values = [_number(v) for v in parsed.values()]
        except (orjson.JSONDecodeError, AttributeError, TypeError):  # "null": erased
            return f"{NULL}\t{NULL}"
        text = f"{names}\t{{{','.join(values).replace(NULL, 'NULL')}}}"
        if len(self) < 100_000:
            self[key] = text
        return text


def _decision(r: tuple[Any, ...], at: dict[str, int], inputs: _Inputs) -> str:
    explanation, data = r[at["explanation"]], r[at["inputs"]]
    decided = None
    if isinstance(explanation, str) and '"decided_on"' in explanation:
        decided = orjson.loads(explanation).get("decided_on")
    return "\t".join(
        [
            _number(r[at["prediction"]]),
            _text(r[at["clinician_estimate"]]),
            _text(r[at["local_offset_min"]]),
            decided if isinstance(decided, str) and _DAY.fullmatch(decided) else NULL,
            inputs[data] if isinstance(data, str) else f"{NULL}\t{NULL}",
            NULL,
            NULL,
            NULL,
        ]
    )


def _outcome(body: object) -> str:
    try:
        parsed = orjson.loads(body) if isinstance(body, str) else {}
        parsed = parsed if isinstance(parsed, dict) else {}
    except orjson.JSONDecodeError:
        parsed = {}
    observes, supersedes = parsed.get("observes"), parsed.get("supersedes")
    return "\t".join(
        [
            *[NULL] * 6,
            NULL if observes is None else _text(str(observes)),
            _number(parsed.get("observed")),
            NULL if supersedes is None else _text(str(supersedes)),
        ]
    )


def copy_chunks(source: sqlite3.Connection, months_seen: set[str]) -> Iterator[bytes]:
    """The district's records, ordered by device and seq, as COPY text in chunks; the first
    day of each month they were made in is added to `months_seen` at the end."""
    cursor = source.execute("SELECT * FROM records ORDER BY device_id, seq")
    columns = [c[0] for c in cursor.description]
    at = {c: i for i, c in enumerate(columns)}
    texts = RowTexts(columns)
    i_kind, i_created, i_model = at["kind"], at["created_utc"], at["model"]
    i_out, i_reason, i_body = at["out_of_range"], at["reason"], at["body"]
    head_at = [at[c] for c in _HEAD]
    months, models, inputs = _Months(), _Models(), _Inputs()
    lines: list[str] = []
    size = 0
    for r in cursor:
        kind = r[i_kind]
        text = texts(r)
        created = r[i_created]
        month = months[created[:7]] if isinstance(created, str) else ""
        bad = NULL if month else "record_invalid"
        if text is None:
            bad = "hash_mismatch"
            text = json.dumps(dict(zip(columns, r, strict=True)), sort_keys=True, default=str)
        head = [r[i] for i in head_at]
        head.append(r[i_reason])
        if _NEEDS_ESCAPE.search("".join([v for v in head if v.__class__ is str])):
            joined = "\t".join([_text(v) for v in head])
        else:
            joined = "\t".join([v if v.__class__ is str else _text(v) for v in head])
        model, out = r[i_model], r[i_out]
        if "\\" in text or "\t" in text or "\n" in text or "\r" in text:
            text = _escaped(text)
        if kind == "decision":
            watched = _decision(r, at, inputs)
        else:
            watched = _outcome(r[i_body]) if kind == "outcome" else _NO_MONITORING
        line = (
            f"{month or '1970-01-01'}\t{joined}\t"
            f"{models[model] if isinstance(model, str) else NULL + chr(9) + NULL}\t"
            f"{NULL if out is None else 'f' if out in ('[]', 'null') else 't'}\t{text}\t{bad}\t"
            f"{watched}"
        )
        lines.append(line)
        size += len(line)
        if size > _CHUNK:
            yield ("\n".join(lines) + "\n").encode()
            lines, size = [], 0
    if lines:
        yield ("\n".join(lines) + "\n").encode()
    months_seen.update(m for m in months.values() if m)
