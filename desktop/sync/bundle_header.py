"""A bundle's clear-text header and the shape of its decrypted record list, strictly checked.

Anything that does not fit is refused with a SyncError (never another exception): the reader
runs on whatever a USB stick holds.
"""

from __future__ import annotations

import json
import operator
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, fields
from typing import Any

from desktop.audit.record import AuditRecord
from desktop.sync.errors import SyncError, SyncRefusal

HEADER_MAX = 64 * 1024
PLAINTEXT_MAX = 1 << 30
#: Hex fields and their length in bytes.
HEX = {
    "device_public_key": 32,
    "district_key_id": 8,
    "head_hash": 32,
    "ephemeral_public_key": 32,
    "wrap_nonce": 12,
    "wrapped_key": 48,
    "nonce": 12,
    "plaintext_sha256": 32,
}
INTS = ("format", "first_seq", "last_seq", "count", "head_seq", "plaintext_length")


@dataclass(frozen=True)
class BundleHeader:
    """Everything a bundle says about itself in the clear (bound to the ciphertext as AAD)."""

    format: int
    bundle_id: str
    device_id: str
    device_public_key: str
    district_key_id: str
    first_seq: int
    last_seq: int
    count: int
    head_seq: int
    head_hash: str
    created_utc: str
    ephemeral_public_key: str
    wrap_nonce: str
    wrapped_key: str
    nonce: str
    compression: str
    plaintext_length: int
    plaintext_sha256: str

    def to_json(self) -> dict[str, Any]:
        """The header as a JSON object."""
        return asdict(self)

    @classmethod
    def parse(cls, data: bytes, *, name: str) -> BundleHeader:
        """The header from its bytes; SyncError bundle_header_invalid if anything is off."""
        try:
            value = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError) as exc:
            raise SyncError(SyncRefusal.BUNDLE_HEADER_INVALID, name) from exc
        names = {f.name for f in fields(cls)}
        if not isinstance(value, dict) or set(value) != names or not _valid(value):
            raise SyncError(SyncRefusal.BUNDLE_HEADER_INVALID, name)
        return cls(**value)


def _is_uuid(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        return str(uuid.UUID(value)) == value
    except ValueError:
        return False


def _is_hex(value: object, size: int) -> bool:
    if not isinstance(value, str) or len(value) != 2 * size:
        return False
    return all(c in "0123456789abcdef" for c in value)


def _valid(value: dict[str, Any]) -> bool:
    ints_ok = all(type(value[k]) is int and value[k] >= 0 for k in INTS)
    if not ints_ok or not all(_is_hex(value[k], n) for k, n in HEX.items()):
        return False
    return (
        value["format"] == 1
        and _is_uuid(value["bundle_id"])
        and _is_uuid(value["device_id"])
        and isinstance(value["created_utc"], str)
        and len(value["created_utc"]) <= 40
        and value["compression"] == "zlib"
        and 1 <= value["count"] <= value["last_seq"] - value["first_seq"] + 1
        and 1 <= value["first_seq"] <= value["last_seq"] <= value["head_seq"]
        and value["plaintext_length"] <= PLAINTEXT_MAX
    )


def _seqs(items: list[Any]) -> list[int] | None:
    """Each record's seq, if each is an object with an integer seq and text ids, else None."""
    seqs: list[int] = []
    for item in items:
        if not isinstance(item, dict):
            return None
        seq, get = item.get("seq"), item.get
        if type(seq) is not int or not (
            isinstance(get("uuid"), str)
            and isinstance(get("hash"), str)
            and isinstance(get("prev_hash"), str)
            and isinstance(get("device_id"), str)
        ):
            return None
        seqs.append(seq)
    return seqs


def _exact(plaintext: bytes) -> Any:
    return json.loads(plaintext.decode("utf-8"))


def check_records(
    plaintext: bytes,
    header: BundleHeader,
    *,
    name: str,
    parse: Callable[[bytes], Any] = _exact,
) -> list[AuditRecord]:
    """The decrypted record list, if it is what the header announces (seq strictly rising).

    Whether each record is intact and chained is the importer's job: it reports by seq.
    `parse` reads the JSON (the standard library's json unless the caller chooses a faster
    reader; ValueError, UnicodeDecodeError or RecursionError if it is not JSON).
    """
    try:
        items = parse(plaintext)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise SyncError(SyncRefusal.BUNDLE_CONTENT_INVALID, name) from exc
    if not isinstance(items, list) or len(items) != header.count:
        raise SyncError(SyncRefusal.BUNDLE_CONTENT_INVALID, name)
    seqs = _seqs(items)
    if seqs is None:
        raise SyncError(SyncRefusal.BUNDLE_CONTENT_INVALID, name)
    rising = all(map(operator.lt, seqs, seqs[1:]))
    if not rising or (seqs[0], seqs[-1]) != (header.first_seq, header.last_seq):
        raise SyncError(SyncRefusal.BUNDLE_CONTENT_INVALID, name)
    return [AuditRecord(item) for item in items]
