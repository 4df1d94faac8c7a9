"""Export at the clinic: every record the district has not confirmed yet, as one bundle.

Notes stay home: a format-3 record travels without its note and the note's nonce (only the
note's digest, inside the hashed part, so the district verifies the chain without the text).
Inputs and the patient pseudonym travel with their nonces (monitoring needs the inputs).
Records of an older format travel whole: their hash covers the note's text itself.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop.audit.record import FORMAT, AuditRecord, without
from desktop.audit.store import PAGE, AuditStore
from desktop.sync.bundle import write_bundle
from desktop.sync.district_keys import DistrictPublic
from desktop.sync.errors import Cancelled


def export_bundle(
    store: AuditStore,
    *,
    to_dir: Path,
    device_key: Ed25519PrivateKey,
    district_public: DistrictPublic,
    on_progress: Callable[[int, int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> Path | None:
    """Write one bundle of the unacknowledged records up to the current head; None if none.

    Re-exporting is harmless: the district skips what it already holds. Only the records go
    on the stick, never a copy of the database. on_progress(done, total) counts the records
    read, plus one last step for writing and checking the bundle; should_stop() is polled
    before each page and before writing, and raises Cancelled: nothing is written then.
    """
    head = store.head()
    acknowledged = store.acknowledged()[0]
    total = store.count(after_seq=acknowledged) - store.count(after_seq=head[0])
    records: list[AuditRecord] = []
    for record in store.unacknowledged():
        if record.seq > head[0]:
            break
        if len(records) % PAGE == 0:
            _poll(len(records), total, on_progress, should_stop)
        records.append(outgoing(record))
    if not records:
        return None
    _poll(len(records), total + 1, on_progress, should_stop)
    path = write_bundle(
        records, to_dir=to_dir, device_key=device_key, district_public=district_public, head=head
    )
    if on_progress is not None:
        on_progress(total + 1, total + 1)
    return path


def policy_note(record: AuditRecord) -> str | None:
    """HOOK (issue 19): the scrubbed note a signed district policy asks for, else None.

    None for now: no policy is wired, so no note leaves the laptop. When the signed notes
    policy and the scrubber are wired, this returns the scrubbed text and `outgoing()` carries
    it in a field outside the hashed part (the note's own digest stays what proves the original).
    """
    del record
    return None


def outgoing(record: AuditRecord) -> AuditRecord:
    """What of a record goes into a bundle: a format-3 record without its note and its nonce."""
    if record.data.get("format") != FORMAT:
        return record
    scrubbed = policy_note(record)
    if scrubbed is not None:  # pragma: no cover - no policy is wired yet (see policy_note)
        raise NotImplementedError("a scrubbed note has no field in a bundle yet")
    return AuditRecord(without(record.data, ["note"]))


def _poll(
    done: int,
    total: int,
    on_progress: Callable[[int, int], None] | None,
    should_stop: Callable[[], bool] | None,
) -> None:
    if should_stop is not None and should_stop():
        raise Cancelled
    if on_progress is not None:
        on_progress(done, total)
