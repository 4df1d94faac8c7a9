"""Quiz questions asked before the true outcome is revealed, and how each answer is scored.

Scoring rules (one point per question, at most 3 points per case):

- **Risk**: the trainee says "high" or "low". One point when that is the model's side of the
  card's threshold (a prediction at or above the threshold is "high", as the card's metrics
  count it). It checks that the output was read correctly, not whether the patient was ill.
- **Factor**: the trainee names the feature that mattered most. One point when it has the
  largest absolute contribution in the explanation (features tied within 1e-9 all count).
- **Override**: the trainee says whether they would override the model. One point when that
  matches whether the model was wrong on this case (its side of the threshold disagrees with
  the true outcome). Scored against the outcome revealed afterwards: it rewards noticing when
  a model should not be followed (out of range, borderline, implausible explanation).

A summary's percentage is points / (3 x answers).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktop.training.errors import TrainingError, TrainingRefusal
from explainers import Explanation

RISKS = ("high", "low")
QUESTIONS = ("risk", "factor", "override")
POINTS_PER_CASE = len(QUESTIONS)
TIE = 1e-9
#: What a refused answer names as its "file": the quiz form.
FORM = "quiz"


@dataclass(frozen=True)
class Answer:
    """A trainee's three answers on one case, given before the reveal."""

    risk: str
    factor: str
    override: bool

    def check(self, features: Sequence[str]) -> None:
        """Refuse (TrainingError) a risk other than high/low or a factor not of the model."""
        if self.risk not in RISKS:
            raise TrainingError(
                TrainingRefusal.ANSWER_NOT_ALLOWED,
                FORM,
                field="risk",
                value=str(self.risk),
                allowed=", ".join(RISKS),
            )
        if self.factor not in features:
            raise TrainingError(
                TrainingRefusal.ANSWER_NOT_ALLOWED,
                FORM,
                field="factor",
                value=str(self.factor),
                allowed=", ".join(features),
            )


@dataclass(frozen=True)
class CaseTruth:
    """What the answers are scored against: the model's output on the case, and the outcome."""

    threshold: float
    prediction: float
    model_high: bool
    top_factors: tuple[str, ...]
    outcome: int
    model_wrong: bool


@dataclass(frozen=True)
class Score:
    """Points for each question (0 or 1)."""

    risk: int
    factor: int
    override: int

    @property
    def total(self) -> int:
        """Points on this case (0 to POINTS_PER_CASE)."""
        return self.risk + self.factor + self.override


def top_factors(explanation: Explanation) -> tuple[str, ...]:
    """The feature(s) with the largest absolute contribution, in the explanation's order."""
    sizes = {f: abs(v) for f, v in explanation.contributions.items()}
    largest = max(sizes.values())
    return tuple(f for f, size in sizes.items() if size >= largest - TIE)


def case_truth(explanation: Explanation, *, threshold: float, outcome: int) -> CaseTruth:
    """The truth for one case from its explanation (probability space) and true outcome."""
    if explanation.output_space != "probability":
        raise ValueError("quiz truths are read in probability space")
    high = explanation.prediction >= threshold
    return CaseTruth(
        threshold=threshold,
        prediction=explanation.prediction,
        model_high=high,
        top_factors=top_factors(explanation),
        outcome=outcome,
        model_wrong=high != (outcome == 1),
    )


def score(answer: Answer, truth: CaseTruth) -> Score:
    """Score one answer by the rules in this module's docstring."""
    return Score(
        risk=int((answer.risk == "high") == truth.model_high),
        factor=int(answer.factor in truth.top_factors),
        override=int(answer.override == truth.model_wrong),
    )
