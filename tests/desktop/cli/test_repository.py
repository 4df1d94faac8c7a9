"""`kuona models repo|publish|recall|update` as a steward and a clinic would run them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from desktop.audit.local import open_local_store
from tests.desktop.cli.runner import kuona

CATALOG = Path(__file__).resolve().parents[3] / "models" / "catalog"


def _records(home: Path) -> list[dict[str, object]]:
    """The bodies of the clinic's `catalog` audit records, in order."""
    with open_local_store(home) as store:
        return [r.data["body"] for r in store.records() if r.kind == "catalog"]


def test_steward_and_clinic_round_trip(tmp_path: Path) -> None:
    """init prints the root; a clinic updates from a copy with --root and lists both; after a
    recall the model is refused for explain with its reason; an older copy is a rollback;
    every change and the refusal are `catalog` audit records."""
    steward, clinic = tmp_path / "steward", tmp_path / "clinic"
    repo = tmp_path / "repo"
    made = kuona("models", "repo", "init", str(repo), home=steward)
    assert made.returncode == 0, made.stderr
    root = repo / "metadata" / "1.root.json"
    assert str(root) in made.stdout and str(tmp_path / "repo-keys") in made.stdout
    pkgs = [str(CATALOG / "pima-diabetes-lr"), str(CATALOG / "birthwt-low-gb")]
    assert kuona("models", "publish", str(repo), *pkgs, home=steward).returncode == 0
    stick = Path(shutil.copytree(repo, tmp_path / "stick-1"))
    first = kuona("models", "update", "--from", str(stick), "--root", str(root), home=clinic)
    assert first.returncode == 0, first.stderr
    assert first.stdout.count("installed:") == 2
    why = ("--reason", "safety_concern", "--note", "see bulletin 4")
    recalled = kuona("models", "recall", str(repo), "birthwt-low-gb", "1.0.0", *why, home=steward)
    assert recalled.returncode == 0, recalled.stderr
    second = kuona("models", "update", "--from", str(repo), home=clinic)
    assert "withdrawn: birthwt-low-gb 1.0.0 (recalled: a safety concern)" in second.stdout
    rows = json.loads(kuona("models", "list", "--json", home=clinic).stdout)
    status = {(r["id"], r["path"].endswith(".kuona")): r["catalog"] for r in rows}
    assert status[("birthwt-low-gb", True)]["state"] == "recalled"
    assert status[("birthwt-low-gb", True)]["reason"] == "safety_concern"
    assert status[("pima-diabetes-lr", True)]["state"] == "active"
    case = tmp_path / "case.json"
    case.write_text("{}")
    refused = kuona("explain", "--model", "birthwt-low-gb-1.0.0", "--case", str(case), home=clinic)
    assert refused.returncode == 1
    assert "recalled on" in refused.stderr and "a safety concern" in refused.stderr
    old = kuona("--lang", "pt", "models", "update", "--from", str(stick), home=clinic)
    assert old.returncode == 1
    assert old.stderr.strip().count("\n") == 0
    assert "reversão" in old.stderr and "metadata/timestamp.json" in old.stderr
    events = [(b["event"], b["model_id"], b["reason"]) for b in _records(clinic)]
    assert events == [
        ("installed", "birthwt-low-gb", None),
        ("installed", "pima-diabetes-lr", None),
        ("withdrawn", "birthwt-low-gb", "safety_concern"),
        ("refused", None, "rollback"),
    ]


def test_rotate_key_and_refresh_print_what_they_did(tmp_path: Path) -> None:
    """rotate-key names the new root version; refresh says it re-signed."""
    repo = tmp_path / "repo"
    assert kuona("models", "repo", "init", str(repo), home=tmp_path / "h").returncode == 0
    rotated = kuona("models", "rotate-key", str(repo), "timestamp", home=tmp_path / "h")
    assert rotated.returncode == 0 and "root version 2" in rotated.stdout
    refreshed = kuona("models", "repo", "refresh", str(repo), "--root", home=tmp_path / "h")
    assert refreshed.returncode == 0 and "signed again" in refreshed.stdout
    assert (repo / "metadata" / "3.root.json").is_file()
