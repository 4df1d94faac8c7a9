"""Teaching categories: out of range before wrong before borderline, else typical."""

from __future__ import annotations

import pytest

from models.card import Card, parse_card
from models.case_category import categorise, outside_range, predicted_high
from models.catalog import BUILTIN_CATALOG

CASE = {"npreg": 2, "glu": 120, "bp": 70, "skin": 30, "bmi": 30.0, "ped": 0.4, "age": 35}


@pytest.fixture(scope="module")
def card() -> Card:
    """The pima card (threshold 0.5; glu validated 57 to 199)."""
    return parse_card((BUILTIN_CATALOG / "pima-diabetes-lr" / "card.json").read_bytes())


def test_typical_when_right_and_far_from_the_threshold(card: Card) -> None:
    """A correct, confident, in-range case is typical and nothing else."""
    kind = categorise(card, CASE, prediction=0.1, outcome=0)
    assert (kind.category, kind.tags, kind.out_of_range) == ("typical", ("typical",), ())


def test_wrong_outranks_borderline(card: Card) -> None:
    """A wrong prediction near the threshold is filed as wrong, tagged borderline too."""
    kind = categorise(card, CASE, prediction=0.45, outcome=1)
    assert (kind.category, kind.tags) == ("wrong", ("wrong", "borderline"))


def test_borderline_when_right_but_near_the_threshold(card: Card) -> None:
    """Within 10 points of the threshold and right: borderline."""
    assert categorise(card, CASE, prediction=0.58, outcome=1).category == "borderline"
    assert categorise(card, CASE, prediction=0.60, outcome=1).category == "typical"


def test_out_of_range_outranks_everything_and_names_the_feature(card: Card) -> None:
    """A value outside the card's range makes the case out of range, naming that feature."""
    case = {**CASE, "glu": 56}
    kind = categorise(card, case, prediction=0.2, outcome=1)
    assert (kind.category, kind.tags, kind.out_of_range) == (
        "out_of_range",
        ("out_of_range", "wrong"),
        ("glu",),
    )
    assert outside_range(card, {**CASE, "glu": 57}) == ()


def test_threshold_itself_counts_as_high(card: Card) -> None:
    """At exactly the threshold the model's risk is high (as the card's metrics count it)."""
    assert predicted_high(card, 0.5)
    assert not predicted_high(card, 0.4999)


def test_outcome_must_be_binary(card: Card) -> None:
    """An outcome other than 0 or 1 is a programming error."""
    with pytest.raises(ValueError, match="outcome"):
        categorise(card, CASE, prediction=0.2, outcome=2)
