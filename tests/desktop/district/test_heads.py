"""The district keeps each device's announced chain head: a log that went back is caught."""

from __future__ import annotations

import shutil
from pathlib import Path

from desktop.audit.store import AuditStore
from desktop.district.importer import import_paths
from desktop.district.report import district_report
from desktop.sync.district_keys import DistrictPrivate
from desktop.sync.reconciliation import DeviceTally
from tests.desktop.sync.helpers import (
    Clinic,
    append,
    dump,
    make_clinic,
    make_district,
    open_district,
    raw_edit,
)


def _import_one(root: Path, district: DistrictPrivate, path: Path) -> DeviceTally:
    with open_district(root) as db:
        (tally,) = import_paths(db, [path], district_private=district).devices.values()
    return tally


def _restore(clinic: Clinic, backup: Path) -> Clinic:
    """Put an old copy of the clinic's database back, as a restored laptop backup would."""
    clinic.store.close()
    shutil.copy(backup, clinic.store.path)
    for suffix in ("-wal", "-shm"):
        Path(f"{clinic.store.path}{suffix}").unlink(missing_ok=True)
    store = AuditStore.open(clinic.store.path, device_id=clinic.store.device_id)
    return Clinic(store, clinic.key)


def test_restored_backup_exported_without_new_records_is_tampering(tmp_path: Path) -> None:
    """An old backup put back and exported as it is (no new record, so no fork) is reported as
    log_rolled_back at its head; nothing of the district's records changes."""
    district = make_district(tmp_path)
    clinic = make_clinic(tmp_path, 3)
    backup = tmp_path / "backup.sqlite"
    clinic.store.snapshot(backup)
    append(clinic.store, 4)
    assert _import_one(tmp_path, district, clinic.export(tmp_path / "s1", district)).head[0] == 7
    restored = _restore(clinic, backup)
    tally = _import_one(tmp_path, district, restored.export(tmp_path / "s2", district))
    assert [(t["seq"], t["reason"]) for t in tally.tampering] == [(3, "log_rolled_back")]
    assert (tally.added, tally.duplicates, tally.head[0], tally.gaps) == (0, 3, 7, [])
    with open_district(tmp_path) as db:
        report = district_report(db)
    assert report["records"] == 7
    assert [(t["seq"], t["reason"]) for t in report["tampering"]] == [(3, "log_rolled_back")]


def test_truncated_log_is_caught_at_the_district(tmp_path: Path) -> None:
    """Records cut off the end of the clinic's log after an export: the next export's shorter
    chain is tampering, even though every record in it is intact."""
    district = make_district(tmp_path)
    clinic = make_clinic(tmp_path, 8)
    _import_one(tmp_path, district, clinic.export(tmp_path / "s1", district))
    raw_edit(clinic.store.path, "DELETE FROM records WHERE seq > 5")
    tally = _import_one(tmp_path, district, clinic.export(tmp_path / "s2", district))
    assert [(t["seq"], t["reason"]) for t in tally.tampering] == [(5, "log_rolled_back")]
    assert (tally.duplicates, tally.head[0]) == (5, 8)


def test_rolled_back_bundle_imported_twice_changes_nothing(tmp_path: Path) -> None:
    """The second import of the rolled-back bundle reports it again and writes nothing."""
    district = make_district(tmp_path)
    clinic = make_clinic(tmp_path, 6)
    _import_one(tmp_path, district, clinic.export(tmp_path / "s1", district))
    raw_edit(clinic.store.path, "DELETE FROM records WHERE seq > 4")
    short = clinic.export(tmp_path / "s2", district)
    _import_one(tmp_path, district, short)
    db_path = tmp_path / "district-home" / "district" / "district.sqlite"
    before = dump(db_path)
    again = _import_one(tmp_path, district, short)
    assert [t["reason"] for t in again.tampering] == ["log_rolled_back"]
    assert dump(db_path) == before


def test_an_older_bundle_arriving_late_is_no_rollback(tmp_path: Path) -> None:
    """A bundle made before a longer one but carried in after it fills the gap and is no
    tampering: only a bundle made later may not announce less."""
    district = make_district(tmp_path)
    clinic = make_clinic(tmp_path, 4)
    older = clinic.export(tmp_path / "s1", district)
    append(clinic.store, 3)
    newer = clinic.export(tmp_path / "s2", district)
    assert _import_one(tmp_path, district, newer).head[0] == 7
    late = _import_one(tmp_path, district, older)
    assert (late.tampering, late.duplicates, late.head[0]) == ([], 4, 7)
