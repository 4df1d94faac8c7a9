"""`kuona national push`: a district's records into the national store, in one transaction.

The same guarantees as the district import, checked in PostgreSQL over the whole push at once:
the records' chain keys are COPYed into a temporary table (stage.py), then one set-based
statement gives each record that is not simply new its verdict (classify.py). A record whose
hash does not match its content is quarantined (`hash_mismatch`); a known uuid with the same
hash, device and seq is a duplicate, skipped; a known uuid with other content is quarantined
(`content_changed`); a seq the store holds under another uuid is a `fork`; a record that does
not link to the record before it (the store's, whichever district brought it, else this push's)
is `chain_broken`. A device's log that went back to an older point (a restored backup, a log
restarted from nothing) and wrote on forks from the chain the store holds: from the first seq
where the push differs from the store (a fork, or a link to a stored record that does not
match), every later record of that device that is not a duplicate is quarantined, the first as
`fork` (or `content_changed`), those beyond as `rollback`, so no branch is ever grafted onto
another. Every device has one chain in the store, whichever districts push it. Gaps are the seqs
missing from a device's chain afterwards.
An `erasure` record pushed for the first time empties the private values of the format-3
records it names that the store already holds, in `records` and in `monitored` (their dead
row versions go at PostgreSQL's next VACUUM, which autovacuum runs).

The district database is read twice (stage.py): its chain keys first, COPYed (binary) and
classified; then every record again, each hash checked, the new ones COPYed (binary) straight
into `records` and `monitored`, in runs, so no record's text passes through a staging table.
"""

from __future__ import annotations

import itertools
import json
import sqlite3
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import psycopg

from desktop.audit.record import FORMAT, canonical, private_paths, without
from desktop.national.classify import KEY_TABLE, classify
from desktop.national.schema import (
    MONITORED_COLUMNS,
    PUSH_LOCK,
    count_layouts,
    ensure_partition,
    erase_layouts,
    migrate,
)
from desktop.national.stage import (
    KEY_COLUMNS,
    KEY_TYPES,
    MONITORED_TYPES,
    RECORD_COLUMNS,
    RECORD_TYPES,
    Odd,
    StoreRows,
    chain_keys,
)

#: For this transaction only: sorts and hashes of a million keys in memory, not on disk; no
#: JIT compilation (a second or more per statement, for plans that run once); hash joins of the
#: push's keys with what the store holds, not four sorts of a million rows for merge joins.
_SESSION = (
    "SET LOCAL work_mem = '256MB'",
    "SET LOCAL jit = off",
    "SET LOCAL enable_mergejoin = off",
)
#: Records per run of the COPY into `records` (then what monitoring reads of them).
_RUN = 20_000
#: A seq both stored and quarantined (a fork) comes twice, and the second copy follows its
#: equal: no gap, and no gap hidden (so no dedup, and no hashing of a million seqs for it).
_GAPS = """
WITH seqs AS (
    SELECT device_id, seq FROM records WHERE device_id IN (SELECT device_id FROM pushed)
    UNION ALL
    SELECT device_id, seq FROM quarantine WHERE device_id IN (SELECT device_id FROM pushed)),
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


def _read_time(conn: psycopg.Connection[Any], text: str) -> datetime | psycopg.Error:
    """PostgreSQL's reading of a time not in the app's form, or the error it gives."""
    try:
        with conn.transaction():
            row = conn.execute("SELECT %s::timestamptz", [text]).fetchone()
    except psycopg.DataError as exc:
        return exc
    return row[0] if row else psycopg.DataError(text)


def _copy_keys(conn: psycopg.Connection[Any], source: sqlite3.Connection) -> tuple[set[date], Odd]:
    """Pass 1: the district's chain keys; the months its records were made in, and PostgreSQL's
    reading of the times not in the app's form."""
    conn.execute(KEY_TABLE)
    months: set[date] = set()
    odd_times: set[str] = set()
    keys = chain_keys(source, months_seen=months, odd_times=odd_times)
    with conn.cursor().copy(f"COPY push_keys ({KEY_COLUMNS}) FROM STDIN (FORMAT binary)") as copy:
        copy.set_types(list(KEY_TYPES))
        for row in keys:
            copy.write_row(row)
    conn.execute("ANALYZE push_keys")
    conn.execute(
        "CREATE TEMP TABLE pushed ON COMMIT DROP AS "
        "SELECT device_id, count(*) AS n FROM push_keys GROUP BY 1"
    )
    conn.execute("ANALYZE pushed")
    return months, {text: _read_time(conn, text) for text in sorted(odd_times)}


def _copy_records(conn: psycopg.Connection[Any], rows: StoreRows) -> None:
    """Pass 2: the new records into `records`, what monitoring reads of them into `monitored`,
    in runs of _RUN records; the quarantined ones (with their text) set aside in `push_q` after
    each run, so no more than a run of them is held here."""
    records = f"COPY records ({RECORD_COLUMNS}) FROM STDIN (FORMAT binary)"
    monitored = f"COPY monitored ({MONITORED_COLUMNS}) FROM STDIN (FORMAT binary)"
    conn.execute(
        'CREATE TEMP TABLE push_q (device_id text COLLATE "C", seq bigint, uuid text, hash text, '
        "reason text, record text) ON COMMIT DROP"
    )
    left = iter(rows)
    layouts: dict[tuple[str | None, str | None, str | None], int] = {}
    with conn.cursor() as cursor:
        while True:
            watched, count = [], 0
            with cursor.copy(records) as copy:
                copy.set_types(list(RECORD_TYPES))
                for row, seen in itertools.islice(left, _RUN):
                    copy.write_row(row)
                    count += 1
                    if seen is not None:
                        watched.append(seen)
            if watched:
                with cursor.copy(monitored) as copy:
                    copy.set_types(list(MONITORED_TYPES))
                    for seen in watched:
                        copy.write_row(seen)
                        if seen[4] == "decision":  # (model id, version, input layout)
                            layout = seen[5], seen[6], seen[12]
                            layouts[layout] = layouts.get(layout, 0) + 1
            if rows.quarantined:
                with cursor.copy("COPY push_q FROM STDIN") as copy:
                    for quarantined in rows.quarantined:
                        copy.write_row(quarantined)
                rows.quarantined.clear()
            if count < _RUN:
                count_layouts(conn, layouts)
                return


def _settle(conn: psycopg.Connection[Any], rows: StoreRows, district: str) -> None:
    """The verdicts of the records refused on their own (they win over what their keys gave);
    the quarantined records; the devices first seen."""
    conn.execute(
        'CREATE TEMP TABLE push_bad (device_id text COLLATE "C", seq bigint, verdict text) '
        "ON COMMIT DROP"
    )
    with conn.cursor().copy("COPY push_bad FROM STDIN") as copy:
        for row in rows.refused:
            copy.write_row(row)
    conn.execute(
        "UPDATE push_v v SET verdict = b.verdict FROM push_bad b "
        "WHERE v.device_id = b.device_id AND v.seq = b.seq"
    )
    conn.execute(
        "INSERT INTO push_v SELECT b.device_id, b.seq, b.verdict FROM push_bad b WHERE NOT EXISTS "
        "(SELECT 1 FROM push_v v WHERE v.device_id = b.device_id AND v.seq = b.seq)"
    )
    conn.execute("ANALYZE push_v")
    conn.execute(
        "INSERT INTO quarantine (device_id, seq, uuid, hash, reason, district, record) "
        "SELECT device_id, seq, uuid, hash, reason, %s, record FROM push_q "
        "ORDER BY device_id, seq ON CONFLICT DO NOTHING",
        [district],
    )
    conn.execute(
        "INSERT INTO devices (device_id, first_district) SELECT device_id, %s "
        "FROM pushed ON CONFLICT DO NOTHING",
        [district],
    )


def _erase_named(conn: psycopg.Connection[Any], erasures: list[tuple[str, str]]) -> None:
    """The records an erasure record newly stored by this push names lose their private values
    here too (stored before the district applied the erasure; their hash covers only digests),
    and what monitoring reads of them loses their inputs."""
    for device, text in erasures:
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
            erase_layouts(conn, device=device, uuid=uuid)
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
            months, odd = _copy_keys(conn, source)
            for month in sorted(months):
                ensure_partition(conn, month)
            rows = StoreRows(source, verdicts=classify(conn), odd=odd, district=district)
            _copy_records(conn, rows)
            _settle(conn, rows, district)
            _erase_named(conn, rows.erasures)
            _reconcile(conn, result)
    finally:
        source.close()
    return result
