"""How far to trust one result, in words: the eligibility findings that block a case, and the
details of the range and population warnings (feature labels, widths, questions)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from desktop.ui.widgets import card_texts, sentences, wording
from models.card_text import localise

if TYPE_CHECKING:
    from models.card import Card
    from models.eligibility import Eligibility, Finding


def questions(card: Card, language: str) -> list[dict[str, Any]]:
    """The card's eligibility questions with their text in `language` (English where missing)."""
    local: list[dict[str, Any]] = (
        localise(card.raw, language).card.get("eligibility", {}).get("questions", [])
    )
    return local


def _finding(card: Card, finding: Finding, answers: dict[str, bool], language: str) -> str:
    if finding.question is not None:
        text = next(q["question"] for q in questions(card, language) if q["id"] == finding.question)
        return sentences.answered(text, yes=answers.get(finding.question, False))
    rule = next(r for r in card.raw["eligibility"]["rules"] if r["code"] == finding.code)
    feature = next(f for f in card.features if f.id == rule["feature"])
    texts = card_texts.feature_texts(card, feature, language)
    value = float(rule["value"])
    shown = (
        wording.number_with_unit(value, texts["unit"]) if texts["unit"] else wording.number(value)
    )
    return sentences.rule(texts["label"], rule["op"], shown)


def blocked_lines(
    card: Card, eligibility: Eligibility, answers: dict[str, bool], language: str
) -> list[str]:
    """One sentence per rule or answer that forbids the model for this case."""
    return [_finding(card, f, answers, language) for f in eligibility.blocked_by]


def warning_details(card: Card, item: dict[str, Any], language: str) -> dict[str, str]:
    """The words a trust warning needs: unusual features' labels, a range's width, a question."""
    labels = card_texts.labels(card, language)
    details: dict[str, str] = {}
    if "features" in item:
        details["features"] = ", ".join(labels.get(f, f) for f in item["features"])
    if "width" in item:
        output = card.output.get("kind")
        width = float(item["width"])
        details["width"] = (
            QCoreApplication.translate("Wording", "{value} points").format(
                value=wording.number(100 * width, 0)
            )
            if output == "binary_probability"
            else wording.number(width, 2)
        )
    if item.get("code") == "eligibility":
        question = next((q for q in questions(card, language) if q["code"] == item["rule"]), None)
        details["condition"] = (
            question["question"] if question is not None else str(item.get("condition", ""))
        )
    return details
