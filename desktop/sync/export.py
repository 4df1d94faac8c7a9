"""Export at the clinic: every record the district has not confirmed yet, as one bundle.

Notes stay home: a format-3 record travels without its note and the note's nonce (only the
note's digest, inside the hashed part, so the district verifies the chain without the text).
Inputs and the patient pseudonym travel with their nonces (monitoring needs the inputs).
Records of an older format travel whole: their hash covers the note's text itself.
When the district's signed notes policy asks for notes, the caller passes `share_note` (the
scrubber, desktop/privacy) and a format-3 record carries its scrubbed note in `note_shared`,
outside the hash (the bundle's signature covers it).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop.audit.record import FORMAT, SHARED_NOTE, AuditRecord, without
from desktop.audit.store import PAGE, AuditStore
from desktop.sync.bundle import write_bundle
from desktop.sync.district_keys import DistrictPublic
from desktop.sync.errors import Cancelled


def export_bundle(  # noqa: PLR0913 - the store, where, two keys, three optional callbacks
    store: AuditStore,
    *,
    to_dir: Path,
    device_key: Ed25519PrivateKey,
    district_public: DistrictPublic,
    on_progress: Callable[[int, int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
    share_note: Callable[[str], str | None] | None = None,
) -> Path | None:
    """Write one bundle of the unacknowledged records up to the current head; None if none.

    Re-exporting is harmless: the district skips what it already holds. Only the records go
    on the stick, never a copy of the database. on_progress(done, total) counts the records
    read, plus one last step for writing and checking the bundle; should_stop() is polled
    before each page and before writing, and raises Cancelled: nothing is written then.
    `share_note(note)`: what of a note may travel (None: nothing; notes stay home without it).
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
        records.append(outgoing(record, share_note=share_note))
    if not records:
        return None
    _poll(len(records), total + 1, on_progress, should_stop)
    path = write_bundle(
        records, to_dir=to_dir, device_key=device_key, district_public=district_public, head=head
    )
    if on_progress is not None:
        on_progress(total + 1, total + 1)
    return path


def outgoing(
    record: AuditRecord, *, share_note: Callable[[str], str | None] | None = None
) -> AuditRecord:
    """What of a record goes into a bundle: a format-3 record without its note and its nonce,
    with the note as `share_note` gives it (scrubbed) in `note_shared` when it gives one."""
    if record.data.get("format") != FORMAT:
        return record
    data = without(record.data, ["note"])
    note = record.data.get("note")
    shared = share_note(note) if share_note is not None and isinstance(note, str) else None
    if shared:
        data[SHARED_NOTE] = shared
    return AuditRecord(data)


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
