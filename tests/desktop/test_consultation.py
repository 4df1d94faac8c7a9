"""The clinician's consultation state: judgement first, stale results ignored, decisions logged."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from desktop.audit.decision import Decision
from desktop.audit.errors import AuditError
from desktop.audit.local import open_local_store
from desktop.consultation import Consultation, ConsultationError, Stage, explain_case
from explainers import explain
from models.catalog import BUILTIN_CATALOG
from models.signing import TrustStore
from models.verify import VerifiedPackage, verify_package

#: The pima card's eligibility questions, answered so that the model may be used.
ANSWERS = {"pregnant": False, "male": False, "known_diabetes": False}


@cache
def package(name: str = "pima-diabetes-lr") -> VerifiedPackage:
    """A catalog package, verified once per test run."""
    return verify_package(BUILTIN_CATALOG / name, TrustStore.load())


def case(row: int = 0, name: str = "pima-diabetes-lr") -> dict[str, float]:
    """A real case: one background row of the package."""
    pkg = package(name)
    return dict(zip(pkg.card.feature_ids, pkg.background[row].tolist(), strict=True))


def test_explain_case_equals_the_explainer_on_the_package() -> None:
    """explain_case uses the package's own runner and whole background sample, and adds the
    package's range for the prediction."""
    pkg = package("heart-cad-mlp")
    values = case(3, "heart-cad-mlp")
    direct = explain(pkg.runner, pkg.runner.spec, pkg.background, values).to_json()
    got = explain_case(pkg, values).to_json()
    assert {**got, "interval": None} == direct
    assert pkg.reliability is not None
    assert got["interval"] == pkg.reliability.interval(direct["prediction"])


def test_blocked_case_is_never_explained_and_is_recorded_ineligible() -> None:
    """A blocking answer stops the consultation before any explanation; the record says why."""
    consultation = Consultation(package(), judgement_first=False)
    consultation.start(case(), {**ANSWERS, "known_diabetes": True})
    assert consultation.stage is Stage.BLOCKED and consultation.explanation is None
    assert [f.code for f in consultation.eligibility.blocked_by] == ["known_diabetes"]  # type: ignore[union-attr]
    with open_local_store() as store:
        record = consultation.record_blocked(store, Decision("accept", language="sw"))
        assert consultation.record_blocked(store, Decision("accept")) is record  # once per case
        assert len(list(store.records())) == 1
    assert record.data["kind"] == "ineligible" and record.data["language"] == "sw"
    assert consultation.stage is Stage.BLOCKED  # still saying why
    consultation.edit()
    assert consultation.stage is Stage.ENTERING and consultation.eligibility is None


def test_unanswered_question_is_refused_before_anything_starts() -> None:
    """Submitting without an answer to every question is refused naming the question."""
    from models.errors import PackageError

    consultation = Consultation(package(), judgement_first=False)
    with pytest.raises(PackageError, match="pregnant"):
        consultation.start(case())
    assert consultation.stage is Stage.ENTERING


def test_judgement_first_hides_the_output_until_the_estimate() -> None:
    """With judgement first the explanation waits, unrevealed, for the clinician's estimate."""
    consultation = Consultation(package(), judgement_first=True)
    seen: list[Stage] = []
    consultation.subscribe(lambda: seen.append(consultation.stage))
    ticket = consultation.start(case(), ANSWERS)
    assert consultation.finish(ticket, explain_case(package(), case()))
    assert consultation.stage is Stage.AWAITING_ESTIMATE and not consultation.revealed
    consultation.set_estimate("high")
    assert consultation.revealed and consultation.estimate == "high"
    assert seen == [Stage.EXPLAINING, Stage.AWAITING_ESTIMATE, Stage.REVEALED]


def test_estimate_given_while_computing_reveals_as_soon_as_ready() -> None:
    """An estimate given during the computation reveals the result the moment it arrives."""
    consultation = Consultation(package(), judgement_first=True)
    ticket = consultation.start(case(), ANSWERS)
    consultation.set_estimate("low")
    consultation.finish(ticket, explain_case(package(), case()))
    assert consultation.revealed


def test_without_judgement_first_the_result_shows_at_once() -> None:
    """The setting off: the result is revealed when ready and no estimate is asked."""
    consultation = Consultation(package(), judgement_first=False)
    ticket = consultation.start(case(), ANSWERS)
    consultation.finish(ticket, explain_case(package(), case()))
    assert consultation.revealed
    with pytest.raises(ConsultationError):
        consultation.set_estimate("low")


def test_a_result_for_old_values_is_ignored() -> None:
    """Editing the form after Explain makes the running explanation stale: it is dropped."""
    consultation = Consultation(package(), judgement_first=False)
    ticket = consultation.start(case(0), ANSWERS)
    consultation.edit()
    assert not consultation.finish(ticket, explain_case(package(), case(0)))
    assert consultation.stage is Stage.ENTERING and consultation.explanation is None
    newer = consultation.start(case(1), ANSWERS)
    assert not consultation.finish(ticket, explain_case(package(), case(0)))
    assert consultation.finish(newer, explain_case(package(), case(1)))
    assert consultation.case == case(1)


def test_decide_writes_the_record_with_the_estimate_and_resets() -> None:
    """The decision, with the estimate given before the reveal, is appended to the audit log."""
    consultation = Consultation(package(), judgement_first=True)
    ticket = consultation.start(case(2), ANSWERS)
    explanation = explain_case(package(), case(2))
    consultation.finish(ticket, explanation)
    consultation.set_estimate("medium")
    with open_local_store() as store:
        record = consultation.decide(
            store, Decision("override", reason="clinical_judgement", note="seen before")
        )
        stored = list(store.records())
    assert [r.uuid for r in stored] == [record.uuid]
    data = record.data
    assert data["decision"] == "override" and data["reason"] == "clinical_judgement"
    assert data["clinician_estimate"] == "medium"
    assert data["prediction"] == explanation.prediction
    assert data["inputs"] == case(2)
    assert consultation.stage is Stage.ENTERING and consultation.saved == record
    assert consultation.saved_explanation == explanation


def test_nothing_to_decide_before_the_reveal(kuona_home: Path) -> None:
    """No record can be written while the output is hidden or absent."""
    consultation = Consultation(package(), judgement_first=True)
    ticket = consultation.start(case(), ANSWERS)
    consultation.finish(ticket, explain_case(package(), case()))
    with open_local_store() as store, pytest.raises(ConsultationError):
        consultation.decide(store, Decision("accept"))
    with open_local_store() as store:
        assert store.count() == 0


def test_an_override_without_reason_is_refused_and_nothing_written() -> None:
    """The audit rule holds on this path too: override needs a reason; the log stays empty."""
    consultation = Consultation(package(), judgement_first=False)
    ticket = consultation.start(case(), ANSWERS)
    consultation.finish(ticket, explain_case(package(), case()))
    with open_local_store() as store:
        with pytest.raises(AuditError):
            consultation.decide(store, Decision("override"))
        assert store.count() == 0
    assert consultation.revealed  # the clinician can still complete the decision
