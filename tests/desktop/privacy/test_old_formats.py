"""Logs written before format 3 verify unchanged, travel and can be followed by format 3."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop.audit.decision import pseudonym
from desktop.audit.entry import to_row
from desktop.audit.erasure import erase_patient
from desktop.audit.errors import AuditError, AuditRefusal
from desktop.audit.record import FORMAT, record_hash
from desktop.audit.store import SCHEMA_VERSION, AuditStore
from desktop.district.importer import import_paths
from desktop.district.verify import chain_problems
from desktop.sync.export import export_bundle
from tests.desktop.audit.entries import DEVICE, decision_entry
from tests.desktop.audit.test_kinds import _first_version_log, kind_entry
from tests.desktop.privacy.scenario import NOTE, REF
from tests.desktop.sync.helpers import make_district, open_district


def _second_version_log(path: Path) -> list[str]:
    """A log as the second version wrote it (schema 2: no format columns), a decision about
    REF with NOTE and an outcome, hashed the old way; their hashes."""
    with AuditStore.open(path, device_id=DEVICE) as store:
        prev, hashes = store.head()[1], []
        entries = [decision_entry(note=NOTE, patient_ref=pseudonym(REF)), kind_entry()]
        for seq, entry in enumerate(entries, start=1):
            data: dict[str, Any] = {
                **entry,
                "uuid": str(uuid.uuid4()),
                "device_id": DEVICE,
                "seq": seq,
                "prev_hash": prev,
                "created_utc": "2026-06-01T10:00:00.000000Z",
                "local_offset_min": 180,
                "app_version": "0.2.0",
            }
            data["hash"] = prev = record_hash(data)
            store.db.table("records").insert(to_row(data))
            hashes.append(prev)
    conn = sqlite3.connect(path)
    with conn:
        for column in ("format", "payload", "salts"):
            conn.execute(f"ALTER TABLE records DROP COLUMN {column}")
        conn.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    conn.close()
    return hashes


def _travels(store: AuditStore, root: Path) -> None:
    """Export every record, import it at a new district: all added, the chain verifies."""
    district = make_district(root / "district")
    (root / "stick").mkdir()
    bundle = export_bundle(
        store,
        to_dir=root / "stick",
        device_key=Ed25519PrivateKey.generate(),
        district_public=district.public,
    )
    assert bundle is not None
    with open_district(root / "district") as db:
        result = import_paths(db, [bundle], district_private=district)
        assert result.devices[DEVICE].added == store.count()
        assert result.devices[DEVICE].tampering == []
        assert chain_problems(db, DEVICE) == []


def test_a_first_version_log_verifies_and_travels_unchanged(tmp_path: Path) -> None:
    """A first-version record keeps its hash after the upgrade, a format-3 record follows it,
    and both verify at the clinic and at the district."""
    path = tmp_path / "audit.sqlite"
    old_hash = _first_version_log(path)
    with AuditStore.open(path, device_id=DEVICE) as store:
        new = store.append(decision_entry())
        old = next(store.records())
        assert old.hash == old_hash and "format" not in old.data and old.intact()
        assert new.data["format"] == FORMAT and store.verify() == []
        _travels(store, tmp_path)


def test_a_second_version_log_verifies_travels_and_is_erased_only_in_format_3(
    tmp_path: Path, kuona_home: Path
) -> None:
    """A second-version log upgrades to schema 3 with every hash kept; an erasure request
    empties the patient's format-3 record and names the old one it had to keep."""
    path = tmp_path / "audit.sqlite"
    hashes = _second_version_log(path)
    with AuditStore.open(path, device_id=DEVICE) as store:
        assert [r.hash for r in store.records()] == hashes and store.verify() == []
        with pytest.raises(AuditError) as raised:
            erase_patient(store, patient_ref=REF)
        assert raised.value.code is AuditRefusal.ERASE_OLD_FORMAT_ONLY
        assert raised.value.params == {"records": "1"} and store.count() == 2
        new = store.append(decision_entry(note=NOTE, patient_ref=pseudonym(REF)))
        done = erase_patient(store, patient_ref=REF)
        old = next(store.records())
        assert done.erased == (new.uuid,) and done.old_format == (old.uuid,)
        assert old.data["note"] == NOTE and old.hash == hashes[0]
        assert store.verify() == []
        assert [r.hash for r in store.records()][:2] == hashes
        _travels(store, tmp_path)
    meta = sqlite3.connect(path)
    try:
        assert dict(meta.execute("SELECT key, value FROM meta"))["schema_version"] == str(
            SCHEMA_VERSION
        )
    finally:
        meta.close()


def test_a_district_database_of_the_second_version_gains_the_new_columns_in_place(
    tmp_path: Path,
) -> None:
    """A district database without the format-3 columns and the `erased` table: reopened, the
    columns are added to the same table (no rebuild) and format-3 records import and verify."""
    path = tmp_path / "district" / "district-home" / "district" / "district.sqlite"
    with open_district(tmp_path / "district"):
        pass
    conn = sqlite3.connect(path)
    with conn:
        for column in ("format", "payload", "salts"):
            conn.execute(f"ALTER TABLE records DROP COLUMN {column}")
        conn.execute("DROP TABLE erased")
    root_page = "SELECT rootpage FROM sqlite_master WHERE name = 'records'"
    before = conn.execute(root_page).fetchone()
    conn.close()
    with AuditStore.open(tmp_path / "audit.sqlite", device_id=DEVICE) as store:
        store.append(decision_entry(note=NOTE, patient_ref=pseudonym(REF)))
        _travels(store, tmp_path)
    conn = sqlite3.connect(path)
    try:
        columns = {row[1] for row in conn.execute("PRAGMA table_info(records)")}
        assert {"format", "payload", "salts"} <= columns
        assert conn.execute(root_page).fetchone() == before  # the same table, not a copy
        assert conn.execute("SELECT count(*) FROM erased").fetchone() == (0,)
    finally:
        conn.close()
