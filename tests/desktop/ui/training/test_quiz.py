"""The quiz on the training tab: answers scored by desktop.training.quiz and stored in
training.sqlite, points shown after the reveal, summaries on screen, CSV export; and a whole
training session through the window leaves the clinical audit log as it was."""

from __future__ import annotations

import csv
import hashlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.audit.decision import Decision, record_decision
from desktop.audit.local import local_log_path, open_local_store
from desktop.training.report import summarise
from desktop.training.session import explain_case
from desktop.training.store import TrainingStore
from desktop.ui.app import MainWindow
from desktop.ui.training.screen import TrainingView
from desktop.ui.widgets import translations
from tests.desktop.training.answers import right_answer, wrong_answer
from tests.desktop.ui.clinician.test_screen import entries
from tests.desktop.ui.training.helpers import PIMA, explained, settled, training_view
from tests.desktop.ui.waiting import WAIT


@pytest.fixture
def view(qtbot: QtBot) -> Iterator[TrainingView]:
    """The training tab on pima, its first case explained."""
    yield from training_view(qtbot, PIMA)


def _start(view: TrainingView, *names: str) -> None:
    session = view.cases.session
    session.trainer.setText("Dr K")
    session.trainees.setPlainText("\n".join(names))
    session.start_button.click()


def _answer(qtbot: QtBot, view: TrainingView, name: str, *, right: bool) -> None:
    w = view.walkthrough
    assert w is not None
    answer = right_answer(w.package, w.case) if right else wrong_answer(w.package, w.case)
    quiz = view.cases.quiz
    quiz.choose(trainee=name, risk=answer.risk, factor=answer.factor, override=answer.override)
    with qtbot.waitSignal(quiz.recorded, timeout=WAIT):
        quiz.record_button.click()


def test_answers_are_scored_stored_summarised_and_exported(
    qtbot: QtBot, view: TrainingView, tmp_path: Path
) -> None:
    """Two trainees answer, points stay hidden until the reveal, then each one's points and the
    summaries (equal to the core's) are shown; the CSV export holds every answer."""
    _start(view, "Ana", "Ben")
    quiz = view.cases.quiz
    assert quiz.isVisible() and quiz.record_button.isEnabled()
    _answer(qtbot, view, "Ana", right=True)
    assert [quiz.trainee.itemText(i) for i in range(quiz.trainee.count())] == ["Ben"]
    _answer(qtbot, view, "Ben", right=False)
    with TrainingStore.open() as store:
        rows = store.answers()
    assert [(r.trainee.name, r.score.total) for r in rows] == [("Ana", 3), ("Ben", 0)]
    assert quiz.answered.text() == "Answered: Ana, Ben (2 of 2)"
    assert quiz.results.text() == "Everyone has answered: reveal the true outcome."
    assert view.results.rows() == []  # no points before the reveal
    view.cases.reveal_button.click()
    assert quiz.results.text().splitlines() == [
        "Ana: 3 of 3 points — risk ✔ right; main factor ✔ right; override ✔ right",
        "Ben: 0 of 3 points — risk ✘ wrong; main factor ✘ wrong; override ✘ wrong",
    ]
    assert not quiz.record_button.isVisible()
    table = view.results.rows()
    core = summarise(rows)
    assert [line.tally.points for line in core] == [3, 3, 0, 3, 0]
    assert table[0][:2] == ["Whole session", "2"] and table[0][5] == "3 of 6"
    assert table[1][0] == "Ana, this session" and table[1][5:] == ["3 of 3", "100%"]
    assert table[2][0] == "Ben, this session" and table[2][5:] == ["0 of 3", "0%"]
    assert [r[0] for r in table[3:]] == ["Ana, all sessions", "Ben, all sessions"]
    exported = view.results.export_to(tmp_path)
    assert exported is not None
    answers, summary = exported
    with answers.open(encoding="utf-8-sig", newline="") as f:
        lines = list(csv.DictReader(f))
    assert [(r["trainee"], r["points"]) for r in lines] == [("Ana", "3"), ("Ben", "0")]
    assert summary.exists()
    assert str(answers) in view.results.message.text()


def test_an_answer_needs_all_three_questions_and_one_per_trainee(
    qtbot: QtBot, view: TrainingView
) -> None:
    """An incomplete answer is refused with a message; an answered trainee leaves the list;
    the next case takes answers again."""
    _start(view, "Ana")
    quiz = view.cases.quiz
    quiz.risk["high"].setChecked(True)
    quiz.record_button.click()
    assert quiz.message.text() == "⚠ Answer the three questions for one trainee first."
    _answer(qtbot, view, "Ana", right=True)
    assert not quiz.record_button.isVisible()
    view.cases.next_button.click()
    explained(qtbot, view)
    assert quiz.record_button.isVisible() and quiz.trainee.currentText() == "Ana"


def test_a_training_session_in_the_window_never_touches_the_audit_log(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """One clinical decision first; then a quiz, a reveal, what-if, an import and an export on
    the training tab: the audit log's file and records are exactly as before."""
    translations.install("en")
    package = next(e.package for e in entries() if e.package and e.package.card.id == PIMA)
    case = {"npreg": 7, "glu": 187, "bp": 90, "skin": 41, "bmi": 32, "ped": 0.391, "age": 39}
    with open_local_store() as audit:
        record_decision(
            audit, package, explain_case(package, case), inputs=case, decision=Decision("accept")
        )
        before = [r.data for r in audit.records()]
    digest = hashlib.sha256(local_log_path().read_bytes()).hexdigest()

    window = MainWindow(language="en")  # training needs no account
    qtbot.addWidget(window)
    window.show()
    window.door.gate.training_button.click()
    window._on_loaded(list(entries()))
    window.tabs.setCurrentWidget(window.training)
    view = window.training
    view.choose(PIMA)
    explained(qtbot, view)
    _start(view, "Ana")
    _answer(qtbot, view, "Ana", right=True)
    view.cases.reveal_button.click()
    view.whatif.set_value("glu", 150.0)
    settled(qtbot, view)
    mine = tmp_path / "mine.csv"
    mine.write_text("npreg,glu,bp,skin,bmi,ped,age,outcome\n4,133,66,29,31.2,0.311,41,1\n")
    with qtbot.waitSignal(view.importer.imported, timeout=WAIT):
        view.importer.import_file(mine)
    assert view.results.export_to(tmp_path) is not None
    view.cases.session.end_button.click()
    window.training.wait()
    window.clinician.wait()

    assert hashlib.sha256(local_log_path().read_bytes()).hexdigest() == digest
    with open_local_store() as audit:
        assert [r.data for r in audit.records()] == before
        assert audit.verify() == []
    conn = sqlite3.connect(local_log_path())
    text = "\n".join(str(row) for row in conn.execute("SELECT * FROM records"))
    conn.close()
    assert "Ana" not in text and "mine.csv" not in text
    with TrainingStore.open() as store:
        assert len(store.answers()) == 1 and len(store.trainer_cases(PIMA)) == 1
