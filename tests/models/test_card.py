"""Card parsing: column encodings reach the explainer spec; inconsistent inputs are refused."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from explainers.spec import Encoding
from models.card import parse_card
from models.errors import Check, PackageError
from models.runtime import model_spec

TEMPLATE = Path(__file__).with_name("card_template.json")


def card_with(columns: list[Any], *, dtype: str = "float32") -> bytes:
    card = json.loads(TEMPLATE.read_text())
    card["features"] = [
        {
            "id": "age",
            "label": "Age",
            "unit": "years",
            "type": "number",
            "range": {"min": 14, "max": 45},
            "required": True,
            "help": "Age.",
        },
        {
            "id": "race",
            "label": "Race",
            "type": "category",
            "required": True,
            "help": "Race.",
            "choices": [{"value": 1, "label": "A"}, {"value": 2, "label": "B"}],
        },
    ]
    card["model_inputs"] = [{"name": "X", "dtype": dtype, "columns": columns}]
    return json.dumps(card).encode()


def test_one_hot_columns_become_encodings() -> None:
    """Column objects in the card become one explainer player with one encoding per column."""
    card = parse_card(
        card_with(["age", {"feature": "race", "one_hot": 1}, {"feature": "race", "one_hot": 2}])
    )
    spec = model_spec(card)
    (inp,) = spec.inputs
    assert inp.columns == ("age", "race", "race")
    assert inp.column_encodings == (
        Encoding(),
        Encoding("one_hot", level=1.0),
        Encoding("one_hot", level=2.0),
    )
    assert spec.features == ("age", "race")


def test_plain_columns_stay_plain() -> None:
    """A card of plain feature ids gives a plain input (what closed-form explainers need)."""
    assert model_spec(parse_card(card_with(["age", "race"]))).inputs[0].plain


def test_same_column_twice_is_refused() -> None:
    """The same feature with the same encoding in two columns is an inconsistent card."""
    with pytest.raises(PackageError) as info:
        parse_card(card_with(["age", "race", "race"]))
    assert info.value.check == Check.CARD_INCONSISTENT
    assert info.value.params["reason"] == "duplicate_feature:race"


def test_string_input_needs_labels() -> None:
    """A string input must map every column's codes to labels, and only a string input may."""
    with pytest.raises(PackageError) as info:
        parse_card(card_with(["age", "race"], dtype="string"))
    assert info.value.params["reason"] == "string_input_needs_labels:X"
    with pytest.raises(PackageError):
        parse_card(card_with(["age", {"feature": "race", "labels": {"1": "A", "2": "B"}}]))


def test_unknown_column_encoding_is_a_schema_error() -> None:
    """A column object with an unknown key is refused by the schema, naming the field."""
    with pytest.raises(PackageError) as info:
        parse_card(card_with(["age", {"feature": "race", "bucket": 3}]))
    assert info.value.check == Check.CARD_SCHEMA
    assert info.value.params["field"] == "model_inputs/0/columns/1"
