"""Import bundles at the district: each whole or not at all, then reconcile.

Each bundle is one savepoint inside the import's write transaction, which is committed (durably)
every COMMIT_EVERY records and at the end: a bundle that fails or is stopped part-way is rolled
back whole, the bundles before it stay.

Per record, in seq order: a record whose hash does not match its content, that does not link
to the record before it, that reuses a stored uuid with other content, or that claims a seq
the district holds under another uuid is quarantined and reported as tampering by seq. A record
whose predecessor the district has never seen is imported and the missing seqs reported as a
gap (a later bundle may fill it). Same uuid and same hash is a duplicate, skipped. A bundle
made after one that announced a longer chain is reported as tampering (log_rolled_back: the
device's log was restored from an old copy or truncated). A bundle
that cannot be read, verified or decrypted, or is signed by another key than the device's
first one, is refused whole. An `erasure` record empties the private values of the records
it names (district/erasures.py), and the file is then cleaned.
"""

from __future__ import annotations

import hashlib
import json
import operator
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop.audit.entry import to_row
from desktop.audit.erasure import clean_pending
from desktop.audit.record import GENESIS, AuditRecord
from desktop.district.database import ROLLED_BACK, Device, DistrictDB
from desktop.district.erasures import apply_erasures
from desktop.district.fast_rows import fast_row
from desktop.district.record_checks import record_valid
from desktop.sync.bundle import SUFFIX, Bundle, read_bundle
from desktop.sync.bundle_header import BundleHeader
from desktop.sync.district_keys import DistrictPrivate
from desktop.sync.errors import Cancelled, SyncError, SyncRefusal
from desktop.sync.reconciliation import ImportResult

STOP_EVERY = 256  # records between two should_stop() polls inside a bundle
#: Records imported between two commits of an import's batch: each bundle is whole or absent
#: (a savepoint), and one durable commit (an fsync) serves a few dozen bundles, not each one.
COMMIT_EVERY = 20_000
_NAME = re.compile(r"kuona-(.+)-(\d+)-(\d+)-[0-9a-f]{8}\.kuonabundle$")


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def find_bundles(paths: Iterable[Path]) -> list[Path]:
    """Bundle files named or inside the folders named (recursively), in device and seq order."""
    found: set[Path] = set()
    for path in paths:
        if path.is_dir():
            found.update(p for p in path.rglob(f"*{SUFFIX}") if not p.name.startswith("."))
        elif path.exists():
            found.add(path)
        else:
            raise SyncError(SyncRefusal.PATH_NOT_FOUND, str(path))

    def key(path: Path) -> tuple[str, int, int, str]:
        match = _NAME.search(path.name)
        if match is None:
            return ("", 0, 0, str(path))
        return (match[1], int(match[2]), int(match[3]), str(path))

    return sorted(found, key=key)


def _checked(bundle: Bundle, name: str) -> tuple[list[AuditRecord], list[dict[str, Any] | None]]:
    """The bundle's records and each one's `records` row, or None where it is not intact.

    Read by orjson and every hash proven by fast_row: as read. Otherwise the whole bundle is
    read again and checked the reference way (json, record.py), so no verdict depends on orjson.
    """
    if bundle.fast:
        rows = [fast_row(record) for record in bundle.records]
        if all(row is not None for row in rows):
            return bundle.records, rows
    records = bundle.exact_records(name=name)
    return records, [to_row(r.data) if r.intact() else None for r in records]


def _record_problem(record: AuditRecord, device_id: str, *, intact: bool) -> str | None:
    """Why a record cannot be taken as it is (hash, shape, device), or None."""
    if not intact:
        return "hash_mismatch"
    if not record_valid(record.data):
        return "record_invalid"
    return "record_other_device" if record.device_id != device_id else None


def _quarantine(db: DistrictDB, record: AuditRecord, reason: str, bundle_id: str) -> None:
    row = {
        "uuid": record.uuid,
        "device_id": str(record.data.get("device_id")),
        "seq": record.seq,
        "hash": record.hash,
        "reason": reason,
        "bundle_id": bundle_id,
        # As received, NaN and all (canonical JSON would refuse it): evidence, never merged.
        "record": json.dumps(record.data, sort_keys=True, ensure_ascii=False, default=str),
        "found_utc": _now(),
    }
    db.db.table("quarantine").insert(row, ignore=True)


@dataclass
class _Merged:
    """What one bundle's transaction did (applied to the device's tally once it committed)."""

    added: int = 0
    duplicates: int = 0
    tampering: list[dict[str, Any]] = field(default_factory=list)


def _stop_check(should_stop: Callable[[], bool] | None, index: int) -> None:
    if should_stop is not None and index % STOP_EVERY == 0 and should_stop():
        raise Cancelled


def _placement_problem(
    record: AuditRecord,
    prev: tuple[int, str] | None,
    known: dict[int, tuple[str, str]],
) -> str | None:
    """`fork` (its seq is held under another uuid) or `chain_broken` (it does not link to the
    record before it, where that is known), or None."""
    seq = record.seq
    if seq in known:
        return "fork"
    if (prev is None or prev[0] != seq - 1) and seq - 1 in known:
        prev = (seq - 1, known[seq - 1][1])
    if prev is not None and prev[0] == seq - 1 and record.prev_hash != prev[1]:
        return "chain_broken"
    return None


def _merge(
    db: DistrictDB, bundle: Bundle, name: str, should_stop: Callable[[], bool] | None
) -> _Merged:
    """Check every record against the bundle and the district, store the good ones."""
    header = bundle.header
    records, checked = _checked(bundle, name)
    known = db.known(header.device_id, header.first_seq - 1, header.last_seq)
    stored = db.hashes([r.uuid for r in records])
    prev: tuple[int, str] | None = (0, GENESIS) if header.first_seq == 1 else None
    if header.first_seq - 1 in known:
        prev = (header.first_seq - 1, known[header.first_seq - 1][1])
    rows: list[dict[str, Any]] = []
    merged = _Merged()
    for index, (record, row) in enumerate(zip(records, checked, strict=True)):
        _stop_check(should_stop, index)
        problem = _record_problem(record, header.device_id, intact=row is not None)
        if problem is None and record.uuid in stored:
            same = known.get(record.seq, ("", ""))[0] == record.uuid
            if stored[record.uuid] == record.hash and same:
                merged.duplicates += 1
                prev = (record.seq, record.hash)
                continue
            problem = "content_changed"
        problem = problem or _placement_problem(record, prev, known)
        if problem is not None or row is None:
            problem = problem or "hash_mismatch"
            _quarantine(db, record, problem, header.bundle_id)
            merged.tampering.append(
                {"seq": record.seq, "reason": problem, "bundle_id": header.bundle_id}
            )
        else:
            row["bundle_id"] = header.bundle_id
            rows.append(row)
        prev = (record.seq, record.hash)
    _stop_check(should_stop, 0)
    _insert(db, rows)
    merged.added = len(rows)
    apply_erasures(db, rows, device_id=header.device_id)
    return merged


def _insert(db: DistrictDB, rows: list[dict[str, Any]]) -> None:
    """One prepared statement per field set (a record's kind fixes its fields), rows bound by
    position (sqlite-utils' insert_all cost a quarter of the import, binding by name a tenth)."""
    by_fields: dict[frozenset[str], list[dict[str, Any]]] = {}
    sets: dict[tuple[str, ...], frozenset[str]] = {}  # a row's field order -> its field set
    for row in rows:
        order = tuple(row)
        columns = sets.get(order) or sets.setdefault(order, frozenset(order))
        by_fields.setdefault(columns, []).append(row)
    for columns, group in by_fields.items():
        names = sorted(columns)
        marks = ", ".join("?" * len(names))
        values = map(operator.itemgetter(*names), group)  # a row has a dozen fields or more
        db.db.conn.executemany(f"INSERT INTO records ({', '.join(names)}) VALUES ({marks})", values)


def _rolled_back(device: Device, header: BundleHeader) -> bool:
    """The bundle was made after one that announced a longer chain: the log went back."""
    later = bool(device.claimed_head_utc) and header.created_utc > device.claimed_head_utc
    return later and header.head_seq < device.claimed_head


def import_bundle(
    db: DistrictDB,
    bundle: Bundle,
    *,
    path: Path,
    result: ImportResult,
    should_stop: Callable[[], bool] | None = None,
) -> None:
    """Import one verified bundle in a single transaction, or a savepoint of the one open
    (SyncError if its key changed).

    should_stop() is polled every few hundred records; when it returns True the transaction
    is rolled back and Cancelled raised, so the district holds nothing of this bundle.
    """
    header = bundle.header
    with db.bundle_transaction():
        device = db.device(header.device_id)
        if device is None:
            device = db.trust_device(header.device_id, header.device_public_key, now=_now())
        elif device.public_key != header.device_public_key:
            raise SyncError(SyncRefusal.BUNDLE_DEVICE_KEY_CHANGED, path.name)
        merged = _merge(db, bundle, path.name, should_stop)
        if _rolled_back(device, header):
            db.note_rollback(
                device,
                bundle_id=header.bundle_id,
                head_seq=header.head_seq,
                created_utc=header.created_utc,
                now=_now(),
            )
            merged.tampering.append(
                {"seq": header.head_seq, "reason": ROLLED_BACK, "bundle_id": header.bundle_id}
            )
        head = db.advance_head(device, claimed=header.head_seq, claimed_utc=header.created_utc)
        db.db.table("imports").insert(
            {
                "bundle_id": header.bundle_id,
                "file_sha256": bundle.file_sha256,
                "file_name": path.name,
                "imported_utc": _now(),
                "device_id": header.device_id,
                "records": header.count,
                "added": merged.added,
                "duplicates": merged.duplicates,
                "quarantined": len(merged.tampering),
            },
            ignore=True,
        )
    tally = result.tally(header.device_id)
    tally.added += merged.added
    tally.duplicates += merged.duplicates
    tally.tampering.extend(merged.tampering)
    tally.head = head
    tally.bundles += 1
    tally.folders.append(path.parent)


def _refused(db: DistrictDB, path: Path, error: SyncError, device_id: str | None) -> None:
    try:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        digest = ""
    with db.bundle_transaction():
        db.db.table("refusals").insert(
            {
                "file_sha256": digest,
                "file_name": path.name,
                "code": error.code.value,
                "device_id": device_id,
                "found_utc": _now(),
            },
            ignore=True,
        )


def import_paths(
    db: DistrictDB,
    paths: Iterable[Path],
    *,
    district_private: DistrictPrivate,
    on_progress: Callable[[int, int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> ImportResult:
    """Import every bundle found under `paths`; the result reconciles each device.

    on_progress(done, total) counts bundle files; should_stop() is polled before each bundle
    and during it: a bundle stopped part-way is rolled back whole, `stopped` is set, and the
    bundles already imported stay imported and are reconciled.
    """
    result = ImportResult()
    files = find_bundles(paths)
    result.total = len(files)
    with db.batch():
        pending = 0
        for done, path in enumerate(files):
            if should_stop is not None and should_stop():
                result.stopped = True
                break
            if pending >= COMMIT_EVERY:
                db.commit_batch()
                pending = 0
            device_id: str | None = None
            try:
                bundle = read_bundle(path, district_private=district_private)
                device_id = bundle.header.device_id
                import_bundle(db, bundle, path=path, result=result, should_stop=should_stop)
                pending += bundle.header.count
            except SyncError as error:
                entry = {"file": str(path), "code": error.code.value}
                (result.tally(device_id).refused if device_id else result.refused).append(entry)
                _refused(db, path, error, device_id)
            except Cancelled:
                result.stopped = True
                break
            result.done = done + 1
            if on_progress is not None:
                on_progress(done + 1, len(files))
    clean_pending(db.db)  # after an erasure; if another program holds the file, next time
    for tally in result.devices.values():
        tally.gaps = db.gaps(tally.device_id)
        device = db.device(tally.device_id)
        if device is not None:
            tally.head = (device.head_seq, device.head_hash)
    return result
