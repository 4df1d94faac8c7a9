"""The model card: schema validation, consistency checks, and typed access for the app."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from models.card_text import LISTS, code_key
from models.eligibility import check_card_eligibility
from models.errors import Check, PackageError
from models.layout import CARD

SCHEMA_PATH = Path(__file__).with_name("card.schema.json")


@dataclass(frozen=True)
class Feature:
    """One patient input as the card defines it."""

    id: str
    label: str
    type: str
    unit: str
    minimum: float | None
    maximum: float | None
    choices: tuple[tuple[float, str], ...]
    required: bool
    help: str
    codes: tuple[tuple[float, str], ...] = ()  # how a string input spells each choice

    @property
    def spellings(self) -> dict[str, float]:
        """Every text a table may give for a category: each choice's code and English label."""
        return {text: value for value, text in (*self.choices, *self.codes)}


@dataclass(frozen=True)
class ModelInput:
    """One graph input tensor: the feature of each column and how the column is computed."""

    name: str
    dtype: str
    columns: tuple[str, ...]
    encodings: tuple[dict[str, Any], ...]


@dataclass(frozen=True)
class Card:
    """A validated model card; `raw` keeps every field for display."""

    raw: dict[str, Any]
    features: tuple[Feature, ...]
    model_inputs: tuple[ModelInput, ...]

    @property
    def id(self) -> str:
        """Package id."""
        return str(self.raw["id"])

    @property
    def version(self) -> str:
        """Package version (semver)."""
        return str(self.raw["version"])

    @property
    def title(self) -> str:
        """English title."""
        return str(self.raw["title"])

    @property
    def output(self) -> dict[str, Any]:
        """Output semantics: kind, tensor name, class index, threshold."""
        out: dict[str, Any] = self.raw["output"]
        return out

    @property
    def tolerance(self) -> float:
        """How far a golden case may drift on this machine and still count as reproduced."""
        return float(self.raw["validation"]["tolerance"])

    @property
    def outcome_kind(self) -> str:
        """`binary` or `number`: as the card says (schema 2), else from the output's kind."""
        kind = self.raw["outcome"].get("kind")
        if kind is None:
            kind = "binary" if self.output["kind"].startswith("binary") else "number"
        return str(kind)

    @property
    def horizon_days(self) -> int:
        """Days after a decision when its outcome is known (0 for schema 1 cards)."""
        return int(self.raw["outcome"].get("horizon_days", 0))

    @property
    def feature_ids(self) -> tuple[str, ...]:
        """Feature ids in card order."""
        return tuple(f.id for f in self.features)


@cache
def _validator() -> Draft202012Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def parse_card(raw: bytes) -> Card:
    """Parse and check `card.json`; every refusal names the field at fault."""
    try:
        data = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PackageError(Check.JSON_INVALID, CARD, {"reason": str(exc)[:200]}) from exc
    errors = sorted(_validator().iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        raise _schema_error(errors[0])
    features = tuple(_feature(f) for f in data["features"])
    inputs = tuple(_model_input(i) for i in data["model_inputs"])
    card = Card(raw=data, features=features, model_inputs=inputs)
    _check_consistency(card)
    return card


def _schema_error(error: ValidationError) -> PackageError:
    path = [str(p) for p in error.absolute_path]
    if error.validator == "required" and isinstance(error.instance, dict):
        missing = [p for p in error.validator_value if p not in error.instance]
        path.append(str(missing[0]) if missing else "?")
    return PackageError(
        Check.CARD_SCHEMA,
        CARD,
        {"field": "/".join(path) or "(root)", "rule": str(error.validator)},
    )


def _model_input(data: dict[str, Any]) -> ModelInput:
    columns = [c if isinstance(c, dict) else {"feature": c} for c in data["columns"]]
    return ModelInput(
        name=data["name"],
        dtype=data["dtype"],
        columns=tuple(c["feature"] for c in columns),
        encodings=tuple({k: v for k, v in c.items() if k != "feature"} for c in columns),
    )


def _feature(data: dict[str, Any]) -> Feature:
    rng = data.get("range") or {}
    return Feature(
        id=data["id"],
        label=data["label"],
        type=data["type"],
        unit=data.get("unit", ""),
        minimum=rng.get("min"),
        maximum=rng.get("max"),
        choices=tuple((float(c["value"]), c["label"]) for c in data.get("choices", [])),
        required=data["required"],
        help=data["help"],
        codes=tuple(
            (float(c["value"]), c.get("code", c["label"])) for c in data.get("choices", [])
        ),
    )


def _inconsistent(field: str, reason: str) -> PackageError:
    return PackageError(Check.CARD_INCONSISTENT, CARD, {"field": field, "reason": reason})


def _check_features(card: Card) -> None:
    ids = card.feature_ids
    for index, feature in enumerate(card.features):
        where = f"features/{index}"
        if ids.count(feature.id) > 1:
            raise _inconsistent(f"{where}/id", "duplicate")
        low, high = feature.minimum, feature.maximum
        if low is not None and high is not None and low >= high:
            raise _inconsistent(f"{where}/range", "min_not_below_max")
        values = [v for v, _ in feature.choices]
        if len(set(values)) != len(values):
            raise _inconsistent(f"{where}/choices", "duplicate")


def _check_inputs(card: Card) -> None:
    ids = card.feature_ids
    columns = [c for i in card.model_inputs for c in i.columns]
    pairs = [
        (c, json.dumps(e, sort_keys=True))
        for i in card.model_inputs
        for c, e in zip(i.columns, i.encodings, strict=True)
    ]
    for column, encoding in pairs:
        if column not in ids:
            raise _inconsistent("model_inputs", f"unknown_feature:{column}")
        if pairs.count((column, encoding)) > 1:
            raise _inconsistent("model_inputs", f"duplicate_feature:{column}")
    categories = {f.id for f in card.features if f.type == "category"}
    for model_input in card.model_inputs:
        string = model_input.dtype == "string"
        for col, enc in zip(model_input.columns, model_input.encodings, strict=True):
            spelled = "labels" in enc or (string and not enc and col in categories)
            if spelled != string:
                raise _inconsistent("model_inputs", f"string_input_needs_labels:{model_input.name}")
    for feature_id in ids:
        if feature_id not in columns:
            raise _inconsistent("model_inputs", f"feature_not_used:{feature_id}")


def _check_translation(card: Card, lang: str, texts: dict[str, Any]) -> None:
    """Translated features and choices exist; translated lists have the English's length."""
    where = f"translations/{lang}"
    features = {f.id: f for f in card.features}
    for feature_id, local in texts.get("features", {}).items():
        feature = features.get(feature_id)
        if feature is None:
            raise _inconsistent(f"{where}/features", f"unknown_feature:{feature_id}")
        codes = {code_key(value) for value, _ in feature.choices}
        for code in local.get("choices", {}):
            if code not in codes:
                raise _inconsistent(f"{where}/features/{feature_id}", f"unknown_choice:{code}")
    lists = [(name, texts.get(name), card.raw[name]) for name in LISTS]
    metrics = texts.get("metrics", {})
    lists.append(("metrics/subgroups", metrics.get("subgroups"), card.raw["metrics"]["subgroups"]))
    for name, local_list, english in lists:
        if local_list is not None and len(local_list) != len(english):
            raise _inconsistent(f"{where}/{name}", f"count_differs:{len(english)}")


def _check_subgroups(card: Card) -> None:
    """Each condition of a subgroup's `where` names a feature of the card."""
    ids = card.feature_ids
    for index, group in enumerate(card.raw["metrics"]["subgroups"]):
        for condition in group.get("where", []):
            if condition["feature"] not in ids:
                where = f"metrics/subgroups/{index}/where"
                raise _inconsistent(where, f"unknown_feature:{condition['feature']}")


def _check_consistency(card: Card) -> None:
    _check_features(card)
    _check_subgroups(card)
    _check_inputs(card)
    for lang, texts in card.raw["translations"].items():
        _check_translation(card, lang, texts)
    check_card_eligibility(card.raw, card.feature_ids)
    output = card.output
    if output["kind"] == "binary_probability" and "threshold" not in output:
        raise _inconsistent("output/threshold", "missing")
