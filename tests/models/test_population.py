"""The out-of-population check: unusual combinations flagged, about 1% of real patients."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from models.assessment import assess_case
from models.catalog import BUILTIN_CATALOG
from models.population import PopulationCheck
from models.signing import TrustStore
from models.verify import VerifiedPackage, verify_package

HOLDOUT = Path(__file__).parents[2] / "models" / "recipes" / "holdout"
PIMA_ANSWERS = {"pregnant": False, "male": False, "known_diabetes": False}
TYPICAL = {"npreg": 2, "glu": 120, "bp": 70, "skin": 29, "bmi": 32, "ped": 0.4, "age": 25}
SPLITS = 100


def _package(name: str) -> VerifiedPackage:
    return verify_package(BUILTIN_CATALOG / name, TrustStore.load())


def _warning(package: VerifiedPackage, case: dict[str, float]) -> dict[str, object] | None:
    explanation = assess_case(package, case, answers=PIMA_ANSWERS).explanation
    assert explanation is not None
    found = [w for w in explanation.warnings if w["code"] == "out_of_population"]
    return found[0] if found else None


def test_young_woman_with_fourteen_pregnancies_is_flagged() -> None:
    """Age 22 and 14 pregnancies pass both ranges, but the combination is flagged, naming both."""
    package = _package("pima-diabetes-lr")
    case = {**TYPICAL, "npreg": 14, "age": 22}
    explanation = assess_case(package, case, answers=PIMA_ANSWERS).explanation
    assert explanation is not None
    assert not [w for w in explanation.warnings if w["code"] == "out_of_range"]
    warning = _warning(package, case)
    assert warning is not None
    assert warning["features"] == ["npreg", "age"]
    assert float(warning["score"]) > float(warning["threshold"])  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("change", "named"),
    [
        ({"age": 80, "npreg": 0}, "age"),  # an 80-year-old never pregnant: age unlike the rest
        ({"skin": 99, "bmi": 19}, "skin"),  # the thickest skinfold with the lowest BMI
    ],
)
def test_other_impossible_combinations_are_flagged(change: dict[str, float], named: str) -> None:
    """Constructed combinations of in-range values are flagged and the odd input is named."""
    warning = _warning(_package("pima-diabetes-lr"), {**TYPICAL, **change})
    assert warning is not None and warning["features"][0] == named  # type: ignore[index]


def test_typical_case_is_not_flagged_and_ranges_check_is_unchanged() -> None:
    """A typical case gets no warning; a value outside its range still gets `out_of_range`."""
    package = _package("pima-diabetes-lr")
    assert _warning(package, TYPICAL) is None
    explanation = assess_case(package, {**TYPICAL, "glu": 220}, answers=PIMA_ANSWERS).explanation
    assert explanation is not None
    assert {"code": "out_of_range", "feature": "glu"} in explanation.warnings


@pytest.mark.parametrize(
    ("name", "limit"),
    [("pima-diabetes-lr", 0.025), ("heart-cad-mlp", 0.025), ("birthwt-low-gb", 0.06)],
)
def test_false_flag_rate_on_held_out_rows(name: str, limit: float) -> None:
    """Threshold set on half the held-out rows at 1%: the other half is flagged at about 1 in
    (half + 1) or 1% (measured mean over 100 splits: pima 1.1%, heart 1.0%, birthwt 3.2%, the
    last because 28 calibration rows cannot resolve 1%)."""
    package = _package(name)
    table = np.loadtxt(HOLDOUT / f"{name}.csv", delimiter=",", skiprows=1)[:, :-1]
    rng = np.random.default_rng(11)
    rates = []
    for _ in range(SPLITS):
        order = rng.permutation(len(table))
        cal, test = table[order[: len(order) // 2]], table[order[len(order) // 2 :]]
        check = PopulationCheck.fit(
            features=package.card.feature_ids, background=package.background, calibration=cal
        )
        rates.append(float(np.mean(check.scores(test) > check.threshold)))
    assert 0.0 < float(np.mean(rates)) <= limit


def test_shipped_threshold_flags_one_percent_of_its_calibration_rows() -> None:
    """With all held-out rows, the shipped threshold flags at most 1% of them."""
    package = _package("pima-diabetes-lr")
    assert package.reliability is not None
    check = package.reliability.population
    table = np.loadtxt(HOLDOUT / "pima-diabetes-lr.csv", delimiter=",", skiprows=1)[:, :-1]
    assert float(np.mean(check.scores(table) > check.threshold)) <= 0.01
