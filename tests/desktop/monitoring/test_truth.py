"""Truth tests: simulated field data with a known answer, from the real pima package."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from sklearn.metrics import brier_score_loss, roc_auc_score

from desktop.monitoring.alarms import ALPHA
from desktop.monitoring.report import ModelMonitor
from models.catalog import BUILTIN_CATALOG
from models.signing import TrustStore
from models.verify import VerifiedPackage, verify_package
from tests.desktop.monitoring.simulate import TODAY, Clinic, simulate

SEEDS = range(100)
PERFORMANCE = {"miscalibration", "discrimination_below_card", "subgroup_gap"}


@pytest.fixture(scope="module")
def pima() -> VerifiedPackage:
    """The shipped pima package, verified."""
    return verify_package(BUILTIN_CATALOG / "pima-diabetes-lr", TrustStore.load())


def _alarms(package: VerifiedPackage, clinics: list[Clinic], seed: int) -> list[dict[str, Any]]:
    report = ModelMonitor(simulate(package, clinics, seed=seed), package, today=TODAY).report()
    alarms: list[dict[str, Any]] = report["alarms"]
    return alarms


def test_outcomes_drawn_from_the_model_raise_no_performance_alarm_in_95_of_100_seeds(
    pima: VerifiedPackage,
) -> None:
    """Two clinics of 1,000 calibrated outcomes: no calibration, discrimination or subgroup
    alarm in at least 95 of 100 seeds (the stated family-wise rate is 1% per code)."""
    assert ALPHA == 0.01
    clinics = [Clinic("a", 1000), Clinic("b", 1000)]
    false_alarms = sum(
        any(a["code"] in PERFORMANCE for a in _alarms(pima, clinics, seed)) for seed in SEEDS
    )
    assert false_alarms <= 5


def test_a_shifted_truth_raises_miscalibration_for_that_clinic_in_95_of_100_seeds(
    pima: VerifiedPackage,
) -> None:
    """True logit = model logit + 1 at clinic b (1,000 outcomes): miscalibration for b, rarely a."""
    clinics = [Clinic("a", 1000), Clinic("b", 1000, logit_shift=1.0)]
    hits, wrong = 0, 0
    for seed in SEEDS:
        groups = {a["group"] for a in _alarms(pima, clinics, seed) if a["code"] == "miscalibration"}
        hits += "device:b" in groups
        wrong += "device:a" in groups
    assert hits >= 95
    assert wrong <= 5


def test_one_older_clinic_raises_input_drift_naming_age_and_no_other_input(
    pima: VerifiedPackage,
) -> None:
    """Patients 10 years older at clinic c: input_drift names age for c; no other input, ever."""
    clinics = [Clinic("a", 1000), Clinic("c", 1000, feature_shift={"age": 10.0})]
    for seed in range(20):
        drift = [a for a in _alarms(pima, clinics, seed) if a["code"] == "input_drift"]
        assert ("device:c", "age") in {(a["group"], a["feature"]) for a in drift}
        assert {a["feature"] for a in drift} == {"age"}
        assert "device:a" not in {a["group"] for a in drift}


def test_a_subgroup_whose_relation_is_broken_raises_subgroup_gap_for_it(
    pima: VerifiedPackage,
) -> None:
    """Outcomes inverted for patients aged 30 or more: subgroup_gap names that card subgroup."""
    clinics = [Clinic("a", 1500, invert_where=("age", ">=", 30.0))]
    for seed in range(10):
        gaps = {a["group"] for a in _alarms(pima, clinics, seed) if a["code"] == "subgroup_gap"}
        assert "subgroup:Age >= 30 years" in gaps
        assert "subgroup:Age < 30 years" not in gaps


def test_auroc_and_brier_equal_scikit_learn_per_clinic(pima: VerifiedPackage) -> None:
    """On the same (outcome, prediction) pairs, every clinic's AUROC and Brier equal sklearn's."""
    field = simulate(pima, [Clinic("a", 700, outcome_share=0.6), Clinic("b", 900)], seed=3)
    report = ModelMonitor(field, pima, today=TODAY).report()
    devices = [g for g in report["groups"] if g["by"] == "device"]
    assert len(devices) == 2
    for index, group in enumerate(devices):
        mask = (field.device == index) & ~np.isnan(field.observed)
        y, p = field.observed[mask], field.prediction[mask]
        assert group["outcomes"] == len(y)
        assert group["metrics"]["auroc"]["value"] == pytest.approx(roc_auc_score(y, p), abs=1e-9)
        assert group["metrics"]["brier"]["value"] == pytest.approx(brier_score_loss(y, p), abs=1e-9)


def test_too_few_outcomes_give_a_code_and_numbers_not_a_figure(pima: VerifiedPackage) -> None:
    """Below 100 outcomes a group shows not_enough_outcomes with n and the n needed."""
    field = simulate(pima, [Clinic("a", 500, outcome_share=0.1)], seed=4)
    report = ModelMonitor(field, pima, today=TODAY).report()
    assert report["metrics"]["code"] == "not_enough_outcomes"
    assert report["metrics"]["needed"] == 100
    assert report["metrics"]["n"] == report["outcomes"] < 100
    assert "estimated" in report and report["estimated"]["is_estimate"] is True
