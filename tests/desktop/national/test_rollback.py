"""A device log that went back to an old copy (restored backup, or restarted from nothing) and
wrote on: the national store keeps the chain it holds, quarantines the other branch, and says
where the device forked."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.audit.store import AuditStore
from desktop.district.importer import import_paths
from desktop.national.push import push
from tests.desktop.cli.runner import kuona
from tests.desktop.national.test_push import _count, _db
from tests.desktop.sync.helpers import Clinic, append, make_clinic, make_district, open_district


def _copy(clinic: Clinic, to: Path) -> Clinic:
    """The clinic's log as it is now, copied to `to` (a backup), opened as the same device."""
    source, target = sqlite3.connect(clinic.store.path), sqlite3.connect(to)
    source.backup(target)
    source.close()
    target.close()
    return Clinic(AuditStore.open(to, device_id=clinic.store.device_id), clinic.key)


def _district_with(root: Path, clinic: Clinic) -> Path:
    district = make_district(root)
    bundle = clinic.export(root / "stick", district)
    with open_district(root) as db:
        import_paths(db, [bundle], district_private=district)
    return _db(root)


def test_a_log_restored_from_an_old_backup_is_a_fork_then_a_rollback(
    tmp_path: Path, dsn: str
) -> None:
    """District A pushes records 1-10; the laptop's log is restored from its copy at 5 and
    writes 6-12 again, which district B pushes: 6-10 are `fork`, 11-12 (beyond what the store
    held, linking only to the other branch) `rollback`; all quarantined, A's chain kept whole."""
    clinic = make_clinic(tmp_path, 5)
    backup = _copy(clinic, tmp_path / "backup.sqlite")
    append(clinic.store, 5)
    first = push(_district_with(tmp_path / "A", clinic), dsn, district="A")
    device = clinic.store.device_id
    assert first.devices[device].added == 10
    append(backup.store, 7)
    result = push(_district_with(tmp_path / "B", backup), dsn, district="B")
    tally = result.devices[device]
    found = [(t["seq"], t["reason"]) for t in tally.tampering]
    assert found == [*((s, "fork") for s in range(6, 11)), (11, "rollback"), (12, "rollback")]
    assert (tally.added, tally.duplicates, tally.gaps) == (0, 5, [])
    held = _count(dsn, f"SELECT seq, district FROM records WHERE device_id = '{device}'")
    assert sorted(held) == [(s, "A") for s in range(1, 11)]
    quarantined = _count(dsn, "SELECT seq, reason, district FROM quarantine ORDER BY seq")
    assert [(s, r) for s, r, _ in quarantined] == found
    assert {d for _, _, d in quarantined} == {"B"}


def test_a_log_that_restarted_from_nothing_is_caught_even_when_pushed_first_by_its_new_district(
    tmp_path: Path, dsn: str
) -> None:
    """The laptop's log was lost and restarted at seq 1 under the same device id: its new
    records 1-3 are forks of what the store holds; pushed again, nothing changes; the CLI exits 1
    and names the rollback."""
    clinic = make_clinic(tmp_path, 4)
    push(_district_with(tmp_path / "A", clinic), dsn, district="A")
    fresh = tmp_path / "fresh" / "audit.sqlite"
    fresh.parent.mkdir()
    restarted = Clinic(AuditStore.open(fresh, device_id=clinic.store.device_id), clinic.key)
    append(restarted.store, 6)
    district_b = _district_with(tmp_path / "B", restarted)
    for _ in range(2):
        tally = push(district_b, dsn, district="B").devices[clinic.store.device_id]
        reasons = [(t["seq"], t["reason"]) for t in tally.tampering]
        assert reasons == [(s, "fork") for s in range(1, 5)] + [(5, "rollback"), (6, "rollback")]
        assert tally.added == 0
    assert _count(dsn, "SELECT count(*) FROM records") == [(4,)]
    assert _count(dsn, "SELECT count(*) FROM quarantine") == [(6,)]
    text = kuona("national", "push", "--dsn", dsn, home=tmp_path / "B" / "district-home")
    assert text.returncode == 1
    assert text.stdout.count("TAMPERING") == 6 and "went back to an older point" in text.stdout
