"""The national push's hash of a stored row (assembled from its columns) agrees with
record.py: the canonical text of an intact record, None for a changed one."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.audit.entry import to_row
from desktop.audit.record import canonical, record_hash
from desktop.national.row_hash import row_canonical
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
