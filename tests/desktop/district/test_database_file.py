"""The district file: new ones get large pages, one made before keeps its pages and imports;
its gaps are the runs of seqs it lacks."""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

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


@settings(max_examples=40, deadline=None)
@given(
    stored=st.sets(st.integers(min_value=1, max_value=40), max_size=25),
    quarantined=st.sets(st.integers(min_value=-2, max_value=45), max_size=6),
    claimed=st.integers(min_value=0, max_value=50),
)
def test_gaps_are_the_seqs_neither_stored_nor_quarantined(
    stored: set[int], quarantined: set[int], claimed: int
) -> None:
    """The gaps the district reports are the runs of seqs neither stored nor quarantined, up to
    the highest seq seen or announced."""
    device = "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f"
    with tempfile.TemporaryDirectory() as tmp, DistrictDB.open(Path(tmp) / "d.sqlite") as db:
        with db.transaction():
            db.trust_device(device, "ab" * 32, now="2026-12-05T10:00:00Z")
            db.db.execute("UPDATE devices SET claimed_head = ?", [claimed])
            for seq in stored:
                values = [f"u{seq}", device, seq, "0" * 64, "t", 0, "v", "decision", "h"]
                db.db.execute(
                    "INSERT INTO records (uuid, device_id, seq, prev_hash, created_utc, "
                    "local_offset_min, app_version, kind, hash) VALUES (?,?,?,?,?,?,?,?,?)",
                    values,
                )
            for seq in quarantined:
                db.db.execute(
                    "INSERT INTO quarantine (uuid, device_id, seq, hash, reason) "
                    "VALUES (?, ?, ?, 'h', 'fork')",
                    [f"q{seq}", device, seq],
                )
        upto = max([*stored, *quarantined, claimed, 0])
        missing = [s for s in range(1, upto + 1) if s not in stored | quarantined]
        runs: list[list[int]] = []
        for seq in missing:
            if runs and runs[-1][1] == seq - 1:
                runs[-1][1] = seq
            else:
                runs.append([seq, seq])
        assert db.gaps(device) == [(a, b) for a, b in runs]
