"""A `records` row's canonical JSON and hash, assembled from the row as it is stored.

The district stores nested values (model, inputs, explanation, out_of_range, body) as their
canonical JSON text; record.py's canonical JSON of a whole record is, byte for byte, `{`, then
for each field in sorted order its JSON-encoded name, `:` and its value's canonical text,
joined by `,`, then `}` (no spaces; strings as json writes them without ASCII escaping, ints
and floats as their repr). So the text can be assembled without decoding the nested values.
Where the assembled hash differs from the stored one, record.py decides (from_row, then
record_hash), so no verdict depends on the shortcut. A format-3 row's hash covers digests, not
the private values: its fast text is taken only when the hashed text's hash is the stored one,
each private value's text proves its digest and the salts column is canonical (`sealed_text`);
anywhere else record.py decides (`intact()`, digests included).
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import json
from collections.abc import Callable, Sequence
from typing import Any

import orjson

from desktop.audit.entry import COLUMNS, JSON_COLUMNS, from_row
from desktop.audit.record import (
    CLINICIAN,
    FORMAT,
    NONCE_BYTES,
    PRIVATE,
    SHARED_NOTE,
    UNHASHED,
    AuditRecord,
    canonical,
    fields_of,
    text_digest,
)

_encode_str = json.encoder.encode_basestring
#: Per kind, and with or without a clinician, its fields in sorted order and whether each holds
#: nested JSON text.
_KEYS = {
    (kind, signed): [(k, k in JSON_COLUMNS) for k in sorted({*fields_of(kind), *extra})]
    for kind in ("decision", "other")
    for signed, extra in ((False, ()), (True, (CLINICIAN,)))
}


def _null(_: object) -> str:
    return "null"


def _bool(value: object) -> str:
    return "true" if value else "false"


#: How json writes each scalar type (a float that is not finite gives "inf" or "nan", text
#: canonical JSON never holds, so its hash cannot match and the reference decides).
_SCALARS: dict[type, Callable[[Any], str]] = {
    str: _encode_str,
    int: int.__repr__,
    float: float.__repr__,
    bool: _bool,
    type(None): _null,
}


def row_canonical(row: dict[str, Any]) -> str | None:
    """The canonical JSON text (without `hash`) of the record stored in `row`, if the row's
    hash proves it; else the reference text if the reference hash matches; else None."""
    kind = row.get("kind")
    if row.get("format") is not None:
        return _reference_text(row)
    signed = row.get(CLINICIAN) is not None
    keys = _KEYS[("decision" if kind == "decision" else "other", signed)]
    try:
        parts = [
            f'"{k}":{v if nested and v is not None else _SCALARS[type(v)](v)}'
            for k, nested in keys
            for v in (row[k],)
        ]
    except KeyError:  # a field missing, or a value of another type: the reference decides
        parts = []
    text = "{" + ",".join(parts) + "}"
    if parts and hashlib.sha256(text.encode("utf-8")).hexdigest() == row.get("hash"):
        return text
    return _reference_text(row)


def _reference_text(row: dict[str, Any]) -> str | None:
    """The record's canonical text (without `hash`) if record.py finds it intact, else None."""
    data = from_row(row)
    try:
        if not AuditRecord(data).intact():
            return None
        return canonical({k: v for k, v in data.items() if k != "hash"}).decode("utf-8")
    except (TypeError, ValueError):
        return None


def rows_of(columns: Sequence[str], values: Sequence[Any]) -> dict[str, Any]:
    """A row as a dict."""
    return dict(zip(columns, values, strict=True))


#: How a builder writes each column's usual type without looking it up (other types: _SCALARS).
_USUAL = {int: "int.__repr__", float: "float.__repr__", str: "E"}


def _expression(v: str, key: str) -> str:
    """The expression a builder writes the value `v` of column `key` with: a nested value's
    text as it is stored, a scalar as json writes it."""
    scalar = f"S[{v}.__class__]({v})"
    if key in JSON_COLUMNS:
        return f"({v} if {v}.__class__ is str else {scalar})"
    usual = COLUMNS.get(key, str)
    return f"({_USUAL[usual]}({v}) if {v}.__class__ is {usual.__name__} else {scalar})"


#: A sealed (format-3) row's kinds: decision or other, with or without a clinician, with or
#: without the district's scrubbed note.
SealedKind = tuple[str, bool, bool]
SealedBuilder = Callable[[Sequence[Any]], tuple[str, str, tuple[str, ...]]]


def _sealed_builder(columns: Sequence[str], kind: SealedKind) -> SealedBuilder:
    """For a format-3 row of `kind`: its canonical text (every field but `hash`), the text its
    hash covers (private values null, no salts nor scrubbed note) and its private values' texts
    (KeyError for a column the table lacks; KeyError or TypeError at call time for a value of an
    unexpected type)."""
    name, signed, shared = kind
    index = {c: i for i, c in enumerate(columns)}
    fields = sorted(
        {
            *fields_of(name, FORMAT),
            *((CLINICIAN,) if signed else ()),
            *((SHARED_NOTE,) if shared else ()),
        }
    )
    private = _PRIVATE[name]
    full, hashed, values = [], [], []
    for key in fields:
        values.append(_expression(f"r[{index[key]}]", key))
        label = json.dumps(key).replace("%", "%%")
        full.append(f"{label}:%s")
        if key not in UNHASHED:
            hashed.append(f"{label}:null" if key in private else f"{label}:%s")
    args = [f"a{n}" for n in range(len(fields))]
    kept = [a for a, k in zip(args, fields, strict=True) if k not in UNHASHED and k not in private]
    secret = [f"a{fields.index(k)}" for k in private]
    source = (
        f"lambda r: (lambda {', '.join(args)}: ("
        f"{'{' + ','.join(full) + '}'!r} % ({', '.join(args)},), "
        f"{'{' + ','.join(hashed) + '}'!r} % ({', '.join(kept)},), "
        f"({', '.join(secret)},)))({', '.join(values)})"
    )
    built: SealedBuilder = eval(source, {"S": _SCALARS, "E": _encode_str})  # our own text
    return built


#: The private paths of a format-3 row the sealed builder handles (a record of another kind
#: whose body holds private keys goes the reference way).
_PRIVATE = {"decision": PRIVATE, "other": tuple(p for p in PRIVATE if p != "inputs")}
_SORTED = orjson.OPT_SORT_KEYS
_PATH_SETS = {paths: frozenset(paths) for paths in _PRIVATE.values()}


def sealed_builders(columns: Sequence[str]) -> dict[SealedKind, SealedBuilder]:
    """A builder per kind of format-3 row this table can hold (none for a table without the
    format-3 columns)."""
    build = {}
    for kind in itertools.product(("decision", "other"), (False, True), (False, True)):
        with contextlib.suppress(KeyError):
            build[kind] = _sealed_builder(columns, kind)
    return build


def sealed_text(
    built: tuple[str, str, tuple[str, ...]],
    *,
    kind: str,
    stored_hash: object,
    payload: object,
    salts: object,
    body: object = None,
) -> str | None:
    """The canonical text of a format-3 row as its builder made it, if the row proves it: the
    hash of the hashed text is the stored one, each private value with its nonce proves its
    digest (a value without a nonce is null, a digest for each private path and no other), and
    the salts column is the canonical text of the nonces. None where anything differs, or for a
    body that may hold private keys (the reference decides then)."""
    full, hashed, secret = built
    if body.__class__ is str and ('"inputs"' in body or '"answers"' in body):
        return None
    if hashlib.sha256(hashed.encode()).hexdigest() != stored_hash:
        return None
    try:
        digests, nonces = orjson.loads(payload), orjson.loads(salts)  # type: ignore[arg-type]
        proven = _proves(_PRIVATE[kind], secret, digests, nonces)
    except (TypeError, ValueError, AttributeError):
        return None
    # nonces of hex digits under private paths: orjson writes them as json does
    return full if proven and salts == orjson.dumps(nonces, option=_SORTED).decode() else None


def _proves(paths: tuple[str, ...], secret: tuple[str, ...], digests: Any, nonces: Any) -> bool:
    """record.py's seal_intact over the private values' texts (ValueError for a nonce that is
    no hex, AttributeError for payload or salts that are no objects)."""
    wanted = _PATH_SETS[paths]
    if digests.keys() != wanted or not nonces.keys() <= wanted:
        return False
    for path, text in zip(paths, secret, strict=True):
        nonce = nonces.get(path)
        if nonce is None:
            ok = text == "null"
        else:
            ok = nonce.__class__ is str and len(nonce) == 2 * NONCE_BYTES and nonce.isalnum()
            ok = ok and text_digest(nonce, path, text.encode()) == digests[path]
        if not ok:
            return False
    return True


def _builder(columns: list[str], kind: tuple[str, bool]) -> Callable[[Sequence[Any]], str]:
    """The canonical text of a row of `kind` (decision or other, with or without a clinician;
    KeyError for a value of an unexpected type or a column the table lacks)."""
    index = {c: i for i, c in enumerate(columns)}
    template, values = [], []
    for key, _nested in _KEYS[kind]:
        template.append(json.dumps(key).replace("%", "%%") + ":%s")
        values.append(_expression(f"r[{index[key]}]", key))
    source = f"lambda r: {'{' + ','.join(template) + '}'!r} % ({', '.join(values)},)"
    built: Callable[[Sequence[Any]], str] = eval(
        source, {"S": _SCALARS, "E": _encode_str}
    )  # our own text
    return built


def _builders(columns: list[str]) -> dict[tuple[str, bool], Callable[[Sequence[Any]], str]]:
    """A builder per kind of row this table can hold (none with a clinician in a district
    table of before `clinician`)."""
    build = {}
    for key in _KEYS:
        with contextlib.suppress(KeyError):
            build[key] = _builder(columns, key)
    return build


class RowTexts:
    """A district table's rows' canonical texts: the fast way (assembled, then proven by the
    stored hash, and a format-3 row's digests), else the reference way (`row_canonical`)."""

    def __init__(self, columns: Sequence[str]) -> None:
        self.columns = list(columns)
        at = {c: i for i, c in enumerate(columns)}
        self.plain, self.sealed = _builders(self.columns), sealed_builders(self.columns)
        self.at_hash, self.at_kind, self.at_body = at["hash"], at["kind"], at.get("body")
        self.at_signed, self.at_format = at.get(CLINICIAN), at.get("format")
        self.at_shared, self.at_payload, self.at_salts = (
            at.get(SHARED_NOTE),
            at.get("payload"),
            at.get("salts"),
        )

    def __call__(self, r: Sequence[Any]) -> str | None:
        """The row's canonical text (without `hash`), or None where its hash does not prove it."""
        try:
            text = self._fast(r)
        except (KeyError, TypeError):
            text = None
        return text if text is not None else row_canonical(rows_of(self.columns, r))

    def _fast(self, r: Sequence[Any]) -> str | None:
        kind = "decision" if r[self.at_kind] == "decision" else "other"
        signed = self.at_signed is not None and r[self.at_signed] is not None
        record_format = None if self.at_format is None else r[self.at_format]
        if record_format is None:
            text = self.plain[kind, signed](r)
            return text if hashlib.sha256(text.encode()).hexdigest() == r[self.at_hash] else None
        if record_format != FORMAT or self.at_payload is None or self.at_salts is None:
            return None
        shared = self.at_shared is not None and r[self.at_shared] is not None
        return sealed_text(
            self.sealed[kind, signed, shared](r),
            kind=kind,
            stored_hash=r[self.at_hash],
            payload=r[self.at_payload],
            salts=r[self.at_salts],
            body=None if self.at_body is None else r[self.at_body],
        )
