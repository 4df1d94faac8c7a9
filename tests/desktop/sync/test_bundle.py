"""A bundle reads back exactly; any cut, flipped byte or junk is refused whole with a code."""

from __future__ import annotations

import json
import os
import struct
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.sync.bundle import MAGIC, decode_bundle, encode_bundle, read_bundle, write_bundle
from desktop.sync.district_keys import DistrictPrivate
from desktop.sync.errors import SyncError, SyncRefusal
from tests.desktop.sync.helpers import Clinic, make_clinic, make_district


@pytest.fixture
def district(tmp_path: Path) -> DistrictPrivate:
    """A district's keys."""
    return make_district(tmp_path)


@pytest.fixture
def clinic(tmp_path: Path) -> Clinic:
    """A clinic with 20 records."""
    return make_clinic(tmp_path, 20)


@pytest.fixture
def bundle_bytes(clinic: Clinic, district: DistrictPrivate) -> bytes:
    """A valid bundle of the clinic's 20 records."""
    data, _, _ = encode_bundle(
        list(clinic.store.records()), device_key=clinic.key, district_public=district.public
    )
    return data


def test_written_bundle_reads_back_the_same_records(
    tmp_path: Path, clinic: Clinic, district: DistrictPrivate
) -> None:
    """write_bundle then read_bundle gives every record unchanged; only the final file is left."""
    records = list(clinic.store.records())
    stick = tmp_path / "stick"
    stick.mkdir()
    path = write_bundle(
        records, to_dir=stick, device_key=clinic.key, district_public=district.public
    )
    assert os.listdir(stick) == [path.name]
    assert path.name.startswith(f"kuona-{clinic.store.device_id}-1-20-")
    bundle = read_bundle(path, district_private=district)
    assert [r.data for r in bundle.records] == [r.data for r in records]
    assert (bundle.header.count, bundle.header.head_seq) == (20, 20)
    assert MAGIC in path.read_bytes()[: len(MAGIC)]
    assert b"pima" not in path.read_bytes()


def test_bundle_cut_at_every_fiftieth_is_refused(
    bundle_bytes: bytes, district: DistrictPrivate
) -> None:
    """A bundle cut at each 1/50th of its length is refused as truncated (or not a bundle)."""
    for i in range(50):
        cut = bundle_bytes[: len(bundle_bytes) * i // 50]
        with pytest.raises(SyncError) as caught:
            decode_bundle(cut, district_private=district, name="cut")
        assert caught.value.code in (SyncRefusal.BUNDLE_TRUNCATED, SyncRefusal.BUNDLE_NOT_A_BUNDLE)
    with pytest.raises(SyncError) as caught:
        decode_bundle(bundle_bytes[:-1], district_private=district, name="cut")
    assert caught.value.code is SyncRefusal.BUNDLE_TRUNCATED


def test_flipped_byte_anywhere_is_refused(bundle_bytes: bytes, district: DistrictPrivate) -> None:
    """One byte flipped in the magic, lengths, header, ciphertext or signature: refused whole."""
    size = len(bundle_bytes)
    positions = sorted(
        {*range(0, 40), *range(0, size, max(1, size // 300)), *range(size - 70, size)}
    )
    for at in positions:
        damaged = bytearray(bundle_bytes)
        damaged[at] ^= 0x01 << (at % 8)
        with pytest.raises(SyncError):
            decode_bundle(bytes(damaged), district_private=district, name="flipped")


def test_trailing_bytes_are_refused(bundle_bytes: bytes, district: DistrictPrivate) -> None:
    """Junk after the signature makes the file not this bundle."""
    with pytest.raises(SyncError) as caught:
        decode_bundle(bundle_bytes + b"\0", district_private=district, name="long")
    assert caught.value.code is SyncRefusal.BUNDLE_TOO_LONG


def test_bundle_for_another_district_is_refused(tmp_path: Path, bundle_bytes: bytes) -> None:
    """A bundle encrypted for district A cannot be opened by district B, and says why."""
    other = make_district(tmp_path / "other")
    with pytest.raises(SyncError) as caught:
        decode_bundle(bundle_bytes, district_private=other, name="b")
    assert caught.value.code is SyncRefusal.BUNDLE_OTHER_DISTRICT


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(junk=st.binary(max_size=2000), prefix_cut=st.integers(min_value=0, max_value=400))
def test_reader_never_crashes_on_arbitrary_bytes(
    junk: bytes, prefix_cut: int, bundle_bytes: bytes, district: DistrictPrivate
) -> None:
    """Random bytes, alone or after a real bundle's first bytes, raise only SyncError."""
    for data in (junk, MAGIC + junk, bundle_bytes[:prefix_cut] + junk):
        with pytest.raises(SyncError):
            decode_bundle(data, district_private=district, name="fuzz")


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    edits=st.lists(st.tuples(st.integers(min_value=0), st.integers(0, 255)), min_size=1, max_size=4)
)
def test_reader_never_crashes_on_edited_bundles(
    edits: list[tuple[int, int]], bundle_bytes: bytes, district: DistrictPrivate
) -> None:
    """A real bundle with a few bytes overwritten is refused with SyncError, nothing else."""
    damaged = bytearray(bundle_bytes)
    for at, value in edits:
        damaged[at % len(damaged)] = value
    if bytes(damaged) == bundle_bytes:
        return
    with pytest.raises(SyncError):
        decode_bundle(bytes(damaged), district_private=district, name="fuzz")


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    changes=st.dictionaries(
        st.sampled_from(
            [
                "format",
                "count",
                "first_seq",
                "last_seq",
                "head_seq",
                "nonce",
                "device_id",
                "bundle_id",
                "plaintext_length",
                "wrapped_key",
                "extra",
            ]
        ),
        _JSON,
        min_size=1,
        max_size=3,
    )
)
def test_signed_bundle_with_odd_header_is_refused(
    changes: dict[str, object], clinic: Clinic, district: DistrictPrivate
) -> None:
    """A correctly signed bundle whose header fields hold odd values is refused with SyncError."""
    data, header, _ = encode_bundle(
        list(clinic.store.records())[:2], device_key=clinic.key, district_public=district.public
    )
    head = {**header.to_json(), **changes}
    head_bytes = json.dumps(head).encode()
    (head_len,) = struct.unpack_from(">I", data, len(MAGIC))
    rest = data[len(MAGIC) + 4 + head_len : -64]
    body = MAGIC + struct.pack(">I", len(head_bytes)) + head_bytes + rest
    with pytest.raises(SyncError):
        decode_bundle(body + clinic.key.sign(body), district_private=district, name="odd")
