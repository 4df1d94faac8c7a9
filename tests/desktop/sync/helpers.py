"""Clinic logs, device keys and a district for the sync tests, built with the real store."""

from __future__ import annotations

import sqlite3
import uuid
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop.audit.store import AuditStore
from desktop.district.database import DistrictDB
from desktop.sync.district_keys import DistrictPrivate, init_district, load_district_private
from desktop.sync.export import export_bundle
from tests.desktop.audit.entries import decision_entry

#: decision, reason for record i (cycled): 2 accepts, 1 partial, 1 override in every 4.
PATTERN = [
    ("accept", None),
    ("partial", "patient_context"),
    ("accept", None),
    ("override", "clinical_judgement"),
]


@dataclass
class Clinic:
    """One clinic laptop: its log, its device key."""

    store: AuditStore
    key: Ed25519PrivateKey

    def export(self, folder: Path, district: DistrictPrivate) -> Path:
        """Export its unconfirmed records into `folder` (there must be some)."""
        folder.mkdir(parents=True, exist_ok=True)
        path = export_bundle(
            self.store, to_dir=folder, device_key=self.key, district_public=district.public
        )
        assert path is not None
        return path


def make_district(root: Path) -> DistrictPrivate:
    """A district's keys made in root/district-home."""
    home = root / "district-home"
    root.mkdir(parents=True, exist_ok=True)
    init_district(home, public_key_out=root / "district.pub.json")
    return load_district_private(home)


def open_district(root: Path) -> DistrictDB:
    """The district database under root."""
    return DistrictDB.open(root / "district-home" / "district" / "district.sqlite")


def make_clinic(root: Path, records: int, *, name: str = "clinic") -> Clinic:
    """A clinic log with `records` decisions following PATTERN."""
    store = AuditStore.open(root / name / "audit.sqlite", device_id=str(uuid.uuid4()))
    append(store, records)
    return Clinic(store, Ed25519PrivateKey.generate())


def append(store: AuditStore, records: int) -> None:
    """Append `records` more decisions following PATTERN."""
    for i in range(records):
        decision, reason = PATTERN[i % len(PATTERN)]
        out = ["glu"] if i % 5 == 0 else []
        store.append(decision_entry(decision=decision, reason=reason, out_of_range=out))


def raw_edit(path: Path, sql: str, params: tuple[object, ...] = ()) -> None:
    """Change a clinic log behind the store's back: drop its triggers, run `sql`."""
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("DROP TRIGGER IF EXISTS records_no_update")
        conn.execute("DROP TRIGGER IF EXISTS records_no_delete")
        conn.execute(sql, params)
    conn.close()


def dump(path: Path) -> list[str]:
    """Every statement needed to rebuild a database: equal dumps, equal content."""
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()
