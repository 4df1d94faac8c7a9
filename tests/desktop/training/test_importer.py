"""A trainer's case CSV: every bad cell named by row and column; nothing half-imported."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from desktop.messages import describe_code
from desktop.training.errors import RowProblem, TrainingError, TrainingRefusal
from desktop.training.importer import import_cases
from desktop.training.store import TrainingStore
from models.verify import VerifiedPackage

HEADER = "npreg,glu,bp,skin,bmi,ped,age,outcome"
GOOD = ["2,120,70,30,30.5,0.4,35,0", "6,180,80,35,38.1,0.9,50,1"]


def _csv(tmp_path: Path, *lines: str, name: str = "cases.csv", bom: bool = False) -> Path:
    path = tmp_path / name
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + ("\n".join(lines) + "\n").encode())
    return path


def _refused(store: TrainingStore, pima: VerifiedPackage, path: Path) -> TrainingError:
    with pytest.raises(TrainingError) as caught:
        import_cases(store, pima, path)
    assert store.trainer_cases("pima-diabetes-lr") == []
    return caught.value


def test_good_rows_are_imported_with_prediction_and_category(
    store: TrainingStore, pima: VerifiedPackage, tmp_path: Path
) -> None:
    """Columns in any order, a note, a BOM: each case gets today's prediction and its tags."""
    path = _csv(
        tmp_path,
        "outcome,note,age,ped,bmi,skin,bp,glu,npreg",
        "0,from ward 3,35,0.4,30.5,30,70,120,2",
        "1,,50,0.9,38.1,35,80,250,6",
        bom=True,
    )
    result = import_cases(store, pima, path)
    assert [c.id for c in result.imported] == ["t1", "t2"] and result.skipped == ()
    first, second = store.trainer_cases("pima-diabetes-lr")
    assert first.inputs == {
        "npreg": 2.0,
        "glu": 120.0,
        "bp": 70.0,
        "skin": 30.0,
        "bmi": 30.5,
        "ped": 0.4,
        "age": 35.0,
    }
    assert (first.outcome, first.note, first.source) == (0, "from ward 3", "trainer")
    rows = [[c.inputs[f] for f in pima.card.feature_ids] for c in (first, second)]
    now = pima.runner.predict(np.array(rows))
    assert [first.prediction, second.prediction] == pytest.approx(now.tolist())
    assert second.category == "out_of_range" and second.out_of_range == ("glu",)


def test_semicolons_and_decimal_commas_as_french_excel_saves_them(
    store: TrainingStore, pima: VerifiedPackage, tmp_path: Path
) -> None:
    """A semicolon-separated file may use decimal commas."""
    path = _csv(tmp_path, HEADER.replace(",", ";"), "2;120;70;30;30,5;0,4;35;0")
    (case,) = import_cases(store, pima, path).imported
    assert (case.inputs["bmi"], case.inputs["ped"]) == (30.5, 0.4)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("2,abc,70,30,30.5,0.4,35,0", ("glu", RowProblem.NOT_A_NUMBER, "abc")),
        ("2,,70,30,30.5,0.4,35,0", ("glu", RowProblem.MISSING_VALUE, "")),
        ("2,inf,70,30,30.5,0.4,35,0", ("glu", RowProblem.NOT_FINITE, "inf")),
        ("2,120,70,30,30.5,0.4,35,2", ("outcome", RowProblem.OUTCOME_NOT_BINARY, "2")),
        ("2,120,70,30,30.5,0.4,35,yes", ("outcome", RowProblem.OUTCOME_NOT_BINARY, "yes")),
        ("2,120,70,30,30.5,0.4,35,", ("outcome", RowProblem.MISSING_VALUE, "")),
        ("2,120,70,30,30.5,0.4,35", ("", RowProblem.WRONG_NUMBER_OF_FIELDS, "7")),
    ],
)
def test_each_bad_cell_is_named_and_nothing_is_imported(
    store: TrainingStore,
    pima: VerifiedPackage,
    tmp_path: Path,
    line: str,
    expected: tuple[str, RowProblem, str],
) -> None:
    """One bad row among good ones: row number, column, what is wrong; no row imported."""
    error = _refused(store, pima, _csv(tmp_path, HEADER, GOOD[0], line, GOOD[1]))
    assert error.code is TrainingRefusal.CSV_BAD_ROWS
    (bad,) = error.rows
    assert (bad.row, bad.column, bad.code, bad.value) == (3, *expected)
    assert "{" not in describe_code(bad.message_key, "cases.csv", bad.params())


def test_choices_and_yes_no_values_are_checked(
    packages: dict[str, VerifiedPackage], store: TrainingStore, tmp_path: Path
) -> None:
    """birthwt: race must be 1, 2 or 3 and smoke 0 or 1; the message lists the codes."""
    path = _csv(
        tmp_path,
        "age,lwt,race,smoke,ptl,ht,ui,ftv,outcome",
        "24,130,4,1,0,0,0,1,0",
        "24,130,2,2,0,0,0,1,0",
    )
    with pytest.raises(TrainingError) as caught:
        import_cases(store, packages["birthwt-low-gb"], path)
    rows = caught.value.rows
    assert [(b.row, b.column, b.code) for b in rows] == [
        (2, "race", RowProblem.NOT_A_CHOICE),
        (3, "smoke", RowProblem.NOT_BOOLEAN),
    ]
    text = describe_code(rows[0].message_key, "cases.csv", rows[0].params())
    assert text == (
        "cases.csv: row 2, column 'race': '4' is not one of the model's codes "
        "(1 = White, 2 = Black, 3 = Other)."
    )


def test_every_problem_of_every_row_is_reported(
    store: TrainingStore, pima: VerifiedPackage, tmp_path: Path
) -> None:
    """Two bad cells in one row and one in another: three problems, in row order."""
    path = _csv(tmp_path, HEADER, "x,120,70,30,30.5,0.4,35,3", GOOD[0], "2,120,70,30,30.5,?,35,0")
    error = _refused(store, pima, path)
    assert [(b.row, b.column) for b in error.rows] == [(2, "npreg"), (2, "outcome"), (4, "ped")]
    assert error.params["count"] == "2"


@pytest.mark.parametrize(
    ("header", "problem", "column"),
    [
        (HEADER + ",weight", RowProblem.UNKNOWN_COLUMN, "weight"),
        (HEADER.replace("bmi,", ""), RowProblem.MISSING_COLUMN, "bmi"),
        (HEADER.replace(",outcome", ""), RowProblem.MISSING_COLUMN, "outcome"),
        (HEADER + ",glu", RowProblem.DUPLICATE_COLUMN, "glu"),
    ],
)
def test_header_problems_stop_the_import_even_in_skip_mode(
    store: TrainingStore,
    pima: VerifiedPackage,
    tmp_path: Path,
    header: str,
    problem: RowProblem,
    column: str,
) -> None:
    """An unknown, missing or repeated column is reported on row 1 and nothing is imported."""
    path = _csv(tmp_path, header, GOOD[0])
    with pytest.raises(TrainingError) as caught:
        import_cases(store, pima, path, skip_bad=True)
    assert [(b.row, b.column, b.code) for b in caught.value.rows] == [(1, column, problem)]
    assert store.trainer_cases("pima-diabetes-lr") == []


def test_skip_mode_imports_the_good_rows_and_lists_the_bad(
    store: TrainingStore, pima: VerifiedPackage, tmp_path: Path
) -> None:
    """With skip_bad the good rows go in; the bad ones come back as problems."""
    path = _csv(tmp_path, HEADER, GOOD[0], "2,abc,70,30,30.5,0.4,35,0", GOOD[1])
    result = import_cases(store, pima, path, skip_bad=True)
    assert len(result.imported) == 2
    assert [(b.row, b.column) for b in result.skipped] == [(3, "glu")]
    assert len(store.trainer_cases("pima-diabetes-lr")) == 2


def test_repeated_cases_are_refused(
    store: TrainingStore, pima: VerifiedPackage, tmp_path: Path
) -> None:
    """Re-importing a case, repeating a row, or copying a library case, is reported."""
    import_cases(store, pima, _csv(tmp_path, HEADER, GOOD[0]))
    library_row = "3,171,72,33,33.3,0.199,24,1"  # held-out row h000
    path = _csv(tmp_path, HEADER, GOOD[0], GOOD[1], GOOD[1], library_row, name="again.csv")
    with pytest.raises(TrainingError) as caught:
        import_cases(store, pima, path)
    assert [(b.row, b.code, b.value) for b in caught.value.rows] == [
        (2, RowProblem.DUPLICATE_CASE, "t1"),
        (4, RowProblem.REPEATED_ROW, "3"),
        (5, RowProblem.DUPLICATE_CASE, "h000"),
    ]
    assert len(store.trainer_cases("pima-diabetes-lr")) == 1


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"", TrainingRefusal.CSV_EMPTY),
        (HEADER.encode() + b"\n\n,,,,,,,\n", TrainingRefusal.CSV_NO_ROWS),
        (HEADER.encode() + b"\n2,120,70,30,30.5,0.4,35,0,caf\xe9\n", TrainingRefusal.CSV_NOT_UTF8),
    ],
)
def test_empty_or_non_utf8_files_are_refused(
    store: TrainingStore, pima: VerifiedPackage, tmp_path: Path, content: bytes, code: str
) -> None:
    """An empty file, a header alone, or a Latin-1 file: one clear refusal each."""
    path = tmp_path / "cases.csv"
    path.write_bytes(content)
    assert _refused(store, pima, path).code is code


def test_a_missing_file_is_refused(
    store: TrainingStore, pima: VerifiedPackage, tmp_path: Path
) -> None:
    """No such file: refused with the operating system's reason."""
    error = _refused(store, pima, tmp_path / "absent.csv")
    assert (error.code, error.file) == (TrainingRefusal.CSV_UNREADABLE, "absent.csv")
    assert error.params["reason"]


def test_too_many_rows_are_refused_before_any_check(
    store: TrainingStore, pima: VerifiedPackage, tmp_path: Path
) -> None:
    """More than 2000 case rows: one refusal giving the limits, nothing imported."""
    path = _csv(tmp_path, HEADER, *[f"2,{100 + i % 90},70,30,30.5,0.4,35,0" for i in range(2001)])
    error = _refused(store, pima, path)
    assert error.code is TrainingRefusal.CSV_TOO_LARGE
    assert error.params == {"max_rows": "2000", "max_mb": "5"}
