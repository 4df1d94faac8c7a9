"""The issue's check: two clinics record decisions, export; the district imports them twice.

The first decisions of each clinic go through `kuona explain --decide` (one process each, about
a second apiece); the rest are appended with the same store, to keep the suite fast.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import keys
from desktop.audit.store import AuditStore
from tests.desktop.audit.entries import decision_entry
from tests.desktop.cli.runner import kuona
from tests.desktop.sync.helpers import dump

ROOT = Path(__file__).resolve().parents[3]
CASE = {"npreg": 7, "glu": 187, "bp": 90, "skin": 41, "bmi": 32, "ped": 0.391, "age": 39}
#: The answers to the pima card's eligibility questions that allow the model.
CASE["eligibility"] = {"pregnant": False, "male": False, "known_diabetes": False}  # type: ignore[assignment]
PARALLEL = 4
CLI_DECISIONS = 5


def _decision(i: int, every: int) -> list[str]:
    """Override every `every`-th decision (with a reason), accept the others."""
    if i % every == 0:
        return ["--decide", "override", "--reason", "clinical_judgement"]
    return ["--decide", "accept"]


def _record(home: Path, case: Path, count: int, every: int) -> list[tuple[Path, list[str]]]:
    """CLI jobs for the first CLI_DECISIONS decisions; the rest appended to the home's log."""
    base = ["explain", "--model", "pima-diabetes-lr", "--case", str(case)]
    with AuditStore.open(home / "audit.sqlite", device_id=keys.ensure_identity(home)) as store:
        for i in range(CLI_DECISIONS, count):
            override = i % every == 0
            store.append(
                decision_entry(
                    decision="override" if override else "accept",
                    reason="clinical_judgement" if override else None,
                )
            )
    return [(home, [*base, *_decision(i, every)]) for i in range(CLI_DECISIONS)]


def _run_all(jobs: list[tuple[Path, list[str]]]) -> None:
    """Run the CLI jobs a few at a time (each is a fresh process); all must succeed."""
    for at in range(0, len(jobs), PARALLEL):
        running = [
            subprocess.Popen(
                [sys.executable, "-m", "desktop", *args],
                env=dict(os.environ, KUONA_HOME=str(home)),
                cwd=ROOT,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
            for home, args in jobs[at : at + PARALLEL]
        ]
        for process in running:
            _, err = process.communicate(timeout=300)
            assert process.returncode == 0, err


def _ok(*args: str, home: Path) -> str:
    result = kuona(*args, home=home)
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.mark.slow
def test_two_clinics_export_and_the_district_imports_twice(tmp_path: Path) -> None:
    """80 records once, the right overrides, no gaps; receipts empty the next export; a cut
    bundle is refused and imports nothing."""
    district, clinic_a, clinic_b = (tmp_path / n for n in ("district", "a", "b"))
    case, pub, stick = tmp_path / "case.json", tmp_path / "district.pub.json", tmp_path / "stick"
    case.write_text(json.dumps(CASE))
    stick.mkdir()
    _ok("audit", "init-district", "--public-key-out", str(pub), home=district)
    for home in (clinic_a, clinic_b):
        _ok("audit", "set-district-key", str(pub), home=home)
    _run_all(_record(clinic_a, case, 50, every=5) + _record(clinic_b, case, 30, every=3))
    bundles = [
        Path(_ok("audit", "export", "--to", str(stick), home=h).strip())
        for h in (clinic_a, clinic_b)
    ]
    assert all(b.parent == stick and b.exists() for b in bundles)

    first = json.loads(_ok("audit", "import", str(stick), "--json", home=district))
    second = json.loads(_ok("audit", "import", *map(str, bundles), "--json", home=district))
    assert sorted(d["added"] for d in first["devices"]) == [30, 50]
    assert sorted(d["duplicates"] for d in second["devices"]) == [30, 50]
    assert [d["added"] for d in second["devices"]] == [0, 0]

    report = json.loads(_ok("audit", "report", "--json", home=district))
    assert (report["records"], report["overrides"], report["accepts"]) == (80, 20, 60)
    assert (report["gaps"], report["tampering"], report["refused_bundles"]) == ([], [], [])
    by_device = sorted((g["records"], g["overrides"]) for g in report["groups"])
    assert by_device == [(30, 10), (50, 10)]
    text = _ok("audit", "report", home=district)
    assert "80 records" in text and "No gaps, no tampering" in text

    for home in (clinic_a, clinic_b):
        assert "up to 0" not in _ok("audit", "acknowledge", str(stick), home=home)
        assert "Nothing to export" in _ok(
            "audit", "export", "--to", str(tmp_path / "s2"), home=home
        )

    cut = tmp_path / "cut" / bundles[0].name
    cut.parent.mkdir()
    cut.write_bytes(bundles[0].read_bytes()[:-100])
    db = district / "district" / "district.sqlite"
    before = [line for line in dump(db) if "refusals" not in line]
    refused = kuona("audit", "import", str(cut), home=district)
    assert refused.returncode == 1
    assert "REFUSED" in refused.stdout and "cut short" in refused.stdout
    report = json.loads(_ok("audit", "report", "--json", home=district))
    assert report["records"] == 80
    assert [r["code"] for r in report["refused_bundles"]] == ["bundle_truncated"]
    assert [line for line in dump(db) if "refusals" not in line] == before
