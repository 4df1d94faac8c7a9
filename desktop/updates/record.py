"""Catalog changes at a clinic as audit records of kind `catalog` (they reach the district).

body = {"event": installed|withdrawn|refused|stale, "model_id", "version", "reason", ...}; the
record's `model` is {"id", "version"} (null for a refusal or staleness of the whole catalog).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from desktop.audit.errors import AuditError, AuditRefusal
from desktop.audit.record import AuditRecord
from desktop.audit.store import AuditStore
from desktop.updates.errors import CatalogError
from desktop.updates.state import CatalogView, catalog_folder, write_atomic
from desktop.updates.update import Change

CATALOG_KIND = "catalog"
EVENTS = ("installed", "withdrawn", "refused", "stale")
STALE_NOTED = "stale-noted"


def check_body(body: dict[str, Any], *, file: str) -> None:
    """A catalog body: a known event, and model_id/version/reason as text or null."""
    if body.get("event") not in EVENTS:
        raise AuditError(AuditRefusal.ENTRY_INVALID, file, field="body.event")
    for key in ("model_id", "version", "reason"):
        if body.get(key) is not None and not isinstance(body[key], str):
            raise AuditError(AuditRefusal.ENTRY_INVALID, file, field=f"body.{key}")


def catalog_entry(body: dict[str, Any], *, note: str | None = None) -> dict[str, Any]:
    """The store entry of one catalog record (body checked first)."""
    check_body(body, file=CATALOG_KIND)
    pid, version = body.get("model_id"), body.get("version")
    model = {"id": pid, "version": version} if pid is not None else None
    return {
        "kind": CATALOG_KIND,
        "model": model,
        "body": body,
        "note": note,
        "role": None,
        "language": None,
        "patient_ref": None,
    }


def record_changes(
    store: AuditStore, changes: Iterable[Change], *, source: str
) -> list[AuditRecord]:
    """One record per installed or withdrawn package."""
    out = []
    for change in changes:
        body = {
            "event": change.event,
            "model_id": change.package_id,
            "version": change.version,
            "reason": change.reason,
            "source": source,
        }
        out.append(store.append(catalog_entry(body)))
    return out


def record_refusal(store: AuditStore, error: CatalogError, *, source: str) -> AuditRecord:
    """One record for a refused update: the refusal code and the file it names."""
    body = {
        "event": "refused",
        "model_id": None,
        "version": None,
        "reason": error.code.value,
        "file": error.file,
        "source": source,
    }
    return store.append(catalog_entry(body))


def record_stale(store: AuditStore, view: CatalogView, *, home: Path) -> AuditRecord | None:
    """A record the first time the catalog is seen stale (once per expiry date)."""
    if view.stale_since is None:
        return None
    marker = catalog_folder(home) / STALE_NOTED
    try:
        if marker.read_text(encoding="utf-8").strip() == view.stale_since:
            return None
    except OSError:
        pass
    body = {
        "event": "stale",
        "model_id": None,
        "version": None,
        "reason": "blocked" if view.block else "warn",
        "stale_since": view.stale_since,
        "checked": view.checked,
    }
    record = store.append(catalog_entry(body))
    write_atomic(marker, view.stale_since.encode())
    return record
