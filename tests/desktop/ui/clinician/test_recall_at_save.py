"""A recall that arrives while a result is on screen stops its decision from being recorded:
the panel says so in words, and nothing is written."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.audit.local import open_local_store
from desktop.consultation import Consultation, Stage, explain_case
from desktop.ui.clinician.decision_panel import DecisionPanel
from models.repository import Notice, recall
from tests.desktop.test_consultation import ANSWERS, case, package
from tests.desktop.updates.helpers import days, make_setting


def revealed(row: int) -> Consultation:
    """A pima consultation whose result is shown (judgement first off)."""
    consultation = Consultation(package(), judgement_first=False)
    values = case(row)
    ticket = consultation.start(values, ANSWERS)
    assert consultation.finish(ticket, explain_case(package(), values))
    assert consultation.stage is Stage.REVEALED
    return consultation


def test_recall_after_the_result_blocks_the_decision(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before the recall a decision is recorded; after the clinic installs the recall, the next
    decision on a result already on screen is refused with the date and reason, nothing is
    written, and the result stays on screen."""
    s = make_setting(tmp_path)
    monkeypatch.setenv("KUONA_HOME", str(s.home))
    s.update()
    panel = DecisionPanel(lambda: open_local_store(s.home), language="fr")
    qtbot.addWidget(panel)
    saved: list[object] = []
    panel.saved.connect(saved.append)
    panel.bind(revealed(0))
    panel.choose("accept")
    panel.save()
    assert len(saved) == 1 and not panel.message.isVisibleTo(panel)
    consultation = revealed(1)
    panel.bind(consultation)
    panel.choose("accept")
    recall(s.repo, keys=s.keys, package_id="pima-diabetes-lr", version="1.0.0",
           notice=Notice("card_error"), now=days(1))  # fmt: skip
    s.update(now=days(1))
    panel.save()
    assert len(saved) == 1
    text = panel.message.text()
    assert panel.message.isVisibleTo(panel) and "pima-diabetes-lr 1.0.0" in text
    assert "2026-12-02" in text and "rappelé" in text
    assert consultation.stage is Stage.REVEALED
    with open_local_store(s.home) as store:
        assert len(list(store.records())) == 1
