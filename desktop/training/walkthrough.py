"""A trainer stepping through one model's training cases: plain state the training screens follow.

One case at a time, in four steps (one idea per screen in presentation mode): the case's values,
the model's prediction, its explanation, then the true outcome. Once a case's outcome has been
revealed in this walkthrough it stays revealed, and no trainee may answer its quiz any more.

What is shown of the current case is a `Consultation` (what the clinician's ResultView follows);
nothing here ever calls its `decide`, so nothing from training reaches the audit log.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from desktop.consultation import Consultation
from desktop.observable import Listener, Observable
from models.eligibility import passing_answers

if TYPE_CHECKING:
    from collections.abc import Sequence

    from desktop.training.cases import TrainingCase
    from desktop.training.records import AnswerRow, Session, Trainee
    from explainers import Explanation
    from models.verify import VerifiedPackage


class Step(StrEnum):
    """What of the current case is on screen, in the order it is shown."""

    CASE = "case"
    PREDICTION = "prediction"
    EXPLANATION = "explanation"
    OUTCOME = "outcome"


STEPS = tuple(Step)


@dataclass
class Walkthrough(Observable):
    """The cases of one model, the current one and its step, and the quiz session if any."""

    package: VerifiedPackage
    cases: list[TrainingCase]
    index: int = 0
    step: Step = Step.CASE
    session: Session | None = None
    trainees: list[Trainee] = field(default_factory=list)
    history: list[AnswerRow] = field(default_factory=list)  # every stored answer
    revealed: set[str] = field(default_factory=set)  # case ids whose outcome was shown
    shown: Consultation = field(init=False)
    _listeners: list[Listener] = field(default_factory=list)

    def __post_init__(self) -> None:
        """What is shown starts empty; `go_to` starts explaining a case."""
        if not self.cases:
            raise ValueError(f"{self.package.card.id}: no training cases")
        self.shown = Consultation(self.package, judgement_first=False)

    @property
    def case(self) -> TrainingCase:
        """The current case."""
        return self.cases[self.index]

    @property
    def explanation(self) -> Explanation | None:
        """The current case's explanation, once computed."""
        return self.shown.explanation if self.shown.revealed else None

    @property
    def is_revealed(self) -> bool:
        """The current case's true outcome has been shown in this walkthrough."""
        return self.case.id in self.revealed

    def go_to(self, index: int) -> int:
        """Show case `index` from its first step; returns the ticket `explained` must quote."""
        if not 0 <= index < len(self.cases):
            raise IndexError(f"case {index} of {len(self.cases)}")
        self.index, self.step = index, Step.CASE
        # library cases are real held-out patients the card allows: questions do not apply
        answers = passing_answers(self.package.card.raw)
        ticket = self.shown.start(self.case.inputs, answers)
        self._changed()
        return ticket

    def next(self) -> int | None:
        """The next case (None at the last one)."""
        return self.go_to(self.index + 1) if self.index + 1 < len(self.cases) else None

    def previous(self) -> int | None:
        """The previous case (None at the first one)."""
        return self.go_to(self.index - 1) if self.index > 0 else None

    def explained(self, ticket: int, explanation: Explanation) -> bool:
        """The explanation for `ticket` is ready; False (ignored) when it is for another case."""
        accepted = self.shown.finish(ticket, explanation)
        if accepted:
            self._changed()
        return accepted

    def failed(self, ticket: int, error: str) -> bool:
        """The explanation for `ticket` failed; False when it is for another case."""
        accepted = self.shown.fail(ticket, error)
        if accepted:
            self._changed()
        return accepted

    def reveal(self) -> None:
        """Show the current case's true outcome (its quiz closes)."""
        self.revealed.add(self.case.id)
        self.step = Step.OUTCOME
        self._changed()

    def forward(self) -> bool:
        """The next step of this case (the last one reveals the outcome); False at the last."""
        position = STEPS.index(self.step)
        if position + 1 == len(STEPS):
            return False
        if STEPS[position + 1] is Step.OUTCOME:
            self.reveal()
        else:
            self.step = STEPS[position + 1]
            self._changed()
        return True

    def back(self) -> bool:
        """The previous step of this case (an outcome shown stays revealed); False at the first."""
        position = STEPS.index(self.step)
        if position == 0:
            return False
        self.step = STEPS[position - 1]
        self._changed()
        return True

    def add_cases(self, cases: Sequence[TrainingCase]) -> None:
        """A trainer's imported cases join the end of the list."""
        self.cases.extend(cases)
        self._changed()

    def begin_session(self, session: Session, trainees: Sequence[Trainee]) -> None:
        """A session starts on this model (quiz answers are taken from `trainees`)."""
        if session.model != self.package.card.id:
            raise ValueError(f"session on {session.model}, walkthrough on {self.package.card.id}")
        self.session, self.trainees = session, list(trainees)
        self._changed()

    def end_session(self, ended: Session) -> None:
        """The session has ended (kept for its summary; no more answers)."""
        self.session = ended
        self._changed()

    @property
    def taking_answers(self) -> bool:
        """A quiz is running and the current case's outcome is still hidden."""
        return (
            self.session is not None
            and self.session.ended_at is None
            and bool(self.trainees)
            and not self.is_revealed
        )

    def set_history(self, rows: Sequence[AnswerRow]) -> None:
        """Every stored answer (after one was recorded, or at start)."""
        self.history = list(rows)
        self._changed()

    def case_answers(self) -> list[AnswerRow]:
        """This session's answers on the current case."""
        if self.session is None:
            return []
        sid, cid = self.session.id, self.case.id
        return [r for r in self.history if r.session.id == sid and r.case_id == cid]

    def waiting(self) -> list[Trainee]:
        """Trainees of this session who have not answered the current case yet."""
        answered = {r.trainee.id for r in self.case_answers()}
        return [t for t in self.trainees if t.id not in answered]

    def visible_history(self) -> list[AnswerRow]:
        """Answers whose scores may be shown: all but this session's on unrevealed cases (their
        override points would give the outcome away)."""
        sid = self.session.id if self.session is not None else None
        return [r for r in self.history if r.session.id != sid or r.case_id in self.revealed]
