"""The decisions' inputs, as one matrix per model version, read apart from field.py's pass over
everything else: by a child process when the district is large (`kuona --monitor-inputs`),
so that the two reads, each mostly Python, share the laptop's two cores; here otherwise, or
when the child fails (the same function either way)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from itertools import compress
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import orjson
from numpy.typing import NDArray

from desktop.monitoring.field import CHUNK, input_matrix, model_key

if TYPE_CHECKING:
    from collections.abc import Collection, Mapping

Key = tuple[str, str]
#: (features, matrix) of each model version: row i the version's i-th decision.
Matrices = dict[Key, tuple[tuple[str, ...], NDArray[np.float64]]]
#: From this many records on (the largest rowid), a child process reads the inputs.
CHILD_FROM = 200_000
FLAG = "--monitor-inputs"
_INPUTS = "SELECT model, inputs FROM records WHERE kind = 'decision' AND rowid <= ?"


def stored_features(connection: sqlite3.Connection, model_id: str) -> tuple[str, ...]:
    """The keys of the first stored decision's inputs of `model_id` (its package missing)."""
    row = connection.execute(
        "SELECT inputs FROM records WHERE kind = 'decision' AND inputs IS NOT NULL "
        "AND json_extract(model, '$.id') = ? LIMIT 1",
        [model_id],
    ).fetchone()
    return tuple(orjson.loads(row[0])) if row else ()


def read_inputs(
    connection: sqlite3.Connection,
    *,
    last: int,
    features: Mapping[Key, tuple[str, ...]],
    only: Collection[Key] | None = None,
) -> Matrices:
    """The input matrix of every model version (or those in `only`) from the decisions up to
    rowid `last`, by `features` (a version not in it: stored_features of its id)."""
    bucket: dict[str | None, int] = {}  # a stored model's text -> its version's texts (-1: none)
    keys: dict[Key, int] = {}
    texts: list[list[str | None]] = []
    cursor = connection.execute(_INPUTS, [last])
    while rows := cursor.fetchmany(CHUNK):
        models, inputs = zip(*rows, strict=True)
        for text in set(models).difference(bucket):
            key, named = model_key(text)
            if not named or (only is not None and key not in only):
                bucket[text] = -1
                continue
            if key not in keys:
                keys[key] = len(texts)
                texts.append([])
            bucket[text] = keys[key]
        found = list(map(bucket.__getitem__, models))
        used = set(found) - {-1}
        if len(used) == 1 and -1 not in found:
            texts[found[0]].extend(inputs)
            continue
        for code in used:  # each version's inputs, in the order read
            texts[code].extend(compress(inputs, map(code.__eq__, found)))
    matrices: Matrices = {}
    for key, code in keys.items():
        names = features[key] if key in features else stored_features(connection, key[0])
        matrices[key] = (tuple(names), input_matrix(texts[code], names))
        texts[code] = []  # parsed: its texts freed
    return matrices


def child_main() -> int:
    """`kuona --monitor-inputs`: the request (JSON) on stdin; on stdout a JSON line of
    [id, version, features, rows] per version, then each matrix's float64 bytes in turn."""
    request = orjson.loads(sys.stdin.buffer.read())
    connection = sqlite3.connect(request["uri"], uri=True)
    try:
        features = {(i, v): tuple(names) for i, v, names in request["features"]}
        matrices = read_inputs(connection, last=request["last"], features=features)
    finally:
        connection.close()
    out = sys.stdout.buffer
    heads = [[*key, list(names), len(matrix)] for key, (names, matrix) in matrices.items()]
    out.write(orjson.dumps(heads) + b"\n")
    for _, matrix in matrices.values():
        out.write(np.ascontiguousarray(matrix, dtype=np.float64).tobytes())
    out.flush()
    return 0


class InputsChild:
    """A child process reading the inputs (read_inputs) while this one reads the rest."""

    def __init__(self, uri: str, *, last: int, features: Mapping[Key, tuple[str, ...]]) -> None:
        """Start it on the database at `uri` (read-only), decisions up to rowid `last`."""
        request = {
            "uri": uri,
            "last": last,
            "features": [[*k, list(f)] for k, f in features.items()],
        }
        self.process: subprocess.Popen[bytes] | None = None
        try:
            self.process = subprocess.Popen(
                _command(),
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                env=_environment(),
            )
            assert self.process.stdin is not None
            self.process.stdin.write(orjson.dumps(request))
            self.process.stdin.close()
        except OSError:  # it could not start (or stopped at once): read here instead
            self.close()

    def result(self) -> Matrices | None:
        """The child's matrices; None if it failed."""
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
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        if self.process.stdout is not None:
            self.process.stdout.close()
        self.process = None


def _decoded(data: bytes) -> Matrices:
    """child_main's output as matrices (ValueError if it is not whole)."""
    head, _, rest = data.partition(b"\n")
    matrices: Matrices = {}
    at = 0
    for model, version, names, rows in orjson.loads(head):
        count = rows * len(names)
        values = np.frombuffer(rest, np.float64, count, at) if count else np.empty(0)
        matrices[(model, version)] = (tuple(names), values.reshape(rows, len(names)))
        at += count * 8
    if at != len(rest):
        raise ValueError("the child's matrices are not whole")
    return matrices


def _command() -> list[str]:
    """This very Kuona with FLAG: the frozen executable, or this Python with `-m desktop`
    (as desktop.selftest.app_command, which imports too much to be used here)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, FLAG]
    return [sys.executable, "-m", "desktop", FLAG]


def _environment() -> dict[str, str]:
    """The child imports the same `desktop` package as this process."""
    env = dict(os.environ)
    if not getattr(sys, "frozen", False):
        root = str(Path(__file__).resolve().parent.parent.parent)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
    return env
