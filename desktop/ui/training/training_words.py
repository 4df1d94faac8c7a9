"""Words of the training screens: steps, case categories, the true outcome and the model's
verdict on it, a case's values, and quiz points. Whole translatable sentences."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.training.quiz import POINTS_PER_CASE
from desktop.training.walkthrough import Step
from desktop.ui.widgets import card_texts, wording
from desktop.ui.widgets.model_facts import localised

if TYPE_CHECKING:
    from desktop.training.cases import TrainingCase
    from desktop.training.records import AnswerRow
    from models.card import Card


def banner() -> str:
    """The line every training screen carries."""
    return QCoreApplication.translate(
        "TrainingWords",
        "Training mode — cases are not patients; nothing here goes into the audit log",
    )


def steps() -> dict[Step, str]:
    """Each step's name, as the presentation and the step buttons show it."""
    return {
        Step.CASE: QCoreApplication.translate("TrainingWords", "The case"),
        Step.PREDICTION: QCoreApplication.translate("TrainingWords", "The prediction"),
        Step.EXPLANATION: QCoreApplication.translate("TrainingWords", "The explanation"),
        Step.OUTCOME: QCoreApplication.translate("TrainingWords", "The true outcome"),
    }


def category(code: str) -> str:
    """Why the case is in the library (shown only after the reveal: it gives the answer away)."""
    words = {
        "typical": QCoreApplication.translate("TrainingWords", "a typical case"),
        "borderline": QCoreApplication.translate(
            "TrainingWords", "a borderline case: close to the model's threshold"
        ),
        "wrong": QCoreApplication.translate(
            "TrainingWords", "a case the model gets wrong at its threshold"
        ),
        "out_of_range": QCoreApplication.translate(
            "TrainingWords", "a case with a value outside the model's validated range"
        ),
    }
    text = words.get(code, code)
    return QCoreApplication.translate(
        "TrainingWords", "Why this case was chosen: {category}."
    ).format(category=text)


def case_title(index: int, count: int, case: TrainingCase) -> str:
    """ "Case 3 of 40 (h002)"; a trainer's own case says so."""
    if case.source == "trainer":
        return QCoreApplication.translate(
            "TrainingWords", "Case {number} of {count} ({id}, a trainer's case)"
        ).format(number=index + 1, count=count, id=case.id)
    return QCoreApplication.translate("TrainingWords", "Case {number} of {count} ({id})").format(
        number=index + 1, count=count, id=case.id
    )


def case_lines(card: Card, case: TrainingCase, language: str) -> list[tuple[str, str]]:
    """(label, value) for every input; a value outside the validated range says so in words."""
    labels = card_texts.labels(card, language)
    values = card_texts.shown_values(card, case.inputs, language)
    lines = []
    for feature in card.features:
        value = values[feature.id]
        if feature.id in case.out_of_range:
            texts = card_texts.feature_texts(card, feature, language)
            value = QCoreApplication.translate(
                "TrainingWords", "{value} ⚠ outside the validated range ({range})"
            ).format(value=value, range=wording.range_text(feature, texts["unit"]))
        lines.append((labels[feature.id], value))
    return lines


def outcome(card: Card, case: TrainingCase, language: str) -> str:
    """The true outcome in words."""
    label = localised(card.raw, language)["outcome"]["label"]
    if case.outcome == 1:
        text = QCoreApplication.translate("TrainingWords", "True outcome: “{outcome}” happened.")
    else:
        text = QCoreApplication.translate(
            "TrainingWords", "True outcome: “{outcome}” did not happen."
        )
    return text.format(outcome=label)


def verdict(*, model_high: bool, outcome: int) -> str:
    """Whether the model's side of its threshold matched what happened."""
    if model_high and outcome == 1:
        return QCoreApplication.translate(
            "TrainingWords",
            "The model said high risk and the outcome happened: the model was right.",
        )
    if model_high:
        return QCoreApplication.translate(
            "TrainingWords",
            "The model said high risk but the outcome did not happen: the model was wrong.",
        )
    if outcome == 1:
        return QCoreApplication.translate(
            "TrainingWords",
            "The model said low risk but the outcome happened: the model was wrong.",
        )
    return QCoreApplication.translate(
        "TrainingWords",
        "The model said low risk and the outcome did not happen: the model was right.",
    )


def _mark(point: int) -> str:
    if point:
        return QCoreApplication.translate("TrainingWords", "✔ right")
    return QCoreApplication.translate("TrainingWords", "✘ wrong")


def points(row: AnswerRow) -> str:
    """A trainee's points on one case, question by question (symbols and words, never colour)."""
    score = row.score
    return QCoreApplication.translate(
        "TrainingWords",
        "{trainee}: {points} of {max} points — risk {risk}; main factor {factor}; "
        "override {override}",
    ).format(
        trainee=row.trainee.name,
        points=score.total,
        max=POINTS_PER_CASE,
        risk=_mark(score.risk),
        factor=_mark(score.factor),
        override=_mark(score.override),
    )
