"""`kuona audit outcome --from FILE.csv`: every row checked before any is written."""

from __future__ import annotations

import csv
import io
from datetime import date
from typing import TYPE_CHECKING, Any

from desktop import keys
from desktop.audit.followup import open_decisions
from desktop.audit.outcome import Observation, outcome_entry, outcome_rows
from desktop.audit.outcome_errors import BatchError, LineProblem, OutcomeError, OutcomeRefusal

if TYPE_CHECKING:
    from pathlib import Path

    from desktop.audit.record import AuditRecord
    from desktop.audit.store import AuditStore

COLUMNS = ("observed", "on", "source")
MAX_BYTES = 20_000_000


def read_rows(path: Path) -> list[tuple[int, dict[str, str]]]:
    """(line number as a text editor counts it, row) for every non-blank row of the CSV."""
    try:
        text = path.read_bytes()[: MAX_BYTES + 1].decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise OutcomeError(OutcomeRefusal.UNREADABLE, path.name, reason=str(exc)[:200]) from exc
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [h.strip() for h in reader.fieldnames or []]
    missing = [c for c in COLUMNS if c not in header]
    if "record_id" not in header and "patient_ref" not in header:
        missing.insert(0, "record_id|patient_ref")
    if missing:
        raise OutcomeError(OutcomeRefusal.MISSING_COLUMN, path.name, column=", ".join(missing))
    rows = []
    for row in reader:
        clean = {str(k).strip(): (v or "").strip() for k, v in row.items() if k is not None}
        if any(clean.values()):
            rows.append((reader.line_num, clean))
    if not rows:
        raise OutcomeError(OutcomeRefusal.NO_ROWS, path.name)
    return rows


def _decision_of(
    store: AuditStore, row: dict[str, str], answered: set[str], *, file: str, home: Path | None
) -> str:
    """The row's decision id: given, or the one open decision of its patient."""
    if row.get("record_id"):
        return row["record_id"]
    ref = row.get("patient_ref", "")
    pseudonym = keys.pseudonymise(ref, home=home) if ref else ""
    found = [
        item.record_id
        for item in open_decisions(
            store, horizons={}, today=date.max, pseudonym=pseudonym, due_only=False
        )
        if item.record_id not in answered
    ]
    if not found:
        raise OutcomeError(OutcomeRefusal.UNKNOWN_PATIENT, file, patient_ref=ref)
    if len(found) > 1:
        raise OutcomeError(
            OutcomeRefusal.AMBIGUOUS_PATIENT, file, patient_ref=ref, count=str(len(found))
        )
    return found[0]


def check_file(
    store: AuditStore,
    path: Path,
    *,
    today: date,
    home: Path | None = None,
    clinician: str | None = None,
) -> list[dict[str, Any]]:
    """The store entries of every row (each in `clinician`'s name when given), or BatchError
    naming each wrong line."""
    known = {row["uuid"]: row for row in outcome_rows(store)}
    entries: list[dict[str, Any]] = []
    problems: list[LineProblem] = []
    answered: set[str] = set()
    for line, row in read_rows(path):
        where = f"{path.name}:{line}"
        try:
            record_id = _decision_of(store, row, answered, file=where, home=home)
            observation = Observation(
                record_id=record_id,
                observed=row["observed"],
                on=row["on"] or None,
                source=row["source"] or "other",
                supersedes=row.get("supersedes") or None,
                clinician=clinician,
            )
            entry = outcome_entry(store, observation, today=today, file=where, outcomes=known)
        except OutcomeError as error:
            problems.append(LineProblem(where, error.message_key, dict(error.params)))
            continue
        answered.add(record_id)
        known[f"line:{line}"] = {"uuid": f"line:{line}", "body": entry["body"]}
        entries.append(entry)
    if problems:
        raise BatchError(path.name, tuple(problems))
    return entries


def record_file(
    store: AuditStore,
    path: Path,
    *,
    today: date | None = None,
    home: Path | None = None,
    clinician: str | None = None,
) -> list[AuditRecord]:
    """Check every row of the CSV, then append them all; nothing is written if one is wrong."""
    entries = check_file(store, path, today=today or date.today(), home=home, clinician=clinician)
    return [store.append(entry) for entry in entries]
