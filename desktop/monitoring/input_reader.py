"""The decisions' inputs, as one matrix per model version, read apart from field.py's pass over
everything else: by a child process when the district is large (`kuona --monitor-inputs`),
so that the two reads, each mostly Python, share the laptop's two cores; here otherwise, or
when the child fails (the same function either way)."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import threading
from typing import TYPE_CHECKING, BinaryIO

import numpy as np
import orjson
from numpy.typing import NDArray

from desktop.monitoring.child_start import end, spawn, take
from desktop.monitoring.field import model_key
from desktop.monitoring.in_force import current_outcomes, observed_in_order
from desktop.monitoring.input_text import object_matrix, parse_each, parse_joined

if TYPE_CHECKING:
    from collections.abc import Collection, Mapping

Key = tuple[str, str]
#: (features, matrix) of each model version: row i the version's i-th decision.
Matrices = dict[Key, tuple[tuple[str, ...], NDArray[np.float64]]]
#: The inputs are read this many rowids at a time (the parent and child share these ranges).
RANGE = 1 << 16
# NULL or empty inputs count as an empty object (as input_text._parse reads them).
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
    id), a range of RANGE rowids at a time."""
    ranges = InputRanges(connection, last=last, features=features, only=only)
    for start in range(first, last + 1, ranges.size):
        ranges.read(start)
    return ranges.matrices()


class InputRanges:
    """The inputs of the decisions read a range of rowids at a time, in any order: each
    version's inputs in a range come joined in one JSON array, in the order read (SQLite joins
    them: no row of Python objects per decision), parsed at once."""

    def __init__(
        self,
        connection: sqlite3.Connection,
        *,
        last: int,
        features: Mapping[Key, tuple[str, ...]],
        only: Collection[Key] | None = None,
        size: int = 0,
    ) -> None:
        """Ranges of `size` rowids (0: RANGE) of the decisions up to rowid `last`, of the
        versions in `only` (None: all), by `features` (a version not in it: stored_features
        of its id)."""
        self.connection, self.last, self.only = connection, last, only
        self.size = size or RANGE
        self.texts: dict[Key, list[str]] = {}  # each version's stored model texts
        self.known: list[str] = []  # every model text seen (NULL: never reported)
        self.names: dict[Key, tuple[str, ...]] = dict(features)
        self.parts: dict[Key, list[tuple[int, NDArray[np.float64]]]] = {}  # (start, rows)

    def read(self, start: int) -> None:
        """The range of rowids from `start` (up to the last)."""
        bounds = [start, min(start + self.size - 1, self.last)]
        while True:
            sql, params = _range_query(self.texts, self.known)
            unknown, *found = self.connection.execute(sql, [*params, *bounds]).fetchone()
            if not unknown:
                break
            for (text,) in self.connection.execute(_MODELS, bounds):
                if text is None or text in self.known:
                    continue
                self.known.append(text)
                key, named = model_key(text)
                if named and (self.only is None or key in self.only):
                    self.texts.setdefault(key, []).append(text)
                    if key not in self.names:
                        self.names[key] = stored_features(self.connection, key[0])
        for key, count, array in zip(self.texts, found[::2], found[1::2], strict=True):
            if count:
                objects = parse_joined(array, count)
                if objects is None:  # a stored text that is not one JSON value
                    objects = parse_each(self._texts(key, bounds))
                rows = object_matrix(objects, self.names[key])
                self.parts.setdefault(key, []).append((start, rows))

    def _texts(self, key: Key, bounds: list[int]) -> list[str | None]:
        """The stored inputs of a version's decisions in a range of rowids, one by one."""
        versions = self.texts[key]
        sql = (
            "SELECT inputs FROM records WHERE kind = 'decision' AND rowid BETWEEN ? AND ? "
            f"AND model IN ({', '.join('?' * len(versions))}) ORDER BY rowid"
        )
        return [text for (text,) in self.connection.execute(sql, [*bounds, *versions])]

    def matrices(self, *, above: int = -1) -> Matrices:
        """Each version's matrix from the ranges read that start above rowid `above`, in
        rowid order."""
        matrices: Matrices = {}
        for key in self.texts:
            names = self.names[key]
            parts = [rows for start, rows in sorted(self.parts.get(key, [])) if start > above]
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


def child_main() -> int:
    """`kuona --monitor-inputs`: on stdin a JSON line of the database's uri (it reads the
    outcomes in force meanwhile), one of the last rowid and the size of a range of rowids
    (RANGE), one of the input names (once the parent has verified its packages), then a line
    {"floor": rowid} each time the parent takes the range of rowids from there (it reads them
    from the last down, this child from the first up, until they meet). On stdout a line
    {"at": rowid} before each range it reads,
    then a JSON line of [id, version, features, rows] per version, the number of decisions and
    the last rowid whose inputs it read, then each matrix's float64 bytes in turn and the value
    of each decision's outcome in force (float64, in the order field.py reads the decisions;
    NaN: none)."""
    stdin, out = sys.stdin.buffer, sys.stdout.buffer
    connection = sqlite3.connect(orjson.loads(stdin.readline())["uri"], uri=True)
    try:
        outcomes = current_outcomes(connection)
        where = orjson.loads(stdin.readline())
        last = where["last"]
        observed = observed_in_order(connection, last=last, outcomes=outcomes)
        del outcomes
        features = {(i, v): tuple(names) for i, v, names in orjson.loads(stdin.readline())}
        floor = [last + 1]  # the first rowid of the parent's lowest range
        follower = threading.Thread(target=_follow, args=(stdin, floor), daemon=True)
        follower.start()
        ranges = InputRanges(connection, last=last, features=features, size=where["range"])
        read_to = -1
        for start in range(0, last + 1, ranges.size):
            if start >= floor[0]:  # the parent has taken it
                break
            out.write(orjson.dumps({"at": start}) + b"\n")
            out.flush()
            ranges.read(start)
            read_to = min(start + ranges.size - 1, last)
        matrices = ranges.matrices()
    finally:
        connection.close()
    heads = [[*key, list(names), len(matrix)] for key, (names, matrix) in matrices.items()]
    out.write(orjson.dumps([heads, len(observed), read_to]) + b"\n")
    for _, matrix in matrices.values():
        out.write(np.ascontiguousarray(matrix, dtype=np.float64).tobytes())
    out.write(observed.tobytes())
    out.flush()
    follower.join()  # until the parent closes stdin: no thread left reading it at exit
    return 0


def _follow(stdin: BinaryIO, floor: list[int]) -> None:
    """The parent's floor lines, as they come (a thread of the child)."""
    for line in stdin:
        floor[0] = min(floor[0], orjson.loads(line)["floor"])


class InputsChild:
    """A child process reading the inputs (read_inputs) and the outcomes in force while this
    one reads the rest."""

    def __init__(self, uri: str, *, last: int) -> None:
        """The child on the database at `uri` (read-only), decisions up to rowid `last`: the
        one started early for it (child_start.start_early), else one started now; it reads
        the outcomes first, then waits for ask()."""
        self.process = take(uri) or spawn(uri)
        self._at, self._data = -1, b""  # the start of its latest range; its output
        self._reader: threading.Thread | None = None
        if self.process is None or self.process.stdin is None:
            return
        try:
            self.process.stdin.write(orjson.dumps({"last": last, "range": RANGE}) + b"\n")
            self.process.stdin.flush()
        except OSError:  # it stopped: read here instead
            self.close()

    def ask(self, features: Mapping[Key, tuple[str, ...]]) -> None:
        """The input names of the model versions whose matrices it makes."""
        if self.process is None or self.process.stdin is None:
            return
        self._reader = threading.Thread(target=self._read, args=(self.process,), daemon=True)
        self._reader.start()
        try:
            line = orjson.dumps([[*k, list(f)] for k, f in features.items()]) + b"\n"
            self.process.stdin.write(line)
            self.process.stdin.flush()
        except OSError:  # it stopped: read here instead
            self.close()

    def claim(self, start: int) -> bool:
        """Whether this process may read the range of rowids from `start` (the child told it
        is taken from there): the child has not reached it."""
        if self.process is None or self.process.stdin is None:
            return True
        try:
            self.process.stdin.write(orjson.dumps({"floor": start}) + b"\n")
            self.process.stdin.flush()
        except OSError:  # it stopped: this process reads every range
            return True
        return start > self._at

    def _read(self, process: subprocess.Popen[bytes]) -> None:
        """Its progress lines as they come, then its output (a thread of this process)."""
        assert process.stdout is not None
        for line in process.stdout:
            if not line.startswith(b'{"at"'):
                self._data = line + process.stdout.read()
                return
            self._at = max(self._at, orjson.loads(line)["at"])

    def result(self) -> tuple[Matrices, NDArray[np.float64], int] | None:
        """The child's matrices, the value of each decision's outcome in force (in the order
        read) and the last rowid whose inputs it read; None if it failed."""
        if self.process is None or self._reader is None:
            return None
        if self.process.stdin is not None:
            self.process.stdin.close()
        self._reader.join()
        if self.process.wait() != 0:
            return None
        try:
            return _decoded(self._data)
        except (ValueError, TypeError):
            return None

    def close(self) -> None:
        """End the child if it still runs, and wait for it."""
        if self.process is not None:
            end(self.process)
            if self._reader is not None:
                self._reader.join()
            self.process = None


def _decoded(data: bytes) -> tuple[Matrices, NDArray[np.float64], int]:
    """child_main's output, its progress lines skipped (ValueError if it is not whole)."""
    at = 0
    while data.startswith(b'{"at"', at):
        at = data.index(b"\n", at) + 1
    end = data.index(b"\n", at)
    heads, count, read_to = orjson.loads(data[at:end])
    matrices: Matrices = {}
    at = end + 1
    for model, version, names, rows in heads:
        size = rows * len(names)
        values = np.frombuffer(data, np.float64, size, at) if size else np.empty(0)
        matrices[(model, version)] = (tuple(names), values.reshape(rows, len(names)))
        at += size * 8
    if len(data) != at + count * 8:
        raise ValueError("the child's output is not whole")
    observed = np.frombuffer(data, np.float64, count, at) if count else np.empty(0)
    return matrices, observed, int(read_to)
