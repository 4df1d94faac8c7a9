"""A value the model takes as missing reads "not measured" in the waterfall, the factor
sentences and the warnings; the out-of-range check leaves it alone."""

from __future__ import annotations

import math
from dataclasses import replace

from pytestqt.qtbot import QtBot

from desktop.ui.widgets import card_texts
from desktop.ui.widgets.result_view import factor_lines, warning_lines
from desktop.ui.widgets.waterfall import WaterfallChart
from explainers import explain
from explainers.runner import GraphRunner
from models.catalog import BUILTIN_CATALOG
from models.signing import TrustStore
from models.verify import verify_package


def test_missing_value_reads_not_measured(qtbot: QtBot) -> None:
    """birthwt-low-gb's trees route a missing weight down their default branches; the clinician
    reads "Mother's weight = not measured" on its bar, in its sentence and in the warning."""
    package = verify_package(BUILTIN_CATALOG / "birthwt-low-gb", TrustStore.load())
    assert package.runner.source is not None
    spec = replace(package.runner.spec, allows_missing=True)  # as a card saying true would
    runner = GraphRunner(package.runner.source, spec)
    card = package.card
    case = dict(zip(card.feature_ids, package.background[4].tolist(), strict=True))
    case["lwt"] = math.nan
    explanation = explain(runner, spec, package.background, case)
    assert explanation.exact
    assert [w for w in explanation.warnings if w["feature"] == "lwt"] == [
        {"code": "missing", "feature": "lwt"}
    ]
    labels = card_texts.labels(card, "en")
    values = card_texts.shown_values(card, case, "en")
    assert values["lwt"] == "not measured"
    chart = WaterfallChart(top=len(card.features))
    qtbot.addWidget(chart)
    chart.set_explanation(explanation, labels=labels, values=values)
    bars = [label for label, *_ in chart.bars()]
    assert f"{labels['lwt']} = not measured" in bars
    lines = factor_lines(explanation, labels=labels, values=values, top=len(card.features))
    assert any(f"{labels['lwt']} not measured" in line for line in lines)
    warnings = warning_lines(package, explanation, language="en")
    assert any(line.startswith(f"⚠ {labels['lwt']} was not measured: ") for line in warnings)
