"""The clinic's append-only audit log: one SQLite file (WAL, synchronous=FULL) via sqlite-utils.

Records are only ever inserted, each in its own `BEGIN IMMEDIATE` transaction with the next
sequence number and the previous record's hash; triggers refuse UPDATE and DELETE, and
verify() walks the hash chain to catch anyone who went around them. SQLite's temporary storage
(sorts, VACUUM's copy) is kept in memory, so the notes the log holds never reach a temp file.
"""

from __future__ import annotations

import os
import sqlite3
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop import __version__
from desktop.audit.database import DurableDatabase, connect
from desktop.audit.entry import COLUMNS, check_entry, from_row, to_row
from desktop.audit.erasure import CLEAN_PENDING, clean_pending
from desktop.audit.errors import AuditError, AuditRefusal, ChainProblem, Problem
from desktop.audit.record import GENESIS, AuditRecord, record_hash, seal
from desktop.audit.records_table import create_records, needs_upgrade, upgrade_records

if TYPE_CHECKING:
    from collections.abc import Iterator

    import sqlite_utils

#: 2: records of other kinds than decisions (nullable decision columns, `body`).
#: 3: the `clinician` column (the pseudonymous id of a local account) and format-3 records
#:    (`format`, `payload`, `salts` columns; see record.py).
SCHEMA_VERSION = 3
PAGE = 1000
_UNIQUES = [["device_id", "seq"]]


def _create_private(path: Path) -> None:
    """Create an empty owner-only (0600) file unless it exists, before SQLite opens it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        return
    if os.name == "posix":  # make the new directory entry itself durable
        fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def utc_now() -> tuple[str, int]:
    """ISO 8601 UTC time with microseconds and 'Z', and the local offset from UTC in minutes."""
    now = datetime.now(UTC)
    offset = now.astimezone().utcoffset()
    minutes = 0 if offset is None else int(offset.total_seconds() // 60)
    return now.strftime("%Y-%m-%dT%H:%M:%S.%fZ"), minutes


class AuditStore(DurableDatabase):
    """One device's hash-chained log of decisions, with the district's acknowledgement."""

    def __init__(self, db: sqlite_utils.Database, *, path: Path, device_id: str) -> None:
        """Use `open()`: it creates the file and schema and checks the device id."""
        super().__init__(db)
        self.path = path
        self.device_id = device_id

    @classmethod
    def open(cls, path: Path, *, device_id: str) -> AuditStore:
        """Open (creating if needed) the log at `path` for this device."""
        path = Path(path)
        try:
            _create_private(path)
            db = connect(path)
        except (OSError, sqlite3.Error) as exc:
            raise AuditError(AuditRefusal.UNREADABLE, path.name, reason=str(exc)) from exc
        try:
            # Sorts and VACUUM's copy stay in memory: a temp file would put notes on the disk.
            db.execute("PRAGMA temp_store=MEMORY")
            store = cls(db, path=path, device_id=device_id)
            store._ensure_schema()
        except BaseException as exc:
            db.close()
            if isinstance(exc, sqlite3.Error):
                raise AuditError(AuditRefusal.UNREADABLE, path.name, reason=str(exc)) from exc
            raise
        return store

    def _ensure_schema(self) -> None:
        db = self.db
        with self.transaction():
            meta_table = db.table("meta")
            if not meta_table.exists():
                meta_table.create({"key": str, "value": str}, pk="key", strict=True)
                meta_table.insert_all(
                    [
                        {"key": "schema_version", "value": str(SCHEMA_VERSION)},
                        {"key": "device_id", "value": self.device_id},
                    ]
                )
            if not db.table("records").exists():
                self._create_tables()
            meta = {row["key"]: row["value"] for row in db.query("SELECT key, value FROM meta")}
            if int(meta.get("schema_version", "0")) < SCHEMA_VERSION:
                if needs_upgrade(db, COLUMNS):
                    upgrade_records(db, COLUMNS, uniques=_UNIQUES, append_only=True)
                meta_table.upsert({"key": "schema_version", "value": str(SCHEMA_VERSION)}, pk="key")
                meta["schema_version"] = str(SCHEMA_VERSION)
        if int(meta.get("schema_version", "0")) > SCHEMA_VERSION:
            raise AuditError(
                AuditRefusal.SCHEMA_TOO_NEW, self.path.name, version=meta["schema_version"]
            )
        if meta.get("device_id") != self.device_id:
            raise AuditError(
                AuditRefusal.OTHER_DEVICE,
                self.path.name,
                expected=self.device_id,
                found=str(meta.get("device_id")),
            )
        if CLEAN_PENDING in meta:  # an erasure whose file cleaning could not run then
            clean_pending(db)

    def _create_tables(self) -> None:
        db = self.db
        create_records(db, COLUMNS, uniques=_UNIQUES, append_only=True)
        db.table("acknowledged").create(
            {"id": int, "seq": int, "hash": str}, pk="id", not_null=["seq", "hash"], strict=True
        )

    def append(self, entry: dict[str, Any]) -> AuditRecord:
        """Add one record (a decision, or another kind); returns once it is on disk (fsynced)."""
        fields = check_entry(entry, file=self.path.name)
        try:
            return self._insert(fields)
        except sqlite3.Error as exc:  # full disk, read-only file, lock held too long
            raise AuditError(AuditRefusal.WRITE_FAILED, self.path.name, reason=str(exc)) from exc

    def _insert(self, fields: dict[str, Any]) -> AuditRecord:
        with self.transaction():
            return self.chain(fields)

    def chain(self, fields: dict[str, Any]) -> AuditRecord:
        """Insert checked fields as the next record, sealed in format 3 (inside the caller's
        transaction: append() for one record, erasure for the record that names what it did)."""
        created, offset = utc_now()
        seq, prev_hash = self.head()
        data = seal(
            {
                **fields,
                "uuid": str(uuid.uuid4()),
                "device_id": self.device_id,
                "seq": seq + 1,
                "prev_hash": prev_hash,
                "created_utc": created,
                "local_offset_min": offset,
                "app_version": __version__,
            }
        )
        data["hash"] = record_hash(data)
        self.db.table("records").insert(to_row(data))
        return AuditRecord(data)

    def records(self, *, after_seq: int = 0) -> Iterator[AuditRecord]:
        """Every record with seq > after_seq, in seq order (read a page at a time)."""
        last = after_seq
        while True:
            rows = list(
                self.db.query(
                    "SELECT * FROM records WHERE seq > ? ORDER BY seq LIMIT ?", [last, PAGE]
                )
            )
            for row in rows:
                yield AuditRecord(from_row(row))
            if len(rows) < PAGE:
                return
            last = int(rows[-1]["seq"])

    def head(self) -> tuple[int, str]:
        """The last record's seq and hash; (0, GENESIS) when the log is empty."""
        rows = list(
            self.db.query(
                "SELECT seq, hash FROM records WHERE device_id = ? ORDER BY seq DESC LIMIT 1",
                [self.device_id],
            )
        )
        return (int(rows[0]["seq"]), str(rows[0]["hash"])) if rows else (0, GENESIS)

    def durability(self) -> dict[str, str]:
        """The connection's journal mode and synchronous level, as SQLite reports them."""
        mode = next(self.db.query("PRAGMA journal_mode"))["journal_mode"]
        level = next(self.db.query("PRAGMA synchronous"))["synchronous"]
        names = {0: "off", 1: "normal", 2: "full", 3: "extra"}
        return {"journal_mode": str(mode), "synchronous": names.get(int(level), str(level))}

    def count(self, *, after_seq: int = 0) -> int:
        """How many records the log holds with seq > after_seq (all of them by default)."""
        query = "SELECT count(*) AS n FROM records WHERE seq > ?"
        return int(next(self.db.query(query, [after_seq]))["n"])

    def verify(self) -> list[Problem]:
        """Everything wrong with the file and the chain; empty when the log is intact."""
        problems = [
            Problem(ChainProblem.INTEGRITY, 0, {"detail": str(row["integrity_check"])})
            for row in self.db.query("PRAGMA integrity_check")
            if row["integrity_check"] != "ok"
        ]
        expected_seq, prev_hash = 1, GENESIS
        for record in self.records(after_seq=-1):
            seq = record.seq
            if record.device_id != self.device_id:
                problems.append(
                    Problem(ChainProblem.OTHER_DEVICE, seq, {"device": record.device_id})
                )
            if seq != expected_seq:
                params = {"expected": str(expected_seq), "found": str(seq)}
                problems.append(Problem(ChainProblem.SEQ_GAP, seq, params))
            if not record.intact():
                problems.append(Problem(ChainProblem.HASH_MISMATCH, seq))
            if record.prev_hash != prev_hash:
                problems.append(Problem(ChainProblem.CHAIN_BROKEN, seq))
            expected_seq, prev_hash = seq + 1, record.hash
        acked_seq, acked_hash = self.acknowledged()
        if acked_seq and not self._holds(acked_seq, acked_hash):
            problems.append(Problem(ChainProblem.ACKNOWLEDGED_MISSING, acked_seq))
        return problems

    def _holds(self, seq: int, hash: str) -> bool:
        rows = self.db.query(
            "SELECT 1 FROM records WHERE device_id = ? AND seq = ? AND hash = ?",
            [self.device_id, seq, hash],
        )
        return any(True for _ in rows)

    def acknowledge(self, *, seq: int, hash: str) -> None:
        """Record that the district confirmed every record up to `seq` (whose hash is `hash`)."""
        with self.transaction():
            if (seq, hash) != (0, GENESIS) and not self._holds(seq, hash):
                raise AuditError(AuditRefusal.NOT_IN_CHAIN, self.path.name, seq=str(seq), hash=hash)
            if seq > self.acknowledged()[0]:
                self.db.table("acknowledged").upsert({"id": 1, "seq": seq, "hash": hash}, pk="id")

    def acknowledged(self) -> tuple[int, str]:
        """The highest seq the district confirmed, and its hash; (0, GENESIS) before any."""
        rows = list(self.db.query("SELECT seq, hash FROM acknowledged WHERE id = 1"))
        return (int(rows[0]["seq"]), str(rows[0]["hash"])) if rows else (0, GENESIS)

    def unacknowledged(self) -> Iterator[AuditRecord]:
        """Records the district has not confirmed yet, in seq order."""
        return self.records(after_seq=self.acknowledged()[0])

    def snapshot(self, target: Path) -> None:
        """A consistent copy of the live database at `target` (VACUUM INTO, owner-only, fsynced)."""
        target = Path(target)
        try:
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError as exc:
            raise AuditError(AuditRefusal.TARGET_EXISTS, target.name) from exc
        os.close(fd)
        self.db.execute("VACUUM INTO ?", [str(target)])
        fd = os.open(target, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
