"""One self-checking bundle file: audit records encrypted for the district, signed by the device.

Byte layout (integers big-endian):

    MAGIC                    b"KUONABUNDLE 1\\n" (14 bytes)
    header length            u32, at most 64 KiB
    header                   canonical UTF-8 JSON (see HEADER)
    ciphertext length        u64
    ciphertext               AES-256-GCM (16-byte tag included) of zlib(plaintext);
                             AAD = MAGIC + header length + header
    signature                64 bytes, Ed25519 by the device over every byte before it

The plaintext is the canonical JSON list of the records. The per-bundle content key is random
and wrapped for the district: ephemeral X25519 with the district key, HKDF-SHA256, AES-256-GCM.
Any file that is not exactly this, signed and decryptable, is refused whole with a SyncError.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import struct
import uuid
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import cast

import orjson
from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from isal import isal_zlib

from desktop.audit.record import AuditRecord, canonical
from desktop.sync.bundle_header import HEADER_MAX, BundleHeader, check_records
from desktop.sync.district_keys import RAW, DistrictPrivate, DistrictPublic
from desktop.sync.durable import fsync_dir
from desktop.sync.errors import SyncError, SyncRefusal, os_reason

MAGIC = b"KUONABUNDLE 1\n"
FORMAT = 1
SUFFIX = ".kuonabundle"
SIGNATURE_BYTES = 64
#: What a damaged stream raises when inflated (isal's stubs type it as an instance).
_INFLATE_ERROR = cast("type[Exception]", isal_zlib.error)
_WRAP_INFO = b"kuona bundle content key v1"


@dataclass(frozen=True)
class Bundle:
    """A verified, decrypted bundle.

    `records` were read by orjson when `fast` (it refuses NaN, infinity, lone surrogates, so
    every value is plain JSON), else by the standard library's json; `plaintext` is kept so
    that `exact_records()` can read them again as the standard library reads them (orjson
    reads an integer beyond 64 bits as a float).
    """

    header: BundleHeader
    records: list[AuditRecord]
    file_sha256: str
    plaintext: bytes = b""
    fast: bool = False

    def exact_records(self, *, name: str) -> list[AuditRecord]:
        """The records as the standard library's json reads them (the reference reading)."""
        if not self.fast:
            return self.records
        return check_records(self.plaintext, self.header, name=name)


def _kek(shared: bytes, ephemeral: bytes, district: bytes) -> bytes:
    hkdf = HKDF(hashes.SHA256(), 32, salt=None, info=_WRAP_INFO + ephemeral + district)
    return hkdf.derive(shared)


def encode_bundle(
    records: Sequence[AuditRecord],
    *,
    device_key: Ed25519PrivateKey,
    district_public: DistrictPublic,
    head: tuple[int, str] | None = None,
) -> tuple[bytes, BundleHeader, bytes]:
    """The bundle's bytes, its header and its content key (kept only to check the written file)."""
    if not records:
        raise ValueError("a bundle holds at least one record")
    plaintext = json.dumps(
        [r.data for r in records], separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")
    return seal(
        plaintext,
        device_id=records[0].device_id,
        seqs=(records[0].seq, records[-1].seq, len(records)),
        head=head if head is not None else (records[-1].seq, records[-1].hash),
        device_key=device_key,
        district_public=district_public,
    )


def seal(
    plaintext: bytes,
    *,
    device_id: str,
    seqs: tuple[int, int, int],
    head: tuple[int, str],
    device_key: Ed25519PrivateKey,
    district_public: DistrictPublic,
) -> tuple[bytes, BundleHeader, bytes]:
    """Encrypt and sign `plaintext` (the JSON record list) as a bundle whose header announces
    `seqs` (first, last, count) and `head`; bytes, header and content key."""
    content_key, nonce, wrap_nonce = AESGCM.generate_key(256), os.urandom(12), os.urandom(12)
    ephemeral = X25519PrivateKey.generate()
    eph_raw, district_raw = ephemeral.public_key().public_bytes(*RAW), district_public.encryption
    kek = _kek(ephemeral.exchange(district_raw), eph_raw, district_raw.public_bytes(*RAW))
    bundle_id = str(uuid.uuid4())
    (first_seq, last_seq, count), (head_seq, head_hash) = seqs, head
    header = BundleHeader(
        format=FORMAT,
        bundle_id=bundle_id,
        device_id=device_id,
        device_public_key=device_key.public_key().public_bytes(*RAW).hex(),
        district_key_id=district_public.key_id,
        first_seq=first_seq,
        last_seq=last_seq,
        count=count,
        head_seq=head_seq,
        head_hash=head_hash,
        created_utc=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        ephemeral_public_key=eph_raw.hex(),
        wrap_nonce=wrap_nonce.hex(),
        wrapped_key=AESGCM(kek).encrypt(wrap_nonce, content_key, bundle_id.encode()).hex(),
        nonce=nonce.hex(),
        compression="zlib",
        plaintext_length=len(plaintext),
        plaintext_sha256=hashlib.sha256(plaintext).hexdigest(),
    )
    head_bytes = canonical(header.to_json())
    aad = MAGIC + struct.pack(">I", len(head_bytes)) + head_bytes
    ciphertext = AESGCM(content_key).encrypt(nonce, zlib.compress(plaintext, 6), aad)
    body = aad + struct.pack(">Q", len(ciphertext)) + ciphertext
    return body + device_key.sign(body), header, content_key


def _refuse(code: SyncRefusal, name: str) -> SyncError:
    return SyncError(code, name)


def _split(data: bytes, name: str) -> tuple[BundleHeader, bytes, bytes]:
    """Header, AAD and ciphertext of a correctly framed, correctly signed file."""
    if len(data) < len(MAGIC) and MAGIC.startswith(data):
        raise _refuse(SyncRefusal.BUNDLE_TRUNCATED, name)
    if not data.startswith(MAGIC):
        raise _refuse(SyncRefusal.BUNDLE_NOT_A_BUNDLE, name)
    at = len(MAGIC)
    if len(data) < at + 4:
        raise _refuse(SyncRefusal.BUNDLE_TRUNCATED, name)
    (head_len,) = struct.unpack_from(">I", data, at)
    if head_len > HEADER_MAX:
        raise _refuse(SyncRefusal.BUNDLE_HEADER_INVALID, name)
    at += 4 + head_len
    if len(data) < at + 8:
        raise _refuse(SyncRefusal.BUNDLE_TRUNCATED, name)
    (cipher_len,) = struct.unpack_from(">Q", data, at)
    end = at + 8 + cipher_len
    if len(data) < end + SIGNATURE_BYTES:
        raise _refuse(SyncRefusal.BUNDLE_TRUNCATED, name)
    if len(data) > end + SIGNATURE_BYTES:
        raise _refuse(SyncRefusal.BUNDLE_TOO_LONG, name)
    header = BundleHeader.parse(data[len(MAGIC) + 4 : len(MAGIC) + 4 + head_len], name=name)
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(header.device_public_key)).verify(
            data[end:], data[:end]
        )
    except (InvalidSignature, ValueError) as exc:
        raise _refuse(SyncRefusal.BUNDLE_SIGNATURE_INVALID, name) from exc
    return header, data[: len(MAGIC) + 4 + head_len], data[at + 8 : end]


def _unwrap(header: BundleHeader, private: DistrictPrivate, name: str) -> bytes:
    if header.district_key_id != private.public.key_id:
        raise SyncError(SyncRefusal.BUNDLE_OTHER_DISTRICT, name, key_id=header.district_key_id)
    try:
        ephemeral = bytes.fromhex(header.ephemeral_public_key)
        shared = private.encryption.exchange(X25519PublicKey.from_public_bytes(ephemeral))
        kek = _kek(shared, ephemeral, private.public.encryption.public_bytes(*RAW))
        wrapped = bytes.fromhex(header.wrapped_key)
        return AESGCM(kek).decrypt(
            bytes.fromhex(header.wrap_nonce), wrapped, header.bundle_id.encode()
        )
    except (InvalidTag, ValueError) as exc:
        raise _refuse(SyncRefusal.BUNDLE_DECRYPT_FAILED, name) from exc


def _open(header: BundleHeader, aad: bytes, ciphertext: bytes, key: bytes, name: str) -> bytes:
    """The plaintext, decrypted, decompressed (bounded) and checked against the header's hash."""
    try:
        packed = AESGCM(key).decrypt(bytes.fromhex(header.nonce), ciphertext, aad)
    except (InvalidTag, ValueError) as exc:
        raise _refuse(SyncRefusal.BUNDLE_DECRYPT_FAILED, name) from exc
    inflater = isal_zlib.decompressobj()  # the zlib format, inflated in about half the time
    try:
        plaintext = inflater.decompress(packed, header.plaintext_length + 1)
    except _INFLATE_ERROR as exc:
        raise _refuse(SyncRefusal.BUNDLE_CONTENT_INVALID, name) from exc
    complete = inflater.eof and not inflater.unconsumed_tail and not inflater.unused_data
    if not complete or hashlib.sha256(plaintext).hexdigest() != header.plaintext_sha256:
        raise _refuse(SyncRefusal.BUNDLE_CONTENT_INVALID, name)
    return plaintext


def decode_bundle(data: bytes, *, district_private: DistrictPrivate, name: str) -> Bundle:
    """Verify, decrypt and check a bundle's bytes; SyncError (only) for anything wrong."""
    header, aad, ciphertext = _split(data, name)
    plaintext = _open(header, aad, ciphertext, _unwrap(header, district_private, name), name)
    digest = hashlib.sha256(data).hexdigest()
    try:
        records = check_records(plaintext, header, name=name, parse=orjson.loads)
    except SyncError:  # not what orjson reads (NaN, big integers, ...): the reference reading
        return Bundle(header, check_records(plaintext, header, name=name), digest, plaintext)
    return Bundle(header, records, digest, plaintext, fast=True)


def read_bundle(path: Path, *, district_private: DistrictPrivate) -> Bundle:
    """Read, verify and decrypt a bundle file; refused whole with a SyncError otherwise."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise SyncError(SyncRefusal.BUNDLE_UNREADABLE, str(path), reason=os_reason(exc)) from exc
    return decode_bundle(data, district_private=district_private, name=Path(path).name)


def bundle_name(header: BundleHeader) -> str:
    """kuona-<device>-<first>-<last>-<bundle id, 8 digits>.kuonabundle"""
    return (
        f"kuona-{header.device_id}-{header.first_seq}-{header.last_seq}-"
        f"{header.bundle_id[:8]}{SUFFIX}"
    )


def _write_and_check(temp: Path, data: bytes, content_key: bytes) -> None:
    """Write, fsync, drop the page cache, read back from the device and decrypt it in full."""
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
        if hasattr(os, "posix_fadvise"):
            os.posix_fadvise(handle.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
    back = temp.read_bytes()
    header, aad, ciphertext = _split(back, temp.name)
    _open(header, aad, ciphertext, content_key, temp.name)
    if back != data:
        raise SyncError(SyncRefusal.BUNDLE_WRITE_FAILED, str(temp.parent), reason="read_back")


def write_bundle(
    records: Sequence[AuditRecord],
    *,
    to_dir: Path,
    device_key: Ed25519PrivateKey,
    district_public: DistrictPublic,
    head: tuple[int, str] | None = None,
) -> Path:
    """Write one bundle into `to_dir` and return its path; no final-named file unless complete.

    A failed write (full, read-only or removed stick) removes the temporary file if it can and
    raises SyncError bundle_write_failed naming the folder and the reason.
    """
    data, header, content_key = encode_bundle(
        records, device_key=device_key, district_public=district_public, head=head
    )
    folder = Path(to_dir)
    final = folder / bundle_name(header)
    temp = folder / f".{final.name}.partial"
    try:
        if not folder.is_dir():
            raise FileNotFoundError(2, "no such folder", str(folder))
        _write_and_check(temp, data, content_key)
        os.replace(temp, final)
        fsync_dir(folder)
    except (OSError, SyncError) as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        reason = os_reason(exc) if isinstance(exc, OSError) else "read_back"
        raise SyncError(SyncRefusal.BUNDLE_WRITE_FAILED, str(folder), reason=reason) from exc
    return final
