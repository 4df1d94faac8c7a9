"""The audit store: an append-only, hash-chained SQLite log that reports any tampering."""

from __future__ import annotations

import itertools
import json
import math
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import __version__
from desktop.audit.errors import AuditError, AuditRefusal, ChainProblem
from desktop.audit.record import FIELDS, GENESIS, SEALED_FIELDS, record_hash
from desktop.audit.store import AuditStore
from desktop.messages import CATALOGUES, describe_code
from tests.desktop.audit.entries import DEVICE, decision_entry

ROOT = Path(__file__).resolve().parents[3]
ENGLISH: dict[str, str] = json.loads((CATALOGUES / "en.json").read_text(encoding="utf-8"))


def _store(tmp_path: Path, records: int = 0) -> AuditStore:
    store = AuditStore.open(tmp_path / "audit.sqlite", device_id=DEVICE)
    for _ in range(records):
        store.append(decision_entry())
    return store


def _tamper(path: Path, *statements: str) -> None:
    """What an attacker with the file could do: plain sqlite3, triggers dropped first."""
    conn = sqlite3.connect(path)
    with conn:
        for sql in statements:
            conn.execute(sql)
    conn.close()


def test_append_records_head_verify_round_trip(tmp_path: Path) -> None:
    """Appended records read back equal, intact and in order; head is the last; verify is clean."""
    with _store(tmp_path) as store:
        assert store.head() == (0, GENESIS)
        appended = [store.append(decision_entry(note=f"case {i}")) for i in range(5)]
        read = list(store.records())
        assert [r.data for r in read] == [r.data for r in appended]
        assert all(r.intact() for r in read)
        assert store.head() == (5, appended[-1].hash)
        assert store.verify() == []
        assert [r.seq for r in store.records(after_seq=3)] == [4, 5]


def test_store_fills_every_field(tmp_path: Path) -> None:
    """The store adds id, device, seq, previous hash, UTC time, offset, version and the hash."""
    with _store(tmp_path) as store:
        record = store.append(decision_entry())
    data = record.data
    assert set(data) == {*FIELDS, *SEALED_FIELDS, "hash"}
    assert data["device_id"] == DEVICE
    assert data["app_version"] == __version__
    assert data["created_utc"].endswith("Z") and len(data["created_utc"]) == 27
    assert isinstance(data["local_offset_min"], int)
    assert data["hash"] == record_hash(data)


def test_seq_has_no_gaps_and_hashes_link(tmp_path: Path) -> None:
    """Seq runs 1, 2, 3 ... across reopening, and each record names its predecessor's hash."""
    with _store(tmp_path, 3):
        pass
    with _store(tmp_path, 2) as store:
        records = list(store.records())
    assert [r.seq for r in records] == [1, 2, 3, 4, 5]
    assert records[0].prev_hash == GENESIS
    assert all(b.prev_hash == a.hash for a, b in itertools.pairwise(records))


def test_file_is_owner_only(tmp_path: Path) -> None:
    """The database and its WAL file are readable and writable by the owner alone (0600)."""
    with _store(tmp_path, 1) as store:
        for path in (store.path, Path(f"{store.path}-wal")):
            assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_wal_and_synchronous_full_are_set(tmp_path: Path) -> None:
    """SQLite itself reports WAL journaling and synchronous=FULL on the store's connection."""
    with _store(tmp_path, 1) as store:
        assert store.durability() == {"journal_mode": "wal", "synchronous": "full"}
    conn = sqlite3.connect(tmp_path / "audit.sqlite")
    assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    conn.close()


def test_update_and_delete_are_refused_by_triggers(tmp_path: Path) -> None:
    """Plain UPDATE and DELETE on records abort, and the record stays as it was."""
    with _store(tmp_path, 2) as store:
        before = [r.data for r in store.records()]
    conn = sqlite3.connect(tmp_path / "audit.sqlite")
    for sql in ("UPDATE records SET decision = 'override' WHERE seq = 1", "DELETE FROM records"):
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            conn.execute(sql)
    conn.close()
    with _store(tmp_path) as store:
        assert [r.data for r in store.records()] == before
        assert store.verify() == []


def test_hand_edit_is_caught_as_hash_mismatch(tmp_path: Path) -> None:
    """A field edited around the triggers makes verify report hash_mismatch at that seq."""
    _store(tmp_path, 4).close()
    _tamper(
        tmp_path / "audit.sqlite",
        "DROP TRIGGER records_no_update",
        "UPDATE records SET decision = 'override', reason = 'other' WHERE seq = 2",
    )
    with _store(tmp_path) as store:
        assert [(p.code, p.seq) for p in store.verify()] == [(ChainProblem.HASH_MISMATCH, 2)]


def test_rehashed_edit_breaks_the_chain(tmp_path: Path) -> None:
    """An attacker who also recomputes the edited record's hash breaks the next link."""
    with _store(tmp_path, 3) as store:
        second = next(r for r in store.records() if r.seq == 2)
    forged = {**second.data, "decision": "override", "reason": "other"}
    _tamper(
        tmp_path / "audit.sqlite",
        "DROP TRIGGER records_no_update",
        f"UPDATE records SET decision = 'override', reason = 'other', "
        f"hash = '{record_hash(forged)}' WHERE seq = 2",
    )
    with _store(tmp_path) as store:
        assert [(p.code, p.seq) for p in store.verify()] == [(ChainProblem.CHAIN_BROKEN, 3)]


def test_deleted_middle_record_is_a_gap_and_a_broken_link(tmp_path: Path) -> None:
    """A record deleted around the triggers shows as seq_gap and chain_broken at the next seq."""
    _store(tmp_path, 5).close()
    _tamper(
        tmp_path / "audit.sqlite",
        "DROP TRIGGER records_no_delete",
        "DELETE FROM records WHERE seq = 3",
    )
    with _store(tmp_path) as store:
        problems = store.verify()
    assert {(p.code, p.seq) for p in problems} == {
        (ChainProblem.SEQ_GAP, 4),
        (ChainProblem.CHAIN_BROKEN, 4),
    }
    gap = next(p for p in problems if p.code == ChainProblem.SEQ_GAP)
    assert gap.params == {"expected": "3", "found": "4"}


def test_truncated_tail_after_acknowledgement_is_reported(tmp_path: Path) -> None:
    """Deleting records the district already confirmed is caught (acknowledged_missing)."""
    with _store(tmp_path, 3) as store:
        store.acknowledge(seq=3, hash=store.head()[1])
    _tamper(
        tmp_path / "audit.sqlite",
        "DROP TRIGGER records_no_delete",
        "DELETE FROM records WHERE seq = 3",
    )
    with _store(tmp_path) as store:
        assert [(p.code, p.seq) for p in store.verify()] == [(ChainProblem.ACKNOWLEDGED_MISSING, 3)]


@pytest.mark.parametrize(
    ("field", "value"),
    [("decision", "maybe"), ("reason", "because"), ("clinician_estimate", "extreme")],
)
def test_values_outside_the_fixed_lists_are_refused(tmp_path: Path, field: str, value: str) -> None:
    """A decision, reason or estimate not in record.py's lists is refused, naming the field."""
    with _store(tmp_path) as store:
        with pytest.raises(AuditError) as caught:
            store.append(decision_entry(**{field: value}))
        assert store.count() == 0
    assert caught.value.code == AuditRefusal.VALUE_NOT_ALLOWED
    assert caught.value.params["field"] == field
    sentence = describe_code(caught.value.message_key, caught.value.file, caught.value.params)
    assert sentence.startswith("audit.sqlite:") and f"'{value}'" in sentence


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"extra": 1}, "extra"),
        ({"inputs": {"glu": math.nan}}, "inputs"),
        ({"prediction": math.inf}, "prediction"),
        ({"prediction": "high"}, "prediction"),
        ({"note": 3}, "note"),
        ({"model": "pima"}, "model"),
    ],
)
def test_malformed_entries_are_refused(
    tmp_path: Path, changes: dict[str, object], field: str
) -> None:
    """Unknown fields, NaN, infinity or wrong types are refused with entry_invalid and the field."""
    with _store(tmp_path) as store:
        with pytest.raises(AuditError) as caught:
            store.append(decision_entry(**changes))
        assert store.count() == 0
    assert (caught.value.code, caught.value.params["field"]) == (AuditRefusal.ENTRY_INVALID, field)


def test_missing_field_is_refused(tmp_path: Path) -> None:
    """An entry without one of the decision fields is refused, naming it."""
    entry = decision_entry()
    del entry["language"]
    with _store(tmp_path) as store, pytest.raises(AuditError) as caught:
        store.append(entry)
    assert caught.value.params == {"field": "language"}


def test_acknowledge_moves_forward_only(tmp_path: Path) -> None:
    """Acknowledging seq N leaves later records unacknowledged; an older receipt changes nothing."""
    with _store(tmp_path, 5) as store:
        hashes = {r.seq: r.hash for r in store.records()}
        assert store.acknowledged() == (0, GENESIS)
        store.acknowledge(seq=3, hash=hashes[3])
        store.acknowledge(seq=2, hash=hashes[2])
        assert store.acknowledged() == (3, hashes[3])
        assert [r.seq for r in store.unacknowledged()] == [4, 5]


@pytest.mark.parametrize(("seq", "wrong_hash"), [(3, True), (9, False)])
def test_acknowledging_what_is_not_in_the_chain_is_refused(
    tmp_path: Path, seq: int, wrong_hash: bool
) -> None:
    """A receipt whose seq/hash is not in the local chain is refused with not_in_chain."""
    with _store(tmp_path, 5) as store:
        hash_ = "f" * 64 if wrong_hash else store.head()[1]
        with pytest.raises(AuditError) as caught:
            store.acknowledge(seq=seq, hash=hash_)
        assert caught.value.code == AuditRefusal.NOT_IN_CHAIN
        assert store.acknowledged() == (0, GENESIS)


def test_snapshot_is_a_consistent_private_copy(tmp_path: Path) -> None:
    """snapshot() writes an owner-only database that verifies and holds the same records."""
    target = tmp_path / "snap.sqlite"
    with _store(tmp_path, 4) as store:
        store.snapshot(target)
        original = [r.data for r in store.records()]
        with pytest.raises(AuditError) as caught:
            store.snapshot(target)
        assert caught.value.code == AuditRefusal.TARGET_EXISTS
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    with AuditStore.open(target, device_id=DEVICE) as copy:
        assert [r.data for r in copy.records()] == original
        assert copy.verify() == []


def test_another_devices_log_is_refused(tmp_path: Path) -> None:
    """Opening a log with another device id is refused (other_device), not silently mixed."""
    _store(tmp_path, 1).close()
    with pytest.raises(AuditError) as caught:
        AuditStore.open(tmp_path / "audit.sqlite", device_id="another-device")
    assert caught.value.code == AuditRefusal.OTHER_DEVICE


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    """A damaged file is refused with the coded 'unreadable' error, not a traceback."""
    path = tmp_path / "audit.sqlite"
    path.write_bytes(b"this is not SQLite" * 100)
    with pytest.raises(AuditError) as caught:
        AuditStore.open(path, device_id=DEVICE)
    assert caught.value.code == AuditRefusal.UNREADABLE


CHILD = """
import sys
from pathlib import Path
from desktop.audit.store import AuditStore
from tests.desktop.audit.entries import DEVICE, decision_entry
with AuditStore.open(Path(sys.argv[1]), device_id=DEVICE) as store:
    for _ in range(50):
        store.append(decision_entry())
"""


def test_two_processes_appending_at_once_keep_one_chain(tmp_path: Path) -> None:
    """Two processes writing to one log (GUI and CLI) interleave into one gap-free chain."""
    path = tmp_path / "audit.sqlite"
    children = [
        subprocess.Popen([sys.executable, "-c", CHILD, str(path)], cwd=ROOT) for _ in range(2)
    ]
    assert [child.wait(timeout=120) for child in children] == [0, 0]
    with AuditStore.open(path, device_id=DEVICE) as store:
        assert store.head()[0] == 100
        assert store.verify() == []


def test_every_audit_code_has_a_sentence_naming_the_file() -> None:
    """Each refusal and chain problem code has an 'audit:' sentence that starts with the file."""
    for code in [*AuditRefusal, *ChainProblem]:
        assert ENGLISH[f"audit:{code.value}"].startswith("{file}: ")
    sentence = describe_code("audit:hash_mismatch", "audit.sqlite", {"seq": "2"})
    assert sentence.startswith("audit.sqlite: record 2 ")
