"""The tables of the district database, created (or completed) inside the opening transaction."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from desktop.audit.entry import COLUMNS
from desktop.audit.records_table import create_records, needs_upgrade, upgrade_records

if TYPE_CHECKING:
    import sqlite_utils

#: Table name -> (columns, primary key, unique indexes).
TABLES: dict[str, tuple[dict[str, Any], str, list[list[str]]]] = {
    "records": (
        {**COLUMNS, "bundle_id": str},
        "uuid",
        [["device_id", "seq"]],
    ),
    # claimed_head: the highest head any of the device's bundles announced, and the time
    # (the device's clock) of the bundle that announced it: a later bundle with a shorter
    # chain means the device's log went back (restored backup, truncation).
    "devices": (
        {
            "device_id": str,
            "public_key": str,
            "first_seen_utc": str,
            "head_seq": int,
            "head_hash": str,
            "claimed_head": int,
            "claimed_head_utc": str,
        },
        "device_id",
        [],
    ),
    "quarantine": (
        {
            "id": int,
            "uuid": str,
            "device_id": str,
            "seq": int,
            "hash": str,
            "reason": str,
            "bundle_id": str,
            "record": str,
            "found_utc": str,
        },
        "id",
        [["uuid", "hash", "reason"]],
    ),
    # A bundle whose chain ends before the head the device had already announced.
    "rollbacks": (
        {
            "bundle_id": str,
            "device_id": str,
            "head_seq": int,
            "claimed_head": int,
            "created_utc": str,
            "found_utc": str,
        },
        "bundle_id",
        [],
    ),
    "imports": (
        {
            "bundle_id": str,
            "file_sha256": str,
            "file_name": str,
            "imported_utc": str,
            "device_id": str,
            "records": int,
            "added": int,
            "duplicates": int,
            "quarantined": int,
        },
        "bundle_id",
        [],
    ),
    # Flags such as an erasure's pending file cleaning (erasure.CLEAN_PENDING).
    "meta": ({"key": str, "value": str}, "key", []),
    # Record ids a clinic's erasure record named: erased now, and when they arrive later.
    "erased": (
        {"uuid": str, "device_id": str, "erasure": str},
        "uuid",
        [],
    ),
    "refusals": (
        {
            "id": int,
            "file_sha256": str,
            "file_name": str,
            "code": str,
            "device_id": str,
            "found_utc": str,
        },
        "id",
        [["file_sha256", "code"]],
    ),
}


#: The few `catalog` records (catalog_report's events) found without reading every record:
#: a partial index holds only them. Made in a database from an earlier build on its next
#: opening (once: one pass over the records).
CATALOG_INDEX = (
    "CREATE INDEX IF NOT EXISTS idx_records_catalog ON records (kind) WHERE kind = 'catalog'"
)


def ensure_schema(db: sqlite_utils.Database) -> None:
    """Create missing tables and indexes, and add columns a database made by an earlier build
    lacks."""
    for name, (columns, pk, uniques) in TABLES.items():
        table = db.table(name)
        if name == "records":
            if not table.exists():
                create_records(db, columns, uniques=uniques, append_only=False)
            elif needs_upgrade(db, columns):
                upgrade_records(db, columns, uniques=uniques, append_only=False)
            continue
        if not table.exists():
            table.create(columns, pk=pk, strict=True)
            for unique in uniques:
                table.create_index(unique, unique=True)
            continue
        missing = [c for c in columns if c not in table.columns_dict]
        for column in missing:
            table.add_column(column, columns[column])
    db.execute(CATALOG_INDEX)
