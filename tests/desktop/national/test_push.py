"""`kuona national push` into a real PostgreSQL: each record once whichever districts push it
and however often, a device's chain checked across districts, gaps and tampering reported,
records partitioned by month."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import psycopg
import pytest

from desktop.audit.entry import from_row, to_row
from desktop.audit.record import record_hash
from desktop.district.importer import import_paths
from desktop.national.push import push
from desktop.sync.district_keys import DistrictPrivate
from tests.desktop.cli.runner import kuona
from tests.desktop.sync.helpers import (
    Clinic,
    append,
    make_clinic,
    make_district,
    open_district,
    raw_edit,
)


def _import(root: Path, district: DistrictPrivate, clinic: Clinic, stick: str) -> None:
    bundle = clinic.export(root / stick, district)
    with open_district(root) as db:
        import_paths(db, [bundle], district_private=district)


def _db(root: Path) -> Path:
    return root / "district-home" / "district" / "district.sqlite"


def _count(dsn: str, sql: str) -> list[tuple[object, ...]]:
    with psycopg.connect(dsn) as conn:
        return list(conn.execute(sql))  # type: ignore[arg-type]


def test_two_districts_push_twice_and_the_store_holds_each_record_once(
    tmp_path: Path, dsn: str
) -> None:
    """Device c is seen by districts A (records 1-8) and B (9-12): one chain 1-12, no gap;
    pushing both again adds nothing."""
    a_root, b_root = tmp_path / "A", tmp_path / "B"
    a, b = make_district(a_root), make_district(b_root)
    shared = make_clinic(tmp_path, 8, name="c")
    _import(a_root, a, shared, "s1")
    shared.store.acknowledge(seq=8, hash=shared.store.head()[1])
    append(shared.store, 4)
    _import(b_root, b, shared, "s2")
    only_b = make_clinic(tmp_path, 5, name="d")
    _import(b_root, b, only_b, "s3")

    first_a = push(_db(a_root), dsn, district="A")
    first_b = push(_db(b_root), dsn, district="B")
    device = shared.store.device_id
    assert (first_a.devices[device].added, first_a.devices[device].gaps) == (8, [])
    assert first_b.devices[device].added == 4 and first_b.devices[device].gaps == []
    assert first_b.devices[device].tampering == []
    assert first_b.devices[only_b.store.device_id].added == 5
    again = [push(_db(r), dsn, district=n) for r, n in ((a_root, "A"), (b_root, "B"))]
    assert [sum(t.added for t in r.devices.values()) for r in again] == [0, 0]
    assert [sum(t.duplicates for t in r.devices.values()) for r in again] == [8, 9]
    assert _count(dsn, "SELECT count(*), count(DISTINCT uuid) FROM records") == [(17, 17)]
    chain = _count(
        dsn, f"SELECT seq, district FROM records WHERE device_id = '{device}' ORDER BY seq"
    )
    assert [s for s, _ in chain] == list(range(1, 13))
    assert {d for s, d in chain if s <= 8} == {"A"} and {d for s, d in chain if s > 8} == {"B"}
    months = _count(dsn, "SELECT count(*) FROM pg_inherits WHERE inhparent = 'records'::regclass")
    assert months[0][0] >= 1
    assert _count(dsn, "SELECT count(*) FROM pushes") == [(4,)]


def test_a_deleted_record_is_a_gap(tmp_path: Path, dsn: str) -> None:
    """A record deleted from a clinic's log before export is reported as a gap by the store."""
    district = make_district(tmp_path)
    clinic = make_clinic(tmp_path, 10)
    raw_edit(clinic.store.path, "DELETE FROM records WHERE seq = 4")
    _import(tmp_path, district, clinic, "s")
    result = push(_db(tmp_path), dsn, district="A")
    tally = result.devices[clinic.store.device_id]
    assert (tally.added, tally.gaps, tally.tampering) == (9, [(4, 4)], [])


def test_records_changed_at_the_district_are_quarantined(tmp_path: Path, dsn: str) -> None:
    """A record edited in the district database (hash left) is hash_mismatch; one re-hashed to
    pass under a uuid the store holds with other content is content_changed; neither is stored."""
    a_root, b_root = tmp_path / "A", tmp_path / "B"
    a, b = make_district(a_root), make_district(b_root)
    clinic = make_clinic(tmp_path, 6)
    _import(a_root, a, clinic, "s1")
    _import(b_root, b, clinic, "s2")
    push(_db(a_root), dsn, district="A")
    conn = sqlite3.connect(_db(b_root))
    conn.row_factory = sqlite3.Row
    row = dict(conn.execute("SELECT * FROM records WHERE seq = 2").fetchone())
    forged = {**from_row(row), "decision": "accept", "reason": None}
    forged["hash"] = record_hash(forged)
    with conn:
        conn.execute("UPDATE records SET decision = 'override' WHERE seq = 5")
        conn.execute("DELETE FROM records WHERE seq = 2")
        new_row = {**to_row(forged), "bundle_id": row["bundle_id"]}
        marks = ", ".join("?" * len(new_row))
        conn.execute(
            f"INSERT INTO records ({', '.join(new_row)}) VALUES ({marks})", list(new_row.values())
        )
    conn.close()
    result = push(_db(b_root), dsn, district="B")
    tally = result.devices[clinic.store.device_id]
    assert sorted((t["seq"], t["reason"]) for t in tally.tampering) == [
        (2, "content_changed"),
        (5, "hash_mismatch"),
    ]
    assert tally.duplicates == 4
    reasons = _count(dsn, "SELECT seq, reason, district FROM quarantine ORDER BY seq")
    assert reasons == [(2, "content_changed", "B"), (5, "hash_mismatch", "B")]
    stored = _count(dsn, "SELECT decision FROM records WHERE seq IN (2, 5) ORDER BY seq")
    assert stored == [(row["decision"],), ("accept",)]  # district A's copies, untouched


def test_a_push_that_fails_stores_nothing(tmp_path: Path, dsn: str) -> None:
    """One transaction per push: a record PostgreSQL refuses (a time that is no date) makes the
    push fail, and the store holds none of its records, not even the good ones."""
    district = make_district(tmp_path)
    clinic = make_clinic(tmp_path, 4)
    _import(tmp_path, district, clinic, "s")
    conn = sqlite3.connect(_db(tmp_path))
    conn.row_factory = sqlite3.Row
    row = dict(conn.execute("SELECT * FROM records WHERE seq = 4").fetchone())
    forged = {**from_row(row), "created_utc": "2026-12-99T00:00:00Z"}
    forged["hash"] = record_hash(forged)
    with conn:
        conn.execute(
            "UPDATE records SET created_utc = ?, hash = ? WHERE seq = 4",
            [forged["created_utc"], forged["hash"]],
        )
    conn.close()
    with pytest.raises(psycopg.Error):
        push(_db(tmp_path), dsn, district="A")
    assert _count(dsn, "SELECT to_regclass('records') IS NULL") == [(True,)]


def test_cli_push_reports_and_exits_by_what_it_found(tmp_path: Path, dsn: str) -> None:
    """kuona national push --json: per device added and gaps; exit 4 for a gap, 0 when clean;
    an unreachable store is one line on stderr without the DSN's password, exit 1."""
    district = make_district(tmp_path)
    clinic = make_clinic(tmp_path, 5)
    raw_edit(clinic.store.path, "DELETE FROM records WHERE seq = 3")
    _import(tmp_path, district, clinic, "s")
    home = tmp_path / "district-home"
    result = kuona("national", "push", "--dsn", dsn, "--json", home=home)
    assert result.returncode == 4, result.stderr
    (device,) = json.loads(result.stdout)["devices"]
    assert (device["added"], device["gaps"]) == (4, [[3, 3]])
    text = kuona("national", "push", "--dsn", dsn, home=home)
    assert text.returncode == 4 and "GAP" in text.stdout and "one transaction" in text.stdout
    bad = kuona("national", "push", "--dsn", "postgresql://kuona:secret@127.0.0.1:1/x", home=home)
    assert bad.returncode == 1 and "secret" not in bad.stderr and "127.0.0.1" in bad.stderr


def test_a_time_in_another_form_is_read_as_postgresql_reads_it(tmp_path: Path, dsn: str) -> None:
    """A record whose time is not in the app's form (re-hashed so it is intact) is stored with
    the time PostgreSQL reads in it, and monitoring's day follows from that time."""
    district = make_district(tmp_path)
    clinic = make_clinic(tmp_path, 3)
    _import(tmp_path, district, clinic, "s")
    conn = sqlite3.connect(_db(tmp_path))
    conn.row_factory = sqlite3.Row
    row = dict(conn.execute("SELECT * FROM records WHERE seq = 3").fetchone())
    odd = {**from_row(row), "created_utc": "2026-03-01 01:30:00+02", "local_offset_min": 0}
    odd["hash"] = record_hash(odd)
    with conn:
        conn.execute(
            "UPDATE records SET created_utc = ?, local_offset_min = 0, hash = ? WHERE seq = 3",
            [odd["created_utc"], odd["hash"]],
        )
    conn.close()
    tally = push(_db(tmp_path), dsn, district="A").devices[clinic.store.device_id]
    assert (tally.added, tally.tampering) == (3, [])
    stored = _count(
        dsn,
        "SELECT r.created_utc AT TIME ZONE 'UTC', r.month, m.day, m.created_utc FROM records r "
        "JOIN monitored m USING (device_id, seq) WHERE r.seq = 3",
    )
    assert [tuple(str(v) for v in s) for s in stored] == [
        ("2026-02-28 23:30:00", "2026-03-01", "2026-02-28", "2026-03-01 01:30:00+02")
    ]


def test_a_record_missing_between_duplicates_is_added_later(tmp_path: Path, dsn: str) -> None:
    """District A pushes a log without record 4 (a gap); district B pushes the whole log: only
    record 4 is added, the others are duplicates on both sides of it, and the gap is gone."""
    a_root, b_root = tmp_path / "A", tmp_path / "B"
    a, b = make_district(a_root), make_district(b_root)
    clinic = make_clinic(tmp_path, 8)
    _import(b_root, b, clinic, "s2")
    raw_edit(clinic.store.path, "DELETE FROM records WHERE seq = 4")
    _import(a_root, a, clinic, "s1")
    device = clinic.store.device_id
    assert push(_db(a_root), dsn, district="A").devices[device].gaps == [(4, 4)]
    tally = push(_db(b_root), dsn, district="B").devices[device]
    assert (tally.added, tally.duplicates, tally.gaps, tally.tampering) == (1, 7, [], [])
    assert _count(dsn, "SELECT seq, district FROM records WHERE seq = 4") == [(4, "B")]


def test_a_decision_day_that_is_no_date_fails_the_push_whatever_its_verdict(
    tmp_path: Path, dsn: str
) -> None:
    """A decision whose `decided_on` is no date (here also edited after its hash, so it would be
    quarantined) makes the push fail, as PostgreSQL refuses the day: nothing is stored."""
    district = make_district(tmp_path)
    clinic = make_clinic(tmp_path, 3)
    _import(tmp_path, district, clinic, "s")
    conn = sqlite3.connect(_db(tmp_path))
    (explanation,) = conn.execute("SELECT explanation FROM records WHERE seq = 2").fetchone()
    edited = json.dumps({**json.loads(explanation), "decided_on": "2026-02-30"})
    with conn:
        conn.execute("UPDATE records SET explanation = ? WHERE seq = 2", [edited])
    conn.close()
    with pytest.raises(psycopg.DataError):
        push(_db(tmp_path), dsn, district="A")
    assert _count(dsn, "SELECT to_regclass('records') IS NULL") == [(True,)]
