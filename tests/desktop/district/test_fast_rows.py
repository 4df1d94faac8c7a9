"""The import's fast hash check (orjson) takes a record only if its stored content hashes to its
hash, and stores exactly the reference row; where orjson reads or writes otherwise, the
reference decides."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import orjson
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.audit.entry import to_row
from desktop.audit.record import AuditRecord, canonical, record_hash, seal, without
from desktop.district.fast_rows import fast_row
from desktop.district.importer import import_paths
from tests.desktop.audit.entries import decision_entry
from tests.desktop.sync.helpers import make_clinic, make_district, open_district

_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.sampled_from([1e-05, 1.5e16, -0.0, 1e300, 5e-324, 0.1])
    | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=8,
)


def _record(inputs: dict[str, Any], note: str | None, *, sealed: bool = False) -> dict[str, Any]:
    data: dict[str, Any] = {
        **decision_entry(inputs=inputs, note=note),
        "uuid": "00000000-0000-4000-8000-000000000001",
        "device_id": "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f",
        "seq": 1,
        "prev_hash": "0" * 64,
        "created_utc": "2026-12-05T10:00:00Z",
        "local_offset_min": 0,
        "app_version": "0.1.0",
    }
    if sealed:
        data = seal(data)
    data["hash"] = record_hash(data)
    return data


@settings(max_examples=300, deadline=None)
@given(
    inputs=st.dictionaries(st.text(max_size=6), _VALUES, max_size=4),
    note=st.none() | st.text(max_size=10),
    tamper=st.booleans(),
)
def test_fast_row_agrees_with_the_reference(
    inputs: dict[str, Any], note: str | None, tamper: bool
) -> None:
    """Read as the bundle reader reads it: a fast row is the reference row of an intact record,
    and a changed record never gets one."""
    data = _record(inputs, note)
    if tamper:
        data["note"] = (note or "") + "x"
    text = json.dumps([data], ensure_ascii=False).encode()
    try:
        (read,) = orjson.loads(text)
    except orjson.JSONDecodeError:
        return  # the reader falls back to json for the whole bundle
    row = fast_row(AuditRecord(read))
    if tamper:
        assert row is None
    else:
        reference = AuditRecord(json.loads(text)[0])
        assert reference.intact()
        assert row is None or row == to_row(reference.data)


@settings(max_examples=300, deadline=None)
@given(
    inputs=st.dictionaries(st.text(max_size=6), _VALUES, max_size=4),
    note=st.none() | st.text(max_size=10),
    change=st.sampled_from(["none", "withheld", "note", "salt", "inputs", "payload"]),
)
def test_fast_row_agrees_with_the_reference_in_format_3(
    inputs: dict[str, Any], note: str | None, change: str
) -> None:
    """A format-3 record, whole or with its note withheld: its fast row is the reference row;
    a changed note, nonce, input or digest never gets one."""
    data = _record(inputs, note, sealed=True)
    if change == "withheld":
        data = without(data, ["note"])
    elif change == "note":
        data["note"] = (note or "") + "x"
    elif change == "salt":
        data["salts"] = {**data["salts"], "inputs": "0" * 32}
    elif change == "inputs":
        data["inputs"] = {**inputs, "seventh!": 1}  # keys drawn are at most 6 characters
    elif change == "payload":
        data["payload"] = {**data["payload"], "patient_ref": "0" * 64}
    text = json.dumps([data], ensure_ascii=False).encode()
    try:
        (read,) = orjson.loads(text)
    except orjson.JSONDecodeError:
        return  # the reader falls back to json for the whole bundle
    row = fast_row(AuditRecord(read))
    reference = AuditRecord(json.loads(text)[0])
    if change in ("none", "withheld"):
        assert reference.intact()
        assert row is None or row == to_row(reference.data)
    else:
        assert row is None and not reference.intact()


def test_records_orjson_reads_otherwise_are_imported_as_the_reference_reads_them(
    tmp_path: Path,
) -> None:
    """An integer beyond 64 bits (orjson reads a float) and 1e-05 (orjson writes 0.00001):
    every record is imported intact, its columns in the reference canonical form."""
    district = make_district(tmp_path)
    clinic = make_clinic(tmp_path, 2)
    clinic.store.append(decision_entry(inputs={"glu": 2**70, "bmi": 1e-05, "age": None}))
    clinic.store.append(decision_entry(inputs={"glu": 1e-05, "bmi": 32.0, "age": 1.5e16}))
    bundle = clinic.export(tmp_path / "stick", district)
    with open_district(tmp_path) as db:
        result = import_paths(db, [bundle], district_private=district)
    (tally,) = result.devices.values()
    assert (tally.added, tally.tampering, tally.gaps) == (4, [], [])
    conn = sqlite3.connect(tmp_path / "district-home" / "district" / "district.sqlite")
    stored = [r[0] for r in conn.execute("SELECT inputs FROM records ORDER BY seq")]
    conn.close()
    expected = [to_row(r.data)["inputs"] for r in clinic.store.records()]
    assert stored == expected
    assert '"glu":1180591620717411303424' in stored[2] and '"bmi":1e-05' in stored[2]


def test_an_ordinary_record_is_proven_by_the_fast_path() -> None:
    """A usual decision (no 1e-05, no huge integer) gets its reference row from orjson alone."""
    data = _record({"glu": 187.0, "bmi": 32.5, "age": None}, "a note, é ✓")
    (read,) = orjson.loads(json.dumps([data], ensure_ascii=False).encode())
    fields = {k: v for k, v in read.items() if k != "hash"}
    assert orjson.dumps(fields, option=orjson.OPT_SORT_KEYS) == canonical(fields)
    assert fast_row(AuditRecord(read)) == to_row(data)
    read["hash"] = record_hash({**data, "note": "other"})
    assert fast_row(AuditRecord(read)) is None


def test_salts_out_of_order_are_stored_in_canonical_order() -> None:
    """`salts` is outside the hash: a bundle that lists them in another order still stores
    the reference row (keys sorted), from the fast path."""
    data = _record({"glu": 187.0}, "a note", sealed=True)
    data["salts"] = dict(reversed(data["salts"].items()))
    (read,) = orjson.loads(json.dumps([data], ensure_ascii=False).encode())
    assert list(read["salts"]) != sorted(read["salts"])
    row = fast_row(AuditRecord(read))
    assert row is not None and row == to_row(data)
    assert row["salts"] == canonical(data["salts"]).decode()


def test_nested_objects_out_of_order_still_get_the_reference_row() -> None:
    """A record whose nested objects are not in key order (the bytes as read do not match the
    hash) is proven with sorted keys: the reference row, every column canonical."""
    data = _record({"skin": 41.0, "age": 39.0, "bmi": 32.0}, None, sealed=True)
    data["model"] = dict(reversed(data["model"].items()))
    data["explanation"] = dict(reversed(data["explanation"].items()))
    (read,) = orjson.loads(json.dumps([data], ensure_ascii=False).encode())
    assert list(read["inputs"]) != sorted(read["inputs"])
    assert fast_row(AuditRecord(read)) == to_row(data)
    read["inputs"] = {**read["inputs"], "age": 40.0}
    assert fast_row(AuditRecord(read)) is None
