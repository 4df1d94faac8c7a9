"""Starting the monitor's second reader (`kuona --monitor-inputs`, input_reader.child_main) in
a child process: as soon as `kuona monitor` begins, when its district is large, so that the
child's own start and its reading of the outcomes run while this process is still importing
the command (onnxruntime, the model catalog: a third of a second and more); else when the
district source asks for it. Light: no numpy, no model code."""

from __future__ import annotations

import atexit
import os
import sqlite3
import subprocess
import sys
from contextlib import closing, suppress
from pathlib import Path

import orjson

from desktop.app_command import app_command
from desktop.district.database import district_db_path

#: From this many records on (the largest rowid), a child process reads the inputs.
CHILD_FROM = 200_000
FLAG = "--monitor-inputs"
_early: dict[str, subprocess.Popen[bytes]] = {}  # started by start_early, by uri


def district_uri(home: Path) -> str:
    """The read-only uri of `home`'s district database."""
    return f"file:{district_db_path(home)}?mode=ro"


def spawn(uri: str) -> subprocess.Popen[bytes] | None:
    """The child started on the database at `uri` (its first line written: it reads the
    outcomes in force meanwhile); None if it could not start."""
    try:
        process = subprocess.Popen(
            [*app_command(), FLAG],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=_environment(),
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),  # Windows: no console
        )
    except OSError:
        return None
    try:
        assert process.stdin is not None
        process.stdin.write(orjson.dumps({"uri": uri}) + b"\n")
        process.stdin.flush()
    except OSError:  # it stopped at once
        end(process)
        return None
    return process


def start_early(args: list[str], home: Path) -> None:
    """`kuona monitor ARGS`: the child started now on `home`'s district database when it
    holds CHILD_FROM records or more (not for the national store, --dsn, however abridged);
    kept for take(), ended at exit if never taken."""
    if any(arg.startswith("--d") for arg in args):
        return
    path = district_db_path(home)
    if not path.is_file():
        return
    uri = district_uri(home)
    try:
        with closing(sqlite3.connect(uri, uri=True)) as connection:
            last = connection.execute("SELECT max(rowid) FROM records").fetchone()[0] or 0
    except sqlite3.Error:
        return
    if last >= CHILD_FROM and uri not in _early and (process := spawn(uri)) is not None:
        _early[uri] = process


def take(uri: str) -> subprocess.Popen[bytes] | None:
    """The child start_early started on `uri`, if any (once)."""
    return _early.pop(uri, None)


def end(process: subprocess.Popen[bytes]) -> None:
    """End the child if it still runs, wait for it, close its pipes."""
    if process.poll() is None:
        process.kill()
    process.wait()
    for pipe in (process.stdin, process.stdout):
        if pipe is not None:
            with suppress(OSError):  # a last write not flushed: it has ended
                pipe.close()


def _end_early() -> None:
    """At exit: the children started early and never taken."""
    while _early:
        end(_early.popitem()[1])


atexit.register(_end_early)


def _environment() -> dict[str, str]:
    """The child imports the same `desktop` package as this process."""
    env = dict(os.environ)
    if not getattr(sys, "frozen", False):
        root = str(Path(__file__).resolve().parent.parent.parent)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
    return env
