"""Quiz summaries per session, per trainee in a session and per trainee; the CSV export."""

from __future__ import annotations

import csv
import dataclasses
import io
from pathlib import Path

import pytest

from desktop.training.errors import TrainingError, TrainingRefusal
from desktop.training.records import AnswerRow
from desktop.training.report import (
    ANSWER_COLUMNS,
    SUMMARY_COLUMNS,
    SummaryLine,
    _write_both,
    export_csv,
    summarise,
)
from desktop.training.session import answer_case
from desktop.training.store import TrainingStore
from models.verify import VerifiedPackage
from tests.desktop.training.answers import library_case, right_answer, wrong_answer

MODEL = "pima-diabetes-lr"


def _sessions(store: TrainingStore, pima: VerifiedPackage) -> list[AnswerRow]:
    """Session 1: Amina right on 3 cases (9/9), Bongani wrong on the risk twice (7/9).
    Session 2: Amina wrong on everything in one case (0/3)."""
    cases = [library_case(MODEL, c) for c in ("typical", "wrong", "borderline")]
    first = store.start_session(model=MODEL, model_version="1.0.0", mode="quiz", trainer="T")
    amina, bongani = store.trainee("Amina"), store.trainee("Bongani")
    for i, case in enumerate(cases):
        right = right_answer(pima, case)
        answer_case(store, pima, session=first, trainee=amina, case=case, answer=right)
        if i < 2:
            right = dataclasses.replace(right, risk=wrong_answer(pima, case).risk)
        answer_case(store, pima, session=first, trainee=bongani, case=case, answer=right)
    second = store.start_session(model=MODEL, model_version="1.0.0", mode="quiz")
    case = cases[0]
    answer_case(
        store, pima, session=second, trainee=amina, case=case, answer=wrong_answer(pima, case)
    )
    return store.answers()


def _line(lines: list[SummaryLine], level: str, trainee: str = "", nth: int = 0) -> SummaryLine:
    return [x for x in lines if x.level == level and x.trainee == trainee][nth]


def test_summary_per_session_per_trainee(pima: VerifiedPackage, store: TrainingStore) -> None:
    """Totals add up by session, by trainee within a session and by trainee overall."""
    lines = summarise(_sessions(store, pima))
    assert [x.level for x in lines] == [
        "session",
        "session_trainee",
        "session_trainee",
        "session",
        "session_trainee",
        "trainee",
        "trainee",
    ]
    first, second = _line(lines, "session"), _line(lines, "session", nth=1)
    assert (first.tally.answers, first.tally.points, first.tally.max_points) == (6, 16, 18)
    assert (first.tally.risk, first.tally.factor, first.tally.override) == (4, 6, 6)
    assert (second.tally.points, second.tally.max_points) == (0, 3)
    in_first = [
        x for x in lines if x.level == "session_trainee" and x.session_id == first.session_id
    ]
    assert [(x.trainee, x.tally.points) for x in in_first] == [("Amina", 9), ("Bongani", 7)]
    amina, bongani = _line(lines, "trainee", "Amina"), _line(lines, "trainee", "Bongani")
    assert (amina.tally.answers, amina.tally.points, amina.tally.percent) == (4, 9, 75.0)
    assert bongani.tally.percent == pytest.approx(700 / 9)


def _read(path: Path) -> tuple[bytes, list[list[str]]]:
    raw = path.read_bytes()
    return raw, list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))


def test_export_writes_excel_ready_csv_files(
    pima: VerifiedPackage, store: TrainingStore, tmp_path: Path
) -> None:
    """UTF-8 with BOM, one row per answer, a summary line per group; names never formulas."""
    _sessions(store, pima)
    case = library_case(MODEL, "out_of_range")
    session = store.start_session(model=MODEL, model_version="1.0.0", mode="quiz")
    answer_case(
        store,
        pima,
        session=session,
        trainee=store.trainee('=HYPERLINK("x") Zoë'),
        case=case,
        answer=right_answer(pima, case),
    )
    rows = store.answers()
    answers, summary = export_csv(rows, to_dir=tmp_path)
    raw, table = _read(answers)
    assert raw.startswith(b"\xef\xbb\xbf")
    assert table[0] == list(ANSWER_COLUMNS)
    assert len(table) == 1 + len(rows) == 9
    by_name = {r[ANSWER_COLUMNS.index("trainee")] for r in table[1:]}
    assert by_name == {"Amina", "Bongani", '\'=HYPERLINK("x") Zoë'}
    last = dict(zip(ANSWER_COLUMNS, table[-1], strict=True))
    assert (last["category"], last["points"], last["case_source"]) == (
        "out_of_range",
        "3",
        "library",
    )
    raw, table = _read(summary)
    assert raw.startswith(b"\xef\xbb\xbf")
    assert table[0] == list(SUMMARY_COLUMNS)
    assert len(table) == 1 + len(summarise(rows))
    first = dict(zip(SUMMARY_COLUMNS, table[1], strict=True))
    assert (first["level"], first["points"], first["max_points"], first["percent"]) == (
        "session",
        "16",
        "18",
        "88.9",
    )


def test_export_to_a_missing_folder_is_refused(tmp_path: Path) -> None:
    """No folder, no files: a clear refusal naming the folder."""
    with pytest.raises(TrainingError) as caught:
        export_csv([], to_dir=tmp_path / "absent")
    assert caught.value.code is TrainingRefusal.EXPORT_FAILED
    assert caught.value.params["reason"] == "folder_missing"


def test_nothing_is_half_written_and_nothing_replaced(tmp_path: Path) -> None:
    """When the second file cannot be written, the first is removed and the old file kept."""
    existing = tmp_path / "b.csv"
    existing.write_text("keep")
    with pytest.raises(TrainingError) as caught:
        _write_both([(tmp_path / "a.csv", b"new"), (existing, b"new")])
    assert caught.value.params["reason"] == "exists"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.csv"]
    assert existing.read_text() == "keep"
