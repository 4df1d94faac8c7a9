"""The durable SQLite file both the clinic's log and the district's database live in.

One connection in autocommit mode (transactions are explicit), WAL and synchronous=FULL, so a
committed transaction survives a power cut; secure_delete, so erased text is overwritten on
disk; sqlite-utils for tables, imported on first use (it imports pandas when present, about a
second of start-up).
"""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from typing import TYPE_CHECKING, Self

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path
    from types import TracebackType

    import sqlite_utils

BUSY_TIMEOUT_S = 30.0


def connect(path: Path) -> sqlite_utils.Database:
    """Open `path` durably (WAL, synchronous=FULL); sqlite3.Error or OSError as raised."""
    import sqlite_utils  # noqa: PLC0415 - see the module docstring

    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    try:
        db = sqlite_utils.Database(conn, execute_plugins=False)
        db.execute("PRAGMA synchronous=FULL")
        db.execute("PRAGMA secure_delete=ON")  # freed pages are zeroed (erasure, issue 19)
        db.enable_wal()
    except BaseException:
        conn.close()
        raise
    return db


class DurableDatabase:
    """A connection with all-or-nothing write transactions; closes as a context manager."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        """Wrap an open connection (see connect())."""
        self.db = db

    def close(self) -> None:
        """Close the connection."""
        self.db.close()

    def __enter__(self) -> Self:
        """Use as a context manager that closes the database."""
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Close on leaving the block."""
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction holding the write lock from its start (BEGIN IMMEDIATE):
        committed whole, durably, or rolled back whole."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
