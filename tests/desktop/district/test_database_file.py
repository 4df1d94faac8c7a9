"""The district file: new ones get large pages; one made before keeps its pages and imports."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.district.database import PAGE_BYTES, DistrictDB
from desktop.district.importer import import_paths
from tests.desktop.sync.helpers import make_clinic, make_district


def _page_size(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("PRAGMA page_size").fetchone()[0])
    finally:
        conn.close()


def test_a_new_district_file_has_large_pages_and_stays_owner_only(tmp_path: Path) -> None:
    """A district database made now uses PAGE_BYTES pages, in WAL mode, readable by its owner
    only."""
    path = tmp_path / "district" / "district.sqlite"
    with DistrictDB.open(path) as db:
        assert db.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert _page_size(path) == PAGE_BYTES != 4096
    assert path.stat().st_mode & 0o777 == 0o600


def test_a_file_made_with_small_pages_keeps_them_and_imports(tmp_path: Path) -> None:
    """A district file made before (4 KiB pages) opens, imports every record, keeps its pages."""
    path = tmp_path / "district" / "district.sqlite"
    path.parent.mkdir()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA page_size=4096")
    conn.execute("CREATE TABLE earlier (x INTEGER)")
    conn.close()
    district = make_district(tmp_path)
    clinic = make_clinic(tmp_path, 30)
    bundle = clinic.export(tmp_path / "stick", district)
    with DistrictDB.open(path) as db:
        result = import_paths(db, [bundle], district_private=district)
        stored = db.db.execute("SELECT count(*) FROM records").fetchone()[0]
    (tally,) = result.devices.values()
    assert (tally.added, tally.tampering, tally.gaps, stored) == (30, [], [], 30)
    assert _page_size(path) == 4096
