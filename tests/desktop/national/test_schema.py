"""A store made by an older Kuona (schema 1) is migrated in place: what monitoring reads of
the records it already holds is filled from their canonical JSON, as a push would write it."""

from __future__ import annotations

from pathlib import Path

import psycopg

from desktop.national import schema
from desktop.national.push import push
from models.verify import VerifiedPackage
from tests.desktop.national.test_monitor_store import _chained_district

_ROWS = "SELECT * FROM monitored ORDER BY device_id, seq"
_COLUMNS = (
    "month, device_id, seq, uuid, hash, prev_hash, kind, created_utc, model_id, decision, "
    "reason, out_of_range, district, record"
)


def test_schema_1_store_gets_monitored_rows_equal_to_a_push(
    tmp_path: Path,
    dsn: str,
    other_dsn: str,
    pima: VerifiedPackage,
) -> None:
    """Records copied into a schema-1 store, then migrated: `monitored` equals the pushed one."""
    path = tmp_path / "district.sqlite"
    _chained_district(path, pima)
    push(path, dsn, district="D")
    old = other_dsn
    with psycopg.connect(dsn) as source, psycopg.connect(old) as target:
        with target.transaction():
            target.execute("CREATE TABLE kuona_schema (version integer NOT NULL)")
            for statement in schema.MIGRATIONS[0]:
                target.execute(statement)
            target.execute("INSERT INTO kuona_schema VALUES (1)")
            months = source.execute("SELECT DISTINCT month FROM records").fetchall()
            for (month,) in months:
                name = f"records_{month:%Y_%m}"
                target.execute(
                    f"CREATE TABLE {name} PARTITION OF records FOR VALUES FROM ('{month}') "
                    f"TO ('{month}'::date + interval '1 month')"
                )
            read = f"COPY (SELECT {_COLUMNS} FROM records) TO STDOUT"
            write = f"COPY records ({_COLUMNS}) FROM STDIN"
            with source.cursor().copy(read) as out, target.cursor().copy(write) as into:
                for data in out:
                    into.write(data)
        with target.transaction():
            assert schema.migrate(target) == len(schema.MIGRATIONS)
        expected, found = source.execute(_ROWS).fetchall(), target.execute(_ROWS).fetchall()
    assert len(found) == len(expected) > 700
    for a, b in zip(expected, found, strict=True):
        assert a[:12] == b[:12] and a[14:] == b[14:]
        assert (a[12] is None) == (b[12] is None) and a[13] == b[13]  # key lists: same names
