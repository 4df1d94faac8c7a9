"""Card schema 2's monitoring fields: outcome kind and horizon, subgroups' `where`, O/E."""

from __future__ import annotations

import json
from typing import Any

import pytest

from models.card import parse_card
from models.catalog import BUILTIN_CATALOG
from models.errors import Check, PackageError
from tests.models.test_card import card_with


def _card(**changes: Any) -> dict[str, Any]:
    card: dict[str, Any] = json.loads(card_with(["age", "race"]))
    for path, value in changes.items():
        target = card
        *parents, last = path.split("__")
        for parent in parents:
            target = target[parent]
        target[last] = value
    return card


def _schema2(**changes: Any) -> dict[str, Any]:
    card = _card(schema_version=2, **changes)
    card["outcome"].setdefault("kind", "binary")
    card["outcome"].setdefault("horizon_days", 30)
    calibration = card["metrics"]["calibration"]
    calibration.setdefault("oe_ratio", {"value": 1.0, "ci95": [0.8, 1.2]})
    return card


def _subgroup(where: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"name": "Older", "n": 40, "events": 12, "where": where}]


def test_a_schema_1_card_still_loads_with_monitoring_defaults() -> None:
    """No kind, no horizon: binary from the output's kind, and due from the decision's day."""
    card = parse_card(json.dumps(_card()).encode())
    assert (card.outcome_kind, card.horizon_days) == ("binary", 0)


def test_a_schema_2_card_gives_kind_horizon_and_subgroup_conditions() -> None:
    """The fields are read as given; a subgroup's where names card features."""
    where = [
        {"feature": "age", "op": ">=", "value": 30},
        {"feature": "race", "op": "!=", "value": 2},
    ]
    card = parse_card(json.dumps(_schema2(metrics__subgroups=_subgroup(where))).encode())
    assert (card.outcome_kind, card.horizon_days) == ("binary", 30)
    assert card.raw["metrics"]["subgroups"][0]["where"] == where


@pytest.mark.parametrize("missing", ["kind", "horizon_days"])
def test_a_schema_2_card_without_its_outcome_fields_is_refused(missing: str) -> None:
    """Schema 2 requires outcome.kind and outcome.horizon_days."""
    card = _schema2()
    del card["outcome"][missing]
    with pytest.raises(PackageError) as caught:
        parse_card(json.dumps(card).encode())
    assert caught.value.check is Check.CARD_SCHEMA


def test_a_schema_2_card_without_its_oe_ratio_is_refused() -> None:
    """Schema 2 requires the card's observed/expected ratio as a reference figure."""
    card = _schema2()
    del card["metrics"]["calibration"]["oe_ratio"]
    with pytest.raises(PackageError) as caught:
        parse_card(json.dumps(card).encode())
    assert caught.value.check is Check.CARD_SCHEMA


@pytest.mark.parametrize(
    ("condition", "check"),
    [
        ({"feature": "weight", "op": "<", "value": 3}, Check.CARD_INCONSISTENT),
        ({"feature": "age", "op": "=>", "value": 3}, Check.CARD_SCHEMA),
        ({"feature": "age", "op": "<", "value": "old"}, Check.CARD_SCHEMA),
    ],
)
def test_a_subgroup_condition_on_an_unknown_feature_or_op_is_refused(
    condition: dict[str, Any], check: Check
) -> None:
    """A where on a feature the card lacks, an unknown op or a non-number value is refused."""
    card = _schema2(metrics__subgroups=_subgroup([condition]))
    with pytest.raises(PackageError) as caught:
        parse_card(json.dumps(card).encode())
    assert caught.value.check is check


@pytest.mark.parametrize("package", ["pima-diabetes-lr", "birthwt-low-gb", "heart-cad-mlp"])
def test_the_demo_cards_are_schema_2_with_reference_figures(package: str) -> None:
    """The recipes emit schema 2: kind, horizon, O/E with CI, and where on their subgroups."""
    card = parse_card((BUILTIN_CATALOG / package / "card.json").read_bytes())
    assert card.raw["schema_version"] == 2
    assert card.outcome_kind == "binary" and card.horizon_days > 0
    oe = card.raw["metrics"]["calibration"]["oe_ratio"]
    assert oe["ci95"][0] < oe["value"] < oe["ci95"][1]
    assert any("where" in group for group in card.raw["metrics"]["subgroups"])
