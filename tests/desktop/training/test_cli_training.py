"""`kuona training cases | import-cases | export`, run as a user would (fresh processes)."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.training.cases import load_library
from desktop.training.session import answer_case
from desktop.training.store import TrainingStore
from models.verify import VerifiedPackage
from tests.desktop.cli.runner import kuona
from tests.desktop.training.answers import library_case, right_answer

HEADER = "npreg,glu,bp,skin,bmi,ped,age,outcome,note"


def test_cases_json_lists_the_library_with_true_outcomes(kuona_home: Path) -> None:
    """Every library case with id, category, true outcome, today's prediction and inputs."""
    result = kuona("training", "cases", "heart-cad-mlp", "--json", home=kuona_home)
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    library = load_library("heart-cad-mlp").cases
    assert len(rows) == len(library) >= 30
    for row, case in zip(rows, library, strict=True):
        assert {"id", "category", "outcome", "prediction", "inputs"} <= set(row)
        assert (row["id"], row["category"], row["outcome"]) == (
            case.id,
            case.category,
            case.outcome,
        )
        assert abs(row["prediction"] - case.prediction) < 1e-5
        assert row["inputs"] == case.inputs and row["source"] == "library"


def test_cases_text_names_category_outcome_and_range(kuona_home: Path) -> None:
    """The human listing has one line per case, in words, and names out-of-range features."""
    result = kuona("training", "cases", "pima-diabetes-lr", home=kuona_home)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("pima-diabetes-lr 1.0.0: 40 library cases, 0 of the trainer's")
    h024 = next(i for i, line in enumerate(lines) if line.startswith("h024"))
    assert "outcome 1" in lines[h024] and "outside the validated range" in lines[h024]
    assert lines[h024 + 1].strip() == "outside the validated range: npreg"


def test_unknown_model_is_refused(kuona_home: Path) -> None:
    """A model id that is not installed: exit 1 and one line naming it."""
    result = kuona("training", "cases", "no-such-model", home=kuona_home)
    assert result.returncode == 1
    assert result.stderr.startswith("kuona: no-such-model: no model package here")


def test_import_cases_then_list_them(kuona_home: Path, tmp_path: Path) -> None:
    """Imported cases get ids t1, t2 and are listed after the library as the trainer's."""
    path = tmp_path / "mine.csv"
    path.write_text(f"{HEADER}\n2,120,70,30,30.5,0.4,35,0,ok\n6,180,80,35,38.1,0.9,50,1,\n")
    result = kuona("training", "import-cases", "pima-diabetes-lr", str(path), home=kuona_home)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        "Imported 2 case(s) for pima-diabetes-lr from mine.csv: ids t1 to t2."
    )
    listed = json.loads(
        kuona("training", "cases", "pima-diabetes-lr", "--json", home=kuona_home).stdout
    )
    mine = [r for r in listed if r["source"] == "trainer"]
    assert [(r["id"], r["outcome"], r["note"]) for r in mine] == [("t1", 0, "ok"), ("t2", 1, None)]


def test_import_with_bad_rows_names_each_and_imports_nothing(
    kuona_home: Path, tmp_path: Path
) -> None:
    """Exit 1; a summary line, then one line per problem with row and column; no case stored."""
    path = tmp_path / "mine.csv"
    path.write_text(f"{HEADER}\n2,high,70,30,30.5,0.4,35,0,\n6,180,80,35,38.1,0.9,50,5,\n")
    result = kuona("training", "import-cases", "pima-diabetes-lr", str(path), home=kuona_home)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "kuona: mine.csv: 2 row(s) have problems (listed below); nothing was imported.",
        "  mine.csv: row 2, column 'glu': 'high' is not a number.",
        "  mine.csv: row 3, column 'outcome': '5' must be 1 (the outcome happened) or 0 (it did "
        "not).",
    ]
    with TrainingStore.open(kuona_home / "training.sqlite") as store:
        assert store.trainer_cases("pima-diabetes-lr") == []
    skipped = kuona(
        "training", "import-cases", "pima-diabetes-lr", str(path), "--skip-bad", home=kuona_home
    )
    assert skipped.returncode == 1 and "nothing was imported" in skipped.stderr


def test_import_skip_bad_keeps_the_good_rows(kuona_home: Path, tmp_path: Path) -> None:
    """--skip-bad imports the good rows and lists the skipped ones."""
    path = tmp_path / "mine.csv"
    path.write_text(f"{HEADER}\n2,high,70,30,30.5,0.4,35,0,\n6,180,80,35,38.1,0.9,50,1,\n")
    result = kuona(
        "training", "import-cases", "pima-diabetes-lr", str(path), "--skip-bad", home=kuona_home
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "Imported 1 case(s) for pima-diabetes-lr from mine.csv: ids t1 to t1.",
        "1 row(s) were skipped:",
        "  mine.csv: row 2, column 'glu': 'high' is not a number.",
    ]


def test_export_writes_the_quiz_csv_files(
    kuona_home: Path, tmp_path: Path, pima: VerifiedPackage
) -> None:
    """Nothing to write before any answer; afterwards the answers and summary CSV files."""
    out = tmp_path / "out"
    out.mkdir()
    empty = kuona("training", "export", str(out), home=kuona_home)
    assert empty.returncode == 0 and empty.stdout.strip().startswith("No quiz answers yet")
    assert list(out.iterdir()) == []
    with TrainingStore.open(kuona_home / "training.sqlite") as store:
        session = store.start_session(model=pima.card.id, model_version="1.0.0", mode="quiz")
        case = library_case(pima.card.id, "wrong")
        answer_case(
            store,
            pima,
            session=session,
            trainee=store.trainee("Amina"),
            case=case,
            answer=right_answer(pima, case),
        )
    result = kuona("training", "export", str(out), home=kuona_home)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "1 answer(s) and 3 summary line(s) written:"
    answers, summary = (Path(p) for p in lines[1:])
    assert answers.name.startswith("kuona-training-answers-") and answers.exists()
    assert summary.name.startswith("kuona-training-summary-") and summary.exists()
    assert len(answers.read_text(encoding="utf-8-sig").splitlines()) == 2
    missing = kuona("training", "export", str(tmp_path / "nope"), home=kuona_home)
    assert missing.returncode == 1 and "could not be written" in missing.stderr
