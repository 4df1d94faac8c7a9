"""This computer's own audit log, KUONA_HOME/audit.sqlite, opened under its device identity."""

from __future__ import annotations

from pathlib import Path

from desktop import keys, paths
from desktop.audit.store import AuditStore

AUDIT_FILE = "audit.sqlite"


def local_log_path() -> Path:
    """Where this computer keeps its audit log."""
    return paths.home() / AUDIT_FILE


def open_local_store() -> AuditStore:
    """The local audit log (created on first use, with the device id, keys and secret)."""
    return AuditStore.open(local_log_path(), device_id=keys.ensure_identity())
