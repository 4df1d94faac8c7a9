"""`kuona national push`: a district's records into the national store, in one transaction.

The same guarantees as the district import, checked in PostgreSQL over the whole push at once:
the records are COPYed into a temporary table (stage.py), then one set-based statement gives
each record that is not simply new its verdict. A record whose hash does not match its content
is quarantined (`hash_mismatch`); a known uuid with the same hash, device and seq is a
duplicate, skipped; a known uuid with other content is quarantined (`content_changed`); a seq
the store holds under another uuid is a `fork`; a record that does not link to the record
before it (the store's, whichever district brought it, else this push's) is `chain_broken`.
A device's log that went back to an older point (a restored backup, a log restarted from
nothing) and wrote on forks from the chain the store holds: from the first seq where the push
differs from the store (a fork, or a link to a stored record that does not match), every later
record of that device that is not a duplicate is quarantined, the first as `fork` (or
`content_changed`), those beyond as `rollback`, so no branch is ever grafted onto another.
Every device has one chain in the store, whichever districts push it. Gaps are the seqs
missing from a device's chain afterwards.
An `erasure` record pushed for the first time empties the private values of the format-3
records it names that the store already holds, in `records` and in `monitored` (their dead
row versions go at PostgreSQL's next VACUUM, which autovacuum runs).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import psycopg

from desktop.audit.erasure import KIND as ERASURE
from desktop.audit.record import FORMAT, GENESIS, canonical, private_paths, without
from desktop.national.schema import MONITORED_COLUMNS, PUSH_LOCK, ensure_partition, migrate
from desktop.national.stage import STAGE_COLUMNS, copy_chunks

_STAGE = """CREATE TEMP TABLE push_in (
    month date, device_id text COLLATE "C", seq bigint, uuid text COLLATE "C",
    hash text COLLATE "C", prev_hash text COLLATE "C", kind text,
    created_utc text, decision text, reason text, model_id text, model_version text,
    out_of_range boolean, record text, bad text, prediction float8, estimate text,
    local_offset_min integer, decided_on date, input_keys text, inputs float8[], observes text,
    observed float8, supersedes text) ON COMMIT DROP"""
#: Every staged record that is not simply new, with its verdict (one pass: the push's own chain
#: by a window over each device's seqs, what the store holds of the push's devices read once).
_CLASSIFY = f"""CREATE TEMP TABLE push_v ON COMMIT DROP AS
WITH s AS MATERIALIZED (
    SELECT device_id, seq, uuid, hash, prev_hash, bad,
           CASE WHEN lag(seq) OVER w = seq - 1 THEN lag(hash) OVER w END AS push_prev
    FROM push_in WINDOW w AS (PARTITION BY device_id ORDER BY seq)),
held AS MATERIALIZED (
    SELECT device_id, seq, uuid, hash FROM records
    WHERE device_id IN (SELECT device_id FROM pushed)),
c AS (
    SELECT s.device_id, s.seq,
        CASE
            WHEN s.bad IS NOT NULL THEN s.bad
            WHEN h.uuid = s.uuid AND h.hash = s.hash THEN 'duplicate'
            WHEN h.uuid = s.uuid THEN 'content_changed'
            WHEN h.uuid IS NOT NULL THEN 'fork'
            WHEN coalesce(b.hash, s.push_prev, CASE WHEN s.seq = 1 THEN '{GENESIS}' END)
                 <> s.prev_hash THEN 'chain_broken'
        END AS verdict,
        (h.uuid IS NOT NULL AND (h.uuid <> s.uuid OR h.hash <> s.hash))
            OR (b.hash IS NOT NULL AND b.hash <> s.prev_hash) AS diverges
    FROM s
    LEFT JOIN held h ON h.device_id = s.device_id AND h.seq = s.seq
    LEFT JOIN held b ON b.device_id = s.device_id AND b.seq = s.seq - 1),
d AS (
    SELECT device_id, seq, verdict,
           min(seq) FILTER (WHERE diverges) OVER (PARTITION BY device_id) AS fork_at
    FROM c)
SELECT device_id, seq,
       CASE WHEN seq > fork_at AND coalesce(verdict, 'chain_broken') = 'chain_broken'
            THEN 'rollback' ELSE verdict END AS verdict
FROM d WHERE verdict IS NOT NULL OR seq > fork_at"""
#: A new record whose uuid the store holds elsewhere (another device or seq): other content.
_KNOWN_UUID = """INSERT INTO push_v
WITH new AS MATERIALIZED (
    SELECT p.device_id, p.seq, p.uuid FROM push_in p
    WHERE NOT EXISTS (SELECT 1 FROM push_v v WHERE v.device_id = p.device_id AND v.seq = p.seq))
SELECT device_id, seq, 'content_changed' FROM new
WHERE EXISTS (SELECT 1 FROM records r WHERE r.uuid = new.uuid)"""
#: For this transaction only: sorts and hashes of a million staged rows in memory, not on disk;
#: no JIT compilation (a second or more per statement, for plans that run once).
#: The staging table in memory too (temp_buffers: before the session's first temporary table).
_SESSION = (
    "SET LOCAL work_mem = '256MB'",
    "SET LOCAL jit = off",
    "SET LOCAL temp_buffers = '1GB'",
)
_NEW = "NOT EXISTS (SELECT 1 FROM push_v v WHERE v.device_id = p.device_id AND v.seq = p.seq)"
_INSERT = f"""INSERT INTO records (month, device_id, seq, uuid, hash, prev_hash, kind,
    created_utc, model_id, decision, reason, out_of_range, district, record)
SELECT month, device_id, seq, uuid, hash, prev_hash, kind, created_utc::timestamptz, model_id,
    decision, reason, out_of_range, %s, record
FROM push_in p WHERE {_NEW}"""
_MONITORED = f"""INSERT INTO monitored ({MONITORED_COLUMNS})
SELECT month, device_id, seq, uuid, kind, model_id, model_version, decision, created_utc,
    prediction, estimate,
    CASE WHEN kind = 'decision' THEN coalesce(decided_on, (created_utc::timestamptz
        AT TIME ZONE 'UTC' + coalesce(local_offset_min, 0) * interval '1 minute')::date) END,
    input_keys, inputs, observes, observed, supersedes
FROM push_in p WHERE kind IN ('decision', 'outcome') AND {_NEW}"""
_GAPS = """
WITH seqs AS (
    SELECT device_id, seq FROM records WHERE device_id IN (SELECT device_id FROM pushed)
    UNION SELECT device_id, seq FROM quarantine WHERE device_id IN (SELECT device_id FROM pushed)),
ordered AS (
    SELECT device_id, seq,
           lag(seq, 1, 0::bigint) OVER (PARTITION BY device_id ORDER BY seq) AS before
    FROM seqs)
SELECT device_id, before + 1, seq - 1 FROM ordered WHERE seq > before + 1 ORDER BY 1, 2"""
TAMPERING = (
    "hash_mismatch",
    "record_invalid",
    "content_changed",
    "fork",
    "chain_broken",
    "rollback",
)


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


def _copy_in(conn: psycopg.Connection[Any], source: sqlite3.Connection) -> set[str]:
    """Stage the district's records; the months they were made in."""
    conn.execute(_STAGE)
    months: set[str] = set()
    with conn.cursor().copy(f"COPY push_in ({STAGE_COLUMNS}) FROM STDIN") as copy:
        for chunk in copy_chunks(source, months):
            copy.write(chunk)
    conn.execute("ANALYZE push_in (device_id, seq, uuid, kind)")
    conn.execute(
        "CREATE TEMP TABLE pushed ON COMMIT DROP AS "
        "SELECT device_id, count(*) AS n FROM push_in GROUP BY 1"
    )
    conn.execute("ANALYZE pushed")
    return months


def _classify(conn: psycopg.Connection[Any]) -> None:
    conn.execute(_CLASSIFY)
    conn.execute(_KNOWN_UUID)
    conn.execute("ANALYZE push_v")


def _store(conn: psycopg.Connection[Any], district: str, months: set[str]) -> None:
    for month in sorted(months):
        ensure_partition(conn, date.fromisoformat(month))
    conn.execute(_INSERT, [district])
    conn.execute(_MONITORED)
    conn.execute(
        "INSERT INTO quarantine (device_id, seq, uuid, hash, reason, district, record) "
        "SELECT p.device_id, p.seq, p.uuid, p.hash, v.verdict, %s, p.record FROM push_in p "
        "JOIN push_v v USING (device_id, seq) WHERE v.verdict <> 'duplicate' "
        "ON CONFLICT DO NOTHING",
        [district],
    )
    conn.execute(
        "INSERT INTO devices (device_id, first_district) SELECT device_id, %s "
        "FROM pushed ON CONFLICT DO NOTHING",
        [district],
    )


def _erase_named(conn: psycopg.Connection[Any]) -> None:
    """The records an erasure record newly stored by this push names lose their private values
    here too (stored before the district applied the erasure; their hash covers only digests),
    and what monitoring reads of them loses their inputs."""
    query = (
        "SELECT p.device_id, p.record FROM push_in p WHERE p.kind = %s AND p.bad IS NULL "
        "AND NOT EXISTS (SELECT 1 FROM push_v v WHERE v.device_id = p.device_id "
        "AND v.seq = p.seq)"
    )
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
            conn.execute(
                "UPDATE monitored SET inputs = NULL, input_keys = NULL "
                "WHERE device_id = %s AND uuid = %s",
                [device, uuid],
            )


def _reconcile(conn: psycopg.Connection[Any], result: PushResult) -> None:
    for device, count in conn.execute("SELECT device_id, n FROM pushed ORDER BY 1"):
        result.tally(device).added = count
        result.records += count
    query = "SELECT device_id, verdict, count(*) FROM push_v GROUP BY 1, 2 ORDER BY 1, 2"
    for device, verdict, count in conn.execute(query):
        tally = result.tally(device)
        tally.added -= count
        if verdict == "duplicate":
            tally.duplicates = count
    bad = "SELECT device_id, seq, verdict FROM push_v WHERE verdict = ANY(%s) ORDER BY 1, 2"
    for device, seq, verdict in conn.execute(bad, [list(TAMPERING)]):
        result.tally(device).tampering.append({"seq": seq, "reason": verdict})
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
            for setting in _SESSION:
                conn.execute(setting)
            migrate(conn)
            months = _copy_in(conn, source)
            _classify(conn)
            _store(conn, district, months)
            _erase_named(conn)
            _reconcile(conn, result)
    finally:
        source.close()
    return result
