"""The district's partial index of catalog records: made with a new database, and added to
one an earlier build made when it is next opened; catalog_report's events read through it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.district.catalog_report import _EVENTS
from desktop.district.database import DistrictDB


def _catalog_indexes(path: Path) -> list[tuple[str, str]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'records' "
            "AND sql LIKE '%WHERE kind = ''catalog''%'"
        ).fetchall()
    finally:
        connection.close()


def test_an_earlier_district_file_gets_the_catalog_index_when_opened(tmp_path: Path) -> None:
    """A district file without the index (as an earlier build made it, with records in it)
    gets it on opening, keeps its records, and the catalog events are searched through it."""
    path = tmp_path / "district" / "district.sqlite"
    DistrictDB.open(path).close()
    assert [name for name, _ in _catalog_indexes(path)] == ["idx_records_catalog"]
    connection = sqlite3.connect(path)
    connection.execute("DROP INDEX idx_records_catalog")
    connection.executemany(
        "INSERT INTO records (uuid, device_id, seq, prev_hash, created_utc, local_offset_min, "
        "app_version, kind, body, hash) VALUES (?, 'clinic-a', ?, '', '2026-01-01', 0, 'x', ?, "
        "'{}', '')",
        [(f"r{seq}", seq, "catalog" if seq % 3 == 0 else "decision") for seq in range(1, 31)],
    )
    connection.commit()
    connection.close()
    assert _catalog_indexes(path) == []
    with DistrictDB.open(path) as db:
        plan = " ".join(str(row[-1]) for row in db.db.execute("EXPLAIN QUERY PLAN " + _EVENTS))
        events = list(db.db.execute(_EVENTS))
        stored = db.db.execute("SELECT count(*) FROM records").fetchone()[0]
    assert "USING INDEX idx_records_catalog" in plan
    assert (len(events), stored) == (10, 30)
    assert [name for name, _ in _catalog_indexes(path)] == ["idx_records_catalog"]
