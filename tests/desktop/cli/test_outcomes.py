"""`kuona audit record | outcome | followup`: late decisions and outcomes, end to end."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop import keys
from desktop.audit.store import AuditStore
from models.catalog import BUILTIN_CATALOG
from tests.desktop.cli.runner import kuona

PIMA = str(BUILTIN_CATALOG / "pima-diabetes-lr")
CASE = {"npreg": 7, "glu": 187, "bp": 90, "skin": 41, "bmi": 32, "ped": 0.391, "age": 39}
TODAY = date.today()


@pytest.fixture(autouse=True)
def _today() -> None:
    """TODAY is the day each test starts, not the day the module was collected (a run may
    cross midnight)."""
    global TODAY  # noqa: PLW0603 - the tests below read it as a plain name
    TODAY = date.today()


def _ok(*args: str, home: Path) -> str:
    result = kuona(*args, home=home)
    assert result.returncode == 0, result.stderr
    return result.stdout


def _records(home: Path) -> list[dict[str, object]]:
    with AuditStore.open(home / "audit.sqlite", device_id=keys.device_id(home)) as store:
        return [r.data for r in store.records()]


def _cases(path: Path, lines: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return path


def _late(ref: str, days_ago: int, **changes: object) -> dict[str, object]:
    line: dict[str, object] = {
        "case": CASE,
        "decision": "accept",
        "reason": None,
        "estimate": "high",
        "patient_ref": ref,
        "note": "paper form",
        "decided_on": str(TODAY - timedelta(days=days_ago)),
    }
    line.update(changes)
    return line


def test_late_decisions_then_outcomes_then_followup_then_the_district(tmp_path: Path) -> None:
    """Paper decisions are explained and marked late; a CSV of outcomes by patient ref closes
    one; followup lists the other; the outcome travels in the bundle to the district."""
    clinic, district = tmp_path / "clinic", tmp_path / "district"
    pub, stick = tmp_path / "district.pub.json", tmp_path / "stick"
    cases = _cases(tmp_path / "paper.jsonl", [_late("MRN-1", 40), _late("MRN-2", 35)])
    ids = _ok("audit", "record", "--model", PIMA, "--cases", str(cases), home=clinic).split()
    first, second = _records(clinic)
    assert [first["uuid"], second["uuid"]] == ids
    explanation = first["explanation"]
    assert isinstance(explanation, dict)
    assert explanation["entered_late"] is True
    assert explanation["decided_on"] == str(TODAY - timedelta(days=40))
    assert first["clinician_estimate"] == "high"
    assert first["patient_ref"] == keys.pseudonymise("MRN-1", home=clinic)

    due = json.loads(_ok("audit", "followup", "--json", home=clinic))
    assert [d["record_id"] for d in due] == ids
    assert due[0]["days_overdue"] == 10  # the card's horizon: 30 days

    outcomes = tmp_path / "outcomes.csv"
    outcomes.write_text(f"patient_ref,observed,on,source\nMRN-1,1,{TODAY},lab\n")
    (outcome_id,) = _ok("audit", "outcome", "--from", str(outcomes), home=clinic).split()
    due = json.loads(_ok("audit", "followup", "--json", home=clinic))
    assert [d["record_id"] for d in due] == [ids[1]]
    fixed = _ok(
        *("audit", "outcome", ids[0], "--observed", "0", "--source", "clinic_visit"),
        *("--supersedes", outcome_id),
        home=clinic,
    ).strip()
    assert _records(clinic)[-1]["body"] == {
        "observes": ids[0],
        "observed": 0,
        "on": str(TODAY),
        "source": "clinic_visit",
        "supersedes": outcome_id,
    }

    _ok("audit", "init-district", "--public-key-out", str(pub), home=district)
    _ok("audit", "set-district-key", str(pub), home=clinic)
    stick.mkdir()
    bundle = _ok("audit", "export", "--to", str(stick), home=clinic).strip()
    _ok("audit", "import", bundle, home=district)
    with sqlite3.connect(district / "district" / "district.sqlite") as db:
        kinds = db.execute("SELECT uuid, kind FROM records ORDER BY seq").fetchall()
    assert kinds == [
        (ids[0], "decision"),
        (ids[1], "decision"),
        (outcome_id, "outcome"),
        (fixed, "outcome"),
    ]
    report = json.loads(_ok("audit", "report", "--json", home=district))
    assert report["records"] == 2


def test_a_bad_paper_file_writes_nothing_and_names_its_lines(tmp_path: Path) -> None:
    """An override without a reason on line 2 and a future date on line 3: exit 1, no record."""
    home = tmp_path / "clinic"
    cases = _cases(
        tmp_path / "paper.jsonl",
        [_late("A", 1), _late("B", 1, decision="override"), _late("C", -2)],
    )
    result = kuona("audit", "record", "--model", PIMA, "--cases", str(cases), home=home)
    assert result.returncode == 1
    assert "paper.jsonl: 2 line(s) are wrong" in result.stderr
    assert "paper.jsonl:2: the decision 'override' needs a reason" in result.stderr
    assert "paper.jsonl:3: the date" in result.stderr and "is in the future" in result.stderr
    assert result.stdout == ""
    assert not (home / "audit.sqlite").exists() or _records(home) == []


def test_an_outcome_for_an_unknown_id_is_one_clear_line_in_the_users_language(
    tmp_path: Path,
) -> None:
    """Unknown record id: exit 1, one sentence naming it (in French with --lang fr), no write."""
    home = tmp_path / "clinic"
    result = kuona("--lang", "fr", "audit", "outcome", "abc", "--observed", "1", home=home)
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "kuona: outcome : aucun enregistrement abc dans le journal d'audit de cet ordinateur ; "
        "rien n'a été enregistré."
    )
    assert _records(home) == []
