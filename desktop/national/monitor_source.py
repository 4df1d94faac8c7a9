"""The monitoring report's field, read from the national store (`kuona monitor --dsn`).

The same `Field`s as field.py gives from a district database, read from the narrow
`monitored` table: the outcome in force of each decision (the one no correction superseded) is
joined in PostgreSQL, and each model version's decisions come back as one binary COPY with a
row per clinic whose columns are arrays (day, prediction, decision and estimate codes, outcome,
one float per input; NaN where missing): a few hundred large messages that numpy reads
directly, instead of one message per decision.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, cast

import numpy as np
import psycopg
from numpy.typing import NDArray

from desktop.district import catalog_report as catalog_module
from desktop.monitoring.field import DECISION_CODES, ESTIMATE_CODES, EVER, Field
from desktop.monitoring.report import monitor
from desktop.national.copy_arrays import rows

if TYPE_CHECKING:
    import sqlite_utils

    from models.verify import VerifiedPackage

_VERSIONS = """SELECT model_id, model_version, input_keys, count(*) FROM monitored
WHERE kind = 'decision' GROUP BY 1, 2, 3"""
_OUTCOMES = """CREATE TEMP TABLE in_force AS
SELECT DISTINCT ON (o.observes) o.observes, o.observed FROM monitored o
WHERE o.kind = 'outcome' AND o.observes IS NOT NULL AND o.observed IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM monitored s WHERE s.kind = 'outcome' AND s.supersedes = o.uuid)
ORDER BY o.observes, o.device_id DESC, o.seq DESC"""
_DEVICES = """CREATE TEMP TABLE device_no AS
SELECT device_id, (row_number() OVER (ORDER BY device_id COLLATE "C"))::int - 1 AS i
FROM devices"""
_FIELD = """COPY (SELECT v.i, array_agg(coalesce(d.day - DATE '1970-01-01', {nat})::float8),
    array_agg(coalesce(d.prediction, 'NaN')),
    array_agg(CASE d.decision {decisions} ELSE -1 END::float8),
    array_agg(CASE d.estimate {estimates} ELSE 'NaN' END::float8),
    array_agg(coalesce(o.observed, 'NaN')){inputs}
FROM monitored d JOIN device_no v ON v.device_id = d.device_id
LEFT JOIN in_force o ON o.observes = d.uuid
WHERE d.kind = 'decision' AND d.model_id IS NOT DISTINCT FROM %s
  AND d.model_version IS NOT DISTINCT FROM %s{since} GROUP BY v.i) TO STDOUT (FORMAT binary)"""
_NAT = -(2**31)  # the day of a decision without one (NaT)
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
    """The national store, read through one connection (temporary tables only)."""

    def __init__(self, conn: psycopg.Connection[Any]) -> None:
        """Read the model versions and their input layouts; make the outcomes in force and the
        devices' numbers (sorted as Python sorts their ids) once."""
        self.conn = conn
        conn.execute("SET jit = off")
        conn.execute("SET work_mem = '256MB'")
        self.layouts: dict[tuple[str, str], list[tuple[str, tuple[str, ...]]]] = {}
        counts: dict[tuple[str, str], int] = {}
        for name, version, keys, n in conn.execute(_VERSIONS):
            key = (str(name), str(version))
            counts[key] = counts.get(key, 0) + int(n)
            if keys is not None:
                self.layouts.setdefault(key, []).append((keys, tuple(json.loads(keys))))
        self.versions = sorted((m, v, n) for (m, v), n in counts.items())
        conn.execute(_OUTCOMES)
        conn.execute(_DEVICES)
        conn.execute("ANALYZE in_force")
        conn.execute("ANALYZE device_no")  # else it may hash the decisions to join 200 clinics
        self.devices = [
            str(d) for (d,) in conn.execute("SELECT device_id FROM device_no ORDER BY i")
        ]

    def model_versions(self) -> list[tuple[str, str, int]]:
        """(model id, version, decisions), sorted."""
        return self.versions

    def _input(self, key: tuple[str, str], feature: str) -> str:
        """The SQL of one input's value (NaN where the decision does not have it)."""
        cases = {}
        for text, names in self.layouts.get(key, []):
            if feature in names:
                cases[text] = names.index(feature) + 1
        if len(set(cases.values())) == 1 and len(cases) == len(self.layouts.get(key, [])):
            return f"coalesce(d.inputs[{next(iter(cases.values()))}], 'NaN')"
        whens = " ".join(
            f"WHEN d.input_keys = {_literal(keys)} THEN d.inputs[{i}]" for keys, i in cases.items()
        )
        return f"coalesce(CASE {whens} END, 'NaN')" if whens else "'NaN'::float8"

    def load_field(self, *, model: str, version: str, features: Sequence[str], since: str) -> Field:
        """One model version's decisions on or after `since`, as field.py gives them."""
        key = (model, version)
        inputs = "".join(f",\n    array_agg({self._input(key, f)})" for f in features)
        after = "" if since == EVER else " AND d.day >= %s"
        sql = _FIELD.format(
            inputs=inputs, since=after, nat=_NAT, decisions=_DECISIONS, estimates=_ESTIMATES
        )
        params: list[Any] = [model, version] + ([since] if after else [])
        clinics: list[int] = []
        columns: list[list[NDArray[np.float64]]] = [[] for _ in range(5 + len(features))]
        with self.conn.cursor().copy(sql, params) as copy:
            for clinic, arrays in rows(copy):
                if len(arrays) != len(columns):
                    raise ValueError("unexpected COPY row layout")
                clinics.append(clinic)
                for column, array in zip(columns, arrays, strict=True):
                    column.append(array)
        sizes = [len(a) for a in columns[0]]
        if any(len(a) != n for column in columns for a, n in zip(column, sizes, strict=True)):
            raise ValueError("unexpected COPY row layout")
        used = sorted(clinics)
        rank = {clinic: i for i, clinic in enumerate(used)}
        device = np.repeat(np.array([rank[c] for c in clinics], dtype=np.int64), sizes)
        for i, column in enumerate(columns):  # one column at a time: its pieces freed at once
            columns[i] = [np.concatenate(column) if column else np.empty(0)]
        (day,), (prediction,), (decision,), (estimate,), (observed,), *values = columns
        days = day.astype(np.int64).astype("datetime64[D]")
        days[day == _NAT] = np.datetime64("NaT", "D")
        return Field(
            model=model,
            version=version,
            features=tuple(features),
            devices=tuple(self.devices[i] for i in used),
            device=device,
            day=days,
            prediction=prediction,
            decision=decision.astype(np.int64),
            estimate=estimate,
            observed=observed,
            inputs=np.column_stack([v for (v,) in values])
            if values
            else np.empty((len(device), 0)),
        )

    def stored_features(self, model_id: str) -> tuple[str, ...]:
        """The input names of one stored decision of `model_id`."""
        for (model, _), layouts in sorted(self.layouts.items()):
            if model == model_id and layouts:
                return layouts[0][1]
        return ()

    def catalog(self) -> list[dict[str, Any]]:
        """catalog_report over the store's catalog records."""
        return catalog_module.catalog_report(cast("sqlite_utils.Database", _Query(self.conn)))


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def monitor_store(
    dsn: str,
    *,
    package_for: Callable[[str, str], VerifiedPackage | None],
    model: str | None = None,
    since: str | None = None,
) -> dict[str, Any]:
    """The monitoring report over the national store at `dsn` (read in one transaction)."""
    with psycopg.connect(dsn) as conn, conn.transaction():
        return monitor(NationalSource(conn), package_for=package_for, model=model, since=since)
