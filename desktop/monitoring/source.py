"""Where the monitoring report reads the field from: a district database (SQLite, field.py) or
the national store (PostgreSQL, desktop/national/monitor_source.py). One report, two backends:
each gives the same `Field`s and catalog rows."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any, Protocol, cast

from desktop.district.catalog_report import catalog_report
from desktop.monitoring.field import Decisions, Field
from desktop.monitoring.in_force import current_outcomes

if TYPE_CHECKING:
    import sqlite_utils


class FieldSource(Protocol):
    """What the report reads."""

    def model_versions(self) -> list[tuple[str, str, int]]:
        """(model id, version, decisions) of every model with decisions, sorted."""

    def load_field(self, *, model: str, version: str, features: Sequence[str], since: str) -> Field:
        """The decisions of one model version made on or after `since` (YYYY-MM-DD)."""

    def stored_features(self, model_id: str) -> tuple[str, ...]:
        """The input names of a decision of `model_id` (when its package is not installed)."""

    def catalog(self) -> list[dict[str, Any]]:
        """catalog_report's rows."""


class DistrictSource:
    """A district database (SQLite): field.py's one pass over the decisions."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        """Read through `connection`; every decision is read once, on first use."""
        self.connection = connection
        self._decisions: Decisions | None = None

    @property
    def decisions(self) -> Decisions:
        """Every decision with the value of its outcome in force (read on first use)."""
        if self._decisions is None:
            self._decisions = Decisions(self.connection, current_outcomes(self.connection))
        return self._decisions

    def model_versions(self) -> list[tuple[str, str, int]]:
        """(model id, version, decisions)."""
        return self.decisions.model_versions()

    def load_field(self, *, model: str, version: str, features: Sequence[str], since: str) -> Field:
        """One model version's decisions on or after `since`."""
        return self.decisions.field(model=model, version=version, features=features, since=since)

    def stored_features(self, model_id: str) -> tuple[str, ...]:
        """The keys of the first stored decision's inputs."""
        row = self.connection.execute(
            "SELECT inputs FROM records WHERE kind = 'decision' AND inputs IS NOT NULL "
            "AND json_extract(model, '$.id') = ? LIMIT 1",
            [model_id],
        ).fetchone()
        return tuple(json.loads(row[0])) if row else ()

    def catalog(self) -> list[dict[str, Any]]:
        """catalog_report over the database."""
        return catalog_report(cast("sqlite_utils.Database", _Queries(self.connection)))


class _Queries:
    """The two methods of a sqlite_utils.Database catalog_report calls, on the connection as
    it is: sqlite_utils imports pandas where it is installed (most of a second)."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        """Ask `connection`."""
        self.connection = connection

    def query(self, sql: str, params: Sequence[Any] = ()) -> Iterator[dict[str, Any]]:
        """Each row as a dict by column name, as sqlite_utils.Database.query gives it."""
        cursor = self.connection.execute(sql, params)
        keys = [column[0] for column in cursor.description]
        for row in cursor:
            yield dict(zip(keys, row, strict=True))

    def execute(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        """The cursor, as sqlite_utils.Database.execute gives it."""
        return self.connection.execute(sql, params)
