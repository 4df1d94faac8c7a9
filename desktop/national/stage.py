"""A district's records read for the national push, in two passes over its `records` table.

Pass 1 (`chain_keys`): each record's chain keys, ordered by device and seq, as rows for a binary
COPY into the push's key table: device, seq, uuid, hash, prev_hash and whether prev_hash differs
from the record before it in this push (GENESIS before seq 1; null where the push holds none);
the first day of each month the records were made in; and the times that are not in the form
the app writes (PostgreSQL reads those, or says why it cannot).
Pass 2 (`StoreRows`): each record's canonical text (row_hash.RowTexts: assembled and proven by
its hash, else record.py decides), `bad` (`hash_mismatch`, or `record_invalid` for a time that
is no month) where the record itself is refused, and for each record the classification left
new its `records` row and what monitoring reads of it (a decision's prediction, estimate, day,
input names and values; an outcome's observes, observed and supersedes) as Python values for a
binary COPY; the refused and quarantined records (with their text) and the new erasures are
kept aside.
"""

from __future__ import annotations

import json
import re
import sqlite3
import struct
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from operator import itemgetter
from typing import Any

import orjson
import psycopg

from desktop.audit.erasure import KIND as ERASURE
from desktop.audit.record import GENESIS
from desktop.national.classify import Verdicts
from desktop.national.row_hash import RowTexts

#: The key table's columns and types, in the order of chain_keys' rows.
KEY_COLUMNS = "device_id, seq, uuid, hash, prev_hash, own_broken"
KEY_TYPES = ("text", "int8", "text", "text", "text", "bool")
RECORD_COLUMNS = (
    "month, device_id, seq, uuid, hash, prev_hash, kind, created_utc, model_id, decision, "
    "reason, out_of_range, district, record"
)
RECORD_TYPES = (
    "date", "text", "int8", "text", "text", "text", "text", "timestamptz", "text", "text",
    "text", "bool", "text", "text",
)  # fmt: skip
#: The input values (float8[]) go as the bytes of their binary form, made here once per
#: distinct inputs (psycopg's list dumper is Python, per element).
MONITORED_TYPES = (
    "date", "text", "int8", "text", "text", "text", "text", "text", "text", "float8", "text",
    "date", "text", "bytea", "text", "float8", "text", "int8",
)  # fmt: skip
_FLOAT8 = 701  # the element type's oid in an array's binary form
_NULL_FIELD = b"\xff\xff\xff\xff"
#: What a records row takes from a district row (text columns but seq).
_HEAD = (
    "device_id", "seq", "uuid", "hash", "prev_hash", "kind", "created_utc", "model", "decision",
    "reason", "out_of_range",
)  # fmt: skip
_DECIDED = ("inputs", "prediction", "clinician_estimate")
_KEYS = "SELECT device_id, seq, uuid, hash, prev_hash, created_utc FROM records"
_ORDER = " ORDER BY device_id, seq"
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
#: The form the app writes times in; any other PostgreSQL reads (pass 1).
_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?Z")
Odd = dict[str, "datetime | psycopg.Error"]


def _str(value: object) -> str | None:
    return value if value is None or value.__class__ is str else str(value)


def _texts(values: tuple[Any, ...]) -> tuple[Any, ...]:
    """A district row's values for text columns as text, seq (the second) left an int: what
    a table not STRICT may hold otherwise."""
    return (_str(values[0]), values[1], *map(_str, values[2:]))


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


def chain_keys(
    source: sqlite3.Connection, *, months_seen: set[date], odd_times: set[str]
) -> Iterator[tuple[Any, ...]]:
    """Pass 1 (see the module docstring): the times not in the app's form go to `odd_times`,
    for PostgreSQL to read once the COPY is done."""
    months, last = _Months(), (None, None, None)
    for device, seq, uuid, hash_, prev, created in source.execute(_KEYS + _ORDER):
        linked = device == last[0] and seq == last[1] + 1  # type: ignore[operator]
        own = last[2] if linked else GENESIS if seq == 1 else None
        yield (
            _str(device),
            seq,
            _str(uuid),
            _str(hash_),
            _str(prev),
            None if own is None else own != prev,
        )
        last = (device, seq, hash_)
        if created.__class__ is str:
            months[created[:7]]
            if not (_TIME.fullmatch(created) and _utc(created)):
                odd_times.add(created)
    months_seen.update(date.fromisoformat(m) for m in months.values() if m)


def _utc(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def _float8_array(values: list[float | None]) -> bytes:
    """PostgreSQL's binary form of a one-dimensional float8[] (no dimension when empty)."""
    if not values:
        return struct.pack(">iii", 0, 0, _FLOAT8)
    nulls = any(v is None for v in values)
    head = struct.pack(">iiiii", 1, int(nulls), _FLOAT8, len(values), 1)
    return head + b"".join(_NULL_FIELD if v is None else struct.pack(">id", 8, v) for v in values)


class _Inputs(dict[str, tuple[str | None, bytes | None]]):
    """The inputs column's text -> the names (JSON list) and values (float8[] in binary), or
    nulls."""

    def __missing__(self, key: str) -> tuple[str | None, bytes | None]:
        try:
            parsed = orjson.loads(key)
            values = [_number(v) for v in parsed.values()]
            found = (orjson.dumps(list(parsed)).decode(), _float8_array(values))
        except (orjson.JSONDecodeError, AttributeError, TypeError):  # "null": erased
            return None, None
        if len(self) < 100_000:
            self[key] = found
        return found


def _number(value: object) -> float | None:
    """A JSON number (true/false as 1/0, as SQLite's json_extract gives them)."""
    return float(value) if isinstance(value, int | float) else None


class _Models(dict[str, tuple[str | None, str | None]]):
    """The model column's text -> its id and version."""

    def __missing__(self, key: str) -> tuple[str | None, str | None]:
        try:
            model = orjson.loads(key) if key.startswith("{") else {}
            found = (model.get("id"), model.get("version"))
        except (orjson.JSONDecodeError, AttributeError):
            found = (None, None)
        self[key] = pair = (_str(found[0]), _str(found[1]))
        return pair


def _refused(text: str) -> psycopg.DataError:
    """What PostgreSQL says of a value it refuses (a day that is no date, an offset that is no
    integer): the push fails as it would reading it."""
    return psycopg.DataError(f"invalid input value: {text!r}")


class StoreRows:
    """Pass 2 (see the module docstring): iterating gives (records row, monitored row or None)
    for each new record; `refused`, `quarantined` and `erasures` fill as it goes."""

    def __init__(self, source: sqlite3.Connection, *, verdicts: Verdicts, odd: Odd, district: str):
        self.source, self.verdicts, self.odd, self.district = source, verdicts, odd, district
        #: (device, seq, bad) of each record refused on its own.
        self.refused: list[tuple[str, int, str]] = []
        #: (device, seq, uuid, hash, verdict, text) of each record quarantined (since the
        #: caller last emptied it).
        self.quarantined: list[tuple[Any, ...]] = []
        #: (device, text) of each new erasure record.
        self.erasures: list[tuple[str, str]] = []
        self.months: dict[str, date] = {}
        self.models, self.inputs = _Models(), _Inputs()
        self.shifts: dict[int | None, timedelta] = {}
        #: uuid -> seq of the current device's stored decisions read so far.
        self.decided: dict[str | None, int] = {}

    def __iter__(self) -> Iterator[tuple[tuple[Any, ...], tuple[Any, ...] | None]]:
        cursor = self.source.execute("SELECT * FROM records" + _ORDER)
        columns = [c[0] for c in cursor.description]
        at = {c: i for i, c in enumerate(columns)}
        texts, months, verdict_of = RowTexts(columns), _Months(), self.verdicts.of
        i_device, i_seq, i_uuid, i_hash = at["device_id"], at["seq"], at["uuid"], at["hash"]
        i_kind, i_created = at["kind"], at["created_utc"]
        self._head = itemgetter(*(at[c] for c in _HEAD))
        table = "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'records'"
        self.strict = "STRICT" in str(self.source.execute(table).fetchone())
        self._decided = itemgetter(*(at[c] for c in _DECIDED))
        self._offset_of = itemgetter(at["explanation"], at["local_offset_min"])
        device_now: object = None
        for r in cursor:
            text = texts(r)
            created = r[i_created]
            month = months[created[:7]] if created.__class__ is str else ""
            bad = None if month else "record_invalid"
            if text is None:
                bad = "hash_mismatch"
                text = json.dumps(dict(zip(columns, r, strict=True)), sort_keys=True, default=str)
            device, seq, kind = r[i_device], r[i_seq], r[i_kind]
            if device != device_now:
                device_now, self.decided = device, {}
            staged = self._staged(r) if kind == "decision" else None
            verdict = bad or verdict_of(device, seq)
            if staged is not None and verdict in (None, "duplicate"):
                self.decided[_str(r[i_uuid])] = seq  # stored: an outcome may name it
            if bad:
                self.refused.append((device, seq, bad))
            if verdict is None:
                if kind == ERASURE:
                    self.erasures.append((device, text))
                yield self._rows(r, at, month, text, staged)
            elif verdict != "duplicate":
                self.quarantined.append((device, seq, r[i_uuid], r[i_hash], verdict, text))

    def _time(self, created: str) -> datetime:
        """The time of a new record: pass 1 found every time not in PostgreSQL's reading of it
        (`odd`) in the app's form, which datetime reads."""
        if created in self.odd:
            odd = self.odd[created]
            if isinstance(odd, psycopg.Error):
                raise odd
            return odd
        return datetime.fromisoformat(created)

    def _rows(
        self,
        r: tuple[Any, ...],
        at: dict[str, int],
        month: str,
        text: str,
        staged: tuple[date | None, int | None] | None,
    ) -> tuple[tuple[Any, ...], tuple[Any, ...] | None]:
        first = self.months.get(month) or self.months.setdefault(month, date.fromisoformat(month))
        head = self._head(r)
        device, seq, uuid, hash_, prev, kind, created, model, decision, reason, out = (
            head if self.strict else _texts(head)
        )
        model_id, version = self.models[model] if model.__class__ is str else (None, None)
        at_time = self._time(created)
        row = (
            first, device, seq, uuid, hash_, prev, kind, at_time, model_id, decision, reason,
            None if out is None else out not in ("[]", "null"), self.district, text,
        )  # fmt: skip
        if staged is not None:
            watched = self._decision(r, at_time, staged)
        elif kind == "outcome":
            watched = _outcome(r[at["body"]], self.decided)
        else:
            return row, None
        return row, (first, device, seq, uuid, kind, model_id, version, decision, created, *watched)

    def _staged(self, r: tuple[Any, ...]) -> tuple[date | None, int | None]:
        """A decision's day as it says it (decided_on) and its local offset, each refused as
        PostgreSQL refused them when every decision was staged (a day that is no date, an
        offset that is no integer): whatever its verdict, such a record fails the push."""
        explanation, offset = self._offset_of(r)
        day = None
        if explanation.__class__ is str and '"decided_on"' in explanation:
            decided = orjson.loads(explanation).get("decided_on")
            if isinstance(decided, str) and _DAY.fullmatch(decided):
                try:
                    day = date.fromisoformat(decided)
                except ValueError:
                    raise _refused(decided) from None
        if offset is not None and offset.__class__ is not int:
            text = offset.strip().lstrip("+-") if isinstance(offset, str) else ""
            if not (text.isascii() and text.isdigit()):
                raise _refused(str(offset))
            offset = int(offset)
        if offset is not None and not -(2**31) <= offset < 2**31:
            raise _refused(str(offset))
        return day, offset

    def _decision(
        self, r: tuple[Any, ...], at_time: datetime, staged: tuple[date | None, int | None]
    ) -> tuple[Any, ...]:
        data, prediction, estimate = self._decided(r)
        day, offset = staged
        if day is None:
            utc = at_time if at_time.tzinfo is UTC else at_time.astimezone(UTC)
            shift = self.shifts.get(offset) or self.shifts.setdefault(
                offset, timedelta(minutes=offset or 0)
            )
            day = (utc + shift).date()
        names, values = self.inputs[data] if isinstance(data, str) else (None, None)
        return (_number(prediction), _str(estimate), day, names, values, *(None,) * 4)


def _outcome(body: object, decided: dict[str | None, int]) -> tuple[Any, ...]:
    """An outcome's monitored values; the seq of the decision it observes where that is a
    stored decision of its device made before it (`decided`: this device's so far)."""
    try:
        parsed = orjson.loads(body) if isinstance(body, str) else {}
        parsed = parsed if isinstance(parsed, dict) else {}
    except orjson.JSONDecodeError:
        parsed = {}
    observes, supersedes = parsed.get("observes"), parsed.get("supersedes")
    return (
        None, None, None, None, None,
        None if observes is None else str(observes),
        _number(parsed.get("observed")),
        None if supersedes is None else str(supersedes),
        None if observes is None else decided.get(str(observes)),
    )  # fmt: skip
