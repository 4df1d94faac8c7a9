"""`background.csv`: the real reference rows SHAP explains against, checked against the card."""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Mapping

import numpy as np
from numpy.typing import NDArray

from models.card import Card, Feature
from models.errors import Check, PackageError
from models.layout import BACKGROUND, MAX_BACKGROUND_ROWS


def _refuse(row: int, column: str, reason: str, *, file: str = BACKGROUND) -> PackageError:
    params = {"row": str(row), "column": column, "reason": reason}
    return PackageError(Check.BACKGROUND_INVALID, file, params)


def parse_table(
    raw: bytes,
    *,
    file: str,
    expected: tuple[str, ...] | None,
    allow_missing: bool,
    spellings: Mapping[str, Mapping[str, float]] | None = None,
    max_rows: int = MAX_BACKGROUND_ROWS,
) -> tuple[tuple[str, ...], NDArray[np.float64]]:
    """A CSV of numbers with a header row (≤ max_rows rows); empty cells are NaN when allowed.

    `spellings` gives, per column, the texts that stand for a number (a category's labels).
    """
    try:
        rows = list(csv.reader(io.StringIO(raw.decode("utf-8"))))
    except (UnicodeDecodeError, csv.Error) as exc:
        raise _refuse(0, "", "not_utf8_csv", file=file) from exc
    if not rows:
        raise _refuse(1, "", "empty", file=file)
    header = tuple(h.strip() for h in rows[0])
    if expected is not None and header != expected:
        raise _refuse(1, ",".join(header)[:200], "header_not_card_features", file=file)
    if len(set(header)) != len(header) or "" in header:
        raise _refuse(1, ",".join(header)[:200], "header_names_not_unique", file=file)
    body = [r for r in rows[1:] if r]
    if not body:
        raise _refuse(2, "", "no_rows", file=file)
    if len(body) > max_rows:
        raise _refuse(len(body) + 1, "", f"more_than_{max_rows}_rows", file=file)
    values = np.empty((len(body), len(header)), dtype=np.float64)
    named = [(spellings or {}).get(h, {}) for h in header]
    for r, row in enumerate(body):
        if len(row) != len(header):
            raise _refuse(r + 2, "", "wrong_number_of_fields", file=file)
        for c, cell in enumerate(row):
            text = cell.strip()
            values[r, c] = (
                named[c][text]
                if text in named[c]
                else _number(cell, header[c], line=r + 2, file=file, allow_missing=allow_missing)
            )
    return header, values


def _number(cell: str, column: str, *, line: int, file: str, allow_missing: bool) -> float:
    text = cell.strip()
    if text == "":
        if allow_missing:
            return math.nan
        raise _refuse(line, column, "missing_value", file=file)
    try:
        value = float(text)
    except ValueError:
        raise _refuse(line, column, "not_a_number", file=file) from None
    if not math.isfinite(value):
        raise _refuse(line, column, "not_finite", file=file)
    return value


def parse_background(raw: bytes, card: Card) -> NDArray[np.float64]:
    """Rows by features (card order) as float64; header must be exactly the card's feature ids."""
    allow_missing = bool(card.raw["missing_values"])
    spellings = {f.id: f.spellings for f in card.features if f.type == "category"}
    _, values = parse_table(
        raw,
        file=BACKGROUND,
        expected=card.feature_ids,
        allow_missing=allow_missing,
        spellings=spellings,
    )
    for c, feature in enumerate(card.features):
        _check_kind(values[:, c], feature)
    return values


def _check_kind(column: NDArray[np.float64], feature: Feature) -> None:
    """Booleans are 0/1 and categories one of their codes (missing cells were checked before)."""
    allowed: set[float] | None = None
    if feature.type == "boolean":
        allowed = {0.0, 1.0}
    elif feature.type == "category":
        allowed = {v for v, _ in feature.choices}
    if allowed is None:
        return
    for r, value in enumerate(column.tolist()):
        if not math.isnan(value) and value not in allowed:
            reason = "not_boolean" if feature.type == "boolean" else "not_a_choice"
            raise _refuse(r + 2, feature.id, reason)


def format_background(values: NDArray[np.float64], card: Card) -> bytes:
    """Write rows back as CSV (shortest exact float text), header = feature ids."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(card.feature_ids)
    for row in values:
        writer.writerow(["" if math.isnan(v) else repr(float(v)).removesuffix(".0") for v in row])
    return out.getvalue().encode()
