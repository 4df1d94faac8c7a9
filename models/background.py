"""`background.csv`: the real reference rows SHAP explains against, checked against the card."""

from __future__ import annotations

import csv
import io
import math

import numpy as np
from numpy.typing import NDArray

from models.card import Card, Feature
from models.errors import Check, PackageError
from models.layout import BACKGROUND, MAX_BACKGROUND_ROWS


def _refuse(row: int, column: str, reason: str) -> PackageError:
    params = {"row": str(row), "column": column, "reason": reason}
    return PackageError(Check.BACKGROUND_INVALID, BACKGROUND, params)


def parse_background(raw: bytes, card: Card) -> NDArray[np.float64]:
    """Rows by features (card order) as float64; header must be exactly the card's feature ids."""
    try:
        rows = list(csv.reader(io.StringIO(raw.decode("utf-8"))))
    except (UnicodeDecodeError, csv.Error) as exc:
        raise _refuse(0, "", "not_utf8_csv") from exc
    if not rows:
        raise _refuse(1, "", "empty")
    header = [h.strip() for h in rows[0]]
    if tuple(header) != card.feature_ids:
        raise _refuse(1, ",".join(header)[:200], "header_not_card_features")
    body = [r for r in rows[1:] if r]
    if not body:
        raise _refuse(2, "", "no_rows")
    if len(body) > MAX_BACKGROUND_ROWS:
        raise _refuse(len(body) + 1, "", f"more_than_{MAX_BACKGROUND_ROWS}_rows")
    values = np.empty((len(body), len(header)), dtype=np.float64)
    allow_missing = bool(card.raw["missing_values"])
    for r, row in enumerate(body):
        line = r + 2
        if len(row) != len(header):
            raise _refuse(line, "", "wrong_number_of_fields")
        for c, (cell, feature) in enumerate(zip(row, card.features, strict=True)):
            values[r, c] = _cell(cell, feature, line=line, allow_missing=allow_missing)
    return values


def _cell(cell: str, feature: Feature, *, line: int, allow_missing: bool) -> float:
    text = cell.strip()
    if text == "":
        if allow_missing:
            return math.nan
        raise _refuse(line, feature.id, "missing_value")
    try:
        value = float(text)
    except ValueError:
        raise _refuse(line, feature.id, "not_a_number") from None
    if not math.isfinite(value):
        raise _refuse(line, feature.id, "not_finite")
    if feature.type == "boolean" and value not in (0.0, 1.0):
        raise _refuse(line, feature.id, "not_boolean")
    if feature.type == "category" and value not in {v for v, _ in feature.choices}:
        raise _refuse(line, feature.id, "not_a_choice")
    return value


def format_background(values: NDArray[np.float64], card: Card) -> bytes:
    """Write rows back as CSV (shortest exact float text), header = feature ids."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(card.feature_ids)
    for row in values:
        writer.writerow(["" if math.isnan(v) else repr(float(v)).removesuffix(".0") for v in row])
    return out.getvalue().encode()
