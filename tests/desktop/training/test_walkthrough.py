"""The walkthrough state the training screens follow: steps, reveal, stale results, quiz rules."""

from __future__ import annotations

import pytest

from desktop.training.cases import load_library
from desktop.training.session import answer_case, explain_case
from desktop.training.store import TrainingStore
from desktop.training.walkthrough import Step, Walkthrough
from models.verify import VerifiedPackage
from tests.desktop.training.answers import right_answer


def _walkthrough(pima: VerifiedPackage) -> Walkthrough:
    return Walkthrough(pima, list(load_library(pima.card.id).cases))


def test_steps_go_case_prediction_explanation_outcome_and_reveal(pima: VerifiedPackage) -> None:
    """forward() walks the four steps; the last one reveals the outcome; back() keeps it shown."""
    w = _walkthrough(pima)
    seen = []
    w.subscribe(lambda: seen.append(w.step))
    w.go_to(0)
    assert w.step is Step.CASE and not w.is_revealed
    assert w.forward() and w.forward() and w.step is Step.EXPLANATION
    assert not w.is_revealed
    assert w.forward() and w.step is Step.OUTCOME and w.is_revealed
    assert not w.forward()
    assert w.back() and w.step is Step.EXPLANATION and w.is_revealed
    assert seen == [Step.CASE, Step.PREDICTION, Step.EXPLANATION, Step.OUTCOME, Step.EXPLANATION]


def test_an_explanation_for_another_case_is_ignored(pima: VerifiedPackage) -> None:
    """A result that arrives after the trainer moved on is dropped; the current one is shown."""
    w = _walkthrough(pima)
    first = w.go_to(0)
    second = w.next()
    assert second is not None and w.index == 1
    assert not w.explained(first, explain_case(pima, w.cases[0].inputs))
    assert w.explanation is None
    current = explain_case(pima, w.case.inputs)
    assert w.explained(second, current)
    assert w.explanation is current
    assert w.previous() is not None and w.explanation is None
    assert w.go_to(0) and w.previous() is None
    with pytest.raises(IndexError):
        w.go_to(len(w.cases))


def test_quiz_closes_at_the_reveal_and_hides_unrevealed_scores(
    pima: VerifiedPackage, store: TrainingStore
) -> None:
    """Answers are taken until the reveal; scores of unrevealed cases of this session are hidden."""
    w = _walkthrough(pima)
    w.go_to(0)
    assert not w.taking_answers
    session = store.start_session(
        model=pima.card.id, model_version=pima.card.version, mode="quiz", trainer="T"
    )
    ana, ben = store.trainee("Ana"), store.trainee("Ben")
    w.begin_session(session, [ana, ben])
    assert w.taking_answers and w.waiting() == [ana, ben]
    answer_case(
        store, pima, session=session, trainee=ana, case=w.case, answer=right_answer(pima, w.case)
    )
    w.set_history(store.answers())
    assert [r.trainee for r in w.case_answers()] == [ana]
    assert w.waiting() == [ben]
    assert w.visible_history() == []
    w.reveal()
    assert not w.taking_answers
    assert [r.case_id for r in w.visible_history()] == [w.case.id]
    w.next()
    assert w.taking_answers and w.case_answers() == []
    w.end_session(store.end_session(session.id))
    assert not w.taking_answers


def test_a_session_on_another_model_is_refused(
    packages: dict[str, VerifiedPackage], store: TrainingStore
) -> None:
    """A walkthrough only takes sessions on its own model."""
    pima = packages["pima-diabetes-lr"]
    w = _walkthrough(pima)
    other = store.start_session(model="heart-cad-mlp", model_version="1.0.0", mode="quiz")
    with pytest.raises(ValueError, match="heart-cad-mlp"):
        w.begin_session(other, [])
