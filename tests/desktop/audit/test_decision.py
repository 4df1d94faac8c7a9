"""A clinician's decision on a real explained case becomes a complete, pseudonymous record."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from desktop import keys
from desktop.audit.decision import Decision, record_decision
from desktop.audit.errors import AuditError, AuditRefusal
from desktop.audit.store import AuditStore
from explainers import Explanation, explain
from models.catalog import BUILTIN_CATALOG
from models.signing import TrustStore
from models.verify import VerifiedPackage, verify_package

CASE = {"npreg": 7.0, "glu": 187.0, "bp": 90.0, "skin": 41.0, "bmi": 32.0, "ped": 0.391}


@pytest.fixture(scope="module")
def pima() -> VerifiedPackage:
    """The shipped demonstration package, verified."""
    return verify_package(BUILTIN_CATALOG / "pima-diabetes-lr", TrustStore.load())


def _explained(package: VerifiedPackage, case: dict[str, float]) -> Explanation:
    runner = package.runner
    return explain(runner, runner.spec, package.background, case, output_space=None)


def test_record_holds_model_prediction_and_top_five(tmp_path: Path, pima: VerifiedPackage) -> None:
    """The record names the package (id, version, hash, demo), the inputs and top 5 effects."""
    case = {**CASE, "age": 95.0}  # outside the validated 21-81
    explanation = _explained(pima, case)
    decision = Decision(decision="override", reason="model_limitation", note="", estimate="low")
    with AuditStore.open(tmp_path / "audit.sqlite", device_id=keys.device_id()) as store:
        record = record_decision(store, pima, explanation, inputs=case, decision=decision)
        assert store.verify() == []
    data = record.data
    assert data["model"] == {
        "id": "pima-diabetes-lr",
        "version": pima.card.version,
        "package_hash": pima.package_hash,
        "demonstration": True,
    }
    assert data["inputs"] == case
    assert data["prediction"] == explanation.prediction
    assert data["out_of_range"] == ["age"]
    top = data["explanation"]["top"]
    ranked = sorted(explanation.contributions.values(), key=abs, reverse=True)
    assert len(top) == 5 and [v for _, v in top] == ranked[:5]
    assert data["explanation"]["method"] == explanation.method
    assert (data["decision"], data["reason"], data["clinician_estimate"], data["note"]) == (
        "override",
        "model_limitation",
        "low",
        None,
    )


def test_missing_inputs_are_stored_as_null(tmp_path: Path, pima: VerifiedPackage) -> None:
    """Inputs are kept as given, a NaN (missing value) as JSON null."""
    explanation = _explained(pima, {**CASE, "age": 39.0})
    with AuditStore.open(tmp_path / "audit.sqlite", device_id=keys.device_id()) as store:
        record = record_decision(
            store,
            pima,
            explanation,
            inputs={**CASE, "age": math.nan},
            decision=Decision(decision="accept"),
        )
    assert record.data["inputs"]["age"] is None


def test_patient_ref_is_pseudonymised(tmp_path: Path, pima: VerifiedPackage) -> None:
    """Only the keyed pseudonym of the patient reference is stored; blank counts as none."""
    explanation = _explained(pima, {**CASE, "age": 39.0})
    with AuditStore.open(tmp_path / "audit.sqlite", device_id=keys.device_id()) as store:
        refs = [
            record_decision(
                store,
                pima,
                explanation,
                inputs=CASE,
                decision=Decision(decision="accept", patient_ref=ref),
            ).data["patient_ref"]
            for ref in ("MRN-7", " mrn-7", "  ", None)
        ]
    assert refs == [keys.pseudonymise("MRN-7")] * 2 + [None, None]
    assert refs[0] != "MRN-7"


@pytest.mark.parametrize("decision", ["partial", "override"])
def test_departing_from_the_model_needs_a_reason(
    tmp_path: Path, pima: VerifiedPackage, decision: str
) -> None:
    """Partial acceptance and override without a reason are refused; nothing is written."""
    explanation = _explained(pima, {**CASE, "age": 39.0})
    with AuditStore.open(tmp_path / "audit.sqlite", device_id=keys.device_id()) as store:
        with pytest.raises(AuditError) as caught:
            record_decision(
                store, pima, explanation, inputs=CASE, decision=Decision(decision=decision)
            )
        assert store.count() == 0
    assert caught.value.code == AuditRefusal.REASON_REQUIRED
    assert caught.value.params["decision"] == decision
