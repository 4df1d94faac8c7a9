"""The `records` table shared by the clinic log and the district: created, or brought up to date.

The first version's table held only decisions (their fields NOT NULL, no `body`); records of
other kinds (outcome, ineligible, catalog, …) need those columns nullable and a `body`. SQLite
cannot drop a NOT NULL constraint in place, so such a table is rebuilt, rows copied as they are
(hashes unchanged), inside the caller's transaction. Columns added later (`clinician`, with local
accounts; format 3's `format`, `payload`, `salts`) are nullable and added in place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from desktop.audit.entry import NOT_NULL

if TYPE_CHECKING:
    import sqlite_utils

#: Triggers that make the table append-only (the clinic log; the district only inserts too).
APPEND_ONLY = {
    "records_no_update": "BEFORE UPDATE ON records",
    "records_no_delete": "BEFORE DELETE ON records",
}

_SQL_TYPES = {str: "TEXT", int: "INTEGER", float: "REAL"}


_SQL_TYPES = {int: "INTEGER", float: "REAL", str: "TEXT"}


def create_records(
    db: sqlite_utils.Database,
    columns: dict[str, Any],
    *,
    uniques: list[list[str]],
    append_only: bool,
) -> None:
    """Create the `records` table (uuid primary key) with its unique indexes and triggers."""
    db.table("records").create(columns, pk="uuid", not_null=NOT_NULL, strict=True)
    for unique in uniques:
        db.table("records").create_index(unique, unique=True)
    if append_only:
        _add_triggers(db)


def needs_upgrade(db: sqlite_utils.Database, columns: dict[str, Any]) -> bool:
    """The existing table lacks a column or holds a NOT NULL the current schema dropped."""
    info = {row[1]: bool(row[3]) for row in db.execute("PRAGMA table_info(records)").fetchall()}
    if any(name not in info for name in columns):
        return True
    return any(strict and name not in NOT_NULL for name, strict in info.items())


def upgrade_records(
    db: sqlite_utils.Database,
    columns: dict[str, Any],
    *,
    uniques: list[list[str]],
    append_only: bool,
) -> None:
    """Bring an old `records` table to the current shape, every row and hash kept: columns
    that are only missing are added in place (instant, even for millions of rows); a table
    that still holds a NOT NULL the schema dropped is rebuilt."""
    info = {row[1]: bool(row[3]) for row in db.execute("PRAGMA table_info(records)").fetchall()}
    if not any(strict and name not in NOT_NULL for name, strict in info.items()):
        for name, kind in columns.items():
            if name not in info:
                db.execute(f"ALTER TABLE records ADD COLUMN [{name}] {_SQL_TYPES[kind]}")
        return
    old = list(info)
    for name in APPEND_ONLY:
        db.execute(f"DROP TRIGGER IF EXISTS {name}")
    for index in db.table("records").indexes:
        if not index.name.startswith("sqlite_autoindex"):
            db.execute(f"DROP INDEX IF EXISTS [{index.name}]")
    db.execute("ALTER TABLE records RENAME TO records_upgrading")
    create_records(db, columns, uniques=uniques, append_only=False)
    kept = ", ".join(f"[{c}]" for c in old if c in columns)
    db.execute(f"INSERT INTO records ({kept}) SELECT {kept} FROM records_upgrading")
    db.execute("DROP TABLE records_upgrading")
    if append_only:
        _add_triggers(db)


def _add_triggers(db: sqlite_utils.Database) -> None:
    for name, when in APPEND_ONLY.items():
        db.execute(
            f"CREATE TRIGGER {name} {when} BEGIN "
            "SELECT RAISE(ABORT, 'audit records are append-only'); END"
        )
