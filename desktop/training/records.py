"""The values training.sqlite holds, as they cross modules, and how its rows become them."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from desktop.training.cases import TRAINER_SOURCE, TrainingCase
from desktop.training.quiz import Answer, CaseTruth, Score
from models.case_category import CaseKind


def now() -> str:
    """UTC time as ISO 8601 with microseconds and 'Z' (sorts as text)."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass(frozen=True)
class Trainee:
    """A person taking quizzes, known by the name the trainer typed."""

    id: str
    name: str


@dataclass(frozen=True)
class Session:
    """One demonstration or quiz on one model."""

    id: str
    model: str
    model_version: str
    mode: str
    trainer: str | None
    started_at: str
    ended_at: str | None


@dataclass(frozen=True)
class NewCase:
    """A checked row of a trainer's CSV, with what the model predicts for it today."""

    row: int
    inputs: dict[str, float]
    outcome: int
    note: str | None
    prediction: float
    kind: CaseKind


@dataclass(frozen=True)
class AnswerRow:
    """One stored answer with its session, trainee, case facts, truth and points."""

    session: Session
    trainee: Trainee
    case_id: str
    case_source: str
    category: str
    answer: Answer
    truth: CaseTruth
    score: Score
    answered_at: str


def trainer_case(row: dict[str, Any]) -> TrainingCase:
    """A trainer's case from its `cases` row (id t<row id>)."""
    return TrainingCase(
        id=f"t{row['id']}",
        model=row["model"],
        source=TRAINER_SOURCE,
        category=row["category"],
        tags=tuple(json.loads(row["tags"])),
        outcome=int(row["outcome"]),
        prediction=float(row["prediction"]),
        inputs={str(k): float(v) for k, v in json.loads(row["inputs"]).items()},
        out_of_range=tuple(json.loads(row["out_of_range"])),
        note=row["note"],
    )


def answer_row(row: dict[str, Any]) -> AnswerRow:
    """An answer from its `answers` row joined with its session and trainee."""
    truth = json.loads(row["truth"])
    truth["top_factors"] = tuple(truth["top_factors"])
    session = Session(
        row["session_id"],
        row["model"],
        row["model_version"],
        row["mode"],
        row["trainer"],
        row["started_at"],
        row["ended_at"],
    )
    return AnswerRow(
        session=session,
        trainee=Trainee(row["trainee_id"], row["trainee_name"]),
        case_id=row["case_id"],
        case_source=row["case_source"],
        category=row["category"],
        answer=Answer(row["answer_risk"], row["answer_factor"], bool(row["answer_override"])),
        truth=CaseTruth(**truth),
        score=Score(row["risk_point"], row["factor_point"], row["override_point"]),
        answered_at=row["answered_at"],
    )
