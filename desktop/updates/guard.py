"""May this package be used for a new consultation? The catalog's word on it."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from desktop.updates.errors import CatalogError, CatalogRefusal
from desktop.updates.state import ModelStatus, catalog_view


def check_usable(
    package_id: str, version: str, *, home: Path, now: datetime | None = None
) -> ModelStatus:
    """Its status; CatalogError when recalled, or when a stale catalog blocks by policy."""
    status = catalog_view(home, now).status(package_id, version)
    name = f"{package_id} {version}"
    if status.state == "recalled":
        raise CatalogError(
            CatalogRefusal.RECALLED,
            name,
            date=status.recalled_on or "?",
            reason=status.reason or "other",
        )
    if status.blocked:
        raise CatalogError(
            CatalogRefusal.STALE_BLOCKED,
            name,
            checked=status.checked or "?",
            since=status.stale_since or "?",
        )
    return status
