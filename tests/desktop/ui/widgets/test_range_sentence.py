"""When the model's own figure lies outside its calibrated range, the sentence says so and which
way, instead of "about 48 in 100 (plausible range 54 to 58)"."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.ui.widgets import sentences, translations
from explainers import Explanation, explain
from models.assessment import with_reliability
from models.catalog import BUILTIN_CATALOG
from models.signing import TrustStore
from models.verify import verify_package


def explained(model: str, row: int) -> Explanation:
    """A demo model's explanation of one of its background rows, with its calibrated range."""
    package = verify_package(BUILTIN_CATALOG / model, TrustStore.load())
    case = dict(zip(package.card.feature_ids, package.background[row].tolist(), strict=True))
    spec = package.runner.spec
    return with_reliability(package, case, explain(package.runner, spec, package.background, case))


def counts(explanation: Explanation) -> tuple[int, int, int]:
    """The model's figure and the range's ends, in 100, as the sentence rounds them."""
    assert explanation.interval is not None
    interval = explanation.interval
    low, high = round(100 * interval["low"]), round(100 * interval["high"])
    return round(100 * explanation.prediction), low, high


@pytest.mark.usefixtures("qtbot")
@pytest.mark.parametrize(
    ("model", "row", "way"),
    [("pima-diabetes-lr", 0, "more"), ("heart-cad-mlp", 2, "fewer")],
)
def test_figure_outside_its_range_is_said(model: str, row: int, way: str) -> None:
    """Pima's row 0 scores 48 with a range of 54 to 58 ("more did"); heart-cad-mlp's row 2
    scores 91 with 84 to 87 ("fewer did"); both ends and the figure are in the sentence."""
    explanation = explained(model, row)
    figure, low, high = counts(explanation)
    assert (figure < low) if way == "more" else (figure > high)
    text = sentences.frequency(explanation)
    assert text == (
        f"The model says about {figure} in 100 patients like this one would have it, but {way} "
        f"did among the checked patients it scored like this: plausible range {low} to {high} "
        "in 100."
    )


@pytest.mark.usefixtures("qtbot")
def test_figure_inside_its_range_keeps_the_short_sentence() -> None:
    """A figure inside its range reads as before: about N in 100 (plausible range L to H)."""
    for row in range(1, 40):
        explanation = explained("pima-diabetes-lr", row)
        figure, low, high = counts(explanation)
        if low <= figure <= high:
            break
    else:
        pytest.fail("no background row of pima-diabetes-lr scores inside its range")
    assert sentences.frequency(explanation) == (
        f"About {figure} in 100 patients like this one would have it (plausible range {low} to "
        f"{high})."
    )


def test_outside_sentence_is_translated(qtbot: QtBot) -> None:
    """In French the same case reads in French, with the figures in place."""
    explanation = explained("pima-diabetes-lr", 0)
    figure, low, high = counts(explanation)
    translations.install("fr")
    try:
        text = sentences.frequency(explanation)
    finally:
        translations.install("en")
    assert text.startswith("Le modèle dit qu\N{RIGHT SINGLE QUOTATION MARK}environ " + str(figure))
    assert f"plage plausible {low} à {high} sur 100" in text
