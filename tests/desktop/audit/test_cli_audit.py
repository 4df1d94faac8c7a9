"""`kuona explain --decide` records a decision and prints its id; `kuona audit verify` checks."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import uuid
from pathlib import Path

import pytest

from desktop import keys
from desktop.audit.store import AuditStore
from models.catalog import BUILTIN_CATALOG
from tests.desktop.cli.runner import kuona

PIMA = str(BUILTIN_CATALOG / "pima-diabetes-lr")
CASE = {"npreg": 7, "glu": 187, "bp": 90, "skin": 41, "bmi": 32, "ped": 0.391, "age": 39}
#: The answers to the pima card's eligibility questions that allow the model.
CASE["eligibility"] = {"pregnant": False, "male": False, "known_diabetes": False}  # type: ignore[assignment]


@pytest.fixture
def case(tmp_path: Path) -> Path:
    """A CASE.json for the pima package."""
    path = tmp_path / "case.json"
    path.write_text(json.dumps(CASE))
    return path


def _records(home: Path) -> list[dict[str, object]]:
    path = home / "audit.sqlite"
    if not path.exists():
        return []
    with AuditStore.open(path, device_id=keys.device_id(home)) as store:
        return [r.data for r in store.records()]


def test_decide_writes_one_record_and_prints_its_id(kuona_home: Path, case: Path) -> None:
    """An override with a reason is recorded with the package's id and hash; the id is printed."""
    result = kuona(
        *("explain", "--model", PIMA, "--case", str(case), "--decide", "override"),
        *("--reason", "patient_context", "--note", "pregnant", "--patient-ref", "MRN-12"),
        *("--role", "nurse", "--language", "en", "--estimate", "medium"),
        home=kuona_home,
    )
    assert result.returncode == 0, result.stderr
    record_id = result.stdout.splitlines()[-1]
    assert str(uuid.UUID(record_id)) == record_id
    (record,) = _records(kuona_home)
    manifest = (BUILTIN_CATALOG / "pima-diabetes-lr" / "manifest.json").read_bytes()
    model = record["model"]
    assert isinstance(model, dict)
    assert (model["id"], model["package_hash"]) == (
        "pima-diabetes-lr",
        hashlib.sha256(manifest).hexdigest(),
    )
    assert record["uuid"] == record_id
    assert (record["decision"], record["reason"], record["note"]) == (
        "override",
        "patient_context",
        "pregnant",
    )
    assert (record["role"], record["language"], record["clinician_estimate"]) == (
        "nurse",
        "en",
        "medium",
    )
    assert record["patient_ref"] not in (None, "MRN-12")
    assert "MRN-12" not in (kuona_home / "audit.sqlite").read_bytes().decode("latin-1")


def test_json_output_carries_the_record_id(kuona_home: Path, case: Path) -> None:
    """--json adds "record_id" to the explanation; the same ref always gives the same pseudonym."""
    refs = []
    for ref in ("MRN-12", " mrn-12 "):
        result = kuona(
            *("explain", "--model", PIMA, "--case", str(case), "--json"),
            *("--decide", "accept", "--patient-ref", ref),
            home=kuona_home,
        )
        assert result.returncode == 0, result.stderr
        out = json.loads(result.stdout)
        assert out["model"] == "pima-diabetes-lr" and "contributions" in out
        refs.append(out["record_id"])
    records = _records(kuona_home)
    assert [r["uuid"] for r in records] == refs
    assert (
        records[0]["patient_ref"]
        == records[1]["patient_ref"]
        == keys.pseudonymise("MRN-12", home=kuona_home)
    )


@pytest.mark.parametrize(
    ("options", "words"),
    [
        (["--decide", "override", "--reason", "gut_feeling"], "'gut_feeling' is not an allowed"),
        (["--decide", "override"], "needs a reason"),
        (["--decide", "partial"], "needs a reason"),
        (["--decide", "reject", "--reason", "other"], "'reject' is not an allowed decision"),
        (["--decide", "accept", "--estimate", "huge"], "'huge' is not an allowed"),
    ],
)
def test_bad_decisions_are_refused_and_nothing_is_written(
    kuona_home: Path, case: Path, options: list[str], words: str
) -> None:
    """A bad reason, decision or estimate, or a missing reason: exit 1, one line, no record."""
    result = kuona("explain", "--model", PIMA, "--case", str(case), *options, home=kuona_home)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and words in result.stderr
    assert result.stderr.startswith("kuona: ") and "nothing was recorded" in result.stderr
    assert result.stdout == ""
    assert _records(kuona_home) == []


def test_decide_needs_a_verified_package(kuona_home: Path, case: Path, tmp_path: Path) -> None:
    """--decide with a bare --onnx model is refused before anything runs."""
    result = kuona(
        *("explain", "--onnx", str(tmp_path / "m.onnx"), "--background", str(tmp_path / "b.csv")),
        *("--case", str(case), "--decide", "accept"),
        home=kuona_home,
    )
    assert result.returncode == 1
    assert "--model" in result.stderr and result.stderr.count("\n") == 1
    assert _records(kuona_home) == []


def test_audit_verify_passes_then_reports_a_hand_edit(kuona_home: Path, case: Path) -> None:
    """`audit verify` exits 0 on an intact log, 1 with a line naming the record after an edit."""
    for _ in range(3):
        result = kuona(
            *("explain", "--model", PIMA, "--case", str(case), "--decide", "accept"),
            home=kuona_home,
        )
        assert result.returncode == 0, result.stderr
    verified = kuona("audit", "verify", home=kuona_home)
    assert verified.returncode == 0, verified.stderr
    assert "3 records" in verified.stdout
    conn = sqlite3.connect(kuona_home / "audit.sqlite")
    with conn:
        conn.execute("DROP TRIGGER records_no_update")
        conn.execute("UPDATE records SET decision = 'override' WHERE seq = 2")
    conn.close()
    tampered = kuona("audit", "verify", home=kuona_home)
    assert tampered.returncode == 1
    assert tampered.stderr.splitlines() == [
        "kuona: audit.sqlite: record 2 was changed after it was written "
        "(its hash does not match its content)."
    ]
