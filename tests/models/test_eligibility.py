"""Card eligibility: rules over inputs and yes/no questions, enforced before any prediction."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from models.assessment import assess_case
from models.card import parse_card
from models.card_text import localise
from models.catalog import BUILTIN_CATALOG
from models.eligibility import assess_eligibility
from models.errors import Check, PackageError
from models.signing import TrustStore
from models.verify import verify_package
from tests.models.conftest import resign

PIMA = BUILTIN_CATALOG / "pima-diabetes-lr"
CASE = {"npreg": 2, "glu": 148, "bp": 70, "skin": 29, "bmi": 32, "ped": 0.4, "age": 35}
ANSWERS = {"pregnant": False, "male": False, "known_diabetes": False}


def _card() -> dict[str, object]:
    raw: dict[str, object] = json.loads((PIMA / "card.json").read_text())
    return raw


def test_eligible_case_is_explained() -> None:
    """No rule or question holds: the case is explained."""
    package = verify_package(PIMA, TrustStore.load())
    assessment = assess_case(package, CASE, answers=ANSWERS)
    assert assessment.eligibility.eligible and assessment.explanation is not None


def test_blocked_case_gets_no_prediction_and_says_why() -> None:
    """Age under 21 and a pregnancy each block; no explanation is computed."""
    package = verify_package(PIMA, TrustStore.load())
    assessment = assess_case(package, {**CASE, "age": 19}, answers={**ANSWERS, "pregnant": True})
    assert assessment.explanation is None
    assert assessment.blocked_json(package) == {
        "model": "pima-diabetes-lr",
        "model_version": "1.0.0",
        "eligible": False,
        "blocked_by": [
            {"code": "under_21", "rule": "age < 21"},
            {"code": "pregnant", "rule": "pregnant == true"},
        ],
    }


def test_unanswered_question_is_an_error_naming_it() -> None:
    """Leaving a question out is refused, naming the question."""
    with pytest.raises(PackageError) as info:
        assess_eligibility(_card(), CASE, {"pregnant": False, "male": False}, file="c.json")
    assert info.value.check is Check.ELIGIBILITY_UNANSWERED
    assert (info.value.file, info.value.params) == ("c.json", {"question": "known_diabetes"})


def test_unknown_question_is_refused() -> None:
    """An answer to a question the card does not ask is refused, naming it."""
    with pytest.raises(PackageError) as info:
        assess_eligibility(_card(), CASE, {**ANSWERS, "smoker": True})
    assert (info.value.check, info.value.params) == (
        Check.ELIGIBILITY_UNKNOWN,
        {"question": "smoker"},
    )


def test_warn_question_adds_a_warning_and_keeps_the_prediction() -> None:
    """birthwt's multiple-pregnancy question warns: prediction shown, warning first."""
    package = verify_package(BUILTIN_CATALOG / "birthwt-low-gb", TrustStore.load())
    case = dict(zip(package.card.feature_ids, package.background[0].tolist(), strict=True))
    assessment = assess_case(package, case, answers={"multiple_pregnancy": True})
    assert assessment.explanation is not None
    assert assessment.explanation.warnings[0] == {
        "code": "eligibility",
        "rule": "multiple_pregnancy",
        "condition": "multiple_pregnancy == true",
    }


def test_rule_naming_an_unknown_feature_is_refused_at_verification(
    tmp_path: Path, steward: tuple[Path, object]
) -> None:
    """A card rule over a feature the card does not have is refused when the package is checked."""
    folder = Path(shutil.copytree(PIMA, tmp_path / "pima"))
    card = _card()
    card["eligibility"]["rules"][0]["feature"] = "sex"  # type: ignore[index]
    (folder / "card.json").write_text(json.dumps(card))
    resign(folder, steward[0])  # type: ignore[arg-type]
    with pytest.raises(PackageError) as info:
        verify_package(folder, steward[1])  # type: ignore[arg-type]
    assert info.value.check is Check.CARD_INCONSISTENT
    assert info.value.params == {
        "field": "eligibility/rules/0/feature",
        "reason": "unknown_feature:sex",
    }


def test_schema_1_card_cannot_carry_schema_2_fields() -> None:
    """Eligibility on a card that says schema 1 is refused; schema 1 without it still parses."""
    card = _card()
    card["schema_version"] = 1
    with pytest.raises(PackageError) as info:
        parse_card(json.dumps(card).encode())
    assert info.value.check is Check.CARD_SCHEMA
    del card["eligibility"], card["calibration_set"]
    translations = card["translations"]
    for block in translations.values():  # type: ignore[attr-defined]
        block.pop("eligibility", None), block.pop("calibration_set", None)
    assert parse_card(json.dumps(card).encode()).id == "pima-diabetes-lr"


@pytest.mark.parametrize("language", ["fr", "pt", "es", "sw", "ar"])
def test_questions_are_translated(language: str) -> None:
    """Every question and the calibration set's description exist in all six languages."""
    for folder in sorted(BUILTIN_CATALOG.iterdir()):
        local = localise(json.loads((folder / "card.json").read_text()), language)
        assert local.complete, local.fallback
        english = json.loads((folder / "card.json").read_text())
        for mine, theirs in zip(
            local.card["eligibility"]["questions"], english["eligibility"]["questions"], strict=True
        ):
            assert mine["question"] != theirs["question"]
