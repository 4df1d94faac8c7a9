"""`kuona audit record --cases FILE.jsonl`: decisions entered late from paper forms.

Each line is explained and recorded as the GUI would record it, and marked as entered late
(`explanation.entered_late`, `explanation.decided_on`). Every line is checked and explained
before any is written; a bad file writes nothing and names each wrong line.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, Any

from desktop.audit.decision import Decision, record_decision
from desktop.audit.errors import AuditError
from desktop.audit.outcome import parse_day
from desktop.audit.outcome_errors import BatchError, LineProblem, OutcomeError, OutcomeRefusal
from explainers import Explanation, explain
from explainers.errors import ExplainError

if TYPE_CHECKING:
    from pathlib import Path

    from desktop.audit.record import AuditRecord
    from desktop.audit.store import AuditStore
    from models.verify import VerifiedPackage

KEYS = ("case", "decision", "reason", "estimate", "patient_ref", "note", "decided_on")
OPTIONAL_KEYS = ("role", "language")


@dataclass(frozen=True)
class LateCase:
    """One checked, explained line: its case, the decision on it and the day it was taken."""

    case: dict[str, float]
    decision: Decision
    decided_on: date
    explanation: Explanation


def _case(value: object, where: str) -> dict[str, float]:
    if not isinstance(value, dict):
        raise OutcomeError(OutcomeRefusal.BAD_FIELD, where, field="case")
    case = {}
    for key, item in value.items():
        if item is not None and (not isinstance(item, int | float) or isinstance(item, str)):
            raise OutcomeError(OutcomeRefusal.BAD_CASE, where, feature=str(key))
        case[str(key)] = math.nan if item is None else float(item)
    return case


def _text(data: dict[str, Any], key: str, where: str) -> str | None:
    value = data.get(key)
    if value is not None and not isinstance(value, str):
        raise OutcomeError(OutcomeRefusal.BAD_FIELD, where, field=key)
    return value


def _line(
    data: object, package: VerifiedPackage, *, where: str, today: date, language: str | None
) -> LateCase:
    if not isinstance(data, dict):
        raise OutcomeError(OutcomeRefusal.NOT_JSON, where)
    extra = sorted(set(data) - {*KEYS, *OPTIONAL_KEYS})
    if extra or "case" not in data or "decision" not in data or "decided_on" not in data:
        required = [k for k in ("case", "decision", "decided_on") if k not in data]
        field = extra[0] if extra else required[0]
        raise OutcomeError(OutcomeRefusal.BAD_FIELD, where, field=field)
    decided = parse_day(_text(data, "decided_on", where) or "-", today=today, file=where)
    decision = Decision(
        decision=str(data["decision"]),
        reason=_text(data, "reason", where),
        note=_text(data, "note", where),
        estimate=_text(data, "estimate", where),
        role=_text(data, "role", where),
        language=_text(data, "language", where) or language,
        patient_ref=_text(data, "patient_ref", where),
    )
    decision.check()
    case = _case(data["case"], where)
    runner = package.runner
    explanation = explain(runner, runner.spec, package.background, case)
    return LateCase(case, decision, decided, explanation)


def check_cases(
    path: Path, package: VerifiedPackage, *, today: date, language: str | None = None
) -> list[LateCase]:
    """Every line checked and explained, or BatchError naming each wrong line."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise OutcomeError(OutcomeRefusal.UNREADABLE, path.name, reason=str(exc)[:200]) from exc
    cases, problems = [], []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path.name}:{number}"
        try:
            data = json.loads(line)
        except json.JSONDecodeError:
            problems.append(LineProblem(where, "outcome:not_json"))
            continue
        try:
            cases.append(_line(data, package, where=where, today=today, language=language))
        except (OutcomeError, AuditError) as error:
            problems.append(LineProblem(where, error.message_key, dict(error.params)))
        except ExplainError as error:
            problems.append(LineProblem(where, error.problem.value, dict(error.params)))
    if not cases and not problems:
        raise OutcomeError(OutcomeRefusal.NO_ROWS, path.name)
    if problems:
        raise BatchError(path.name, tuple(problems))
    return cases


def record_cases(
    store: AuditStore,
    package: VerifiedPackage,
    path: Path,
    *,
    today: date | None = None,
    language: str | None = None,
    clinician: str | None = None,
) -> list[AuditRecord]:
    """Check and explain every line, then record them all in file order (in the name of the
    `clinician` account id, when given)."""
    cases = check_cases(path, package, today=today or date.today(), language=language)
    return [
        record_decision(
            store,
            package,
            item.explanation,
            inputs=item.case,
            decision=replace(item.decision, clinician=clinician),
            late={"entered_late": True, "decided_on": item.decided_on.isoformat()},
        )
        for item in cases
    ]
