"""A patient's erasure at the clinic: their private values leave the laptop, the chain stays whole.

The patient is found through the keyed pseudonym their records carry. In each of their format-3
records the private values (record.py's private paths: inputs, note, patient reference, an
ineligible record's inputs and answers) and their nonces are set to null in place; the hash
covers only their digests, so every record still verifies. One `erasure` record is appended to
the chain naming the erased record ids (never the patient reference), so the district removes
the same values on the next import. The file is then cleaned physically: secure_delete is on
for every connection (database.connect), the database is vacuumed and the WAL checkpointed and
truncated, so no old page keeps the text. If another connection holds the file then, the
values are already gone from the records and the store cleans the file when next opened.

Records written in an older format (1 or 2) hash their values directly: erasing them would
break the chain, so they are kept, counted and reported (`old_format`), never erased silently.
A request that matches no format-3 record writes nothing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop.audit.database import BUSY_TIMEOUT_S
from desktop.audit.decision import pseudonym
from desktop.audit.entry import from_row, to_row
from desktop.audit.errors import AuditError, AuditRefusal
from desktop.audit.record import FORMAT, private_paths, without
from desktop.audit.records_table import APPEND_ONLY

if TYPE_CHECKING:
    import sqlite_utils

    from desktop.audit.record import AuditRecord
    from desktop.audit.store import AuditStore

KIND = "erasure"
#: The meta key that says an erasure's file cleaning is still to be done.
CLEAN_PENDING = "clean_pending"
CLEAN_WAIT_MS = 1000
#: What names an erasure request that was typed, not read from a file.
FORM = "erasure"
_NO_UPDATE = "records_no_update"


@dataclass(frozen=True)
class ErasurePlan:
    """What an erasure request matches: records it can erase, and old-format ones it cannot."""

    erasable: tuple[str, ...]
    old_format: tuple[str, ...]


@dataclass(frozen=True)
class Erasure:
    """What was done: the erased record ids, the old-format ones kept, the erasure record."""

    erased: tuple[str, ...]
    old_format: tuple[str, ...]
    record: AuditRecord
    #: The file was vacuumed and its WAL emptied now; False: another connection held it, and
    #: the store does it the next time it is opened (meta `clean_pending`).
    cleaned: bool = True


def plan_erasure(store: AuditStore, *, patient_ref: str) -> ErasurePlan:
    """The records of this patient (through the keyed pseudonym), without changing anything.

    AuditError `erase_unknown_patient` when no record holds the reference (never given, or
    already erased), `erase_old_format_only` when only records of an older format hold it.
    """
    ref = pseudonym(patient_ref)
    rows = [] if ref is None else list(_rows_of(store.db, ref))
    if not rows:
        raise AuditError(AuditRefusal.ERASE_UNKNOWN_PATIENT, FORM)
    erasable = tuple(str(r["uuid"]) for r in rows if r["format"] == FORMAT)
    old = tuple(str(r["uuid"]) for r in rows if r["format"] != FORMAT)
    if not erasable:
        raise AuditError(AuditRefusal.ERASE_OLD_FORMAT_ONLY, FORM, records=str(len(old)))
    return ErasurePlan(erasable=erasable, old_format=old)


def _rows_of(db: sqlite_utils.Database, ref: str) -> list[dict[str, Any]]:
    query = "SELECT uuid, format FROM records WHERE patient_ref = ? ORDER BY seq"
    return list(db.query(query, [ref]))


def erase_patient(
    store: AuditStore,
    *,
    patient_ref: str,
    role: str | None = None,
    language: str | None = None,
) -> Erasure:
    """Erase this patient's private values, append the erasure record, clean the file."""
    plan = plan_erasure(store, patient_ref=patient_ref)
    try:
        with store.transaction():
            erase_rows(store.db, plan.erasable, device_id=store.device_id, append_only=True)
            record = store.chain(
                {
                    "kind": KIND,
                    "model": None,
                    "body": {"erases": list(plan.erasable)},
                    "note": None,
                    "role": role,
                    "language": language,
                    "patient_ref": None,
                }
            )
            store.db.table("meta").upsert({"key": CLEAN_PENDING, "value": "1"}, pk="key")
    except sqlite3.Error as exc:
        raise AuditError(AuditRefusal.WRITE_FAILED, store.path.name, reason=str(exc)) from exc
    cleaned = clean_pending(store.db)
    return Erasure(plan.erasable, plan.old_format, record, cleaned=cleaned)


def clean_pending(db: sqlite_utils.Database) -> bool:
    """Clean the file if an erasure asked for it and nobody else holds it; True when done (or
    nothing was pending). The flag is cleared only after a clean that succeeded."""
    if not any(True for _ in db.query("SELECT 1 FROM meta WHERE key = ?", [CLEAN_PENDING])):
        return True
    db.execute(f"PRAGMA busy_timeout={CLEAN_WAIT_MS}")  # a reader elsewhere: later, not now
    try:
        db.execute("DELETE FROM meta WHERE key = ?", [CLEAN_PENDING])
        clean_file(db)
    except sqlite3.Error:
        db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, '1')", [CLEAN_PENDING])
        return False
    finally:
        db.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
    return True


def erase_rows(
    db: sqlite_utils.Database, uuids: Iterable[str], *, device_id: str, append_only: bool
) -> int:
    """Null the private values and nonces of this device's format-3 records with these ids
    (inside the caller's transaction); the clinic's append-only update trigger is lifted for
    these statements only and put back. Returns how many records held something to erase."""
    if append_only:
        db.execute(f"DROP TRIGGER IF EXISTS {_NO_UPDATE}")
    changed = 0
    for uuid in uuids:
        query = "SELECT * FROM records WHERE uuid = ? AND device_id = ?"
        rows = list(db.query(query, [uuid, device_id]))
        if not rows or rows[0].get("format") != FORMAT:
            continue
        data = from_row(rows[0])
        erased = without(data, private_paths(data))
        if erased == data:
            continue
        # every column the erasure changed; one it dropped (a district's scrubbed note) is NULL
        before, after = to_row(data), to_row(erased)
        columns = sorted(c for c in before if after.get(c) != before[c])
        sets = ", ".join(f"[{c}] = ?" for c in columns)
        values = [after.get(c) for c in columns]
        db.execute(f"UPDATE records SET {sets} WHERE uuid = ?", [*values, uuid])
        changed += 1
    if append_only:
        db.execute(
            f"CREATE TRIGGER {_NO_UPDATE} {APPEND_ONLY[_NO_UPDATE]} BEGIN "
            "SELECT RAISE(ABORT, 'audit records are append-only'); END"
        )
    return changed


def clean_file(db: sqlite_utils.Database) -> None:
    """Rewrite the database so no freed page keeps erased text, and empty the WAL."""
    db.execute("VACUUM")
    row = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    if row is not None and row[0]:
        raise sqlite3.OperationalError("the WAL could not be emptied (another program reads it)")
