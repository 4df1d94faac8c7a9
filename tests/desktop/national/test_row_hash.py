"""The national push's hash of a stored row (assembled from its columns) agrees with
record.py: the canonical text of an intact record, None for a changed one."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.audit.entry import to_row
from desktop.audit.record import SHARED_NOTE, AuditRecord, canonical, record_hash, seal, without
from desktop.national.row_hash import RowTexts, row_canonical
from tests.desktop.audit.entries import decision_entry

_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=8,
)


def _data(inputs: dict[str, Any], note: str | None, prediction: float) -> dict[str, Any]:
    data = {
        **decision_entry(inputs=inputs, note=note, prediction=prediction),
        "uuid": "00000000-0000-4000-8000-000000000001",
        "device_id": "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f",
        "seq": 1,
        "prev_hash": "0" * 64,
        "created_utc": "2026-12-05T10:00:00.000001Z",
        "local_offset_min": -90,
        "app_version": "0.1.0",
    }
    data["hash"] = record_hash(data)
    return data


@settings(max_examples=200, deadline=None)
@given(
    inputs=st.dictionaries(st.text(max_size=6), _VALUES, max_size=4),
    note=st.none() | st.text(max_size=10),
    prediction=st.floats(allow_nan=False, allow_infinity=False),
)
def test_assembled_text_is_the_canonical_text(
    inputs: dict[str, Any], note: str | None, prediction: float
) -> None:
    """An intact record's row gives exactly record.py's canonical text; a changed one None."""
    data = _data(inputs, note, prediction)
    row = {**to_row(data), "bundle_id": "b", "body": None}
    expected = canonical({k: v for k, v in data.items() if k != "hash"}).decode("utf-8")
    assert row_canonical(row) == expected
    assert row_canonical({**row, "note": (note or "") + "!"}) is None


def test_other_kinds_and_non_finite_values() -> None:
    """A record of another kind hashes over its own fields; an infinite prediction is refused."""
    data = {
        "kind": "outcome",
        "model": None,
        "body": {"record_id": "x", "observed": 1e-05},
        "note": None,
        "role": None,
        "language": None,
        "patient_ref": None,
        "uuid": "u",
        "device_id": "d",
        "seq": 2,
        "prev_hash": "a" * 64,
        "created_utc": "2026-12-05T10:00:00Z",
        "local_offset_min": 0,
        "app_version": "0.1.0",
    }
    data["hash"] = record_hash(data)
    row = {**to_row(data), "inputs": None, "decision": None, "prediction": None}
    assert row_canonical(row) == canonical({k: v for k, v in data.items() if k != "hash"}).decode()
    decision = _data({}, None, 0.5)
    assert row_canonical({**to_row(decision), "prediction": float("inf")}) is None


def test_a_row_with_a_clinician_hashes_over_it_and_one_without_as_before() -> None:
    """A signed record's row (clinician column set) gives its canonical text, the id included;
    an unsigned record's row with the column empty gives the text without the key."""
    signed = {**_data({"glu": 1.0}, None, 0.5), "clinician": "ab" * 16}
    signed["hash"] = record_hash(signed)
    row = {**to_row(signed), "bundle_id": "b", "body": None}
    text = row_canonical(row)
    assert text == canonical({k: v for k, v in signed.items() if k != "hash"}).decode("utf-8")
    assert '"clinician":"' + "ab" * 16 + '"' in (text or "")
    assert row_canonical({**row, "clinician": "cd" * 16}) is None
    unsigned = _data({"glu": 1.0}, None, 0.5)
    plain = {**to_row(unsigned), "bundle_id": "b", "body": None, "clinician": None}
    assert row_canonical(plain) == canonical(
        {k: v for k, v in unsigned.items() if k != "hash"}
    ).decode("utf-8")


def _sealed_row(data: dict[str, Any], **changes: Any) -> tuple[list[str], list[Any]]:
    row = {**to_row(data), "bundle_id": "b", **changes}
    for column in ("body", "inputs", "decision", "prediction", "explanation", "out_of_range"):
        row.setdefault(column, None)
    for column in ("clinician", SHARED_NOTE):
        row.setdefault(column, None)
    return list(row), list(row.values())


@settings(max_examples=100, deadline=None)
@given(
    inputs=st.dictionaries(st.text(max_size=6), _VALUES, max_size=4),
    ref=st.none() | st.text(max_size=10),
    shared=st.none() | st.text(max_size=10),
)
def test_a_sealed_row_gives_the_reference_text_and_a_changed_one_none(
    inputs: dict[str, Any], ref: str | None, shared: str | None
) -> None:
    """A format-3 row (note left at home, maybe a scrubbed copy) gives record.py's canonical
    text the fast way; a changed private value, nonce or digest gives None."""
    data = without(seal({**_data(inputs, "n", 0.5), "patient_ref": ref}), ["note"])
    if shared is not None:
        data[SHARED_NOTE] = shared
    data["hash"] = record_hash(data)
    expected = canonical({k: v for k, v in data.items() if k != "hash"}).decode("utf-8")
    columns, values = _sealed_row(data)
    texts = RowTexts(columns)
    assert texts._fast(values) == expected and texts(values) == expected
    assert AuditRecord(json.loads(expected) | {"hash": data["hash"]}).intact()
    at = {c: i for i, c in enumerate(columns)}
    inputs_changed = list(values)
    inputs_changed[at["inputs"]] = canonical({**inputs, "x": 1}).decode()
    salts_changed = list(values)
    salts_changed[at["salts"]] = json.dumps(data["salts"])  # same nonces, not canonical text
    note_added = list(values)
    note_added[at["note"]] = "n"
    for changed in (inputs_changed, note_added):
        assert texts(changed) is None
    assert texts._fast(salts_changed) is None and texts(salts_changed) == expected


def test_sealed_rows_of_other_kinds_and_private_bodies() -> None:
    """A sealed outcome hashes over its body the fast way; a body with private keys, and a
    format the fast way does not know, go the reference way, with the same answer."""
    base = {
        "kind": "outcome",
        "model": None,
        "note": None,
        "role": None,
        "language": None,
        "patient_ref": "p",
        "uuid": "u",
        "device_id": "d",
        "seq": 2,
        "prev_hash": "a" * 64,
        "created_utc": "2026-12-05T10:00:00Z",
        "local_offset_min": 0,
        "app_version": "0.1.0",
    }
    for body, fast in (
        ({"observes": "x", "observed": 1e-05}, True),
        ({"answers": {"a": 1}}, False),
    ):
        data = seal({**base, "body": body})
        data["hash"] = record_hash(data)
        expected = canonical({k: v for k, v in data.items() if k != "hash"}).decode("utf-8")
        columns, values = _sealed_row(data)
        texts = RowTexts(columns)
        assert (texts._fast(values) == expected) is fast
        assert texts(values) == expected
        columns, values = _sealed_row(data, format=4)
        assert RowTexts(columns)._fast(values) is None
