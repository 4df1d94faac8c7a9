"""Signed receipts: the district confirms, per device, the chain head it holds (ODK #1017).

A receipt travels back to the clinic on the next USB trip; `kuona audit acknowledge` checks
it against the installed district key and marks the records up to that head as confirmed,
so later exports leave them out. Until then the clinic keeps exporting them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature

from desktop.audit.errors import AuditError
from desktop.audit.record import canonical
from desktop.audit.store import AuditStore
from desktop.sync.district_keys import DistrictPrivate, DistrictPublic
from desktop.sync.durable import replace_atomically
from desktop.sync.errors import SyncError, SyncRefusal, os_reason
from desktop.sync.reconciliation import ImportResult

KIND = "kuona-receipt"
SUFFIX = ".kuonareceipt"
_DOMAIN = b"kuona receipt v1\n"
_FIELDS = {"kind", "format", "district_key_id", "device_id", "seq", "hash", "issued_utc"}


@dataclass(frozen=True)
class Receipt:
    """The district holds `device_id`'s chain unbroken up to `seq` (whose hash is `hash`)."""

    district_key_id: str
    device_id: str
    seq: int
    hash: str
    issued_utc: str

    def body(self) -> dict[str, Any]:
        """The signed fields."""
        return {
            "kind": KIND,
            "format": 1,
            "district_key_id": self.district_key_id,
            "device_id": self.device_id,
            "seq": self.seq,
            "hash": self.hash,
            "issued_utc": self.issued_utc,
        }


def receipt_name(device_id: str) -> str:
    """kuona-receipt-<device>.kuonareceipt (one per device: a newer one replaces it)."""
    return f"kuona-receipt-{device_id}{SUFFIX}"


def write_receipt(
    folder: Path, *, device_id: str, head: tuple[int, str], district: DistrictPrivate
) -> Path:
    """Sign and write a receipt for `device_id` into `folder` (atomically); return its path."""
    receipt = Receipt(
        district.public.key_id,
        device_id,
        head[0],
        head[1],
        datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
    )
    body = receipt.body()
    signature = district.signing.sign(_DOMAIN + canonical(body)).hex()
    path = Path(folder) / receipt_name(device_id)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        replace_atomically(
            path, (json.dumps({**body, "signature": signature}, indent=2) + "\n").encode()
        )
    except OSError as exc:
        raise SyncError(
            SyncRefusal.RECEIPT_WRITE_FAILED, str(folder), reason=os_reason(exc)
        ) from exc
    return path


def read_receipt(path: Path, *, district: DistrictPublic) -> Receipt:
    """A receipt checked against the installed district key (SyncError otherwise)."""
    name = Path(path).name
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise SyncError(SyncRefusal.RECEIPT_INVALID, name) from exc
    if not isinstance(data, dict) or set(data) != {*_FIELDS, "signature"}:
        raise SyncError(SyncRefusal.RECEIPT_INVALID, name)
    body = {k: data[k] for k in _FIELDS}
    try:
        district.signing.verify(bytes.fromhex(data["signature"]), _DOMAIN + canonical(body))
    except (InvalidSignature, TypeError, ValueError) as exc:
        raise SyncError(SyncRefusal.RECEIPT_SIGNATURE_INVALID, name) from exc
    if body["kind"] != KIND or body["district_key_id"] != district.key_id:
        raise SyncError(SyncRefusal.RECEIPT_SIGNATURE_INVALID, name)
    if type(body["seq"]) is not int or not isinstance(body["hash"], str):
        raise SyncError(SyncRefusal.RECEIPT_INVALID, name)
    return Receipt(
        body["district_key_id"],
        str(body["device_id"]),
        body["seq"],
        body["hash"],
        str(body["issued_utc"]),
    )


def find_receipts(paths: list[Path]) -> list[Path]:
    """Receipt files named or inside the folders named (recursively)."""
    found: set[Path] = set()
    for path in paths:
        if path.is_dir():
            found.update(p for p in path.rglob(f"*{SUFFIX}") if not p.name.startswith("."))
        elif path.exists():
            found.add(path)
        else:
            raise SyncError(SyncRefusal.PATH_NOT_FOUND, str(path))
    return sorted(found)


@dataclass
class Issued:
    """The receipts written after an import, and those that could not be written."""

    written: list[tuple[str, int, Path]] = field(default_factory=list)
    failed: list[SyncError] = field(default_factory=list)


def issue_receipts(
    result: ImportResult, *, district: DistrictPrivate, to_dir: Path | None = None
) -> Issued:
    """One signed receipt per device whose chain the district holds (head above 0), written
    into `to_dir` or beside the device's last imported bundle (the stick it came on)."""
    issued = Issued()
    for device_id in sorted(result.devices):
        tally = result.devices[device_id]
        if tally.head[0] == 0 or not tally.folders:
            continue
        folder = to_dir if to_dir is not None else tally.folders[-1]
        try:
            path = write_receipt(folder, device_id=device_id, head=tally.head, district=district)
        except SyncError as error:
            issued.failed.append(error)
            continue
        issued.written.append((device_id, tally.head[0], path))
    return issued


@dataclass
class Applied:
    """What applying receipts at the clinic did, and where the confirmation now stands."""

    applied: list[Path] = field(default_factory=list)
    other_device: list[tuple[Path, str]] = field(default_factory=list)
    refused: list[SyncError | AuditError] = field(default_factory=list)
    confirmed: int = 0
    pending: int = 0


def apply_receipts(store: AuditStore, paths: list[Path], *, district: DistrictPublic) -> Applied:
    """Check each receipt found under `paths` and acknowledge the records it confirms.

    A receipt for another device is set aside; a bad one is refused with its SyncError, and
    one naming a record this log does not hold (restored or truncated log) with an AuditError.
    """
    outcome = Applied()
    for path in find_receipts(paths):
        try:
            receipt = read_receipt(path, district=district)
        except SyncError as error:
            outcome.refused.append(error)
            continue
        if receipt.device_id != store.device_id:
            outcome.other_device.append((path, receipt.device_id))
            continue
        try:
            store.acknowledge(seq=receipt.seq, hash=receipt.hash)
        except AuditError as error:
            outcome.refused.append(AuditError(error.code, path.name, **error.params))
            continue
        outcome.applied.append(path)
    outcome.confirmed, outcome.pending = confirmation(store)
    return outcome


def confirmation(store: AuditStore) -> tuple[int, int]:
    """The seq up to which the district confirmed this log, and how many records are pending."""
    seq = store.acknowledged()[0]
    return seq, store.count(after_seq=seq)
