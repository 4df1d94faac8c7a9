"""Quiz scoring: one point each for the model's side, its top factor, and override iff wrong."""

from __future__ import annotations

import dataclasses

import pytest

from desktop.training.errors import TrainingError, TrainingRefusal
from desktop.training.quiz import Answer, Score, case_truth, score, top_factors
from desktop.training.session import answer_case, explain_case
from desktop.training.store import TrainingStore
from explainers import Explanation
from models.verify import VerifiedPackage
from tests.desktop.training.answers import library_case, right_answer, wrong_answer

MODEL = "pima-diabetes-lr"


@pytest.mark.parametrize("category", ["typical", "borderline", "wrong", "out_of_range"])
def test_right_answers_earn_three_points_wrong_ones_none(
    pima: VerifiedPackage, category: str
) -> None:
    """On every kind of library case the right answer scores 3 and the opposite scores 0."""
    case = library_case(MODEL, category)
    truth = case_truth(explain_case(pima, case.inputs), threshold=0.5, outcome=case.outcome)
    assert score(right_answer(pima, case), truth) == Score(1, 1, 1)
    assert score(wrong_answer(pima, case), truth).total == 0


def test_each_question_is_scored_on_its_own(pima: VerifiedPackage) -> None:
    """Getting one question wrong costs that question's point only."""
    case = library_case(MODEL, "typical")
    truth = case_truth(explain_case(pima, case.inputs), threshold=0.5, outcome=case.outcome)
    right, wrong = right_answer(pima, case), wrong_answer(pima, case)
    assert score(dataclasses.replace(right, risk=wrong.risk), truth) == Score(0, 1, 1)
    assert score(dataclasses.replace(right, factor=wrong.factor), truth) == Score(1, 0, 1)
    assert score(dataclasses.replace(right, override=wrong.override), truth) == Score(1, 1, 0)


def test_override_is_right_exactly_when_the_model_was_wrong(pima: VerifiedPackage) -> None:
    """On a wrongly predicted case overriding earns the point; on a typical one it does not."""
    wrong_case = library_case(MODEL, "wrong")
    truth = case_truth(
        explain_case(pima, wrong_case.inputs), threshold=0.5, outcome=wrong_case.outcome
    )
    assert truth.model_wrong
    assert score(Answer("high", "glu", override=True), truth).override == 1
    typical = library_case(MODEL, "typical")
    truth = case_truth(explain_case(pima, typical.inputs), threshold=0.5, outcome=typical.outcome)
    assert not truth.model_wrong
    assert score(Answer("high", "glu", override=True), truth).override == 0


def _explanation(contributions: dict[str, float], space: str = "probability") -> Explanation:
    return Explanation(
        model="m",
        model_version="1",
        prediction=0.3 + sum(contributions.values()),
        output_space=space,
        base_value=0.3,
        contributions=contributions,
        method="test",
        exact=True,
        warnings=[],
    )


def test_tied_top_factors_all_count() -> None:
    """Two features with the same absolute contribution both earn the factor point."""
    explanation = _explanation({"a": 0.1, "b": -0.1, "c": 0.05})
    assert top_factors(explanation) == ("a", "b")
    truth = case_truth(explanation, threshold=0.5, outcome=0)
    assert score(Answer("low", "b", override=False), truth) == Score(1, 1, 1)
    assert score(Answer("low", "c", override=False), truth).factor == 0


def test_truths_are_read_in_probability_space() -> None:
    """A logit explanation cannot be scored against a probability threshold."""
    with pytest.raises(ValueError, match="probability"):
        case_truth(_explanation({"a": 0.1}, space="logit"), threshold=0.5, outcome=1)


@pytest.mark.parametrize(
    ("answer", "field"),
    [(Answer("maybe", "glu", False), "risk"), (Answer("high", "weight", False), "factor")],
)
def test_answers_outside_the_choices_are_refused(
    pima: VerifiedPackage, answer: Answer, field: str
) -> None:
    """A risk other than high/low, or a factor the model does not have, is refused by name."""
    with pytest.raises(TrainingError) as caught:
        answer.check(pima.card.feature_ids)
    assert caught.value.code is TrainingRefusal.ANSWER_NOT_ALLOWED
    assert caught.value.params["field"] == field


def test_answer_case_scores_and_stores_the_answer(
    pima: VerifiedPackage, store: TrainingStore
) -> None:
    """The stored answer carries the package's truth for the case and the points earned."""
    session = store.start_session(model=MODEL, model_version="1.0.0", mode="quiz")
    trainee = store.trainee("Amina")
    case = library_case(MODEL, "wrong")
    row = answer_case(
        store, pima, session=session, trainee=trainee, case=case, answer=right_answer(pima, case)
    )
    assert row.score == Score(1, 1, 1)
    assert row.truth.prediction == pytest.approx(case.prediction, abs=1e-5)
    assert row.truth.model_wrong and row.category == "wrong"
    (stored,) = store.answers()
    assert stored == row


def test_second_answer_on_the_same_case_is_refused(
    pima: VerifiedPackage, store: TrainingStore
) -> None:
    """A trainee answers each case once per session; the first answer stands."""
    session = store.start_session(model=MODEL, model_version="1.0.0", mode="quiz")
    trainee = store.trainee("Amina")
    case = library_case(MODEL, "typical")
    first = answer_case(
        store, pima, session=session, trainee=trainee, case=case, answer=right_answer(pima, case)
    )
    with pytest.raises(TrainingError) as caught:
        answer_case(
            store,
            pima,
            session=session,
            trainee=trainee,
            case=case,
            answer=wrong_answer(pima, case),
        )
    assert caught.value.code is TrainingRefusal.ALREADY_ANSWERED
    assert store.answers() == [first]


def test_no_answers_after_the_session_ended(pima: VerifiedPackage, store: TrainingStore) -> None:
    """An ended session takes no more answers."""
    session = store.start_session(model=MODEL, model_version="1.0.0", mode="quiz")
    store.end_session(session.id)
    case = library_case(MODEL, "typical")
    with pytest.raises(TrainingError) as caught:
        answer_case(
            store,
            pima,
            session=session,
            trainee=store.trainee("Amina"),
            case=case,
            answer=right_answer(pima, case),
        )
    assert caught.value.code is TrainingRefusal.SESSION_ENDED
    assert store.answers() == []


def test_a_case_of_another_model_is_refused(
    packages: dict[str, VerifiedPackage], store: TrainingStore
) -> None:
    """A heart case cannot be answered in a pima session."""
    session = store.start_session(model=MODEL, model_version="1.0.0", mode="quiz")
    case = library_case("heart-cad-mlp", "typical")
    with pytest.raises(TrainingError) as caught:
        answer_case(
            store,
            packages[MODEL],
            session=session,
            trainee=store.trainee("Amina"),
            case=case,
            answer=Answer("high", "glu", False),
        )
    assert caught.value.code is TrainingRefusal.SESSION_OTHER_MODEL
