"""District import: all of a bundle or nothing, idempotent, gaps and tampering reported by seq."""

from __future__ import annotations

import shutil
import stat
from pathlib import Path

from desktop.district.importer import import_paths
from desktop.sync.district_keys import DistrictPrivate
from desktop.sync.reconciliation import ImportResult
from tests.desktop.sync.helpers import (
    Clinic,
    append,
    dump,
    make_clinic,
    make_district,
    open_district,
    raw_edit,
)


def _import(root: Path, district: DistrictPrivate, *paths: Path) -> ImportResult:
    with open_district(root) as db:
        return import_paths(db, list(paths), district_private=district)


def _db_path(root: Path) -> Path:
    return root / "district-home" / "district" / "district.sqlite"


def test_export_then_import_adds_every_record(tmp_path: Path) -> None:
    """Two clinics' bundles merge: every record once, heads at the last seq, no problems."""
    district = make_district(tmp_path)
    a, b = make_clinic(tmp_path, 12, name="a"), make_clinic(tmp_path, 7, name="b")
    stick = tmp_path / "stick"
    a.export(stick, district), b.export(stick / "sub", district)
    result = _import(tmp_path, district, stick)
    tallies = {t.device_id: t for t in result.devices.values()}
    assert {d: (t.added, t.duplicates, t.gaps, t.tampering) for d, t in tallies.items()} == {
        a.store.device_id: (12, 0, [], []),
        b.store.device_id: (7, 0, [], []),
    }
    assert tallies[a.store.device_id].head == a.store.head()
    with open_district(tmp_path) as db:
        stored = {r["uuid"]: r["hash"] for r in db.db.query("SELECT uuid, hash FROM records")}
    assert stored == {r.uuid: r.hash for c in (a, b) for r in c.store.records()}


def test_importing_twice_changes_nothing(tmp_path: Path) -> None:
    """The second import of the same bundles only counts duplicates; the database is unchanged."""
    district = make_district(tmp_path)
    clinic = make_clinic(tmp_path, 10)
    path = clinic.export(tmp_path / "stick", district)
    _import(tmp_path, district, path)
    before = dump(_db_path(tmp_path))
    again = _import(tmp_path, district, path, path.parent)
    (tally,) = again.devices.values()
    assert (tally.added, tally.duplicates) == (0, 10)
    assert dump(_db_path(tmp_path)) == before


def test_overlapping_re_export_adds_only_the_new_records(tmp_path: Path) -> None:
    """Records exported twice (no receipt yet) are skipped as duplicates; new ones added."""
    district = make_district(tmp_path)
    clinic = make_clinic(tmp_path, 5)
    _import(tmp_path, district, clinic.export(tmp_path / "s1", district))
    append(clinic.store, 3)
    result = _import(tmp_path, district, clinic.export(tmp_path / "s2", district))
    (tally,) = result.devices.values()
    assert (tally.added, tally.duplicates, tally.head[0], tally.gaps) == (3, 5, 8, [])


def test_damaged_bundle_imports_nothing(tmp_path: Path) -> None:
    """A truncated or byte-flipped bundle is refused whole and leaves the database as it was."""
    district = make_district(tmp_path)
    clinic = make_clinic(tmp_path, 10)
    good = clinic.export(tmp_path / "stick", district)
    data = good.read_bytes()
    good.unlink()
    _import(tmp_path, district, tmp_path / "stick")
    before = dump(_db_path(tmp_path))
    cut, flipped = tmp_path / "cut.kuonabundle", tmp_path / "flipped.kuonabundle"
    cut.write_bytes(data[: len(data) // 2])
    middle = len(data) // 2  # inside the ciphertext
    flipped.write_bytes(data[:middle] + bytes([data[middle] ^ 4]) + data[middle + 1 :])
    for path in (cut, flipped):
        result = _import(tmp_path, district, path)
        assert not result.devices
        assert [r["code"] for r in result.refused] in (
            ["bundle_truncated"],
            ["bundle_signature_invalid"],
        )
        after = [line for line in dump(_db_path(tmp_path)) if "refusals" not in line]
        assert after == [line for line in before if "refusals" not in line]


def test_hand_edited_record_is_reported_as_tampering(tmp_path: Path) -> None:
    """A record changed in the clinic's database (triggers dropped) is quarantined, by seq."""
    district = make_district(tmp_path)
    clinic = make_clinic(tmp_path, 10)
    raw_edit(clinic.store.path, "UPDATE records SET decision = 'accept' WHERE seq = 4")
    result = _import(tmp_path, district, clinic.export(tmp_path / "stick", district))
    (tally,) = result.devices.values()
    assert [(t["seq"], t["reason"]) for t in tally.tampering] == [(4, "hash_mismatch")]
    assert (tally.added, tally.head[0], tally.gaps) == (9, 3, [])


def test_rehashed_edit_breaks_the_chain_at_the_next_record(tmp_path: Path) -> None:
    """An edit whose hash was recomputed is caught where the next record links to it."""
    from desktop.audit.record import record_hash

    district = make_district(tmp_path)
    clinic = make_clinic(tmp_path, 6)
    record = next(r for r in clinic.store.records() if r.seq == 2)
    forged = {**record.data, "decision": "accept", "reason": None}
    raw_edit(
        clinic.store.path,
        "UPDATE records SET decision = 'accept', reason = NULL, hash = ? WHERE seq = 2",
        (record_hash(forged),),
    )
    result = _import(tmp_path, district, clinic.export(tmp_path / "stick", district))
    (tally,) = result.devices.values()
    assert [(t["seq"], t["reason"]) for t in tally.tampering] == [(3, "chain_broken")]


def test_deleted_record_is_reported_as_a_gap(tmp_path: Path) -> None:
    """A record deleted from the clinic's database before export shows as a missing seq."""
    district = make_district(tmp_path)
    clinic = make_clinic(tmp_path, 10)
    raw_edit(clinic.store.path, "DELETE FROM records WHERE seq IN (4, 7, 8)")
    result = _import(tmp_path, district, clinic.export(tmp_path / "stick", district))
    (tally,) = result.devices.values()
    assert (tally.added, tally.gaps, tally.tampering, tally.head[0]) == (7, [(4, 4), (7, 8)], [], 3)


def test_late_bundle_fills_the_gap(tmp_path: Path) -> None:
    """Bundles imported out of order: the gap is reported, then closed by the earlier bundle."""
    district = make_district(tmp_path)
    clinic = make_clinic(tmp_path, 4)
    first = clinic.export(tmp_path / "s1", district)
    clinic.store.acknowledge(seq=4, hash=clinic.store.head()[1])
    append(clinic.store, 4)
    second = clinic.export(tmp_path / "s2", district)
    (tally,) = _import(tmp_path, district, second).devices.values()
    assert (tally.gaps, tally.head[0]) == ([(1, 4)], 0)
    (tally,) = _import(tmp_path, district, first).devices.values()
    assert (tally.gaps, tally.head[0], tally.tampering) == ([], 8, [])


def test_same_uuid_with_other_content_is_quarantined_not_overwritten(tmp_path: Path) -> None:
    """A record re-sent with the same uuid but changed content is kept aside; the first stays."""
    district = make_district(tmp_path)
    clinic = make_clinic(tmp_path, 3)
    _import(tmp_path, district, clinic.export(tmp_path / "s1", district))
    # A field that travels (a note stays at the clinic, where verify() catches its change).
    raw_edit(clinic.store.path, "UPDATE records SET role = 'changed' WHERE seq = 2")
    (tally,) = _import(
        tmp_path, district, clinic.export(tmp_path / "s2", district)
    ).devices.values()
    assert [(t["seq"], t["reason"]) for t in tally.tampering] == [(2, "hash_mismatch")]
    with open_district(tmp_path) as db:
        (role,) = [r["role"] for r in db.db.query("SELECT role FROM records WHERE seq = 2")]
        assert role == "clinical_officer"
        assert len(db.quarantined()) == 1


def test_restored_backup_is_caught_as_a_fork(tmp_path: Path) -> None:
    """A laptop restored from an old copy writes new records under used seqs: tampering (fork)."""
    district = make_district(tmp_path)
    clinic = make_clinic(tmp_path, 3)
    backup = tmp_path / "backup.sqlite"
    clinic.store.snapshot(backup)
    append(clinic.store, 2)
    _import(tmp_path, district, clinic.export(tmp_path / "s1", district))
    clinic.store.close()
    shutil.copy(backup, clinic.store.path)
    for suffix in ("-wal", "-shm"):
        Path(f"{clinic.store.path}{suffix}").unlink(missing_ok=True)
    restored = Clinic(
        type(clinic.store).open(clinic.store.path, device_id=clinic.store.device_id), clinic.key
    )
    append(restored.store, 1)
    (tally,) = _import(
        tmp_path, district, restored.export(tmp_path / "s2", district)
    ).devices.values()
    # Seq 4 is another record than the district holds (fork), and the chain now ends at 4
    # though the device had reached 5 (rolled back).
    assert [(t["seq"], t["reason"]) for t in tally.tampering] == [
        (4, "fork"),
        (4, "log_rolled_back"),
    ]
    assert (tally.duplicates, tally.head[0]) == (3, 5)


def test_bundle_signed_with_another_device_key_is_refused(tmp_path: Path) -> None:
    """After the first bundle, a device's bundles must carry the same key (trust on first use)."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    district = make_district(tmp_path)
    clinic = make_clinic(tmp_path, 3)
    _import(tmp_path, district, clinic.export(tmp_path / "s1", district))
    append(clinic.store, 2)
    impostor = Clinic(clinic.store, Ed25519PrivateKey.generate())
    result = _import(tmp_path, district, impostor.export(tmp_path / "s2", district))
    (tally,) = result.devices.values()
    assert [r["code"] for r in tally.refused] == ["bundle_device_key_changed"]
    assert (tally.added, tally.head[0]) == (0, 3)


def test_district_database_is_owner_only(tmp_path: Path) -> None:
    """The district's merged database and its WAL are readable by the owner alone (0600)."""
    district = make_district(tmp_path)
    _import(tmp_path, district, make_clinic(tmp_path, 2).export(tmp_path / "stick", district))
    with open_district(tmp_path) as db:
        db.db.execute("SELECT count(*) FROM records").fetchall()
        for path in (_db_path(tmp_path), Path(f"{_db_path(tmp_path)}-wal")):
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
    assert stat.S_IMODE(_db_path(tmp_path).parent.stat().st_mode) == 0o700
