"""What a what-if change did, in words: the risk before and after, the threshold crossed, the
contributions that moved most, and the whole change since the recorded case."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.ui.widgets import card_texts, sentences, wording
from desktop.ui.widgets.result_view import warning_lines

if TYPE_CHECKING:
    from desktop.training.explore import Exploration

#: How many moved contributions are listed.
MOVED_SHOWN = 4
#: Below this many percentage points the risk is said not to have moved.
STILL_POINTS = 0.05


@dataclass(frozen=True)
class WhatIfTexts:
    """The sentences of the what-if result (empty when they do not apply)."""

    change: str = ""
    range: str = ""  # the new risk's plausible range
    crossed: str = ""
    overall: str = ""
    warnings: str = ""
    moved_heading: str = ""
    moved: str = ""


def describe(e: Exploration, *, language: str) -> WhatIfTexts:
    """The sentences for the exploration's latest result (a prompt before any change)."""
    card, latest = e.package.card, e.latest
    if latest is None:
        return WhatIfTexts(
            change=QCoreApplication.translate(
                "WhatIfWords", "Change a value to see what it does to the risk and its explanation."
            )
        )
    space = latest.after.output_space
    label = card_texts.labels(card, language)[latest.feature]
    old = card_texts.shown_value(card, latest.feature, latest.old_value, language)
    new = card_texts.shown_value(card, latest.feature, latest.new_value, language)
    before = wording.amount(latest.before.prediction, space)
    after = wording.amount(latest.after.prediction, space)
    if abs(100 * latest.prediction_delta) < STILL_POINTS:
        change = QCoreApplication.translate(
            "WhatIfWords", "{feature}: {old} → {new}. The risk stayed at {after}."
        ).format(feature=label, old=old, new=new, after=after)
    else:
        change = QCoreApplication.translate(
            "WhatIfWords",
            "{feature}: {old} → {new}. The risk went from {before} to {after} ({change}).",
        ).format(
            feature=label,
            old=old,
            new=new,
            before=before,
            after=after,
            change=wording.change(latest.prediction_delta, space),
        )
    return WhatIfTexts(
        change=change,
        range=sentences.plausible_range(latest.after),
        crossed=_crossed(e),
        overall=_overall(e),
        warnings="\n".join(warning_lines(e.package, latest.after, language=language)),
        moved_heading=QCoreApplication.translate("WhatIfWords", "Contributions that moved most:"),
        moved=_moved(e, language=language),
    )


def _crossed(e: Exploration) -> str:
    latest = e.latest
    assert latest is not None
    if not latest.crossed_threshold:
        return ""
    threshold = wording.percent(float(e.package.card.output["threshold"]), None)
    if latest.after.prediction >= float(e.package.card.output["threshold"]):
        return QCoreApplication.translate(
            "WhatIfWords",
            "It crossed the model's threshold of {threshold}: the model now says high risk.",
        ).format(threshold=threshold)
    return QCoreApplication.translate(
        "WhatIfWords",
        "It crossed the model's threshold of {threshold}: the model now says low risk.",
    ).format(threshold=threshold)


def _moved(e: Exploration, *, language: str) -> str:
    latest = e.latest
    assert latest is not None
    if not latest.moved:
        return QCoreApplication.translate("WhatIfWords", "No contribution moved.")
    labels = card_texts.labels(e.package.card, language)
    space = latest.after.output_space
    lines = [
        QCoreApplication.translate("WhatIfWords", "• {feature}: {change}").format(
            feature=labels[f], change=wording.change(latest.contribution_deltas[f], space)
        )
        for f in latest.moved[:MOVED_SHOWN]
    ]
    return "\n".join(lines)


def _overall(e: Exploration) -> str:
    changed = e.changed_features
    recorded, latest = e.recorded_explanation, e.latest
    if recorded is None or latest is None or len(changed) < 2:
        return ""
    space = recorded.output_space
    return QCoreApplication.translate(
        "WhatIfWords",
        "Compared with the recorded case (%n value(s) changed): the risk is {after} instead of "
        "{before}.",
        "",
        len(changed),
    ).format(
        after=wording.amount(latest.after.prediction, space),
        before=wording.amount(recorded.prediction, space),
    )
