"""One patient's way through a model: the case, the clinician's own estimate, the explanation,
and the decision that goes into the audit log. Plain Python state that the GUI subscribes to.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import TYPE_CHECKING

from desktop.audit.decision import Decision, record_decision
from desktop.audit.ineligible import record_ineligible
from desktop.audit.record import ESTIMATES, AuditRecord
from desktop.observable import Listener, Observable
from models.eligibility import Eligibility, assess_eligibility

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from desktop.audit.store import AuditStore
    from explainers import Explanation
    from models.verify import VerifiedPackage


class Stage(StrEnum):
    """Where the consultation is; the screen shows what each stage allows."""

    ENTERING = "entering"  # the clinician is filling in the form
    EXPLAINING = "explaining"  # the explanation runs in the background
    AWAITING_ESTIMATE = "awaiting_estimate"  # ready, hidden until the clinician's own estimate
    REVEALED = "revealed"  # prediction and explanation shown; a decision may be recorded
    FAILED = "failed"  # the explanation could not be computed (`error` says why)
    BLOCKED = "blocked"  # the card's eligibility forbids the model here: no prediction at all


class ConsultationError(Exception):
    """An action that the current stage does not allow (a programming error in the caller)."""


def explain_case(
    package: VerifiedPackage,
    case: Mapping[str, float],
    *,
    on_progress: Callable[[int, int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> Explanation:
    """Explain `case` with the package's model and its whole background sample, with the
    prediction's range and the trust warnings (`uncertain`, `out_of_population`, `no_range`)."""
    # the numerical stack loads off the GUI thread
    from models.assessment import explain_package  # noqa: PLC0415

    return explain_package(package, case, on_progress=on_progress, should_stop=should_stop)


def ranked_factors(explanation: Explanation) -> list[tuple[str, float]]:
    """Feature ids with their contributions, largest effect first (ties by id, stable)."""
    return sorted(explanation.contributions.items(), key=lambda kv: (-abs(kv[1]), kv[0]))


@dataclass
class Consultation(Observable):
    """The state of the clinician's screen for one model; listeners hear every change."""

    package: VerifiedPackage
    judgement_first: bool = True
    stage: Stage = Stage.ENTERING
    case: dict[str, float] | None = None
    estimate: str | None = None
    explanation: Explanation | None = None
    error: str | None = None  # why the explanation failed (the exception's name)
    saved: AuditRecord | None = None  # the last record written from this screen
    saved_explanation: Explanation | None = None  # and the explanation it was made on
    answers: dict[str, bool] | None = None  # the eligibility questions' answers of this case
    eligibility: Eligibility | None = None  # what the card's eligibility says about it
    _ticket: int = 0
    _recorded: int = -1  # the ticket of the blocked case already recorded (once per case)
    _listeners: list[Listener] = field(default_factory=list)

    @property
    def revealed(self) -> bool:
        """The model's output may be shown."""
        return self.stage is Stage.REVEALED

    def start(self, case: Mapping[str, float], answers: Mapping[str, bool] | None = None) -> int:
        """A checked case is submitted with the answers to the card's eligibility questions;
        returns the ticket that `finish`/`fail` must quote. When a blocking rule or answer
        holds, the stage is BLOCKED and nothing is to be explained (PackageError names an
        unanswered question)."""
        given = dict(answers or {})
        eligibility = assess_eligibility(self.package.card.raw, case, given, file="form")
        self._ticket += 1
        self.case, self.answers, self.eligibility = dict(case), given, eligibility
        self.estimate, self.explanation, self.error = None, None, None
        self.stage = Stage.EXPLAINING if eligibility.eligible else Stage.BLOCKED
        self._changed()
        return self._ticket

    def finish(self, ticket: int, explanation: Explanation) -> bool:
        """The explanation for `ticket` is ready; False (and ignored) when it is stale."""
        if ticket != self._ticket or self.stage is not Stage.EXPLAINING:
            return False
        warned = self.eligibility.warnings() if self.eligibility is not None else []
        if warned:
            explanation = replace(explanation, warnings=[*warned, *explanation.warnings])
        self.explanation = explanation
        wait = self.judgement_first and self.estimate is None
        self.stage = Stage.AWAITING_ESTIMATE if wait else Stage.REVEALED
        self._changed()
        return True

    def fail(self, ticket: int, error: str) -> bool:
        """The explanation for `ticket` failed (`error` names the problem); False when stale."""
        if ticket != self._ticket or self.stage is not Stage.EXPLAINING:
            return False
        self.error, self.stage = error, Stage.FAILED
        self._changed()
        return True

    def set_estimate(self, level: str) -> None:
        """The clinician's own estimate (low / medium / high), given before the reveal."""
        if level not in ESTIMATES:
            raise ValueError(f"estimate must be one of {ESTIMATES}, not {level!r}")
        if self.stage not in (Stage.EXPLAINING, Stage.AWAITING_ESTIMATE):
            raise ConsultationError(f"no estimate is asked for at stage {self.stage}")
        self.estimate = level
        if self.stage is Stage.AWAITING_ESTIMATE:
            self.stage = Stage.REVEALED
        self._changed()

    def edit(self) -> None:
        """The form changed after a submission: what was shown no longer belongs to it."""
        if self.stage is Stage.ENTERING:
            return
        self._ticket += 1  # an explanation still running is for the old values
        self.case, self.estimate, self.explanation, self.error = None, None, None, None
        self.eligibility = None
        self.stage = Stage.ENTERING
        self._changed()

    def decide(self, store: AuditStore, decision: Decision) -> AuditRecord:
        """Write the decision on the shown output to the audit log; the screen is then reset.

        The clinician's estimate given on this screen is recorded with it (a value in
        `decision.estimate` is used only when none was asked for first).
        """
        if self.stage is not Stage.REVEALED or self.explanation is None or self.case is None:
            raise ConsultationError(f"nothing to decide on at stage {self.stage}")
        if self.estimate is not None:
            decision = replace(decision, estimate=self.estimate)
        record = record_decision(
            store, self.package, self.explanation, inputs=self.case, decision=decision
        )
        self.saved, self.saved_explanation = record, self.explanation
        self._ticket += 1
        self.case, self.estimate, self.explanation, self.error = None, None, None, None
        self.stage = Stage.ENTERING
        self._changed()
        return record

    def record_blocked(self, store: AuditStore, decision: Decision) -> AuditRecord:
        """Write an `ineligible` record for the blocked case (role, language, patient reference
        and note taken from `decision`). The screen keeps saying why until the form changes."""
        if self.stage is not Stage.BLOCKED or self.eligibility is None or self.case is None:
            raise ConsultationError(f"nothing was blocked at stage {self.stage}")
        if self.saved is not None and self._recorded == self._ticket:
            return self.saved  # this blocked case is in the log already
        record = record_ineligible(
            store,
            self.package,
            self.eligibility,
            inputs=self.case,
            answers=self.answers or {},
            role=decision.role,
            language=decision.language,
            patient_ref=decision.patient_ref,
            note=decision.note,
            clinician=decision.clinician,
        )
        self.saved, self.saved_explanation = record, None
        self._recorded = self._ticket
        self._changed()
        return record
