"""Where the monitoring report reads the field from: a district database (SQLite, field.py) or
the national store (PostgreSQL, desktop/national/monitor_source.py). One report, two backends:
each gives the same `Field`s and catalog rows."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from typing import Any, Protocol

from desktop.district.catalog_report import catalog_report
from desktop.monitoring.field import Decisions, Field, current_outcomes


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
        import sqlite_utils  # noqa: PLC0415 - on first use, as the other district readers do

        return catalog_report(sqlite_utils.Database(self.connection))
