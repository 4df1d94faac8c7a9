"""Shared set-up of the training screen tests: a shown TrainingView on the verified catalog."""

from __future__ import annotations

from collections.abc import Iterator

from pytestqt.qtbot import QtBot

from desktop.ui.training.screen import TrainingView
from desktop.ui.widgets import translations
from tests.desktop.ui.clinician.test_screen import entries
from tests.desktop.ui.waiting import WAIT

PIMA = "pima-diabetes-lr"
HEART = "heart-cad-mlp"


def explained(qtbot: QtBot, view: TrainingView) -> None:
    """Wait until the current case's explanation is shown."""
    qtbot.waitUntil(
        lambda: view.walkthrough is not None and view.walkthrough.explanation is not None,
        timeout=WAIT,
    )


def settled(qtbot: QtBot, view: TrainingView) -> None:
    """Wait until every what-if change has been re-explained and shown."""
    qtbot.waitUntil(
        lambda: (
            view.exploration is not None
            and not view.exploration.busy
            and not view.whatif.job.busy()
        ),
        timeout=WAIT,
    )


def training_view(qtbot: QtBot, model_id: str = PIMA) -> Iterator[TrainingView]:
    """For a fixture: the training tab alone, shown, on the verified catalog, `model_id` chosen
    and its first case explained; every thread waited for afterwards."""
    translations.install("en")
    widget = TrainingView(language="en")
    qtbot.addWidget(widget)
    widget.resize(1366, 720)
    widget.show()
    widget.show_entries(list(entries()))
    widget.choose(model_id)
    explained(qtbot, widget)
    yield widget
    if widget.presentation is not None:
        widget.presentation.close()
    widget.wait()
