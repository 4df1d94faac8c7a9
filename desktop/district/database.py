"""The district's merged database: every clinic's records, device heads, quarantine, imports.

KUONA_HOME/district/district.sqlite (WAL, synchronous=FULL). A device's head is the highest
seq up to which the district holds an unbroken chain from seq 1; gaps are computed from what
is stored, so a bundle that arrives late fills them. The highest head a device ever announced
is kept too: a bundle made later that announces less means the device's log went back.
"""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.audit.database import DurableDatabase, connect
from desktop.audit.record import GENESIS
from desktop.district.schema import ensure_schema
from desktop.sync.district_keys import district_folder

if TYPE_CHECKING:
    from collections.abc import Iterator

    import sqlite_utils

DB_FILE = "district.sqlite"
#: The tampering reason of a bundle whose chain is shorter than the device announced before.
ROLLED_BACK = "log_rolled_back"
CACHE_KIB = 64 * 1024
#: Page size of a new district file: records are over 1 KiB, so 16 KiB pages hold a dozen (4 KiB
#: pages held two or three) and an import writes and syncs a third fewer pages. A file made
#: before keeps its page size (SQLite fixes it at creation), and works as it did.
PAGE_BYTES = 16 * 1024


@dataclass(frozen=True)
class Device:
    """A clinic laptop as the district knows it (its key was trusted on first use)."""

    device_id: str
    public_key: str
    head_seq: int
    head_hash: str
    claimed_head: int
    claimed_head_utc: str = ""


def district_db_path(home: Path) -> Path:
    """KUONA_HOME/district/district.sqlite."""
    return district_folder(home) / DB_FILE


def missing_ranges(seqs: list[int], *, upto: int, excused: set[int]) -> list[tuple[int, int]]:
    """Seq ranges in 1..upto absent from sorted `seqs`, not counting `excused` (quarantined)."""
    have = sorted({s for s in (*seqs, *excused) if 1 <= s <= upto}) if excused else seqs
    gaps: list[tuple[int, int]] = []
    last = 0
    for seq in have:
        if seq > last + 1 and seq <= upto:
            gaps.append((last + 1, seq - 1))
        last = max(last, seq)
    if upto > last:
        gaps.append((last + 1, upto))
    return gaps


def _set_page_size(path: Path) -> None:
    """Fix the page size of a new, empty database file (turning WAL on writes its header)."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute(f"PRAGMA page_size={PAGE_BYTES}")
        conn.execute("PRAGMA journal_mode=WAL")
    finally:
        conn.close()


class DistrictDB(DurableDatabase):
    """The district's database; writes happen only inside `transaction()`."""

    def __init__(self, db: sqlite_utils.Database, path: Path) -> None:
        """Use `open()`."""
        super().__init__(db)
        self.path = path

    @classmethod
    def open(cls, path: Path) -> DistrictDB:
        """Open (creating with owner-only permissions if needed) the district database."""
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not path.exists():
            path.touch(mode=0o600)
            _set_page_size(path)
        db = connect(path)
        # A district holds millions of records: a 64 MiB page cache keeps the uuid index (random
        # keys) in memory while a bundle is inserted, instead of reading its pages again.
        db.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
        district = cls(db, path)
        with district.transaction():
            ensure_schema(db)
        return district

    @contextmanager
    def bundle_transaction(self) -> Iterator[None]:
        """All of a bundle or nothing of it: its own transaction, or, inside one already open
        (an import's batch, `batch()`), a savepoint rolled back whole if the bundle fails."""
        if not self.db.conn.in_transaction:
            with self.transaction():
                yield
            return
        self.db.execute("SAVEPOINT bundle")
        try:
            yield
        except BaseException:
            if self.db.conn.in_transaction:  # else SQLite rolled it all back itself (I/O error)
                self.db.execute("ROLLBACK TO bundle")
                self.db.execute("RELEASE bundle")
            raise
        self.db.execute("RELEASE bundle")

    @contextmanager
    def batch(self) -> Iterator[None]:
        """One write transaction for several bundles (each in its own savepoint), committed
        durably when the block ends, by `commit_batch()` on the way, and when it fails (what
        the bundles before the failure did: they are whole)."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._end_batch()
            raise
        self._end_batch()

    def _end_batch(self) -> None:
        """Commit what is open; if that fails, roll it back (the error is raised)."""
        if not self.db.conn.in_transaction:  # SQLite rolled it back itself (disk full, I/O)
            return
        try:
            self.db.execute("COMMIT")
        except BaseException:
            if self.db.conn.in_transaction:
                self.db.execute("ROLLBACK")
            raise

    def commit_batch(self) -> None:
        """Commit the batch so far (durably) and go on in a new transaction."""
        self.db.execute("COMMIT")
        self.db.execute("BEGIN IMMEDIATE")

    def device(self, device_id: str) -> Device | None:
        """What the district knows of this device, or None before its first bundle."""
        rows = list(self.db.query("SELECT * FROM devices WHERE device_id = ?", [device_id]))
        if not rows:
            return None
        row = rows[0]
        return Device(
            row["device_id"],
            row["public_key"],
            row["head_seq"],
            row["head_hash"],
            row["claimed_head"],
            row["claimed_head_utc"] or "",
        )

    def devices(self) -> list[Device]:
        """Every device seen, by id."""
        ids = [r["device_id"] for r in self.db.query("SELECT device_id FROM devices ORDER BY 1")]
        return [d for d in (self.device(i) for i in ids) if d is not None]

    def trust_device(self, device_id: str, public_key: str, *, now: str) -> Device:
        """Remember a new device's signing key (trust on first use), head at seq 0."""
        row = {
            "device_id": device_id,
            "public_key": public_key,
            "first_seen_utc": now,
            "head_seq": 0,
            "head_hash": GENESIS,
            "claimed_head": 0,
            "claimed_head_utc": "",
        }
        self.db.table("devices").insert(row)
        return Device(device_id, public_key, 0, GENESIS, 0)

    def known(self, device_id: str, first: int, last: int) -> dict[int, tuple[str, str]]:
        """seq -> (uuid, hash) of the device's stored records with first <= seq <= last."""
        rows = self.db.conn.execute(
            "SELECT seq, uuid, hash FROM records WHERE device_id = ? AND seq BETWEEN ? AND ?",
            [device_id, first, last],
        )
        return {int(seq): (str(uuid), str(hash)) for seq, uuid, hash in rows}

    def hashes(self, uuids: list[str]) -> dict[str, str]:
        """uuid -> hash of the records already stored among `uuids`."""
        found: dict[str, str] = {}
        for at in range(0, len(uuids), 500):
            chunk = uuids[at : at + 500]
            marks = ",".join("?" * len(chunk))
            query = f"SELECT uuid, hash FROM records WHERE uuid IN ({marks})"
            found.update({str(u): str(h) for u, h in self.db.conn.execute(query, chunk)})
        return found

    def advance_head(self, device: Device, *, claimed: int, claimed_utc: str) -> tuple[int, str]:
        """Move the device's head forward over stored records that extend its chain; return it.

        `claimed` is the head the bundle announced and `claimed_utc` when it was made; the
        highest announced head is kept with its time.
        """
        seq, hash = device.head_seq, device.head_hash
        rows = self.db.conn.execute(
            "SELECT seq, hash, prev_hash FROM records WHERE device_id = ? AND seq > ? ORDER BY seq",
            [device.device_id, seq],
        )
        for next_seq, next_hash, prev_hash in rows:
            if next_seq != seq + 1 or prev_hash != hash:
                break
            seq, hash = int(next_seq), str(next_hash)
        self.db.execute(
            "UPDATE devices SET head_seq = ?, head_hash = ? WHERE device_id = ?",
            [seq, hash, device.device_id],
        )
        if claimed > device.claimed_head:
            self.db.execute(
                "UPDATE devices SET claimed_head = ?, claimed_head_utc = ? WHERE device_id = ?",
                [claimed, claimed_utc, device.device_id],
            )
        return seq, hash

    def note_rollback(
        self, device: Device, *, bundle_id: str, head_seq: int, created_utc: str, now: str
    ) -> None:
        """Record a bundle whose chain ends before the head the device announced earlier."""
        row = {
            "bundle_id": bundle_id,
            "device_id": device.device_id,
            "head_seq": head_seq,
            "claimed_head": device.claimed_head,
            "created_utc": created_utc,
            "found_utc": now,
        }
        self.db.table("rollbacks").insert(row, ignore=True)

    def gaps(self, device_id: str) -> list[tuple[int, int]]:
        """Missing seq ranges of a device (up to the highest seq it announced or sent)."""
        conn = self.db.conn
        query = "SELECT seq FROM records WHERE device_id = ? ORDER BY seq"
        seqs = [int(seq) for (seq,) in conn.execute(query, [device_id])]
        query = "SELECT seq FROM quarantine WHERE device_id = ?"
        excused = {int(seq) for (seq,) in conn.execute(query, [device_id])}
        device = self.device(device_id)
        upto = max([*seqs[-1:], *excused, device.claimed_head if device else 0, 0])
        return missing_ranges(seqs, upto=upto, excused=excused)

    def quarantined(self, device_id: str | None = None) -> list[dict[str, Any]]:
        """Quarantined records (tampering), by device and seq."""
        where, params = ("WHERE device_id = ?", [device_id]) if device_id else ("", [])
        return list(
            self.db.query(
                "SELECT device_id, seq, uuid, reason, bundle_id FROM quarantine "
                f"{where} ORDER BY device_id, seq",
                params,
            )
        )

    def tampering(self) -> list[dict[str, Any]]:
        """Every sign of tampering, by device and seq: quarantined records, and bundles whose
        chain ends (at `seq`) before the head the device had announced (`log_rolled_back`)."""
        return list(
            self.db.query(
                "SELECT device_id, seq, reason, bundle_id FROM quarantine UNION ALL "
                f"SELECT device_id, head_seq, '{ROLLED_BACK}', bundle_id FROM rollbacks "
                "ORDER BY 1, 2, 3"
            )
        )

    def refusals(self) -> list[dict[str, Any]]:
        """Bundles refused, with the code why."""
        return list(
            self.db.query(
                "SELECT file_name, file_sha256, code, device_id, found_utc FROM refusals "
                "ORDER BY id"
            )
        )
