"""The clinic's update as both the CLI and the GUI run it: the update, then its audit records."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from desktop import paths
from desktop.audit.local import open_local_store
from desktop.updates.errors import CatalogError
from desktop.updates.record import record_changes, record_refusal
from desktop.updates.update import Change, update_from
from models.signing import TrustStore


def apply_update(
    folder: Path,
    *,
    root: Path | None = None,
    home: Path | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> list[Change]:
    """Update the data folder's models from repository `folder`; each change, or the refusal
    (re-raised), becomes a `catalog` record of the local audit log."""
    home = paths.home() if home is None else home
    trust = TrustStore.load(home / "trust")
    try:
        changes = update_from(
            folder, home=home, trust=trust, now=datetime.now(UTC), root=root,
            on_progress=on_progress,
        )  # fmt: skip
    except CatalogError as error:
        with open_local_store(home) as store:
            record_refusal(store, error, source=str(folder))
        raise
    with open_local_store(home) as store:
        record_changes(store, changes, source=str(folder))
    return changes
