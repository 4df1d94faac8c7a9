"""The importer's fast shape check of a record gives check_entry's verdict on every record."""

from __future__ import annotations

from typing import Any

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from desktop.audit.entry import check_entry
from desktop.audit.errors import AuditError
from desktop.audit.record import CLINICIAN, FORMAT, SHARED_NOTE, fields_in, fields_of, seal
from desktop.district.record_checks import STORE_TYPES, record_valid
from tests.desktop.audit.entries import DEVICE, decision_entry

_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats()
    | st.sampled_from(["", "accept", "override", "low", "other", "outcome", "a" * 32, "0" * 32])
    | st.text(max_size=6),
    lambda inner: st.lists(inner, max_size=2) | st.dictionaries(st.text(max_size=4), inner),
    max_leaves=4,
)
_STORE = {
    "uuid": "00000000-0000-4000-8000-000000000001",
    "device_id": DEVICE,
    "seq": 1,
    "prev_hash": "0" * 64,
    "created_utc": "2026-12-05T10:00:00Z",
    "local_offset_min": 0,
    "app_version": "0.1.0",
}


def _reference(data: dict[str, Any]) -> bool:
    """The importer's check before the fast path: exact store types, then check_entry."""
    if any(type(data[k]) is not t for k, t in STORE_TYPES.items()):
        return False
    if SHARED_NOTE in data and type(data[SHARED_NOTE]) is not str:
        return False
    fields = (*fields_of(data.get("kind")), *((CLINICIAN,) if CLINICIAN in data else ()))
    try:
        check_entry(
            {k: data[k] for k in fields if k not in STORE_TYPES},
            file="record",
            plain=True,
            sealed=data.get("format") == FORMAT,
        )
    except AuditError:
        return False
    return True


def _record(kind: str, sealed: bool, extra: str) -> dict[str, Any]:
    entry = decision_entry(reason="other", decision="override", clinician_estimate="low")
    if kind != "decision":
        entry = {k: entry[k] for k in fields_of(kind) if k in entry}
        entry.update(kind=kind, model=None, body={"observed": 1.0, "inputs": {"a": 1.0}})
    data = {**entry, **_STORE}
    if sealed:
        data = seal(data)
    if extra == CLINICIAN:
        data[CLINICIAN] = "ab" * 16
    elif extra == SHARED_NOTE:
        data[SHARED_NOTE] = "scrubbed"
    return {**data, "hash": "00" * 32}


@settings(max_examples=400, deadline=None)
@given(
    kind=st.sampled_from(["decision", "outcome"]),
    sealed=st.booleans(),
    extra=st.sampled_from(["", CLINICIAN, SHARED_NOTE]),
    changes=st.dictionaries(
        st.sampled_from(
            [
                *_STORE,
                *fields_of("decision"),
                *fields_of("outcome"),
                CLINICIAN,
                SHARED_NOTE,
                "format",
            ]
        ),
        _VALUES,
        max_size=2,
    ),
)
def test_fast_check_agrees_with_check_entry(
    kind: str, sealed: bool, extra: str, changes: dict[str, Any]
) -> None:
    """Any field of an intact decision or other kind, sealed or not, changed to any JSON value:
    the fast check accepts exactly the records the clinic's entry checks accept."""
    data = _record(kind, sealed, extra)
    data.update({k: v for k, v in changes.items() if k in data})
    assume(set(data) == {*fields_in(data), "hash"})  # what intact() (checked first) requires
    assert record_valid(data) == _reference(data)


def test_valid_records_pass_and_a_bad_choice_does_not() -> None:
    """A clinic's decision and outcome pass; a decision outside the fixed list does not."""
    for kind in ("decision", "outcome"):
        for sealed in (False, True):
            assert record_valid(_record(kind, sealed, CLINICIAN))
    assert not record_valid({**_record("decision", True, ""), "decision": "maybe"})
    assert not record_valid({**_record("decision", False, ""), "prediction": float("nan")})


_ODD = [None, True, 0, 2**70, 1.5, float("nan"), float("inf"), "", "x", "accept", "other"]
_ODD += ["low", "decision", "ab" * 16, "AB" * 16, [], ["x"], {}, {"a": 1}]


def test_every_field_with_every_odd_value_gets_check_entrys_verdict() -> None:
    """Each field of each kind of record, in turn set to each of a list of odd values: the fast
    check and the reference agree (no sampling: every combination)."""
    compared = 0
    for kind in ("decision", "outcome"):
        for sealed in (False, True):
            for extra in ("", CLINICIAN, SHARED_NOTE):
                base = _record(kind, sealed, extra)
                for field in base:
                    for value in _ODD:
                        data = {**base, field: value}
                        if set(data) == {*fields_in(data), "hash"}:
                            assert record_valid(data) == _reference(data), (field, value)
                            compared += 1
    assert compared > 2000
