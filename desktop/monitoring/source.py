"""Where the monitoring report reads the field from: a district database (SQLite, field.py) or
the national store (PostgreSQL, desktop/national/monitor_source.py). One report, two backends:
each gives the same `Field`s and catalog rows."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol, cast

import numpy as np

from desktop.district.catalog_report import catalog_report
from desktop.monitoring.child_start import CHILD_FROM
from desktop.monitoring.field import Decisions, Field
from desktop.monitoring.in_force import current_outcomes, observed_in_order
from desktop.monitoring.input_reader import (
    InputRanges,
    InputsChild,
    Matrices,
    joined,
    read_inputs,
    stored_features,
)

if TYPE_CHECKING:
    import sqlite_utils

Names = Mapping[tuple[str, str], tuple[str, ...]]


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
    """A district database (SQLite): field.py's one pass over the decisions; with the input
    names of each model version known beforehand, their inputs read apart (input_reader.py),
    by a child process when the district is large."""

    def __init__(
        self,
        connection: sqlite3.Connection,
        *,
        uri: str | None = None,
        features: Names | Callable[[], Names] | None = None,
    ) -> None:
        """Read through `connection` (opened from `uri`, which a child may open too); every
        decision is read once, on first use. `features`: the input names of the installed
        model versions, or how to find them (called while a child starts reading): a
        version's inputs are then read apart."""
        self.connection, self.uri, self.features = connection, uri, features
        self._decisions: Decisions | None = None
        self._matrices: Matrices | None = None
        self._last = 0
        self.inputs_read_by = ""  # "child" or "here", once read apart

    @property
    def decisions(self) -> Decisions:
        """Every decision with the value of its outcome in force (read on first use)."""
        if self._decisions is None:
            if self.features is None:
                self._decisions = Decisions(self.connection, current_outcomes(self.connection))
            else:
                self._decisions = self._read_apart()
        return self._decisions

    def _read_apart(self) -> Decisions:
        """The decisions without their ids and inputs, then the inputs from the last rowids
        down, read here while a child reads the value of each decision's outcome in force and
        the inputs from the first rowids up, until they meet (when there are many decisions and
        `uri` is known); the child's share read here if it did not, failed or read another
        number of decisions."""
        last = int(self.connection.execute("SELECT max(rowid) FROM records").fetchone()[0] or 0)
        self._last = last
        child = None
        if self.uri is not None and last >= CHILD_FROM:
            child = InputsChild(self.uri, last=last)
        lowest = last + 1  # the first rowid of the lowest range read here
        try:
            asked = self.features() if callable(self.features) else self.features
            features = asked or {}
            mine = InputRanges(self.connection, last=last, features=features)
            if child is not None:
                child.ask(features)
            decisions = Decisions(self.connection, None, last=last)
            if child is not None:
                lowest = _read_down(mine, child)
            found = child.result() if child is not None else None
        finally:
            if child is not None:
                child.close()
        if found is not None and len(found[1]) != len(decisions):  # not the decisions read here
            found = None
        self.inputs_read_by = "here" if found is None else "child"
        if found is None:
            read_to = lowest - 1
            theirs = read_inputs(self.connection, last=read_to, features=features)
            outcomes = current_outcomes(self.connection)
            observed = observed_in_order(self.connection, last=last, outcomes=outcomes)
        else:
            theirs, observed, read_to = found
        self._matrices = joined(theirs, mine.matrices(above=read_to))
        decisions.observe(observed)
        return decisions

    def model_versions(self) -> list[tuple[str, str, int]]:
        """(model id, version, decisions)."""
        return self.decisions.model_versions()

    def load_field(self, *, model: str, version: str, features: Sequence[str], since: str) -> Field:
        """One model version's decisions on or after `since`."""
        decisions = self.decisions
        if self._matrices is None:  # read with their inputs
            return decisions.field(model=model, version=version, features=features, since=since)
        key, names = (model, version), tuple(features)
        found = self._matrices.get(key, (names, np.empty((0, len(names)))))  # none: no decision
        if found[0] != names:  # read for other names: read again for these
            found = read_inputs(
                self.connection, last=self._last, features={key: names}, only=[key]
            )[key]
        return decisions.field(
            model=model, version=version, features=features, since=since, matrix=found[1]
        )

    def stored_features(self, model_id: str) -> tuple[str, ...]:
        """The keys of the first stored decision's inputs."""
        return stored_features(self.connection, model_id)

    def catalog(self) -> list[dict[str, Any]]:
        """catalog_report over the database."""
        return catalog_report(cast("sqlite_utils.Database", _Queries(self.connection)))


def _read_down(ranges: InputRanges, child: InputsChild) -> int:
    """The ranges of rowids from the last down, until the child has reached one; the first
    rowid of the lowest read (the last rowid + 1: none)."""
    lowest = ranges.last + 1
    for start in reversed(range(0, ranges.last + 1, ranges.size)):
        if not child.claim(start):
            break
        ranges.read(start)
        lowest = start
    return lowest


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
