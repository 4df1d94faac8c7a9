"""`ineligible` records, and decisions that keep the range and the trust warnings."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop import keys
from desktop.audit.decision import Decision, record_decision
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
        stored = list(store.records())
    assert [r.kind for r in stored] == ["ineligible", "decision"]
    assert stored[0].data == record.data
    body = record.data["body"]
    assert body["blocked_by"] == [{"code": "pregnant", "rule": "pregnant == true"}]
    assert body["answers"] == answers and body["inputs"] == CASE
    assert "prediction" not in record.data and record.data["language"] == "fr"


def test_eligible_case_cannot_be_recorded_ineligible(tmp_path: Path, pima: VerifiedPackage) -> None:
    """Nothing blocked: no ineligible record is written."""
    assessment = assess_case(pima, CASE, answers=ANSWERS)
    with AuditStore.open(tmp_path / "audit.sqlite", device_id=keys.device_id()) as store:
        with pytest.raises(ValueError, match="blocking"):
            record_ineligible(store, pima, assessment.eligibility, inputs=CASE, answers=ANSWERS)
        assert list(store.records()) == []
