"""A record's hash checked, and its `records` row made, at import speed (orjson), never looser.

The reference is record.py: the SHA-256 of the canonical JSON (sorted keys, no spaces, UTF-8,
the standard library's float and string forms). orjson writes the same bytes for almost every
record; where it does not (it writes 1e-05 as 0.00001), the record is checked again the
reference way. So a record is taken as intact only if its hash is that of its content as
record.py encodes it:

- orjson's bytes hash to the record's hash: those bytes are a JSON text whose reading is the
  record (orjson writes what it reads, and reads only finite numbers and valid strings), and
  the device hashed the canonical text of its record: the two records are the same, and so
  are their canonical texts, nested values included (each nested value is one contiguous
  piece of both texts, written the same way at the same place);
- otherwise record.py's own `intact()` decides.

This holds for any bytes orjson writes, with sorted keys or not. So orjson first writes each
record as it was read, its top-level keys put in sorted order here (sorting every nested object
costs orjson three times the writing): a clinic's bundle holds its nested objects in canonical
order already (they come from canonical text), and then the bytes match. Bytes that match
prove every nested value they hold canonical, so those pieces are the row's texts too; `salts`,
outside the hash, is always written with sorted keys. Where the bytes do not match, orjson
writes the record again with sorted keys, and then record.py decides.

A format-3 record is hashed over its hashed_part (digests, not private values); its digests
are checked the same way: orjson's bytes of each value first (the same argument: a digest
that matches proves those bytes are the value's canonical text), record.py's `intact()` if
any does not match.

Only for records that orjson read (`Bundle.fast`): those hold no NaN, infinity or lone
surrogate, which orjson would write differently from the reference or refuse.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

import orjson

from desktop.audit.entry import JSON_COLUMNS, to_row
from desktop.audit.record import (
    BODY_PRIVATE,
    DECISION,
    FORMAT,
    NONCE_BYTES,
    PRIVATE,
    UNHASHED,
    AuditRecord,
    fields_in,
    text_digest,
)

_SORTED = orjson.OPT_SORT_KEYS
_NONCE_HEX = 2 * NONCE_BYTES
#: (name in its dict, path in payload and salts)
_DECISION_PATHS = tuple((p, p) for p in PRIVATE)
_KIND_PATHS = tuple((p, p) for p in PRIVATE if p != "inputs")
_BODY_PATHS = tuple((k, f"body.{k}") for k in BODY_PRIVATE)
_PLANS_MAX = 64  # field orders remembered (a clinic writes a handful)

_Place = tuple[dict[str, Any], str, str]


@dataclass(frozen=True)
class _Plan:
    """What a record with these keys (in this order), kind and format needs checked."""

    hashed: tuple[str, ...]  # the fields its hash covers, sorted
    sealed: bool
    decision: bool
    columns: tuple[str, ...]  # its nested values, kept as JSON text


_PLANS: dict[tuple[tuple[str, ...], bool, bool], _Plan | None] = {}


def _plan(data: dict[str, Any]) -> _Plan | None:
    """The record's plan, or None if it lacks a field of its kind and format or has another."""
    decision, sealed = data.get("kind") == DECISION, data.get("format") == FORMAT
    key = (tuple(data), decision, sealed)
    if key in _PLANS:
        return _PLANS[key]
    plan = None
    if data.keys() == {*fields_in(data), "hash"}:
        skip = UNHASHED if sealed else ("hash",)
        plan = _Plan(
            hashed=tuple(sorted(k for k in data if k not in skip)),
            sealed=sealed,
            decision=decision,
            columns=tuple(k for k in JSON_COLUMNS if k in data),
        )
    if len(_PLANS) < _PLANS_MAX:
        _PLANS[key] = plan
    return plan


def _places(data: dict[str, Any], hashed: dict[str, Any], *, decision: bool) -> list[_Place] | None:
    """Where each private value sits in `hashed` (its body copied), with its path; None if
    payload, salts or body are not objects."""
    if type(data["payload"]) is not dict or type(data["salts"]) is not dict:
        return None
    if decision:
        return [(hashed, *path) for path in _DECISION_PATHS]
    body = data["body"]
    if type(body) is not dict:
        return None
    hashed["body"] = inner = dict(body)
    places = [(hashed, *path) for path in _KIND_PATHS]
    return places + [(inner, *path) for path in _BODY_PATHS if path[0] in body]


def _seal_proven(
    data: dict[str, Any], hashed: dict[str, Any], *, decision: bool, option: int
) -> dict[str, bytes] | None:
    """Null the private values of `hashed` (a copy of the record) and, if orjson's bytes of
    each prove its digest, return those bytes by path (record.py's seal_intact and hashed_part
    in one pass); None otherwise."""
    places, payload, salts = (
        _places(data, hashed, decision=decision),
        data["payload"],
        data["salts"],
    )
    if places is None or len(payload) != len(places) or not salts.keys() <= payload.keys():
        return None
    texts: dict[str, bytes] = {}
    for place, name, key in places:
        value, place[name] = place[name], None
        nonce = salts.get(key)
        if nonce is None:
            if value is not None or key not in payload:
                return None
        elif type(nonce) is not str or len(nonce) != _NONCE_HEX:
            return None
        else:
            texts[key] = text = orjson.dumps(value, option=option)
            if text_digest(nonce, key, text) != payload.get(key):
                return None
    return texts


def _proven_row(data: dict[str, Any], plan: _Plan, option: int) -> dict[str, Any] | None:
    """The row, if orjson's bytes (written with `option`) prove the record's hash and digests."""
    hashed = {k: data[k] for k in plan.hashed}
    texts: dict[str, bytes] = {}
    try:
        if plan.sealed:
            proven = _seal_proven(data, hashed, decision=plan.decision, option=option)
            if proven is None:
                return None
            texts = proven
        whole = orjson.dumps(hashed, option=option)
    except (TypeError, ValueError, orjson.JSONEncodeError):
        return None
    if hashlib.sha256(whole).hexdigest() != data["hash"]:
        return None
    row = dict(data)
    for key in plan.columns:
        text = texts.get(key)
        if text is None:  # `salts` is outside the hash: always written with sorted keys
            text = orjson.dumps(row[key], option=_SORTED if key == "salts" else option)
        row[key] = text.decode("utf-8")
    return row


def fast_row(record: AuditRecord) -> dict[str, Any] | None:
    """The record's `records` row (nested values as canonical JSON text) if it is intact,
    None if it is not (its hash does not match its content, or it lacks or has extra fields)."""
    data = record.data
    plan = _plan(data)
    if plan is None:
        return None
    row = _proven_row(data, plan, 0)
    if row is None:
        row = _proven_row(data, plan, _SORTED)
    if row is None:
        return to_row(data) if record.intact() else None
    return row
