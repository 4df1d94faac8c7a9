"""The reader inflates a bundle's zlib stream (isal) as strictly as zlib: any zlib stream of the
announced plaintext is read, a damaged, cut, longer or padded one is refused whole."""

from __future__ import annotations

import json
import struct
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop.sync.bundle import MAGIC, decode_bundle, seal
from desktop.sync.district_keys import DistrictPrivate
from desktop.sync.errors import SyncError, SyncRefusal
from tests.desktop.sync.helpers import make_clinic, make_district


def _signed_with(
    stream: Callable[[bytes], bytes], tmp_path: Path
) -> tuple[bytes, DistrictPrivate, bytes]:
    """A bundle sealed as usual, its ciphertext then replaced by stream(plaintext) encrypted with
    the same key and signed again by the device: only the compressed stream differs."""
    district = make_district(tmp_path)
    clinic = make_clinic(tmp_path, 3)
    records = list(clinic.store.records())
    plaintext = json.dumps([r.data for r in records], separators=(",", ":")).encode()
    data, header, key = seal(
        plaintext,
        device_id=records[0].device_id,
        seqs=(1, 3, 3),
        head=(3, records[-1].hash),
        device_key=clinic.key,
        district_public=district.public,
    )
    (head_len,) = struct.unpack_from(">I", data, len(MAGIC))
    aad = data[: len(MAGIC) + 4 + head_len]
    ciphertext = AESGCM(key).encrypt(bytes.fromhex(header.nonce), stream(plaintext), aad)
    body = aad + struct.pack(">Q", len(ciphertext)) + ciphertext
    return body + clinic.key.sign(body), district, plaintext


@pytest.mark.parametrize("level", [0, 1, 9])
def test_any_zlib_stream_of_the_plaintext_is_read(tmp_path: Path, level: int) -> None:
    """Streams from other compression levels (stored blocks included) read back the records."""
    data, district, plaintext = _signed_with(lambda text: zlib.compress(text, level), tmp_path)
    bundle = decode_bundle(data, district_private=district, name="b.kuonabundle")
    assert bundle.plaintext == plaintext and len(bundle.records) == 3


@pytest.mark.parametrize("damage", ["cut", "flipped", "padded", "longer", "not_zlib"])
def test_a_damaged_stream_is_refused(tmp_path: Path, damage: str) -> None:
    """A cut stream, a flipped bit, bytes after its end, more text than announced or no zlib
    stream at all: bundle_content_invalid, nothing read."""

    def damaged(plaintext: bytes) -> bytes:
        good = zlib.compress(plaintext)
        return {
            "cut": good[: len(good) // 2],
            "flipped": good[:20] + bytes([good[20] ^ 0x10]) + good[21:],
            "padded": good + b"\0",
            "longer": zlib.compress(plaintext + b" "),
            "not_zlib": plaintext,
        }[damage]

    data, district, _ = _signed_with(damaged, tmp_path)
    with pytest.raises(SyncError) as caught:
        decode_bundle(data, district_private=district, name="b.kuonabundle")
    assert caught.value.code is SyncRefusal.BUNDLE_CONTENT_INVALID
