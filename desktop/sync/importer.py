"""Import bundles at the district: each in one transaction or not at all, then reconcile.

Per record, in seq order: a record whose hash does not match its content, that does not link
to the record before it, that reuses a stored uuid with other content, or that claims a seq
the district holds under another uuid is quarantined and reported as tampering by seq. A record
whose predecessor the district has never seen is imported and the missing seqs reported as a
gap (a later bundle may fill it). Same uuid and same hash is a duplicate, skipped. A bundle
that cannot be read, verified or decrypted, or is signed by another key than the device's
first one, is refused whole.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop.audit.entry import ENTRY_FIELDS, STORE_FIELDS, check_entry, to_row
from desktop.audit.errors import AuditError
from desktop.audit.record import GENESIS, AuditRecord, canonical
from desktop.sync.bundle import SUFFIX, Bundle, read_bundle
from desktop.sync.district import DistrictDB
from desktop.sync.district_keys import DistrictPrivate
from desktop.sync.errors import SyncError, SyncRefusal

_STORE_TYPES = {
    "uuid": str,
    "device_id": str,
    "seq": int,
    "prev_hash": str,
    "created_utc": str,
    "local_offset_min": int,
    "app_version": str,
}
_NAME = re.compile(r"kuona-(.+)-(\d+)-(\d+)-[0-9a-f]{8}\.kuonabundle$")


@dataclass
class DeviceTally:
    """The reconciliation of one device after an import."""

    device_id: str
    bundles: int = 0
    added: int = 0
    duplicates: int = 0
    tampering: list[dict[str, Any]] = field(default_factory=list)
    gaps: list[tuple[int, int]] = field(default_factory=list)
    refused: list[dict[str, str]] = field(default_factory=list)
    head: tuple[int, str] = (0, GENESIS)
    folders: list[Path] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """As printed by `kuona audit import --json`."""
        return {
            "device_id": self.device_id,
            "bundles_imported": self.bundles,
            "added": self.added,
            "duplicates": self.duplicates,
            "tampering": self.tampering,
            "gaps": [{"from": a, "to": b} for a, b in self.gaps],
            "refused": self.refused,
            "head_seq": self.head[0],
            "head_hash": self.head[1],
        }


@dataclass
class ImportResult:
    """Every device's tally, and bundles refused before their device was known."""

    devices: dict[str, DeviceTally] = field(default_factory=dict)
    refused: list[dict[str, str]] = field(default_factory=list)

    def tally(self, device_id: str) -> DeviceTally:
        """The device's tally, created on first use."""
        return self.devices.setdefault(device_id, DeviceTally(device_id))

    def to_json(self) -> dict[str, Any]:
        """As printed by `kuona audit import --json`."""
        return {
            "devices": [self.devices[d].to_json() for d in sorted(self.devices)],
            "refused": self.refused,
        }


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


def _record_problem(record: AuditRecord, device_id: str) -> str | None:
    """Why a record cannot be taken as it is (hash, shape, device), or None."""
    if not record.intact():
        return "hash_mismatch"
    data = record.data
    if any(type(data[k]) is not t for k, t in _STORE_TYPES.items()):
        return "record_invalid"
    try:
        check_entry({k: data[k] for k in ENTRY_FIELDS}, file="record")
    except AuditError:
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
        "record": canonical(record.data).decode(),
        "found_utc": _now(),
    }
    db.db.table("quarantine").insert(row, ignore=True)


def _merge(db: DistrictDB, bundle: Bundle, tally: DeviceTally) -> tuple[int, int, int]:
    """Check every record against the bundle and the district, store the good ones; counts."""
    header = bundle.header
    known = db.known(header.device_id, header.first_seq - 1, header.last_seq)
    stored = db.hashes([r.uuid for r in bundle.records])
    prev: tuple[int, str] | None = (0, GENESIS) if header.first_seq == 1 else None
    if header.first_seq - 1 in known:
        prev = (header.first_seq - 1, known[header.first_seq - 1][1])
    rows: list[dict[str, Any]] = []
    duplicates = tampered = 0
    for record in bundle.records:
        seq = record.seq
        problem = _record_problem(record, header.device_id)
        if problem is None and record.uuid in stored:
            if stored[record.uuid] == record.hash and known.get(seq, ("", ""))[0] == record.uuid:
                duplicates += 1
                prev = (seq, record.hash)
                continue
            problem = "content_changed"
        if problem is None and seq in known:
            problem = "fork"
        if (prev is None or prev[0] != seq - 1) and seq - 1 in known:
            prev = (seq - 1, known[seq - 1][1])
        if problem is None and prev is not None and prev[0] == seq - 1:
            problem = "chain_broken" if record.prev_hash != prev[1] else None
        if problem is not None:
            _quarantine(db, record, problem, header.bundle_id)
            tally.tampering.append({"seq": seq, "reason": problem, "bundle_id": header.bundle_id})
            tampered += 1
        else:
            rows.append(
                {
                    **to_row({k: record.data[k] for k in (*STORE_FIELDS, *ENTRY_FIELDS, "hash")}),
                    "bundle_id": header.bundle_id,
                }
            )
        prev = (seq, record.hash)
    db.db.table("records").insert_all(rows, batch_size=200)
    tally.added += len(rows)
    tally.duplicates += duplicates
    return len(rows), duplicates, tampered


def import_bundle(db: DistrictDB, bundle: Bundle, *, path: Path, result: ImportResult) -> None:
    """Import one verified bundle in a single transaction (SyncError if its key changed)."""
    header = bundle.header
    tally = result.tally(header.device_id)
    with db.transaction():
        device = db.device(header.device_id)
        if device is None:
            device = db.trust_device(header.device_id, header.device_public_key, now=_now())
        elif device.public_key != header.device_public_key:
            raise SyncError(SyncRefusal.BUNDLE_DEVICE_KEY_CHANGED, path.name)
        added, duplicates, tampered = _merge(db, bundle, tally)
        tally.head = db.advance_head(device, claimed=header.head_seq)
        db.db.table("imports").insert(
            {
                "bundle_id": header.bundle_id,
                "file_sha256": bundle.file_sha256,
                "file_name": path.name,
                "imported_utc": _now(),
                "device_id": header.device_id,
                "records": header.count,
                "added": added,
                "duplicates": duplicates,
                "quarantined": tampered,
            },
            ignore=True,
        )
    tally.bundles += 1
    tally.folders.append(path.parent)


def _refused(db: DistrictDB, path: Path, error: SyncError, device_id: str | None) -> None:
    try:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        digest = ""
    with db.transaction():
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
    """Import every bundle found under `paths`; the result reconciles each device."""
    result = ImportResult()
    files = find_bundles(paths)
    for done, path in enumerate(files):
        if should_stop is not None and should_stop():
            break
        device_id: str | None = None
        try:
            bundle = read_bundle(path, district_private=district_private)
            device_id = bundle.header.device_id
            import_bundle(db, bundle, path=path, result=result)
        except SyncError as error:
            entry = {"file": str(path), "code": error.code.value}
            (result.tally(device_id).refused if device_id else result.refused).append(entry)
            _refused(db, path, error, device_id)
        if on_progress is not None:
            on_progress(done + 1, len(files))
    for tally in result.devices.values():
        tally.gaps = db.gaps(tally.device_id)
        device = db.device(tally.device_id)
        if device is not None:
            tally.head = (device.head_seq, device.head_hash)
    return result
