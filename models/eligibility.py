"""Who a model may be used for: the card's rules over inputs and its yes/no questions.

A rule `{"feature", "op", "value", "action", "code"}` holds when `case[feature] op value`; a
question `{"id", "question", "block_if", "action", "code"}` holds when the answer equals
`block_if`. A holding `block` means no prediction is shown; a holding `warn` is a warning.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from models.errors import Check, PackageError
from models.layout import CARD

#: The comparisons a card's conditions use (eligibility rules here, `metrics.subgroups[].where`
#: in the recipes and in field monitoring): on two numbers, or elementwise on numpy arrays.
OPS: dict[str, Callable[[Any, Any], Any]] = {
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
    "==": operator.eq,
    "!=": operator.ne,
}
#: The warning code a holding `warn` rule or question adds to the explanation.
WARNING = "eligibility"


@dataclass(frozen=True)
class Finding:
    """One rule or question that holds for this case: its code, what it says, and its action."""

    code: str
    rule: str  # "age < 21" or "pregnant == true": the condition, for records and the CLI
    action: str
    feature: str | None = None  # set for an input rule
    question: str | None = None  # set for a question

    def to_json(self) -> dict[str, str]:
        """`{"code", "rule"}` as in `blocked_by`."""
        return {"code": self.code, "rule": self.rule}


@dataclass(frozen=True)
class Eligibility:
    """What the card's eligibility says about one case."""

    findings: tuple[Finding, ...]

    @property
    def blocked_by(self) -> list[Finding]:
        """Findings that forbid using the model for this case."""
        return [f for f in self.findings if f.action == "block"]

    @property
    def eligible(self) -> bool:
        """No blocking rule or question holds."""
        return not self.blocked_by

    def warnings(self) -> list[dict[str, Any]]:
        """The explanation warnings of the `warn` findings."""
        return [
            {"code": WARNING, "rule": f.code, "condition": f.rule}
            for f in self.findings
            if f.action == "warn"
        ]


def rules(raw: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The card's input rules (none on a schema 1 card)."""
    found: list[dict[str, Any]] = raw.get("eligibility", {}).get("rules", [])
    return found


def questions(raw: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The card's yes/no questions, in the order they are asked."""
    found: list[dict[str, Any]] = raw.get("eligibility", {}).get("questions", [])
    return found


def passing_answers(raw: Mapping[str, Any]) -> dict[str, bool]:
    """Answers under which no question holds (training cases, which are eligible by design)."""
    return {q["id"]: not q["block_if"] for q in questions(raw)}


def check_card_eligibility(raw: Mapping[str, Any], feature_ids: tuple[str, ...]) -> None:
    """Refuse a card whose rule names an unknown feature, or with repeated question ids/codes."""
    for index, rule in enumerate(rules(raw)):
        if rule["feature"] not in feature_ids:
            raise PackageError(
                Check.CARD_INCONSISTENT,
                CARD,
                {
                    "field": f"eligibility/rules/{index}/feature",
                    "reason": f"unknown_feature:{rule['feature']}",
                },
            )
    ids = [q["id"] for q in questions(raw)]
    codes = [r["code"] for r in rules(raw)] + [q["code"] for q in questions(raw)]
    for name, values in (("questions", ids), ("codes", codes)):
        repeated = sorted({v for v in values if values.count(v) > 1})
        if repeated:
            params = {"field": f"eligibility/{name}", "reason": f"duplicate:{repeated[0]}"}
            raise PackageError(Check.CARD_INCONSISTENT, CARD, params)
    for lang, block in raw.get("translations", {}).items():
        for qid in block.get("eligibility", {}).get("questions", {}):
            if qid not in ids:
                field = f"translations/{lang}/eligibility/questions"
                params = {"field": field, "reason": f"unknown_question:{qid}"}
                raise PackageError(Check.CARD_INCONSISTENT, CARD, params)


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def check_answers(
    raw: Mapping[str, Any], answers: Mapping[str, object], *, file: str
) -> dict[str, bool]:
    """The answers as booleans; an unanswered or unknown question is refused by name."""
    ids = [q["id"] for q in questions(raw)]
    for key, value in answers.items():
        if key not in ids:
            raise PackageError(Check.ELIGIBILITY_UNKNOWN, file, {"question": str(key)})
        if not isinstance(value, bool):
            raise PackageError(Check.ELIGIBILITY_UNANSWERED, file, {"question": str(key)})
    for qid in ids:
        if qid not in answers:
            raise PackageError(Check.ELIGIBILITY_UNANSWERED, file, {"question": qid})
    return {k: bool(v) for k, v in answers.items()}


def assess_eligibility(
    raw: Mapping[str, Any],
    case: Mapping[str, float],
    answers: Mapping[str, object],
    *,
    file: str = "case",
) -> Eligibility:
    """Every rule and question of the card that holds for this case (answers checked first)."""
    given = check_answers(raw, answers, file=file)
    findings: list[Finding] = []
    for rule in rules(raw):
        value = case.get(rule["feature"], math.nan)
        if not math.isnan(value) and OPS[rule["op"]](value, float(rule["value"])):
            condition = f"{rule['feature']} {rule['op']} {_number(rule['value'])}"
            finding = Finding(rule["code"], condition, rule["action"], feature=rule["feature"])
            findings.append(finding)
    for question in questions(raw):
        if given[question["id"]] == question["block_if"]:
            condition = f"{question['id']} == {'true' if question['block_if'] else 'false'}"
            findings.append(
                Finding(question["code"], condition, question["action"], question=question["id"])
            )
    return Eligibility(tuple(findings))
