"""An import's bundles share durable commits (one every COMMIT_EVERY records), each bundle still
whole or absent: a refused or failing bundle leaves the others as they were imported."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop.district import importer
from desktop.district.importer import import_paths
from tests.desktop.sync.helpers import Clinic, append, make_clinic, make_district, open_district


def _db_path(root: Path) -> Path:
    return root / "district-home" / "district" / "district.sqlite"


def _committed(root: Path) -> list[int]:
    """The seqs another connection sees (what is committed), in order."""
    conn = sqlite3.connect(_db_path(root))
    try:
        return [seq for (seq,) in conn.execute("SELECT seq FROM records ORDER BY seq")]
    finally:
        conn.close()


def test_commits_come_every_commit_every_records(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With COMMIT_EVERY 4 and bundles of 2 records, another connection sees the first four
    records once the third bundle is done, and all eight when the import returns."""
    monkeypatch.setattr(importer, "COMMIT_EVERY", 4)
    district = make_district(tmp_path)
    clinic = make_clinic(tmp_path, 0)
    paths = []
    for at in range(4):
        append(clinic.store, 2)
        paths.append(clinic.export(tmp_path / f"s{at}", district))
        clinic.store.acknowledge(seq=clinic.store.head()[0], hash=clinic.store.head()[1])
    with open_district(tmp_path):
        pass
    seen: dict[int, list[int]] = {}
    with open_district(tmp_path) as db:
        result = import_paths(
            db,
            paths,
            district_private=district,
            on_progress=lambda done, _total: seen.__setitem__(done, _committed(tmp_path)),
        )
    assert seen == {1: [], 2: [], 3: [1, 2, 3, 4], 4: [1, 2, 3, 4]}
    assert _committed(tmp_path) == list(range(1, 9))
    (tally,) = result.devices.values()
    assert (tally.added, tally.head[0], tally.gaps) == (8, 8, [])


def test_a_refused_bundle_inside_a_batch_leaves_the_others(tmp_path: Path) -> None:
    """A bundle signed by another key between two good ones: refused and recorded, nothing of
    it stored, the bundles before and after it imported and committed."""
    district = make_district(tmp_path)
    clinic = make_clinic(tmp_path, 3)
    first = clinic.export(tmp_path / "s1", district)
    clinic.store.acknowledge(seq=3, hash=clinic.store.head()[1])
    append(clinic.store, 2)
    forged = Clinic(clinic.store, Ed25519PrivateKey.generate()).export(tmp_path / "s2", district)
    second = clinic.export(tmp_path / "s3", district)
    with open_district(tmp_path) as db:
        result = import_paths(db, [first, forged, second], district_private=district)
    (tally,) = result.devices.values()
    assert [r["code"] for r in tally.refused] == ["bundle_device_key_changed"]
    assert (tally.added, tally.duplicates, tally.head[0]) == (5, 0, 5)
    assert _committed(tmp_path) == [1, 2, 3, 4, 5]
    conn = sqlite3.connect(_db_path(tmp_path))
    refusals = [r[0] for r in conn.execute("SELECT code FROM refusals")]
    imports = conn.execute("SELECT count(*) FROM imports").fetchone()[0]
    conn.close()
    assert (refusals, imports) == (["bundle_device_key_changed"], 2)


def test_an_error_inside_a_bundle_keeps_the_bundles_before_it(tmp_path: Path) -> None:
    """An unexpected error part-way through the second bundle is raised; the first bundle is
    committed, nothing of the second is, and the database takes the next import as usual."""
    district = make_district(tmp_path)
    clinic = make_clinic(tmp_path, 3)
    first = clinic.export(tmp_path / "s1", district)
    clinic.store.acknowledge(seq=3, hash=clinic.store.head()[1])
    append(clinic.store, 4)
    second = clinic.export(tmp_path / "s2", district)
    calls = 0

    def fail_in_the_second_bundle() -> bool:
        nonlocal calls
        calls += 1
        if calls == 5:  # before 1, in 1, end of 1, before 2, in 2
            raise RuntimeError("power")
        return False

    with open_district(tmp_path) as db, pytest.raises(RuntimeError):
        import_paths(
            db, [first, second], district_private=district, should_stop=fail_in_the_second_bundle
        )
    assert _committed(tmp_path) == [1, 2, 3]
    with open_district(tmp_path) as db:
        (tally,) = import_paths(db, [second], district_private=district).devices.values()
    assert (tally.added, tally.head[0], tally.tampering) == (4, 7, [])
    assert _committed(tmp_path) == list(range(1, 8))
