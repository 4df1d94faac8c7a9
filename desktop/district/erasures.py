"""Erasure at the district: an imported `erasure` record removes the same values here.

The clinic's erasure record names the ids of the records whose private values it erased. On
import, the district nulls the same values and nonces in its copies (every record still
verifies: its hash covers only their digests), also in a quarantined copy, and remembers the
ids, so a record that arrives later (a gap filled by an older bundle) is erased as it lands.
The import then cleans the file (erasure.clean_pending: VACUUM, WAL truncated; secure_delete is
on for every connection); if another program holds the database then, the next import does.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from desktop.audit.erasure import CLEAN_PENDING, KIND, erase_rows
from desktop.audit.record import private_paths

if TYPE_CHECKING:
    from desktop.district.database import DistrictDB


def _named(rows: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """(erased record id, erasure record id) for every id the batch's erasure records name."""
    found: list[tuple[str, str]] = []
    for row in rows:
        if row.get("kind") != KIND:
            continue
        body = row.get("body")
        erases = json.loads(body).get("erases") if isinstance(body, str) else None
        if isinstance(erases, list):
            found.extend((str(u), str(row["uuid"])) for u in erases if isinstance(u, str))
    return found


def apply_erasures(db: DistrictDB, rows: list[dict[str, Any]], *, device_id: str) -> int:
    """Erase what this batch's erasure records name, and records of the batch erased before;
    returns how many stored records had values removed (inside the import's transaction)."""
    named = _named(rows)
    if named:
        db.db.table("erased").insert_all(
            [{"uuid": u, "device_id": device_id, "erasure": e} for u, e in named], ignore=True
        )
    uuids = [u for u, _ in named]
    if any(
        True for _ in db.db.query("SELECT 1 FROM erased WHERE device_id = ? LIMIT 1", [device_id])
    ):
        query = "SELECT 1 FROM erased WHERE uuid = ? AND device_id = ?"
        uuids += [
            str(row["uuid"])
            for row in rows
            if row.get("format") is not None
            and any(True for _ in db.db.query(query, [row["uuid"], device_id]))
        ]
    if not uuids:
        return 0
    _erase_quarantined(db, uuids)
    db.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, '1')", [CLEAN_PENDING])
    return erase_rows(db.db, uuids, device_id=device_id, append_only=False)


def _erase_quarantined(db: DistrictDB, uuids: list[str]) -> None:
    """Quarantined copies of erased records keep their evidence, not the private values."""
    for uuid in set(uuids):
        for row in list(db.db.query("SELECT id, record FROM quarantine WHERE uuid = ?", [uuid])):
            try:
                data = json.loads(row["record"])
                paths = private_paths(data) if isinstance(data, dict) else ()
                for path in paths:
                    if path.startswith("body."):
                        data["body"][path[5:]] = None
                    else:
                        data[path] = None
                if isinstance(data, dict):
                    data.pop("salts", None)
                text = json.dumps(data, sort_keys=True, ensure_ascii=False, default=str)
            except (ValueError, TypeError, KeyError, AttributeError):
                text = "null"
            db.db.execute("UPDATE quarantine SET record = ? WHERE id = ?", [text, row["id"]])
