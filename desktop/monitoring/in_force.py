"""The value of each decision's outcome in force (the one no correction superseded), read from
a district database for field monitoring."""

from __future__ import annotations

from itertools import repeat
from typing import TYPE_CHECKING, Any

import numpy as np
import orjson
from numpy.typing import NDArray

from desktop.monitoring.input_text import CHUNK

if TYPE_CHECKING:
    import sqlite3

# Outcomes come in a few long texts per range of rows (ids joined by the unit separator, bodies
# as a JSON array) rather than half a million rows; a range of rowids needs no sorting.
_SEPARATOR = "\x1f"
_RANGE = 1 << 16
_OUTCOMES = """
SELECT group_concat(uuid, char(31)), '[' || group_concat(coalesce(body, '{}'), ',') || ']'
FROM records WHERE kind = 'outcome' AND rowid BETWEEN ? AND ?
"""
_DECISION_IDS = """
SELECT count(*), count(uuid), group_concat(uuid, char(31))
FROM records WHERE kind = 'decision' AND rowid BETWEEN ? AND ?
"""
_DECISION_ID_ROWS = "SELECT uuid FROM records WHERE kind = 'decision' AND rowid BETWEEN ? AND ?"


def current_outcomes(connection: sqlite3.Connection) -> dict[str, float]:
    """Decision id -> the value of its outcome in force (the one no correction superseded).
    Each body's values are read in C a range of rows at a time (a long C call would keep
    the Monitoring page's window from drawing)."""
    ids: list[str] = []
    columns: tuple[list[Any], list[Any], list[Any]] = ([], [], [])
    last = connection.execute("SELECT max(rowid) FROM records").fetchone()[0] or 0
    for start in range(0, last + 1, _RANGE):
        joined, array = connection.execute(_OUTCOMES, [start, start + _RANGE - 1]).fetchone()
        if joined is None:
            continue
        ids += joined.split(_SEPARATOR)
        bodies = orjson.loads(array)
        try:  # every body an object (as imports write them)
            values = [list(map(dict.get, bodies, repeat(key))) for key in _BODY_KEYS]
        except TypeError:  # one that is not counts as empty
            bodies = [b if isinstance(b, dict) else {} for b in bodies]
            values = [list(map(dict.get, bodies, repeat(key))) for key in _BODY_KEYS]
        for column, found in zip(columns, values, strict=True):
            column.extend(found)
    observes, observed, supersedes = columns
    if len(ids) != len(observes):  # an id holding the separator
        raise ValueError("outcome ids and bodies differ in number")
    superseded = set(supersedes) - {None}
    if superseded or None in observed:
        return {
            decision: float(value)
            for uuid, decision, value in zip(ids, observes, observed, strict=True)
            if uuid not in superseded and value is not None
        }
    in_force: dict[str, float] = {}  # every outcome in force and known
    for at in range(0, len(observes), CHUNK):
        part = slice(at, at + CHUNK)
        in_force.update(zip(observes[part], map(float, observed[part]), strict=True))
    return in_force


_BODY_KEYS = ("observes", "observed", "supersedes")


def observed_in_order(
    connection: sqlite3.Connection, *, last: int, outcomes: dict[Any, float]
) -> NDArray[np.float64]:
    """The value in `outcomes` (current_outcomes) of each decision up to rowid `last`, in the
    order field.py reads them (NaN: none). Their ids come joined a range of rows at a time;
    a range with a NULL id (group_concat leaves it out) or whose ids do not split into its
    count (one holds the separator) is read again a row at a time."""
    parts: list[NDArray[np.float64]] = []
    nan = float("nan")
    last = min(last, connection.execute("SELECT max(rowid) FROM records").fetchone()[0] or 0)
    for start in range(0, last + 1, _RANGE):
        bounds = [start, min(start + _RANGE - 1, last)]
        count, named, joined = connection.execute(_DECISION_IDS, bounds).fetchone()
        if not count:
            continue
        ids: list[Any] = joined.split(_SEPARATOR) if joined is not None else []
        if not len(ids) == named == count:
            ids = [uuid for (uuid,) in connection.execute(_DECISION_ID_ROWS, bounds)]
        parts.append(np.fromiter(map(outcomes.get, ids, repeat(nan)), np.float64, count))
    return np.concatenate(parts) if parts else np.empty(0)
