"""Plain-language sentences about one result: what the risk means, how sure it is, the main
factors and every warning. Whole translatable sentences (no concatenated fragments).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from desktop.ui.widgets import wording

if TYPE_CHECKING:
    from explainers import Explanation

#: Below this many percentage points a factor is said to have made almost no difference.
NEGLIGIBLE_POINTS = 0.05


def risk_meaning(explanation: Explanation, *, outcome: str) -> str:
    """What the headline number is: "Estimated probability of X for this patient"."""
    if explanation.output_space == "probability":
        return QCoreApplication.translate(
            "Sentences", "Estimated probability of “{outcome}” for this patient"
        ).format(outcome=outcome)
    if explanation.output_space == "logit":
        return QCoreApplication.translate(
            "Sentences", "Model score (log-odds) for “{outcome}”"
        ).format(outcome=outcome)
    return QCoreApplication.translate("Sentences", "Model output for “{outcome}”").format(
        outcome=outcome
    )


def frequency(explanation: Explanation) -> str:
    """The probability as a natural frequency ("about 31 in 100 patients like this one")."""
    if explanation.output_space != "probability":
        return ""
    count = round(100 * explanation.prediction)
    interval = shown_interval(explanation)
    if interval is not None:
        low, high = round(100 * interval[0]), round(100 * interval[1])
        if count > high:
            return QCoreApplication.translate(
                "Sentences",
                "The model says about %n in 100 patients like this one would have it, but fewer "
                "did among the checked patients it scored like this: plausible range {low} to "
                "{high} in 100.",
                "",
                count,
            ).format(low=low, high=high)
        if count < low:
            return QCoreApplication.translate(
                "Sentences",
                "The model says about %n in 100 patients like this one would have it, but more "
                "did among the checked patients it scored like this: plausible range {low} to "
                "{high} in 100.",
                "",
                count,
            ).format(low=low, high=high)
        return QCoreApplication.translate(
            "Sentences",
            "About %n in 100 patients like this one would have it (plausible range {low} to "
            "{high}).",
            "",
            count,
        ).format(low=low, high=high)
    return QCoreApplication.translate(
        "Sentences", "About %n in 100 patients like this one would have it.", "", count
    )


def shown_interval(explanation: Explanation) -> tuple[float, float] | None:
    """The prediction's range in the space it is shown in, or None when there is none."""
    interval = explanation.interval
    if interval is None:
        return None
    native = "raw" if interval["method"] == "split-conformal" else "probability"
    if explanation.output_space != native:
        return None
    return float(interval["low"]), float(interval["high"])


def plausible_range(explanation: Explanation) -> str:
    """The range as a line of its own ("Plausible range: 26% to 37%"), or "" without one."""
    interval = shown_interval(explanation)
    if interval is None:
        return ""
    space = explanation.output_space
    return QCoreApplication.translate("Sentences", "Plausible range: {low} to {high}").format(
        low=wording.amount(interval[0], space), high=wording.amount(interval[1], space)
    )


def average(explanation: Explanation) -> str:
    """The base value, worded: the average over the reference patients."""
    return QCoreApplication.translate(
        "Sentences", "Average for the reference patients: {value}"
    ).format(value=wording.amount(explanation.base_value, explanation.output_space))


def threshold(explanation: Explanation, *, value: float | None) -> str:
    """Where the output lies relative to the card's threshold, if it has one."""
    if value is None or explanation.output_space != "probability":
        return ""
    limit = wording.percent(value, None)
    if explanation.prediction >= value:
        return QCoreApplication.translate(
            "Sentences", "At or above the model's threshold of {threshold}."
        ).format(threshold=limit)
    return QCoreApplication.translate(
        "Sentences", "Below the model's threshold of {threshold}."
    ).format(threshold=limit)


def how_sure(metrics: dict[str, Any]) -> str:
    """How well the model did on patients it was not trained on (AUC with its 95% CI)."""
    auc = metrics.get("auc") or {}
    if "value" not in auc:
        return QCoreApplication.translate(
            "Sentences",
            "How sure: the model card gives no tested accuracy; treat this with caution.",
        )
    low, high = auc.get("ci95", [None, None])
    return QCoreApplication.translate(
        "Sentences",
        "How sure: in {n} tested patients the model put a patient with the outcome above one "
        "without it {share} of the time (AUC {auc}, 95% CI {low} to {high}). It is an "
        "estimate from past patients, not a diagnosis.",
    ).format(
        n=wording.number(metrics.get("n", 0)),
        share=wording.percent(auc["value"], 0),
        auc=wording.number(auc["value"], 2),
        low=wording.number(low, 2) if low is not None else "?",
        high=wording.number(high, 2) if high is not None else "?",
    )


def factor(label: str, value: str, contribution: float, *, output_space: str) -> str:
    """One factor in words: "Glucose 180 mg/dL raised the risk by 9.4 percentage points"."""
    if output_space == "probability":
        size = wording.number(100 * abs(contribution), 1)
        if 100 * abs(contribution) < NEGLIGIBLE_POINTS:
            return QCoreApplication.translate(
                "Sentences", "{feature} {value} made almost no difference."
            ).format(feature=label, value=value)
        if contribution > 0:
            text = QCoreApplication.translate(
                "Sentences", "{feature} {value} raised the risk by {points} percentage points."
            )
        else:
            text = QCoreApplication.translate(
                "Sentences", "{feature} {value} lowered the risk by {points} percentage points."
            )
        return text.format(feature=label, value=value, points=size)
    size = wording.number(abs(contribution), 2)
    if contribution >= 0:
        text = QCoreApplication.translate(
            "Sentences", "{feature} {value} raised the score by {amount}."
        )
    else:
        text = QCoreApplication.translate(
            "Sentences", "{feature} {value} lowered the score by {amount}."
        )
    return text.format(feature=label, value=value, amount=size)


def uncertainty(error: float, *, output_space: str) -> str:
    """The error estimate of an approximate contribution ("± 0.4 points")."""
    if output_space == "probability":
        return QCoreApplication.translate("Sentences", "(± {points} points, approximate)").format(
            points=wording.number(100 * error, 1)
        )
    return QCoreApplication.translate("Sentences", "(± {amount}, approximate)").format(
        amount=wording.number(error, 3)
    )


def warning(code: str, *, label: str, valid_range: str, **details: str) -> str:  # noqa: PLR0911
    """A warning of the explanation in words, saying what it means for the number.

    `details`: `features` (labels of the unusual inputs), `width` (a range's width, worded),
    `condition` (an eligibility question or rule, worded)."""
    if code == "out_of_population":
        return QCoreApplication.translate(
            "Sentences",
            "This combination of values is unlike the patients the model learned from (most "
            "unusual: {features}), even if each value is within its range: the risk may be "
            "wrong for this patient.",
        ).format(features=details.get("features", ""))
    if code == "uncertain":
        return QCoreApplication.translate(
            "Sentences",
            "The plausible range is wide ({width}): the model is unsure for a patient like this "
            "one; rely on it less.",
        ).format(width=details.get("width", ""))
    if code == "no_range":
        return QCoreApplication.translate(
            "Sentences",
            "No plausible range can be given: this model package has no calibration set.",
        )
    if code == "eligibility":
        return QCoreApplication.translate(
            "Sentences", "The model card asks for caution for this patient: {condition}"
        ).format(condition=details.get("condition", ""))
    if code == "out_of_range":
        return QCoreApplication.translate(
            "Sentences",
            "{feature} is outside the range the model was validated on ({range}): this patient "
            "is outside the population it was tested on, so the risk may be wrong.",
        ).format(feature=label, range=valid_range)
    if code == "missing":
        return QCoreApplication.translate(
            "Sentences",
            "{feature} was not measured: the model went on without it, as it learned to for "
            "patients with this value missing, which makes the risk less certain.",
        ).format(feature=label)
    if code == "approximate":
        return QCoreApplication.translate(
            "Sentences",
            "This explanation is approximate: the model has too many inputs to compute it "
            "exactly. Each factor shows its margin of error.",
        )
    return QCoreApplication.translate("Sentences", "Warning: {code}").format(code=code)


def how_to_read() -> str:
    """The short note under every result."""
    return QCoreApplication.translate(
        "Sentences",
        "How to read this: the chart starts at the average risk of the reference patients and "
        "adds each factor's push, up or down, until it reaches this patient's risk. A factor's "
        "size says how much the model's output moved, not that it causes the disease, and not "
        "what would happen if it changed. Check the limitations before you rely on it; your "
        "clinical judgement decides.",
    )


def demonstration() -> str:
    """Said next to every number from a demonstration package."""
    return QCoreApplication.translate(
        "Sentences", "Demonstration model: do not use this result for any patient."
    )


def blocked() -> str:
    """Said instead of any result when the card's eligibility forbids the model."""
    return QCoreApplication.translate(
        "Sentences",
        "The model must not be used for this patient, so no result is shown. This was recorded "
        "in the audit log. Reason:",
    )


def answered(question: str, *, yes: bool) -> str:
    """A question and the answer given ("Is the patient pregnant? Answer: yes")."""
    if yes:
        return QCoreApplication.translate("Sentences", "{question} Answer: yes.").format(
            question=question
        )
    return QCoreApplication.translate("Sentences", "{question} Answer: no.").format(
        question=question
    )


def rule(feature: str, op: str, value: str) -> str:
    """An eligibility rule that holds, in words ("Age is below 21 years")."""
    words = {
        "<": QCoreApplication.translate("Sentences", "{feature} is below {value}."),
        "<=": QCoreApplication.translate("Sentences", "{feature} is at most {value}."),
        ">": QCoreApplication.translate("Sentences", "{feature} is above {value}."),
        ">=": QCoreApplication.translate("Sentences", "{feature} is at least {value}."),
        "==": QCoreApplication.translate("Sentences", "{feature} is {value}."),
        "!=": QCoreApplication.translate("Sentences", "{feature} is not {value}."),
    }
    return words[op].format(feature=feature, value=value)
