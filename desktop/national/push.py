"""`kuona national push`: a district's records into the national store, in one transaction.

The same guarantees as the district import, checked in PostgreSQL over the whole push at once
(the records are COPYed into a temporary table, then classified with a few set-based
statements): a record whose hash does not match its content is quarantined (`hash_mismatch`);
a known uuid with the same hash, device and seq is a duplicate, skipped; a known uuid with other
content is quarantined (`content_changed`); a seq the store holds under another uuid is a
`fork`; a record that does not link to the record before it (from this push or already stored,
whichever district brought it) is `chain_broken`. Every device has one chain in the store,
whichever districts push it. Gaps are the seqs missing from a device's chain afterwards.
An `erasure` record pushed for the first time empties the private values of the format-3
records it names that the store already holds (their dead row versions go at PostgreSQL's
next VACUUM, which autovacuum runs).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import orjson
import psycopg

from desktop.audit.erasure import KIND as ERASURE
from desktop.audit.record import FORMAT, GENESIS, canonical, private_paths, without
from desktop.national.row_hash import row_canonical
from desktop.national.schema import PUSH_LOCK, ensure_partition, migrate

_STAGE_COLUMNS = (
    "month, device_id, seq, uuid, hash, prev_hash, kind, created_utc, model_id, decision, "
    "reason, out_of_range, record, verdict"
)
_STAGE = """CREATE TEMP TABLE push_in (
    month date, device_id text, seq bigint, uuid text, hash text, prev_hash text, kind text,
    created_utc text, model_id text, decision text, reason text, out_of_range boolean,
    record text, verdict text) ON COMMIT DROP"""
_CLASSIFY = (
    """UPDATE push_in p SET verdict = 'duplicate' FROM records r WHERE p.verdict IS NULL
       AND r.device_id = p.device_id AND r.seq = p.seq AND r.uuid = p.uuid AND r.hash = p.hash""",
    """UPDATE push_in p SET verdict = 'content_changed' FROM records r
       WHERE p.verdict IS NULL AND r.uuid = p.uuid""",
    """UPDATE push_in p SET verdict = 'fork' FROM records r
       WHERE p.verdict IS NULL AND r.device_id = p.device_id AND r.seq = p.seq""",
    f"""UPDATE push_in p SET verdict = 'chain_broken' FROM (
         SELECT c.device_id, c.seq,
                coalesce(q.hash, r.hash, CASE WHEN c.seq = 1 THEN '{GENESIS}' END) AS want
         FROM push_in c
         LEFT JOIN push_in q ON q.device_id = c.device_id AND q.seq = c.seq - 1
         LEFT JOIN records r ON r.device_id = c.device_id AND r.seq = c.seq - 1
         WHERE c.verdict IS NULL) w
       WHERE p.verdict IS NULL AND w.device_id = p.device_id AND w.seq = p.seq
       AND w.want IS NOT NULL AND w.want <> p.prev_hash""",
)  # what is left (verdict NULL) is new
_GAPS = """
WITH seqs AS (
    SELECT device_id, seq FROM records WHERE device_id IN (SELECT device_id FROM pushed)
    UNION SELECT device_id, seq FROM quarantine WHERE device_id IN (SELECT device_id FROM pushed)),
ordered AS (
    SELECT device_id, seq,
           lag(seq, 1, 0::bigint) OVER (PARTITION BY device_id ORDER BY seq) AS before
    FROM seqs)
SELECT device_id, before + 1, seq - 1 FROM ordered WHERE seq > before + 1 ORDER BY 1, 2"""
TAMPERING = ("hash_mismatch", "record_invalid", "content_changed", "fork", "chain_broken")


@dataclass
class DeviceTally:
    """What one push did for one device, and the gaps of its chain in the store afterwards."""

    device_id: str
    added: int = 0
    duplicates: int = 0
    tampering: list[dict[str, Any]] = field(default_factory=list)
    gaps: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class PushResult:
    """A push's reconciliation per device."""

    district: str
    records: int = 0
    devices: dict[str, DeviceTally] = field(default_factory=dict)

    def tally(self, device_id: str) -> DeviceTally:
        """The device's tally, created on first use."""
        return self.devices.setdefault(device_id, DeviceTally(device_id))

    def to_json(self) -> dict[str, Any]:
        """For --json."""
        return {
            "district": self.district,
            "records": self.records,
            "devices": [
                {
                    "device_id": t.device_id,
                    "added": t.added,
                    "duplicates": t.duplicates,
                    "tampering": t.tampering,
                    "gaps": [list(g) for g in t.gaps],
                }
                for t in sorted(self.devices.values(), key=lambda t: t.device_id)
            ],
        }


def _month(created: object) -> date | None:
    try:
        text = str(created)
        return date(int(text[:4]), int(text[5:7]), 1) if text[4] == "-" else None
    except (ValueError, IndexError):
        return None


def _staged(source: sqlite3.Connection) -> Iterator[tuple[Any, ...]]:
    """Each district record as a row of push_in (verdict set where the record itself is bad)."""
    cursor = source.execute("SELECT * FROM records ORDER BY device_id, seq")
    columns = [c[0] for c in cursor.description]
    for values in cursor:
        row = dict(zip(columns, values, strict=True))
        text, month = row_canonical(row), _month(row.get("created_utc"))
        verdict = "hash_mismatch" if text is None else None if month else "record_invalid"
        model = row.get("model")
        model_id = orjson.loads(model).get("id") if model and model.startswith("{") else None
        out = row.get("out_of_range")
        yield (
            month or date(1970, 1, 1),
            row["device_id"],
            row["seq"],
            row["uuid"],
            row["hash"],
            row["prev_hash"],
            row["kind"],
            row["created_utc"],
            None if model_id is None else str(model_id),
            row.get("decision"),
            row.get("reason"),
            None if out is None else out not in ("[]", "null"),
            text if text is not None else json.dumps(row, sort_keys=True, default=str),
            verdict,
        )


def _copy_in(conn: psycopg.Connection[Any], source: sqlite3.Connection) -> None:
    conn.execute(_STAGE)
    with conn.cursor().copy(f"COPY push_in ({_STAGE_COLUMNS}) FROM STDIN") as copy:
        for row in _staged(source):
            copy.write_row(row)
    conn.execute("CREATE INDEX ON push_in (device_id, seq)")
    conn.execute("CREATE INDEX ON push_in (uuid)")
    conn.execute("ANALYZE push_in")


def _store(conn: psycopg.Connection[Any], district: str) -> None:
    for (month,) in conn.execute("SELECT DISTINCT month FROM push_in WHERE verdict IS NULL"):
        ensure_partition(conn, month)
    conn.execute(
        "INSERT INTO records (month, device_id, seq, uuid, hash, prev_hash, kind, created_utc, "
        "model_id, decision, reason, out_of_range, district, record) "
        "SELECT month, device_id, seq, uuid, hash, prev_hash, kind, created_utc::timestamptz, "
        "model_id, decision, reason, out_of_range, %s, record FROM push_in WHERE verdict IS NULL",
        [district],
    )
    conn.execute(
        "INSERT INTO quarantine (device_id, seq, uuid, hash, reason, district, record) "
        "SELECT device_id, seq, uuid, hash, verdict, %s, record FROM push_in "
        "WHERE verdict <> 'duplicate' ON CONFLICT DO NOTHING",
        [district],
    )
    conn.execute(
        "INSERT INTO devices (device_id, first_district) SELECT DISTINCT device_id, %s "
        "FROM push_in ON CONFLICT DO NOTHING",
        [district],
    )


def _erase_named(conn: psycopg.Connection[Any]) -> None:
    """The records an erasure record of this push names lose their private values here too
    (stored before the district applied the erasure; their hash covers only digests)."""
    query = "SELECT device_id, record FROM push_in WHERE kind = %s AND verdict IS NULL"
    for device, text in conn.execute(query, [ERASURE]).fetchall():
        erases = json.loads(text).get("body", {}).get("erases")
        named = [u for u in erases if isinstance(u, str)] if isinstance(erases, list) else []
        stored = "SELECT uuid, record FROM records WHERE device_id = %s AND uuid = ANY(%s)"
        for uuid, old in conn.execute(stored, [device, named]).fetchall():
            data = json.loads(old)
            if data.get("format") != FORMAT:
                continue
            new = canonical(without(data, private_paths(data))).decode("utf-8")
            conn.execute(
                "UPDATE records SET record = %s WHERE device_id = %s AND uuid = %s",
                [new, device, uuid],
            )


def _reconcile(conn: psycopg.Connection[Any], result: PushResult) -> None:
    query = "SELECT device_id, verdict, count(*) FROM push_in GROUP BY 1, 2 ORDER BY 1, 2"
    for device, verdict, count in conn.execute(query):
        tally = result.tally(device)
        result.records += count
        if verdict is None:
            tally.added = count
        elif verdict == "duplicate":
            tally.duplicates = count
    bad = "SELECT device_id, seq, verdict FROM push_in WHERE verdict = ANY(%s) ORDER BY 1, 2"
    for device, seq, verdict in conn.execute(bad, [list(TAMPERING)]):
        result.tally(device).tampering.append({"seq": seq, "reason": verdict})
    conn.execute(
        "CREATE TEMP TABLE pushed ON COMMIT DROP AS SELECT DISTINCT device_id FROM push_in"
    )
    for device, start, end in conn.execute(_GAPS):
        result.tally(device).gaps.append((int(start), int(end)))
    added = sum(t.added for t in result.devices.values())
    duplicates = sum(t.duplicates for t in result.devices.values())
    conn.execute(
        "INSERT INTO pushes (district, records, added, duplicates, quarantined) "
        "VALUES (%s, %s, %s, %s, %s)",
        [result.district, result.records, added, duplicates, result.records - added - duplicates],
    )


def push(source_path: Path, dsn: str, *, district: str) -> PushResult:
    """Push every record of the district database at `source_path` to the store at `dsn`, in
    one transaction (psycopg.Error, nothing stored, if anything fails)."""
    source = sqlite3.connect(f"{source_path.resolve().as_uri()}?mode=ro", uri=True)
    result = PushResult(district)
    try:
        with psycopg.connect(dsn) as conn, conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", [PUSH_LOCK])
            migrate(conn)
            _copy_in(conn, source)
            for statement in _CLASSIFY:
                conn.execute(statement)
            _store(conn, district)
            _erase_named(conn)
            _reconcile(conn, result)
    finally:
        source.close()
    return result
