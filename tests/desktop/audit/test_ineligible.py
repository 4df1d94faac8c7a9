"""`ineligible` records, and decisions that keep the range and the trust warnings."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop import keys
from desktop.audit.decision import Decision, record_decision
from desktop.audit.entry import ENTRY_FIELDS as ENTRY
from desktop.audit.errors import AuditError
from desktop.audit.ineligible import record_ineligible
from desktop.audit.store import AuditStore
from models.assessment import assess_case
from models.catalog import BUILTIN_CATALOG
from models.signing import TrustStore
from models.verify import VerifiedPackage, verify_package

CASE = {"npreg": 14.0, "glu": 120.0, "bp": 70.0, "skin": 29.0, "bmi": 32.0, "ped": 0.4, "age": 22.0}
ANSWERS = {"pregnant": False, "male": False, "known_diabetes": False}


@pytest.fixture(scope="module")
def pima() -> VerifiedPackage:
    """The shipped demonstration package, verified."""
    return verify_package(BUILTIN_CATALOG / "pima-diabetes-lr", TrustStore.load())


def test_decision_keeps_interval_and_new_warnings(tmp_path: Path, pima: VerifiedPackage) -> None:
    """A decision on an unusual case records its interval and its out_of_population warning."""
    explanation = assess_case(pima, CASE, answers=ANSWERS).explanation
    assert explanation is not None
    with AuditStore.open(tmp_path / "audit.sqlite", device_id=keys.device_id()) as store:
        record = record_decision(
            store, pima, explanation, inputs=CASE, decision=Decision(decision="accept")
        )
        assert store.verify() == []
        again = next(iter(store.records()))
    kept = again.data["explanation"]
    assert kept == record.data["explanation"]
    assert kept["interval"] == explanation.to_json()["interval"]
    unusual = [w for w in kept["warnings"] if w["code"] == "out_of_population"]
    assert unusual and unusual[0]["features"] == ["npreg", "age"]


def test_ineligible_record_joins_the_chain(tmp_path: Path, pima: VerifiedPackage) -> None:
    """A blocked case is recorded as kind ineligible with what blocked it, chain intact."""
    answers = {**ANSWERS, "pregnant": True}
    assessment = assess_case(pima, CASE, answers=answers)
    assert assessment.explanation is None
    with AuditStore.open(tmp_path / "audit.sqlite", device_id=keys.device_id()) as store:
        record = record_ineligible(
            store, pima, assessment.eligibility, inputs=CASE, answers=answers, language="fr"
        )
        explanation = assess_case(pima, CASE, answers=ANSWERS).explanation
        assert explanation is not None
        record_decision(store, pima, explanation, inputs=CASE, decision=Decision("accept"))
        assert store.verify() == []
        kinds = [r.data["kind"] for r in store.records()]
    assert kinds == ["ineligible", "decision"]
    data = record.data
    assert (data["decision"], data["output_space"], data["prediction"]) == ("not_used", "none", 0)
    assert data["explanation"]["blocked_by"] == [{"code": "pregnant", "rule": "pregnant == true"}]
    assert data["explanation"]["answers"] == answers and data["language"] == "fr"


def test_ineligible_record_cannot_pretend_to_be_a_decision(
    tmp_path: Path, pima: VerifiedPackage
) -> None:
    """An ineligible entry with a clinician decision or a prediction is refused."""
    assessment = assess_case(pima, CASE, answers={**ANSWERS, "male": True})
    with AuditStore.open(tmp_path / "audit.sqlite", device_id=keys.device_id()) as store:
        record = record_ineligible(
            store, pima, assessment.eligibility, inputs=CASE, answers=ANSWERS
        )
        entry = {k: v for k, v in record.data.items() if k in ENTRY}
        for change in (
            {"decision": "accept"},
            {"prediction": 0.4},
            {"output_space": "probability"},
        ):
            with pytest.raises(AuditError):
                store.append({**entry, **change})
        assert len(list(store.records())) == 1
