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

#: What monitoring reads of each decision and outcome (kuona monitor --dsn), in typed columns
#: of a narrow table beside `records`: a report reads a tenth of the bytes it would read there.
MONITORED = """CREATE TABLE monitored (
    month date NOT NULL,
    device_id text COLLATE "C" NOT NULL,
    seq bigint NOT NULL,
    uuid text COLLATE "C" NOT NULL,
    kind text NOT NULL,
    model_id text,
    model_version text,
    decision text,
    created_utc text,
    prediction float8,
    estimate text,
    day date,
    input_keys text,
    inputs float8[],
    observes text COLLATE "C",
    observed float8,
    supersedes text COLLATE "C"
) PARTITION BY RANGE (month)"""
MONITORED_COLUMNS = (
    "month, device_id, seq, uuid, kind, model_id, model_version, decision, created_utc, "
    "prediction, estimate, day, input_keys, inputs, observes, observed, supersedes, "
    "observes_seq"
)
#: An outcome's `observes_seq`: the seq of the decision it observes when that decision is a
#: stored record of the outcome's own device, made before it (as a clinic records them); else
#: NULL. The report then matches outcomes to decisions by (device, seq) instead of a join on
#: the decision's uuid. Schema 3 fills it in a store made before (as a push would).
OBSERVES_SEQ = """UPDATE monitored o SET observes_seq = d.seq FROM monitored d
    WHERE o.kind = 'outcome' AND d.kind = 'decision' AND d.uuid = o.observes
      AND d.device_id = o.device_id AND d.seq < o.seq"""

#: The decisions of `monitored` counted per model id, version and input layout (input_keys),
#: kept by each push (and erasure) in its transaction: `kuona monitor --dsn` lists the
#: versions from it instead of scanning every decision.
LAYOUTS = """CREATE TABLE monitored_layouts (model_id text, model_version text, input_keys text,
    decisions bigint NOT NULL)"""
COUNT_LAYOUTS = """SELECT model_id, model_version, input_keys, count(*) FROM monitored
WHERE kind = 'decision' GROUP BY 1, 2, 3"""
_ERASED = """SELECT model_id, model_version, input_keys FROM monitored
WHERE device_id = %s AND uuid = %s AND kind = 'decision'"""
_SAME_LAYOUT = """model_id IS NOT DISTINCT FROM %s AND model_version IS NOT DISTINCT FROM %s
    AND input_keys IS NOT DISTINCT FROM %s"""

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
        # for nothing: they are hex and uuids); an index of the catalog records; `monitored`
        """ALTER TABLE records ALTER COLUMN device_id TYPE text COLLATE "C",
            ALTER COLUMN uuid TYPE text COLLATE "C", ALTER COLUMN hash TYPE text COLLATE "C",
            ALTER COLUMN prev_hash TYPE text COLLATE "C" """,
        'ALTER TABLE quarantine ALTER COLUMN device_id TYPE text COLLATE "C"',
        'ALTER TABLE devices ALTER COLUMN device_id TYPE text COLLATE "C"',
        "CREATE INDEX records_catalog ON records (device_id, seq) WHERE kind = 'catalog'",
        MONITORED,
        """DO $$ DECLARE m date; BEGIN
            FOR m IN SELECT DISTINCT month FROM records LOOP
                EXECUTE format('CREATE TABLE %I PARTITION OF monitored '
                    'FOR VALUES FROM (%L) TO (%L)', 'monitored_' || to_char(m, 'YYYY_MM'), m,
                    (m + interval '1 month')::date);
            END LOOP; END $$""",
        """INSERT INTO monitored SELECT month, device_id, seq, uuid, kind, model_id,
            j->'model'->>'version', decision, j->>'created_utc',
            CASE WHEN json_typeof(j->'prediction') = 'number' THEN (j->>'prediction')::float8 END,
            j->>'clinician_estimate',
            CASE WHEN kind = 'decision' THEN coalesce((j->'explanation'->>'decided_on')::date,
                (created_utc AT TIME ZONE 'UTC'
                 + coalesce((j->>'local_offset_min')::int, 0) * interval '1 minute')::date) END,
            CASE WHEN kind = 'decision' THEN (SELECT json_agg(k ORDER BY n)::text
                FROM json_each(j->'inputs') WITH ORDINALITY AS e(k, v, n)) END,
            CASE WHEN kind = 'decision' THEN ARRAY(
                SELECT CASE json_typeof(v) WHEN 'number' THEN v::text::float8 END
                FROM json_each(j->'inputs') WITH ORDINALITY AS e(k, v, n) ORDER BY n) END,
            j->'body'->>'observes',
            CASE WHEN json_typeof(j->'body'->'observed') = 'number'
                THEN (j->'body'->>'observed')::float8 END,
            j->'body'->>'supersedes'
            FROM (SELECT *, record::json AS j FROM records
                  WHERE kind IN ('decision', 'outcome')) r""",
    ),
    (  # outcomes matched to their decision by (device, seq); the few corrections indexed;
        # the decisions counted per model version and input layout
        "ALTER TABLE monitored ADD COLUMN observes_seq bigint",
        OBSERVES_SEQ,
        "CREATE INDEX corrections ON monitored (supersedes) WHERE supersedes IS NOT NULL",
        LAYOUTS,
        f"INSERT INTO monitored_layouts {COUNT_LAYOUTS}",
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
    """The partitions of `records` and `monitored` for the month starting at `month` (made
    if missing)."""
    following = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    for table in ("records", "monitored"):
        conn.execute(
            f"CREATE TABLE IF NOT EXISTS {table}_{month:%Y_%m} PARTITION OF {table} "
            f"FOR VALUES FROM ('{month.isoformat()}') TO ('{following.isoformat()}')"
        )


def count_layouts(
    conn: psycopg.Connection[Any], counts: dict[tuple[str | None, str | None, str | None], int]
) -> None:
    """Add `counts` (decisions per model id, version and input layout; negative: taken away)
    to `monitored_layouts`; a layout left with none is removed."""
    for (model, version, keys), n in sorted(counts.items(), key=repr):
        key = [model, version, keys]
        changed = conn.execute(
            f"UPDATE monitored_layouts SET decisions = decisions + %s WHERE {_SAME_LAYOUT}",
            [n, *key],
        ).rowcount
        if not changed:
            conn.execute("INSERT INTO monitored_layouts VALUES (%s, %s, %s, %s)", [*key, n])
    conn.execute("DELETE FROM monitored_layouts WHERE decisions = 0")


def erase_layouts(conn: psycopg.Connection[Any], *, device: str, uuid: str) -> None:
    """The count of the decision `uuid` of `device` an erasure empties moves from its input
    layout to none (its input_keys become NULL)."""
    moved: dict[tuple[str | None, str | None, str | None], int] = {}
    for model, version, keys in conn.execute(_ERASED, [device, uuid]):
        moved[model, version, keys] = moved.get((model, version, keys), 0) - 1
        moved[model, version, None] = moved.get((model, version, None), 0) + 1
    count_layouts(conn, moved)
