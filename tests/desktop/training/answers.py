"""Answers for the quiz tests, made from the package's own explanation of a library case."""

from __future__ import annotations

from desktop.training.cases import TrainingCase, load_library
from desktop.training.quiz import Answer
from desktop.training.session import explain_case
from models.verify import VerifiedPackage


def library_case(model_id: str, category: str, index: int = 0) -> TrainingCase:
    """The index-th library case of this category."""
    cases = [c for c in load_library(model_id).cases if c.category == category]
    return cases[index]


def right_answer(package: VerifiedPackage, case: TrainingCase) -> Answer:
    """The answer that earns every point: the model's side, its top factor, override iff wrong."""
    explanation = explain_case(package, case.inputs)
    contributions = explanation.contributions
    top = max(contributions, key=lambda f: abs(contributions[f]))
    high = explanation.prediction >= package.card.output["threshold"]
    wrong = high != (case.outcome == 1)
    return Answer(risk="high" if high else "low", factor=top, override=wrong)


def wrong_answer(package: VerifiedPackage, case: TrainingCase) -> Answer:
    """The answer that earns no point at all."""
    right = right_answer(package, case)
    other = next(f for f in package.card.feature_ids if f != right.factor)
    return Answer(
        risk="low" if right.risk == "high" else "high", factor=other, override=not right.override
    )
