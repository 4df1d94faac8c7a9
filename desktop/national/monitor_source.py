"""The monitoring report's field, read from the national store (`kuona monitor --dsn`).

The same `Field`s as field.py gives from a district database, read from the narrow
`monitored` table: the outcome in force of each decision (the one no correction superseded) is
joined in PostgreSQL, and each model version's decisions come back as one binary COPY of
fixed-width rows (device number, day, prediction, decision and estimate codes, outcome, one
float per input; NaN where missing) that numpy reads as one structured array.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, cast

import numpy as np
import psycopg

from desktop.district import catalog_report as catalog_module
from desktop.monitoring.field import Field
from desktop.monitoring.report import monitor

if TYPE_CHECKING:
    import sqlite_utils

    from models.verify import VerifiedPackage

_HEADER = 19  # PGCOPY signature, flags, header extension length (no extension)
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
_FIELD = """COPY (SELECT v.i, coalesce(d.day - DATE '1970-01-01', -2147483648),
    coalesce(d.prediction, 'NaN'),
    CASE d.decision WHEN 'accept' THEN 0 WHEN 'partial' THEN 1 WHEN 'override' THEN 2 ELSE -1 END,
    CASE d.estimate WHEN 'low' THEN 0.0 WHEN 'medium' THEN 1.0 WHEN 'high' THEN 2.0
        ELSE 'NaN' END::float8,
    coalesce(o.observed, 'NaN'){inputs}
FROM monitored d JOIN device_no v ON v.device_id = d.device_id
LEFT JOIN in_force o ON o.observes = d.uuid
WHERE d.kind = 'decision' AND d.model_id IS NOT DISTINCT FROM %s
  AND d.model_version IS NOT DISTINCT FROM %s{since}) TO STDOUT (FORMAT binary)"""
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


def _field_dtype(k: int) -> np.dtype[Any]:
    parts: list[tuple[str, str]] = [("n", ">i2")]
    for name, kind in (("device", ">i4"), ("day", ">i4"), ("prediction", ">f8")):
        parts += [(f"{name}_len", ">i4"), (name, kind)]
    for name, kind in (("decision", ">i4"), ("estimate", ">f8"), ("observed", ">f8")):
        parts += [(f"{name}_len", ">i4"), (name, kind)]
    for j in range(k):
        parts += [(f"x{j}_len", ">i4"), (f"x{j}", ">f8")]
    return np.dtype(parts)


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
        for model, version, keys, n in conn.execute(_VERSIONS):
            key = (str(model), str(version))
            counts[key] = counts.get(key, 0) + int(n)
            if keys is not None:
                self.layouts.setdefault(key, []).append((keys, tuple(json.loads(keys))))
        self.versions = sorted((m, v, n) for (m, v), n in counts.items())
        conn.execute(_OUTCOMES)
        conn.execute(_DEVICES)
        conn.execute("ANALYZE in_force")
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
            return f", coalesce(d.inputs[{next(iter(cases.values()))}], 'NaN')"
        whens = " ".join(
            f"WHEN d.input_keys = {_literal(keys)} THEN d.inputs[{i}]" for keys, i in cases.items()
        )
        return f", coalesce(CASE {whens} END, 'NaN')" if whens else ", 'NaN'::float8"

    def load_field(self, *, model: str, version: str, features: Sequence[str], since: str) -> Field:
        """One model version's decisions on or after `since`, as field.py gives them."""
        key = (model, version)
        inputs = "".join(self._input(key, f) for f in features)
        after = "" if since == "0000-00-00" else " AND d.day >= %s"
        sql = _FIELD.format(inputs=inputs, since=after)
        params: list[Any] = [model, version] + ([since] if after else [])
        data = bytearray()
        with self.conn.cursor().copy(sql, params) as copy:
            for chunk in copy:
                data += chunk
        dtype = _field_dtype(len(features))
        if (len(data) - _HEADER - 2) % dtype.itemsize:
            raise ValueError("unexpected COPY row layout")
        rows = np.frombuffer(
            data, dtype=dtype, offset=_HEADER, count=(len(data) - _HEADER - 2) // dtype.itemsize
        )
        if len(rows) and not (rows["n"] == 6 + len(features)).all():
            raise ValueError("unexpected COPY row layout")
        used, device = np.unique(rows["device"].astype(np.int64), return_inverse=True)
        day = rows["day"].astype("datetime64[D]")
        day[rows["day"] == np.iinfo(np.int32).min] = np.datetime64("NaT", "D")
        k = len(features)
        return Field(
            model=model,
            version=version,
            features=tuple(features),
            devices=tuple(self.devices[i] for i in used),
            device=device.astype(np.int64),
            day=day,
            prediction=rows["prediction"].astype(np.float64),
            decision=rows["decision"].astype(np.int64),
            estimate=rows["estimate"].astype(np.float64),
            observed=rows["observed"].astype(np.float64),
            inputs=np.column_stack([rows[f"x{j}"].astype(np.float64) for j in range(k)])
            if k
            else np.empty((len(rows), 0)),
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
