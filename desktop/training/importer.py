"""A trainer's own cases from a CSV file: header = the card's feature ids + `outcome`, and an
optional `note` column, in any order.

Every problem is reported, each with its row as a spreadsheet numbers it (the header is row 1),
its column and what is wrong. By default nothing is imported if any row is bad; with
`skip_bad=True` the good rows are imported and the bad ones reported. A header problem
(unknown, missing or repeated column) always stops the import. Values outside the card's
validated range are accepted (that is what out-of-range teaching cases are) and tagged.

Accepted as spreadsheets save them: UTF-8 with or without a byte-order mark; comma, semicolon
or tab separated (the header line decides); with semicolons or tabs a decimal comma (3,5).
"""

from __future__ import annotations

import csv
import io
import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from desktop.training.cases import TrainingCase
from desktop.training.errors import BadRow, RowProblem, TrainingError, TrainingRefusal
from desktop.training.records import NewCase
from desktop.training.session import all_cases
from desktop.training.store import TrainingStore
from models.card import Card, Feature
from models.case_category import categorise
from models.verify import VerifiedPackage

OUTCOME = "outcome"
NOTE = "note"
MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 2000
MAX_NOTE = 500
DELIMITERS = (",", ";", "\t")


@dataclass(frozen=True)
class ImportResult:
    """The cases imported and, in skip mode, the problems of the rows left out."""

    imported: list[TrainingCase]
    skipped: tuple[BadRow, ...]


@dataclass(frozen=True)
class CaseRow:
    """A CSV row whose every cell is valid (row numbered as in a spreadsheet)."""

    row: int
    inputs: dict[str, float]
    outcome: int
    note: str | None


def _too_large(file: str) -> TrainingError:
    return TrainingError(
        TrainingRefusal.CSV_TOO_LARGE,
        file,
        max_rows=str(MAX_ROWS),
        max_mb=str(MAX_BYTES // (1024 * 1024)),
    )


def _text(raw: bytes, file: str) -> str:
    if len(raw) > MAX_BYTES:
        raise _too_large(file)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise TrainingError(TrainingRefusal.CSV_NOT_UTF8, file) from None


def _records(text: str, file: str) -> tuple[list[list[str]], str]:
    """All CSV records and the delimiter (the one most used on the header line)."""
    first = text.split("\n", 1)[0]
    delimiter = max(DELIMITERS, key=first.count)
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise TrainingError(TrainingRefusal.CSV_UNREADABLE, file, reason=str(exc)) from exc
    if not records or not any(cell.strip() for cell in records[0]):
        raise TrainingError(TrainingRefusal.CSV_EMPTY, file)
    return records, delimiter


def _header_problems(header: list[str], card: Card) -> list[BadRow]:
    known = {*card.feature_ids, OUTCOME, NOTE}
    problems = []
    for index, name in enumerate(header):
        if name in header[:index]:
            problems.append(BadRow(1, name, RowProblem.DUPLICATE_COLUMN))
        elif name not in known:
            allowed = ", ".join([*card.feature_ids, OUTCOME, NOTE])
            problems.append(BadRow(1, name, RowProblem.UNKNOWN_COLUMN, expected=allowed))
    for name in (*card.feature_ids, OUTCOME):
        if name not in header:
            problems.append(BadRow(1, name, RowProblem.MISSING_COLUMN))
    return problems


def _number(cell: str, *, decimal_comma: bool) -> float | RowProblem:
    text = cell.strip().replace(",", ".") if decimal_comma else cell.strip()
    try:
        value = float(text)
    except ValueError:
        return RowProblem.NOT_A_NUMBER
    return value if math.isfinite(value) else RowProblem.NOT_FINITE


def _feature_value(
    cell: str, feature: Feature, *, missing_ok: bool, decimal_comma: bool
) -> float | RowProblem:
    if not cell.strip():
        return math.nan if missing_ok and not feature.required else RowProblem.MISSING_VALUE
    value = _number(cell, decimal_comma=decimal_comma)
    if isinstance(value, RowProblem):
        return value
    if feature.type == "boolean" and value not in (0.0, 1.0):
        return RowProblem.NOT_BOOLEAN
    if feature.type == "category" and value not in {v for v, _ in feature.choices}:
        return RowProblem.NOT_A_CHOICE
    return value


def _expected(feature: Feature) -> str:
    """What the feature accepts, for the message: its codes, or 0/1."""
    if feature.type == "category":
        return ", ".join(f"{v:g} = {label}" for v, label in feature.choices)
    return "0, 1" if feature.type == "boolean" else ""


def _outcome(cell: str) -> int | RowProblem:
    if not cell.strip():
        return RowProblem.MISSING_VALUE
    value = _number(cell, decimal_comma=False)
    if isinstance(value, RowProblem) or value not in (0.0, 1.0):
        return RowProblem.OUTCOME_NOT_BINARY
    return int(value)


def _parse_row(
    cells: dict[str, str], number: int, card: Card, *, decimal_comma: bool
) -> CaseRow | list[BadRow]:
    problems: list[BadRow] = []
    inputs: dict[str, float] = {}
    missing_ok = bool(card.raw["missing_values"])
    for feature in card.features:
        cell = cells[feature.id]
        value = _feature_value(cell, feature, missing_ok=missing_ok, decimal_comma=decimal_comma)
        if isinstance(value, RowProblem):
            problems.append(
                BadRow(number, feature.id, value, cell.strip()[:40], _expected(feature))
            )
        else:
            inputs[feature.id] = value
    outcome = _outcome(cells[OUTCOME])
    if isinstance(outcome, RowProblem):
        problems.append(BadRow(number, OUTCOME, outcome, cells[OUTCOME].strip()[:40]))
    note = cells.get(NOTE, "").strip() or None
    if note is not None and len(note) > MAX_NOTE:
        problems.append(BadRow(number, NOTE, RowProblem.NOTE_TOO_LONG, "", str(MAX_NOTE)))
    if problems or isinstance(outcome, RowProblem):
        return problems
    return CaseRow(number, inputs, outcome, note)


def parse_cases(raw: bytes, card: Card, *, file: str) -> tuple[list[CaseRow], list[BadRow]]:
    """The good rows and every problem found; refused outright when the header is wrong."""
    records, delimiter = _records(_text(raw, file), file)
    header = [name.strip() for name in records[0]]
    header_problems = _header_problems(header, card)
    if header_problems:
        raise TrainingError(
            TrainingRefusal.CSV_BAD_ROWS, file, rows=tuple(header_problems), count="1"
        )
    body = [(i + 1, r) for i, r in enumerate(records) if i > 0 and any(c.strip() for c in r)]
    if not body:
        raise TrainingError(TrainingRefusal.CSV_NO_ROWS, file)
    if len(body) > MAX_ROWS:
        raise _too_large(file)
    good: list[CaseRow] = []
    problems: list[BadRow] = []
    for number, cells in body:
        if len(cells) != len(header):
            problems.append(
                BadRow(
                    number, "", RowProblem.WRONG_NUMBER_OF_FIELDS, str(len(cells)), str(len(header))
                )
            )
            continue
        parsed = _parse_row(
            dict(zip(header, cells, strict=True)), number, card, decimal_comma=delimiter != ","
        )
        if isinstance(parsed, list):
            problems.extend(parsed)
        else:
            good.append(parsed)
    return good, problems


def _duplicates(
    rows: list[CaseRow], known: list[TrainingCase]
) -> tuple[list[CaseRow], list[BadRow]]:
    """Rows repeating (same values and outcome) a known case or an earlier row of the file."""
    seen = {(tuple(sorted(c.inputs.items())), c.outcome): c.id for c in known}
    earlier: dict[tuple[object, ...], int] = {}
    kept, problems = [], []
    for row in rows:
        key = (tuple(sorted(row.inputs.items())), row.outcome)
        if key in seen:
            problems.append(BadRow(row.row, "", RowProblem.DUPLICATE_CASE, seen[key]))
        elif key in earlier:
            problems.append(BadRow(row.row, "", RowProblem.REPEATED_ROW, str(earlier[key])))
        else:
            earlier[key] = row.row
            kept.append(row)
    return kept, problems


def import_cases(
    store: TrainingStore, package: VerifiedPackage, path: Path, *, skip_bad: bool = False
) -> ImportResult:
    """Check every row of `path`, predict the good ones with the package, store them."""
    card = package.card
    try:
        raw = path.read_bytes()
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise TrainingError(TrainingRefusal.CSV_UNREADABLE, path.name, reason=reason) from exc
    good, problems = parse_cases(raw, card, file=path.name)
    good, repeated = _duplicates(good, all_cases(store, card.id))
    problems = sorted([*problems, *repeated], key=lambda p: p.row)
    if (problems and not skip_bad) or not good:
        raise TrainingError(
            TrainingRefusal.CSV_BAD_ROWS,
            path.name,
            rows=tuple(problems),
            count=str(len({p.row for p in problems})),
        )
    matrix = [[row.inputs[f] for f in card.feature_ids] for row in good]
    predictions = package.runner.predict(np.array(matrix, dtype=np.float64))
    cases = [
        NewCase(
            row=row.row,
            inputs=row.inputs,
            outcome=row.outcome,
            note=row.note,
            prediction=float(p),
            kind=categorise(card, row.inputs, prediction=float(p), outcome=row.outcome),
        )
        for row, p in zip(good, predictions, strict=True)
    ]
    imported = store.add_cases(card.id, cases, source_file=path.name)
    return ImportResult(imported=imported, skipped=tuple(problems))
