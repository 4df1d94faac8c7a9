"""The national report's outcomes in force: matched to their decision by (clinic, seq) where a
push wrote each outcome's decision seq, by the decision's uuid otherwise (an outcome of another
device, an unknown decision, a store made before schema 3); the same report either way."""

from __future__ import annotations

import json
import sqlite3
import uuid
from pathlib import Path
from typing import Any

import numpy as np
import psycopg

from desktop.monitoring.report import monitor
from desktop.national import schema
from desktop.national.copied_field import Outcomes
from desktop.national.monitor_source import NationalSource
from desktop.national.push import push
from models.verify import VerifiedPackage
from tests.desktop.monitoring.simulate import TODAY
from tests.desktop.national.test_monitor_store import _chained_district, _same

_NAMED = """SELECT o.uuid, o.observes_seq, d.seq FROM monitored o
LEFT JOIN monitored d ON d.uuid = o.observes AND d.device_id = o.device_id
WHERE o.kind = 'outcome' ORDER BY o.device_id, o.seq"""


def _reports(path: Path, dsn: str, pima: VerifiedPackage) -> tuple[Any, Any, Outcomes | None]:
    """The district's report, the store's, and how the store matched its outcomes; the store's
    report is the same with its outcomes read through a second connection."""
    with sqlite3.connect(path) as district:
        expected = monitor(district, package_for=lambda i, v: pima, today=TODAY)
    with psycopg.connect(dsn) as conn:
        source = NationalSource(conn)
        found = monitor(source, package_for=lambda i, v: pima, today=TODAY)
    with psycopg.connect(dsn) as conn:
        apart = NationalSource(conn, dsn=dsn)
        found_apart = monitor(apart, package_for=lambda i, v: pima, today=TODAY)
    assert (apart.outcomes is None) == (source.outcomes is None)
    plain = [json.loads(json.dumps(r, default=float)) for r in (expected, found, found_apart)]
    _same(plain[1], plain[2])
    return plain[0], plain[1], source.outcomes


def _move_an_outcome(conn: sqlite3.Connection) -> None:
    """Clinic c's last outcome recorded on clinic a's laptop instead (after a's records)."""
    moved, body = conn.execute(
        "SELECT uuid, body FROM records WHERE kind = 'outcome' AND device_id = 'c' "
        "ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    assert json.loads(body)["supersedes"] is None
    (last,) = conn.execute("SELECT max(seq) FROM records WHERE device_id = 'a'").fetchone()
    conn.execute("UPDATE records SET device_id = 'a', seq = ? WHERE uuid = ?", [last + 1, moved])


def _unknown_decision(conn: sqlite3.Connection) -> None:
    """One more outcome on clinic b, of a decision the district never received."""
    row = conn.execute(
        "SELECT * FROM records WHERE kind = 'outcome' AND device_id = 'b' ORDER BY seq DESC"
    ).fetchone()
    data = dict(row)
    (last,) = conn.execute("SELECT max(seq) FROM records WHERE device_id = 'b'").fetchone()
    body = {**json.loads(data["body"]), "observes": str(uuid.uuid4()), "supersedes": None}
    data.update(uuid=str(uuid.UUID(int=7, version=4)), seq=last + 1, body=json.dumps(body))
    marks = ",".join("?" * len(data))
    conn.execute(f"INSERT INTO records ({','.join(data)}) VALUES ({marks})", list(data.values()))


def test_a_push_writes_each_outcome_s_decision_seq(
    tmp_path: Path, dsn: str, pima: VerifiedPackage
) -> None:
    """Every outcome of a decision of its own device carries that decision's seq; the report,
    its outcomes matched by seq (the corrections' last value in force), equals the district's."""
    path = tmp_path / "district.sqlite"
    _chained_district(path, pima)
    push(path, dsn, district="D")
    with psycopg.connect(dsn) as conn:
        named = conn.execute(_NAMED).fetchall()
    assert len(named) > 400 and all(seq == decision for _, seq, decision in named)
    expected, found, outcomes = _reports(path, dsn, pima)
    assert outcomes is not None
    _same(expected, found)
    assert found["models"][0]["outcomes"] == expected["models"][0]["outcomes"] > 300


def test_an_outcome_of_another_device_is_joined_by_uuid(
    tmp_path: Path, dsn: str, pima: VerifiedPackage
) -> None:
    """An outcome recorded on another clinic's laptop has no decision seq: the store joins
    every outcome by uuid and still counts that one, as the district does."""
    path = tmp_path / "district.sqlite"
    _chained_district(path, pima, change=_move_an_outcome)
    push(path, dsn, district="D")
    with psycopg.connect(dsn) as conn:
        named = conn.execute(_NAMED).fetchall()
    assert [seq for _, seq, decision in named if seq != decision] == []
    assert sum(seq is None for _, seq, _ in named) == 1
    expected, found, outcomes = _reports(path, dsn, pima)
    assert outcomes is None
    _same(expected, found)  # (the moved outcome lost would be one outcome fewer at c)


def test_an_outcome_of_an_unknown_decision_is_left_out_either_way(
    tmp_path: Path, dsn: str, pima: VerifiedPackage
) -> None:
    """An outcome naming a decision no district holds matches nothing: no decision seq, and
    the report (joined by uuid) equals the district's."""
    path = tmp_path / "district.sqlite"
    _chained_district(path, pima, change=_unknown_decision)
    push(path, dsn, district="D")
    expected, found, outcomes = _reports(path, dsn, pima)
    assert outcomes is None
    _same(expected, found)


def test_a_schema_2_store_is_read_by_uuid_then_migrated_to_seqs(
    tmp_path: Path, dsn: str, other_dsn: str, pima: VerifiedPackage
) -> None:
    """A store made before schema 3 (no decision seqs) gives the district's report through
    the uuid join; migrated, its outcomes get the seqs a push writes, the corrections their
    index, and the report (now matched by seq) is the same."""
    path = tmp_path / "district.sqlite"
    _chained_district(path, pima)
    push(path, dsn, district="D")
    old = other_dsn
    columns = schema.MONITORED_COLUMNS.removesuffix(", observes_seq")
    with psycopg.connect(dsn) as source, psycopg.connect(old) as target:
        with target.transaction():
            target.execute("CREATE TABLE kuona_schema (version integer NOT NULL)")
            for statement in (*schema.MIGRATIONS[0], *schema.MIGRATIONS[1]):
                target.execute(statement)
            target.execute("INSERT INTO kuona_schema VALUES (1), (2)")
            for (month,) in source.execute("SELECT DISTINCT month FROM records").fetchall():
                schema.ensure_partition(target, month)
            for table, names in (("records", "*"), ("monitored", columns), ("devices", "*")):
                read = f"COPY (SELECT {names} FROM {table}) TO STDOUT"
                write = f"COPY {table} {'' if names == '*' else f'({names})'} FROM STDIN"
                with source.cursor().copy(read) as out, target.cursor().copy(write) as into:
                    for data in out:
                        into.write(data)
        pushed = source.execute(_NAMED).fetchall()
    expected, before, outcomes = _reports(path, old, pima)
    assert outcomes is None
    _same(expected, before)
    with psycopg.connect(old) as conn, conn.transaction():
        assert schema.migrate(conn) == len(schema.MIGRATIONS) == 3
        assert conn.execute(_NAMED).fetchall() == pushed
        index = "SELECT count(*) FROM pg_indexes WHERE indexdef LIKE %s"
        (indexes,) = conn.execute(
            index, ["%(supersedes) WHERE (supersedes IS NOT NULL)"]
        ).fetchone()
        (months,) = conn.execute("SELECT count(DISTINCT month) FROM monitored").fetchone()
        assert indexes == months + 1 > 1  # the table's and each month's
        kept = "SELECT * FROM monitored_layouts"
        counted = conn.execute(schema.COUNT_LAYOUTS).fetchall()
        assert sorted(conn.execute(kept).fetchall(), key=repr) == sorted(counted, key=repr)
    _, after, outcomes = _reports(path, old, pima)
    assert outcomes is not None
    _same(expected, after)


def test_outcomes_keep_a_decision_s_last_outcome() -> None:
    """Of a clinic's outcomes of one decision, the one with the highest seq is in force; a
    decision with none gets NaN; the same as a dict filled in seq order."""
    rng = np.random.default_rng(3)
    seq = rng.permutation(np.arange(1, 2001, dtype=np.int64))
    observes = rng.integers(-5, 400, len(seq)).astype(np.int64)
    observed = rng.random(len(seq))
    outcomes = Outcomes()
    outcomes.add(4, seq=seq, observes=observes, observed=observed)
    expected: dict[int, float] = {}
    for i in np.argsort(seq):
        expected[int(observes[i])] = float(observed[i])
    asked = np.arange(-10, 420, dtype=np.int64)
    found = outcomes.of(4, asked)
    want = np.array([expected.get(int(k), np.nan) for k in asked])
    np.testing.assert_array_equal(found, want)
    assert np.isnan(outcomes.of(5, asked)).all() and np.isnan(found).any()
    empty = Outcomes()
    empty.add(1, seq=seq[:0], observes=observes[:0], observed=observed[:0])
    assert np.isnan(empty.of(1, asked)).all()
