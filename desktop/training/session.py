"""One step of a training session: explain a case, score a trainee's answer, store it."""

from __future__ import annotations

from collections.abc import Mapping

from desktop.training.cases import TrainingCase, load_library
from desktop.training.errors import TrainingError, TrainingRefusal
from desktop.training.quiz import Answer, case_truth, score
from desktop.training.records import AnswerRow, Session, Trainee, now
from desktop.training.store import TrainingStore
from explainers import Explanation, explain
from models.assessment import with_reliability
from models.case_category import threshold
from models.verify import VerifiedPackage

FORM = "quiz"


def explain_case(package: VerifiedPackage, inputs: Mapping[str, float]) -> Explanation:
    """The package's explanation of a case, in probability space (what the trainee sees), with
    its range and trust warnings."""
    runner = package.runner
    explanation = explain(
        runner, runner.spec, package.background, inputs, output_space="probability"
    )
    return with_reliability(package, inputs, explanation)


def all_cases(store: TrainingStore, model_id: str) -> list[TrainingCase]:
    """The shipped library's cases, then the trainer's own, for one model."""
    return [*load_library(model_id).cases, *store.trainer_cases(model_id)]


def find_case(cases: list[TrainingCase], case_id: str) -> TrainingCase:
    """The case with this id; refused when there is none."""
    for case in cases:
        if case.id == case_id:
            return case
    raise TrainingError(TrainingRefusal.UNKNOWN_CASE, FORM, case=case_id)


def answer_case(
    store: TrainingStore,
    package: VerifiedPackage,
    *,
    session: Session,
    trainee: Trainee,
    case: TrainingCase,
    answer: Answer,
) -> AnswerRow:
    """Score `answer` on `case` against the package's explanation and the true outcome; store it.

    Refused when the session has ended, when case, session and package are of different models,
    or when the answer is not one of the allowed values.
    """
    current = store.session(session.id)
    if current.ended_at is not None:
        raise TrainingError(TrainingRefusal.SESSION_ENDED, FORM, session=session.id)
    card = package.card
    if not case.model == current.model == card.id:
        raise TrainingError(
            TrainingRefusal.SESSION_OTHER_MODEL, FORM, expected=current.model, found=case.model
        )
    answer.check(card.feature_ids)
    explanation = explain_case(package, case.inputs)
    truth = case_truth(explanation, threshold=threshold(card), outcome=case.outcome)
    row = AnswerRow(
        session=current,
        trainee=trainee,
        case_id=case.id,
        case_source=case.source,
        category=case.category,
        answer=answer,
        truth=truth,
        score=score(answer, truth),
        answered_at=now(),
    )
    store.save_answer(row)
    return row
