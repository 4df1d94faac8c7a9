"""Where an export reads records: the district database if this computer is a district, else
the clinic's own log. Both hold the same `records` table; it is opened read-only."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.audit.local import local_log_path
from desktop.district.database import district_db_path
from desktop.exchange.errors import ExchangeError, ExchangeRefusal


def records_database(home: Path) -> Path:
    """The district database under `home` if there is one, else the local audit log."""
    district = district_db_path(home)
    if district.exists():
        return district
    local = local_log_path()
    if local.exists():
        return local
    raise ExchangeError(ExchangeRefusal.NO_RECORDS, str(home))


def open_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection with rows as sqlite3.Row."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    return conn
