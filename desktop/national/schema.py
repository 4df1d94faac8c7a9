"""The national store's schema, created and migrated by Kuona (docs/NATIONAL.md).

`kuona_schema` holds the version; each migration runs once, in order, inside the push's
transaction (after its advisory lock, so two pushes never migrate at once). `records` is
partitioned by month (`month`, the first day of the record's UTC month): a partition per
month is made when a push first brings a record of that month.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import psycopg

#: One lock id for every push: pushes to one store run one after the other.
PUSH_LOCK = 0x4B554F4E41  # "KUONA"

MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE devices (
            device_id text PRIMARY KEY,
            first_district text NOT NULL,
            first_seen timestamptz NOT NULL DEFAULT now())""",
        """CREATE TABLE records (
            month date NOT NULL,
            device_id text NOT NULL,
            seq bigint NOT NULL,
            uuid text NOT NULL,
            hash text NOT NULL,
            prev_hash text NOT NULL,
            kind text NOT NULL,
            created_utc timestamptz NOT NULL,
            model_id text,
            decision text,
            reason text,
            out_of_range boolean,
            district text NOT NULL,
            record text NOT NULL,
            PRIMARY KEY (device_id, seq, month)
        ) PARTITION BY RANGE (month)""",
        "CREATE INDEX records_uuid ON records (uuid)",
        """CREATE TABLE quarantine (
            id bigserial PRIMARY KEY,
            device_id text NOT NULL,
            seq bigint NOT NULL,
            uuid text NOT NULL,
            hash text NOT NULL,
            reason text NOT NULL,
            district text NOT NULL,
            record text NOT NULL,
            found timestamptz NOT NULL DEFAULT now(),
            UNIQUE (uuid, hash, reason))""",
        """CREATE TABLE pushes (
            id bigserial PRIMARY KEY,
            district text NOT NULL,
            pushed timestamptz NOT NULL DEFAULT now(),
            records bigint NOT NULL,
            added bigint NOT NULL,
            duplicates bigint NOT NULL,
            quarantined bigint NOT NULL)""",
    ),
    (  # keys compared byte by byte (the database's locale would sort them by language rules,
        # for nothing: they are hex and uuids); what monitoring reads, in typed columns
        """ALTER TABLE records ALTER COLUMN device_id TYPE text COLLATE "C",
            ALTER COLUMN uuid TYPE text COLLATE "C", ALTER COLUMN hash TYPE text COLLATE "C",
            ALTER COLUMN prev_hash TYPE text COLLATE "C" """,
        'ALTER TABLE quarantine ALTER COLUMN device_id TYPE text COLLATE "C"',
        'ALTER TABLE devices ALTER COLUMN device_id TYPE text COLLATE "C"',
        """ALTER TABLE records ADD COLUMN model_version text, ADD COLUMN prediction float8,
            ADD COLUMN estimate text, ADD COLUMN day date, ADD COLUMN input_keys text,
            ADD COLUMN inputs float8[], ADD COLUMN observes text, ADD COLUMN observed float8,
            ADD COLUMN supersedes text""",
        """UPDATE records r SET model_version = j->'model'->>'version',
            prediction = CASE WHEN json_typeof(j->'prediction') = 'number'
                THEN (j->>'prediction')::float8 END,
            estimate = j->>'clinician_estimate',
            day = coalesce((j->'explanation'->>'decided_on')::date, (r.created_utc AT TIME ZONE
                'UTC' + coalesce((j->>'local_offset_min')::int, 0) * interval '1 minute')::date),
            input_keys = (SELECT json_agg(k ORDER BY n)::text
                FROM json_each(j->'inputs') WITH ORDINALITY AS e(k, v, n)),
            inputs = ARRAY(SELECT CASE json_typeof(v) WHEN 'number' THEN v::text::float8 END
                FROM json_each(j->'inputs') WITH ORDINALITY AS e(k, v, n) ORDER BY n)
            FROM (SELECT device_id, seq, record::json AS j FROM records
                  WHERE kind = 'decision') d
            WHERE d.device_id = r.device_id AND d.seq = r.seq""",
        """UPDATE records SET observes = record::json->'body'->>'observes',
            observed = CASE WHEN json_typeof(record::json->'body'->'observed') = 'number'
                THEN (record::json->'body'->>'observed')::float8 END,
            supersedes = record::json->'body'->>'supersedes'
            WHERE kind = 'outcome'""",
    ),
)


def migrate(conn: psycopg.Connection[Any]) -> int:
    """Bring the schema to the latest version inside the current transaction; the version."""
    conn.execute("CREATE TABLE IF NOT EXISTS kuona_schema (version integer NOT NULL)")
    row = conn.execute("SELECT max(version) FROM kuona_schema").fetchone()
    version = int(row[0]) if row and row[0] is not None else 0
    for number, statements in enumerate(MIGRATIONS[version:], start=version + 1):
        for statement in statements:
            conn.execute(statement)  # fixed DDL, no user data
        conn.execute("INSERT INTO kuona_schema (version) VALUES (%s)", [number])
    return len(MIGRATIONS)


def ensure_partition(conn: psycopg.Connection[Any], month: date) -> None:
    """The partition of `records` for the month starting at `month` (made if missing)."""
    following = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    name = f"records_{month:%Y_%m}"
    conn.execute(
        f"CREATE TABLE IF NOT EXISTS {name} PARTITION OF records "
        f"FOR VALUES FROM ('{month.isoformat()}') TO ('{following.isoformat()}')"
    )
