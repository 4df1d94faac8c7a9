"""Signed receipts: the district confirms, per device, the chain head it holds (ODK #1017).

A receipt travels back to the clinic on the next USB trip; `kuona audit acknowledge` checks
it against the installed district key and marks the records up to that head as confirmed,
so later exports leave them out. Until then the clinic keeps exporting them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature

from desktop.audit.record import canonical
from desktop.sync.district_keys import DistrictPrivate, DistrictPublic
from desktop.sync.durable import replace_atomically
from desktop.sync.errors import SyncError, SyncRefusal, os_reason

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
