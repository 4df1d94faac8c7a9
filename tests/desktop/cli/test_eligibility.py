"""`kuona explain` enforces the card's eligibility; ranges and trust warnings reach the JSON."""

from __future__ import annotations

import json
from pathlib import Path

from desktop import keys
from desktop.audit.store import AuditStore
from tests.desktop.cli.runner import kuona

ANSWERS = {"pregnant": False, "male": False, "known_diabetes": False}
CASE = {"npreg": 2, "glu": 148, "bp": 70, "skin": 29, "bmi": 32, "ped": 0.4, "age": 35}


def _case(tmp_path: Path, **changes: object) -> str:
    path = tmp_path / "case.json"
    path.write_text(json.dumps({**CASE, "eligibility": ANSWERS, **changes}))
    return str(path)


def _kinds(home: Path) -> list[str]:
    with AuditStore.open(home / "audit.sqlite", device_id=keys.device_id(home)) as store:
        return [r.kind for r in store.records()]


def test_blocked_case_prints_no_prediction_and_exits_3(tmp_path: Path, kuona_home: Path) -> None:
    """A pregnant patient: {model, model_version, eligible: false, blocked_by}, exit status 3."""
    case = _case(tmp_path, eligibility={**ANSWERS, "pregnant": True})
    result = kuona(
        "explain", "--model", "pima-diabetes-lr", "--case", case, "--json", home=kuona_home
    )
    assert result.returncode == 3, result.stderr
    assert json.loads(result.stdout) == {
        "model": "pima-diabetes-lr",
        "model_version": "1.0.0",
        "eligible": False,
        "blocked_by": [{"code": "pregnant", "rule": "pregnant == true"}],
    }


def test_blocked_case_with_decide_records_ineligible(tmp_path: Path, kuona_home: Path) -> None:
    """With --decide a blocked case appends an `ineligible` record (not a decision), prints it."""
    case = _case(tmp_path, age=19)
    args = ("explain", "--model", "pima-diabetes-lr", "--case", case, "--decide", "accept")
    result = kuona(*args, "--json", home=kuona_home)
    assert result.returncode == 3, result.stderr
    out = json.loads(result.stdout)
    assert out["blocked_by"] == [{"code": "under_21", "rule": "age < 21"}]
    assert _kinds(kuona_home) == ["ineligible"]
    text = kuona(*args, home=kuona_home)
    assert text.returncode == 3
    assert "must not be used for this patient: under_21 (age < 21)" in text.stdout
    assert _kinds(kuona_home) == ["ineligible", "ineligible"]
    report = json.loads(kuona("audit", "report", "--json", home=kuona_home).stdout)
    assert report["ineligible"] == 2 and report["records"] == 0
    words = kuona("audit", "report", home=kuona_home).stdout
    assert "2 cases the model's card ruled out (no prediction shown)" in words


def test_unanswered_question_is_refused_naming_it(tmp_path: Path, kuona_home: Path) -> None:
    """A case that does not answer every question fails with one line naming the question."""
    case = _case(tmp_path, eligibility={"pregnant": False, "male": False})
    result = kuona("explain", "--model", "pima-diabetes-lr", "--case", case, home=kuona_home)
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "kuona: case.json: the eligibility question 'known_diabetes' is not answered "
        "(true or false)."
    )


def test_unusual_case_json_and_record_and_report(tmp_path: Path, kuona_home: Path) -> None:
    """22 years and 14 pregnancies: interval and out_of_population in the JSON, kept in the
    decision record, counted by the report."""
    case = _case(tmp_path, npreg=14, age=22)
    args = ("explain", "--model", "pima-diabetes-lr", "--case", case, "--json")
    result = kuona(*args, "--decide", "accept", home=kuona_home)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert set(out["interval"]) == {"low", "high", "method", "coverage", "calibrated"}
    (unusual,) = [w for w in out["warnings"] if w["code"] == "out_of_population"]
    assert unusual["features"] == ["npreg", "age"] and unusual["score"] > unusual["threshold"]
    report = json.loads(kuona("audit", "report", "--json", home=kuona_home).stdout)
    assert (report["records"], report["unusual_records"], report["ineligible"]) == (1, 1, 0)
