"""Outcome records: what happened to the patient a decision was about, linked by record id.

An outcome names the decision it observes (`body.observes`); a correction is a new outcome that
names the one it supersedes (`body.supersedes`), so nothing is ever edited. Every check runs
before anything is written, and a refusal is one OutcomeError (a code and its numbers).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from desktop.audit.entry import from_row
from desktop.audit.outcome_errors import OutcomeError, OutcomeRefusal
from desktop.audit.record import CLINICIAN

if TYPE_CHECKING:
    from collections.abc import Iterable

    from desktop.audit.record import AuditRecord
    from desktop.audit.store import AuditStore

KIND = "outcome"
SOURCES = ("clinic_visit", "lab", "register", "phone", "other")
#: What a refused outcome names as its "file" when it was typed, not read from a file.
FORM = "outcome"
BINARY, NUMBER = "binary", "number"


@dataclass(frozen=True)
class Observation:
    """An outcome as entered: the decision's id, the value as typed, when, how it was learnt."""

    record_id: str
    observed: str | float
    on: str | None = None
    source: str = "other"
    supersedes: str | None = None
    note: str | None = None
    role: str | None = None
    language: str | None = None
    clinician: str | None = None  # the signed-in account's pseudonymous id, never a name


def record_data(store: AuditStore, record_id: str) -> dict[str, Any] | None:
    """The stored record with this id (any kind), or None."""
    rows = list(store.db.query("SELECT * FROM records WHERE uuid = ?", [record_id.strip()]))
    return from_row(rows[0]) if rows else None


def outcome_rows(store: AuditStore) -> list[dict[str, Any]]:
    """Every outcome record in the log, in seq order."""
    query = "SELECT * FROM records WHERE kind = ? ORDER BY seq"
    return [from_row(row) for row in store.db.query(query, [KIND])]


def current_outcomes(outcomes: Iterable[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Decision id -> its outcome in force (the one no later outcome supersedes)."""
    rows = list(outcomes)
    superseded = {row["body"].get("supersedes") for row in rows}
    return {row["body"]["observes"]: row for row in rows if row["uuid"] not in superseded}


def decision_day(data: dict[str, Any]) -> date:
    """The day the decision was taken: as entered late (`decided_on`), else its local day."""
    late = data.get("explanation", {}).get("decided_on")
    if isinstance(late, str):
        return date.fromisoformat(late)
    utc = datetime.fromisoformat(str(data["created_utc"]).replace("Z", "+00:00"))
    return (utc + timedelta(minutes=int(data.get("local_offset_min") or 0))).date()


def value_kind(decision: dict[str, Any]) -> str:
    """`binary` for a classifier's decision (probability or logit), else `number`."""
    return BINARY if decision.get("output_space") in ("probability", "logit") else NUMBER


def parse_value(value: str | float, *, kind: str, file: str) -> float:
    """The observed value as a number: 0 or 1 for a binary outcome, any finite number else."""
    expected = "0, 1" if kind == BINARY else "number"
    number: float | None
    try:
        number = float(value) if not isinstance(value, bool) else None
    except (TypeError, ValueError):
        number = None
    if number is None or not math.isfinite(number) or (kind == BINARY and number not in (0, 1)):
        raise OutcomeError(OutcomeRefusal.WRONG_VALUE, file, value=str(value), expected=expected)
    return number


def parse_day(value: str | None, *, today: date, file: str) -> date:
    """A YYYY-MM-DD date (today when not given), never after today."""
    if value is None or not str(value).strip():
        return today
    try:
        day = date.fromisoformat(str(value).strip())
    except ValueError as exc:
        raise OutcomeError(OutcomeRefusal.BAD_DATE, file, value=str(value)) from exc
    if day > today:
        raise OutcomeError(OutcomeRefusal.IN_FUTURE, file, on=day.isoformat(), today=str(today))
    return day


def _decision(store: AuditStore, record_id: str, file: str) -> dict[str, Any]:
    data = record_data(store, record_id)
    if data is None:
        raise OutcomeError(OutcomeRefusal.UNKNOWN_RECORD, file, record_id=record_id)
    if data.get("kind") != "decision":
        raise OutcomeError(
            OutcomeRefusal.NOT_A_DECISION, file, record_id=record_id, kind=str(data.get("kind"))
        )
    return data


def _check_link(
    decision_id: str, supersedes: str | None, outcomes: dict[str, dict[str, Any]], file: str
) -> None:
    """A first outcome names nothing; a correction names the decision's outcome in force."""
    in_force = current_outcomes(outcomes.values()).get(decision_id)
    if supersedes is None:
        if in_force is not None:
            raise OutcomeError(
                OutcomeRefusal.OUTCOME_EXISTS, file, record_id=decision_id, outcome=in_force["uuid"]
            )
        return
    old = outcomes.get(supersedes)
    if old is None:
        raise OutcomeError(OutcomeRefusal.SUPERSEDES_UNKNOWN, file, outcome=supersedes)
    if old["body"]["observes"] != decision_id:
        raise OutcomeError(
            OutcomeRefusal.SUPERSEDES_OTHER, file, outcome=supersedes, record_id=decision_id
        )
    if in_force is None or in_force["uuid"] != supersedes:
        raise OutcomeError(OutcomeRefusal.ALREADY_SUPERSEDED, file, outcome=supersedes)


def outcome_entry(
    store: AuditStore,
    observation: Observation,
    *,
    today: date,
    file: str = FORM,
    outcomes: dict[str, dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """The checked store entry for one observation (OutcomeError if anything is wrong).

    `outcomes` (uuid -> outcome data) lets a batch see the rows before it; default: the log's.
    """
    known = {row["uuid"]: row for row in outcome_rows(store)} if outcomes is None else outcomes
    decision_id = observation.record_id.strip()
    decision = _decision(store, decision_id, file)
    value = parse_value(observation.observed, kind=value_kind(decision), file=file)
    day = parse_day(observation.on, today=today, file=file)
    decided = decision_day(decision)
    if day < decided:
        raise OutcomeError(
            OutcomeRefusal.BEFORE_DECISION, file, on=day.isoformat(), decided=decided.isoformat()
        )
    if observation.source not in SOURCES:
        raise OutcomeError(
            OutcomeRefusal.BAD_SOURCE,
            file,
            value=str(observation.source),
            allowed=", ".join(SOURCES),
        )
    supersedes = observation.supersedes.strip() if observation.supersedes else None
    _check_link(decision_id, supersedes, known, file)
    return {
        "kind": KIND,
        "model": decision["model"],
        "body": {
            "observes": decision_id,
            "observed": int(value) if value_kind(decision) == BINARY else value,
            "on": day.isoformat(),
            "source": observation.source,
            "supersedes": supersedes,
        },
        "note": observation.note or None,
        "role": observation.role,
        "language": observation.language,
        "patient_ref": decision.get("patient_ref"),
        **({CLINICIAN: observation.clinician} if observation.clinician is not None else {}),
    }


def record_outcome(
    store: AuditStore, observation: Observation, *, today: date | None = None
) -> AuditRecord:
    """Check one observation and append it as an outcome record."""
    return store.append(outcome_entry(store, observation, today=today or date.today()))
