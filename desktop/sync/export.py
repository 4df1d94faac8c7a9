"""Export at the clinic: every record the district has not confirmed yet, as one bundle."""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop.audit.store import AuditStore
from desktop.sync.bundle import write_bundle
from desktop.sync.district_keys import DistrictPublic


def export_bundle(
    store: AuditStore,
    *,
    to_dir: Path,
    device_key: Ed25519PrivateKey,
    district_public: DistrictPublic,
) -> Path | None:
    """Write one bundle of the unacknowledged records up to the current head; None if none.

    Re-exporting is harmless: the district skips what it already holds. Only the records go
    on the stick, never a copy of the database.
    """
    head = store.head()
    records = [r for r in store.unacknowledged() if r.seq <= head[0]]
    if not records:
        return None
    return write_bundle(
        records, to_dir=to_dir, device_key=device_key, district_public=district_public, head=head
    )
