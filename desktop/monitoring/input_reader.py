"""The decisions' inputs, as one matrix per model version, read apart from field.py's pass over
everything else: by a child process when the district is large (`kuona --monitor-inputs`),
so that the two reads, each mostly Python, share the laptop's two cores; here otherwise, or
when the child fails (the same function either way)."""

from __future__ import annotations

import json
import sqlite3
import sys
from typing import TYPE_CHECKING

import numpy as np
import orjson
from numpy.typing import NDArray

from desktop.monitoring.child_start import end, spawn, take
from desktop.monitoring.field import model_key
from desktop.monitoring.in_force import current_outcomes, observed_in_order
from desktop.monitoring.input_text import object_matrix

if TYPE_CHECKING:
    from collections.abc import Collection, Mapping, Sequence

Key = tuple[str, str]
#: (features, matrix) of each model version: row i the version's i-th decision.
Matrices = dict[Key, tuple[tuple[str, ...], NDArray[np.float64]]]
_RANGE = 1 << 16
# NULL or empty inputs count as an empty object (as field.py's _parse reads them).
_ARRAY = "group_concat(CASE WHEN inputs IS NULL OR inputs = '' THEN '{}' ELSE inputs END, ',')"
_MODELS = "SELECT DISTINCT model FROM records WHERE kind = 'decision' AND rowid BETWEEN ? AND ?"


def stored_features(connection: sqlite3.Connection, model_id: str) -> tuple[str, ...]:
    """The keys of the first stored decision's inputs of `model_id` (its package missing)."""
    row = connection.execute(
        "SELECT inputs FROM records WHERE kind = 'decision' AND inputs IS NOT NULL "
        "AND json_extract(model, '$.id') = ? LIMIT 1",
        [model_id],
    ).fetchone()
    return tuple(json.loads(row[0])) if row else ()


def read_inputs(
    connection: sqlite3.Connection,
    *,
    last: int,
    features: Mapping[Key, tuple[str, ...]],
    only: Collection[Key] | None = None,
    first: int = 0,
) -> Matrices:
    """The input matrix of every model version (or those in `only`) from the decisions of
    rowids `first` to `last`, by `features` (a version not in it: stored_features of its
    id). A range of rowids at a time, each version's inputs come joined in one JSON array, in
    the order read (SQLite joins them: no row of Python objects per decision)."""
    texts: dict[Key, list[str]] = {}  # each version's stored model texts
    known: list[str] = []  # every model text seen (NULL: never reported)
    arrays: dict[Key, list[tuple[int, str]]] = {}
    for start in range(first, last + 1, _RANGE):
        bounds = [start, min(start + _RANGE - 1, last)]
        while True:
            sql, params = _range_query(texts, known)
            unknown, *found = connection.execute(sql, [*params, *bounds]).fetchone()
            if not unknown:
                break
            for (text,) in connection.execute(_MODELS, bounds):
                if text is None or text in known:
                    continue
                known.append(text)
                key, named = model_key(text)
                if named and (only is None or key in only):
                    texts.setdefault(key, []).append(text)
        for key, count, array in zip(texts, found[::2], found[1::2], strict=True):
            if count:
                arrays.setdefault(key, []).append((count, array))
    matrices: Matrices = {}
    for key in texts:
        names = features[key] if key in features else stored_features(connection, key[0])
        parts = [_parsed(count, array, names) for count, array in arrays.pop(key, [])]
        empty = np.empty((0, len(names)))
        matrices[key] = (tuple(names), np.concatenate(parts) if parts else empty)
    return matrices


def joined(*parts: Matrices) -> Matrices:
    """Matrices read from successive rowids, each version's rows in that order."""
    whole: Matrices = {}
    for part in parts:
        for key, (names, matrix) in part.items():
            if key not in whole:
                whole[key] = (names, matrix)
            elif whole[key][0] == names:
                whole[key] = (names, np.concatenate([whole[key][1], matrix]))
            else:
                raise ValueError("a version's inputs read under other names")
    return whole


def _range_query(texts: dict[Key, list[str]], known: list[str]) -> tuple[str, list[str]]:
    """One range of rowids: how many decisions have a model text not yet known, then per
    version its decisions and their inputs joined."""
    columns = [f"sum(model IS NOT NULL AND model NOT IN ({', '.join('?' * len(known))}))"]
    params = list(known)
    for versions in texts.values():
        among = f"model IN ({', '.join('?' * len(versions))})"
        columns += [f"count(*) FILTER (WHERE {among})", f"{_ARRAY} FILTER (WHERE {among})"]
        params += versions * 2
    where = "kind = 'decision' AND rowid BETWEEN ? AND ?"
    return f"SELECT {', '.join(columns)} FROM records WHERE {where}", params


def _parsed(count: int, array: str, names: Sequence[str]) -> NDArray[np.float64]:
    """One range's inputs of a version (`count` of them, joined) as rows of a matrix."""
    objects = orjson.loads(f"[{array}]")
    if len(objects) != count:  # a stored text that is not one JSON value
        raise ValueError("the inputs of a range and its decisions differ in number")
    return object_matrix(objects, names)


def child_main() -> int:
    """`kuona --monitor-inputs`: on stdin a JSON line of the database's uri (it reads the
    outcomes in force meanwhile), one of the last rowid of the decisions and of those whose
    inputs it reads, then (once the parent has verified
    its packages) the input names; on stdout a JSON line of
    [id, version, features, rows] per version and the number of decisions, then each matrix's
    float64 bytes in turn and the value of each decision's outcome in force (float64, in the
    order field.py reads the decisions; NaN: none)."""
    connection = sqlite3.connect(orjson.loads(sys.stdin.buffer.readline())["uri"], uri=True)
    try:
        outcomes = current_outcomes(connection)
        where = orjson.loads(sys.stdin.buffer.readline())
        observed = observed_in_order(connection, last=where["last"], outcomes=outcomes)
        del outcomes
        asked = orjson.loads(sys.stdin.buffer.read())
        features = {(i, v): tuple(names) for i, v, names in asked}
        matrices = read_inputs(connection, last=where["inputs_last"], features=features)
    finally:
        connection.close()
    out = sys.stdout.buffer
    heads = [[*key, list(names), len(matrix)] for key, (names, matrix) in matrices.items()]
    out.write(orjson.dumps([heads, len(observed)]) + b"\n")
    for _, matrix in matrices.values():
        out.write(np.ascontiguousarray(matrix, dtype=np.float64).tobytes())
    out.write(observed.tobytes())
    out.flush()
    return 0


class InputsChild:
    """A child process reading the inputs (read_inputs) and the outcomes in force while this
    one reads the rest."""

    def __init__(self, uri: str, *, last: int, inputs_last: int) -> None:
        """The child on the database at `uri` (read-only), decisions up to rowid `last`, the
        inputs of those up to `inputs_last`: the one started early for it
        (child_start.start_early), else one started now; it reads the outcomes first, then
        waits for ask()."""
        self.process = take(uri) or spawn(uri)
        if self.process is None or self.process.stdin is None:
            return
        try:
            where = {"last": last, "inputs_last": inputs_last}
            self.process.stdin.write(orjson.dumps(where) + b"\n")
            self.process.stdin.flush()
        except OSError:  # it stopped: read here instead
            self.close()

    def ask(self, features: Mapping[Key, tuple[str, ...]]) -> None:
        """The input names of the model versions whose matrices it makes."""
        if self.process is None or self.process.stdin is None:
            return
        try:
            self.process.stdin.write(orjson.dumps([[*k, list(f)] for k, f in features.items()]))
            self.process.stdin.close()
        except OSError:  # it stopped: read here instead
            self.close()

    def result(self) -> tuple[Matrices, NDArray[np.float64]] | None:
        """The child's matrices and the value of each decision's outcome in force (in the
        order read); None if it failed."""
        if self.process is None or self.process.stdout is None:
            return None
        data = self.process.stdout.read()
        if self.process.wait() != 0:
            return None
        try:
            return _decoded(data)
        except (ValueError, TypeError):
            return None

    def close(self) -> None:
        """End the child if it still runs, and wait for it."""
        if self.process is not None:
            end(self.process)
            self.process = None


def _decoded(data: bytes) -> tuple[Matrices, NDArray[np.float64]]:
    """child_main's output (ValueError if it is not whole)."""
    head, _, rest = data.partition(b"\n")
    heads, count = orjson.loads(head)
    matrices: Matrices = {}
    at = 0
    for model, version, names, rows in heads:
        size = rows * len(names)
        values = np.frombuffer(rest, np.float64, size, at) if size else np.empty(0)
        matrices[(model, version)] = (tuple(names), values.reshape(rows, len(names)))
        at += size * 8
    if len(rest) != at + count * 8:
        raise ValueError("the child's output is not whole")
    observed = np.frombuffer(rest, np.float64, count, at) if count else np.empty(0)
    return matrices, observed
