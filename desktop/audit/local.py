"""This computer's own audit log, KUONA_HOME/audit.sqlite, opened under its device identity."""

from __future__ import annotations

from pathlib import Path

from desktop import keys, paths
from desktop.audit.store import AuditStore

AUDIT_FILE = "audit.sqlite"


def local_log_path(home: Path | None = None) -> Path:
    """Where this computer (or the data folder `home`) keeps its audit log."""
    return (paths.home() if home is None else home) / AUDIT_FILE


def open_local_store(home: Path | None = None) -> AuditStore:
    """The local audit log (created on first use, with the device id, keys and secret)."""
    return AuditStore.open(local_log_path(home), device_id=keys.ensure_identity(home))
