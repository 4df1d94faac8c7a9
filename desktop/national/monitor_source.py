"""The monitoring report's field, read from the national store (`kuona monitor --dsn`).

The same `Field`s as field.py gives from a district database, read from the narrow
`monitored` table. The outcome in force of each decision (the one no correction superseded):
where every outcome names a decision of its own device by its seq (`observes_seq`, as a push
writes it), the outcomes come once, a row per clinic, and are matched to each version's
decisions by (clinic, seq) in numpy; else they are joined by the decision's uuid in PostgreSQL
for each version. Each model version's decisions come back as one binary COPY with a
row per clinic and input layout whose columns are arrays (day, prediction, decision and
estimate codes, outcome; NaN where missing) and the inputs as one two-dimensional array (a row
per decision, in its layout's order): a few hundred large messages that numpy reads directly
into arrays made once, instead of one message per decision. PostgreSQL's work is most of the
time: while the report of one version is computed, a thread already reads the next.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, cast

import psycopg

from desktop.district import catalog_report as catalog_module
from desktop.monitoring.field import DECISION_CODES, ESTIMATE_CODES, EVER, Field
from desktop.monitoring.report import monitor
from desktop.national.copied_field import NAT, Columns, Found, Outcomes, Place, field_of
from desktop.national.copy_arrays import rows
from desktop.national.schema import COUNT_LAYOUTS

if TYPE_CHECKING:
    import sqlite_utils

    from models.verify import VerifiedPackage

#: The decisions per model version and input layout, as every push counts them (schema 3).
_VERSIONS = "SELECT model_id, model_version, input_keys, decisions FROM monitored_layouts"
#: The outcomes `o` that observe a decision with a value and that no correction superseded
#: (`supersedes IS NOT NULL`: only the corrections are hashed, through their index).
_UNSUPERSEDED = """o.kind = 'outcome' AND o.observes IS NOT NULL AND o.observed IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM monitored s WHERE s.kind = 'outcome'
                  AND s.supersedes IS NOT NULL AND s.supersedes = o.uuid)"""
_OUTCOMES = f"""CREATE TEMP TABLE in_force AS
SELECT DISTINCT ON (o.observes) o.observes, o.observed FROM monitored o
WHERE {_UNSUPERSEDED}
ORDER BY o.observes, o.device_id DESC, o.seq DESC"""
#: The outcomes no correction superseded, a row per clinic (its number times 2, plus 1 for
#: those whose decision's seq is not known); grouped by the clinic's id, then numbered as in
#: the list given (a join of 200 rows, not of every outcome). Run with sorting off: the
#: planner, which takes the filters for independent, expects a tenth of the outcomes and would
#: sort them all to group.
_KEYED = f"""COPY (SELECT i.i * 2 + o.unknown, o.seqs, o.observes, o.observed FROM (
    SELECT o.device_id, (o.observes_seq IS NULL)::int AS unknown, array_agg(o.seq) AS seqs,
        array_agg(coalesce(o.observes_seq, 0)) AS observes, array_agg(o.observed) AS observed
    FROM monitored o WHERE {_UNSUPERSEDED}
    GROUP BY 1, 2) o
JOIN unnest(%s::text[]) WITH ORDINALITY AS v(device_id, n) ON v.device_id = o.device_id
CROSS JOIN LATERAL (SELECT v.n::int - 1 AS i) i) TO STDOUT (FORMAT binary)"""
_SEQ_SCHEMA = 3  # the schema with observes_seq and monitored_layouts (older: as before)
_DEVICES = """CREATE TEMP TABLE device_no AS
SELECT device_id, (row_number() OVER (ORDER BY device_id COLLATE "C"))::int - 1 AS i
FROM devices"""
#: One model version's decisions, a row per clinic and input layout (its number: the layout's
#: rank, 0 for none, times the number of devices, plus the clinic's, numbered after grouping);
#: the inputs as one two-dimensional array, a row per decision in the layout's order; the
#: value observed in force (joined by uuid) or, where the outcomes are matched in numpy, the
#: decision's seq.
_FIELD = """COPY (SELECT g.layout * %s + v.i, g.day, g.prediction, g.decision, g.estimate,
    g.observed, g.inputs FROM (SELECT {layout} AS layout, d.device_id,
    array_agg(coalesce(d.day - DATE '1970-01-01', {nat})::float8) AS day,
    array_agg(coalesce(d.prediction, 'NaN')) AS prediction,
    array_agg(CASE d.decision {decisions} ELSE -1 END::float8) AS decision,
    array_agg(CASE d.estimate {estimates} ELSE 'NaN' END::float8) AS estimate,
    array_agg({observed}) AS observed,
    coalesce(array_agg(array_replace(d.inputs, NULL, 'NaN'::float8))
        FILTER (WHERE cardinality(d.inputs) > 0), '{{}}') AS inputs
FROM monitored d{join}
WHERE d.kind = 'decision' AND d.model_id IS NOT DISTINCT FROM %s
  AND d.model_version IS NOT DISTINCT FROM %s{since} GROUP BY 1, 2) g
JOIN device_no v ON v.device_id = g.device_id) TO STDOUT (FORMAT binary)"""
#: The decision and estimate codes of field.py, as CASE branches.
_DECISIONS = " ".join(f"WHEN '{k}' THEN {v}" for k, v in DECISION_CODES.items())
_ESTIMATES = " ".join(f"WHEN '{k}' THEN {v}" for k, v in ESTIMATE_CODES.items())
#: catalog_report's two queries, as the national store answers them.
_CATALOG = {
    catalog_module._EVENTS: """SELECT device_id, seq, record::json->>'created_utc' AS created_utc,
        CASE WHEN json_typeof(record::json->'body') = 'object'
             THEN (record::json->'body')::text END AS body
        FROM records WHERE kind = 'catalog' ORDER BY device_id, seq""",
    # the decisions one clinic recorded on one model version from a day on
    catalog_module._DECISIONS_SINCE: """SELECT count(*) FROM monitored WHERE device_id = %s
        AND kind = 'decision' AND model_id = %s AND model_version = %s
        AND substr(created_utc, 1, 10) >= %s""",
}


class _Query:
    """catalog_report's `db.query`, answered by PostgreSQL."""

    def __init__(self, conn: psycopg.Connection[Any]) -> None:
        self.conn = conn

    def query(self, sql: str) -> list[dict[str, Any]]:
        cursor = self.conn.execute(_CATALOG[sql])
        names = [c.name for c in cursor.description or ()]
        return [dict(zip(names, row, strict=True)) for row in cursor]

    def execute(self, sql: str, params: list[Any]) -> psycopg.Cursor[Any]:
        """catalog_report's `db.execute` (a count), answered by PostgreSQL."""
        return self.conn.execute(_CATALOG[sql], params)


class NationalSource:
    """The national store, read through one connection (temporary tables only). While the
    report of one model version is computed, the next version's decisions are already read
    (one thread, the same connection): PostgreSQL works while the report does. Given the
    store's `dsn`, the outcomes are read through a second connection while the first
    version's decisions are (each read is one statement, as every read here)."""

    def __init__(
        self, conn: psycopg.Connection[Any], *, model: str | None = None, dsn: str | None = None
    ) -> None:
        """Read the model versions (of `model` only, if given) and their input layouts; make
        the outcomes in force and the devices' numbers (sorted as Python sorts their ids)."""
        self.conn = conn
        conn.execute("SET jit = off")
        conn.execute("SET work_mem = '256MB'")
        self.layouts: dict[tuple[str, str], list[tuple[str, tuple[str, ...]]]] = {}
        counts: dict[tuple[str, str], int] = {}
        (schema,) = conn.execute("SELECT max(version) FROM kuona_schema").fetchone() or (0,)
        keyed = (schema or 0) >= _SEQ_SCHEMA  # the outcomes carry their decision's seq
        listed = _VERSIONS if keyed else COUNT_LAYOUTS  # (older: counted here)
        for name, version, keys, n in conn.execute(listed):
            key = (str(name), str(version))
            if model is not None and key[0] != model:
                continue
            counts[key] = counts.get(key, 0) + int(n)
            if keys is not None:
                self.layouts.setdefault(key, []).append((keys, tuple(json.loads(keys))))
        self.versions = sorted((m, v, n) for (m, v), n in counts.items())
        conn.execute(_DEVICES)
        conn.execute("ANALYZE device_no")  # else it may hash the decisions to join 200 clinics
        self.devices = [
            str(d) for (d,) in conn.execute("SELECT device_id FROM device_no ORDER BY i")
        ]
        self._next: tuple[tuple[str, str, str], Future[Columns]] | None = None
        self.outcomes: Outcomes | None = None
        self._outcomes: Future[Outcomes | None] | None = None  # read apart, not yet used
        if keyed and dsn is not None:
            workers = ThreadPoolExecutor(max_workers=1)
            self._outcomes = workers.submit(self._keyed_apart, dsn)
            workers.shutdown(wait=False)
        elif keyed:
            self.outcomes = self._keyed(conn)
        if self.outcomes is None and self._outcomes is None:
            self._join_outcomes()

    def _join_outcomes(self) -> None:
        """The outcomes in force as a table, joined by the decision's uuid."""
        self.conn.execute(_OUTCOMES)
        self.conn.execute("ANALYZE in_force")

    def _keyed_apart(self, dsn: str) -> Outcomes | None:
        """_keyed through a connection of its own."""
        with psycopg.connect(dsn) as conn:
            conn.execute("SET jit = off")
            conn.execute("SET work_mem = '256MB'")
            return self._keyed(conn)

    def _matched(self, columns: Columns, model: str, version: str, since: str) -> Columns:
        """`columns` with each decision's outcome in force (read by seq: matched here, once
        the outcomes are read; where they cannot be matched by seq, read again joined)."""
        if columns.seq is None:
            return columns
        if self._outcomes is not None:
            self.outcomes, self._outcomes = self._outcomes.result(), None
            if self.outcomes is None:
                self._join_outcomes()
        if self.outcomes is None:
            return self._columns(model, version, since)
        observed, at = columns.observed, 0
        for clinic, n in columns.clinics:
            observed[at : at + n] = self.outcomes.of(clinic, columns.seq[at : at + n])
            at += n
        return columns

    def _keyed(self, conn: psycopg.Connection[Any]) -> Outcomes | None:
        """The outcomes in force, each matched by its decision's seq; None where one names a
        decision whose seq is not known (then every outcome is joined by uuid)."""
        found: Outcomes | None = Outcomes()
        conn.execute("SET enable_sort = off")
        with conn.cursor().copy(_KEYED, [self.devices]) as copy:
            for number, arrays in rows(copy):
                clinic, unknown = divmod(number, 2)
                if len(arrays) != 3:
                    raise ValueError("unexpected COPY row layout")
                if unknown:
                    found = None  # (the COPY is read to its end all the same)
                elif found is not None:
                    seq, observes, observed = arrays
                    found.add(clinic, seq=seq, observes=observes, observed=observed)
        conn.execute("RESET enable_sort")
        return found

    def model_versions(self) -> list[tuple[str, str, int]]:
        """(model id, version, decisions), sorted."""
        return self.versions

    def load_field(self, *, model: str, version: str, features: Sequence[str], since: str) -> Field:
        """One model version's decisions on or after `since`, as field.py gives them; the
        next version's are read meanwhile."""
        pending, self._next = self._next, None
        if pending is not None and pending[0] == (model, version, since):
            columns = pending[1].result()
        else:
            if pending is not None:
                pending[1].result()  # the connection is free again
            columns = self._columns(model, version, since)
        columns = self._matched(columns, model, version, since)
        following = [(m, v) for m, v, _ in self.versions if (m, v) > (model, version)]
        if following:
            workers = ThreadPoolExecutor(max_workers=1)
            self._next = (
                (*following[0], since),
                workers.submit(self._columns, *following[0], since),
            )
            workers.shutdown(wait=False)  # its thread ends with this one read
        return field_of(
            columns, model=model, version=version, features=features, devices=self.devices
        )

    def _columns(self, model: str, version: str, since: str) -> Columns:
        """One COPY of a model version's decisions on or after `since`, into numpy."""
        key = (model, version)
        layouts = self.layouts.get(key, [])
        names: list[str] = []
        for _, keys in layouts:
            names += [k for k in keys if k not in names]
        # each layout (0: none): its width, its first place of each name and that name's column
        places: list[Place] = [(0, [], [])]
        for _, keys in layouts:
            unique = list(dict.fromkeys(keys))
            places.append(
                (len(keys), [keys.index(k) for k in unique], [names.index(k) for k in unique])
            )
        joined = self.outcomes is None and self._outcomes is None  # else each decision's seq
        whens = " ".join(f"WHEN %s THEN {i + 1}" for i in range(len(layouts)))
        sql = _FIELD.format(
            layout=f"CASE d.input_keys {whens} ELSE 0 END" if layouts else "0",
            since="" if since == EVER else " AND d.day >= %s",
            observed="coalesce(o.observed, 'NaN')" if joined else "d.seq",
            join="\nLEFT JOIN in_force o ON o.observes = d.uuid" if joined else "",
            nat=NAT,
            decisions=_DECISIONS,
            estimates=_ESTIMATES,
        )
        width = max(1, len(self.devices))
        params: list[Any] = [width] + [text for text, _ in layouts] + [model, version]
        params += [] if since == EVER else [since]
        counted = next((n for m, v, n in self.versions if (m, v) == key), 0)
        found = Found(counted, len(names), keyed=not joined)
        with self.conn.cursor().copy(sql, params) as copy:
            for number, arrays in rows(copy):
                if len(arrays) != 6:
                    raise ValueError("unexpected COPY row layout")
                layout, clinic = divmod(number, width)
                found.add(clinic, arrays, places[layout])
        return found.columns(tuple(names))

    def stored_features(self, model_id: str) -> tuple[str, ...]:
        """The input names of one stored decision of `model_id`."""
        for (model, _), layouts in sorted(self.layouts.items()):
            if model == model_id and layouts:
                return layouts[0][1]
        return ()

    def catalog(self) -> list[dict[str, Any]]:
        """catalog_report over the store's catalog records."""
        return catalog_module.catalog_report(cast("sqlite_utils.Database", _Query(self.conn)))


def monitor_store(
    dsn: str,
    *,
    package_for: Callable[[str, str], VerifiedPackage | None],
    model: str | None = None,
    since: str | None = None,
) -> dict[str, Any]:
    """The monitoring report over the national store at `dsn` (read in one transaction)."""
    with psycopg.connect(dsn) as conn, conn.transaction():
        source = NationalSource(conn, model=model, dsn=dsn)
        return monitor(source, package_for=package_for, model=model, since=since)
