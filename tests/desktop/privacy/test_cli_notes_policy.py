"""`kuona audit notes-policy` and the sync step, run as a user would (fresh processes)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.desktop.cli.runner import kuona


def test_the_district_shares_a_policy_and_the_clinic_installs_it_from_the_stick(
    tmp_path: Path,
) -> None:
    """share → acknowledge STICK installs it; an older file is ignored; a changed one exits 1."""
    district, clinic, stick = tmp_path / "district", tmp_path / "clinic", tmp_path / "stick"
    key = tmp_path / "district.pub.json"
    assert (
        kuona("audit", "init-district", "--public-key-out", str(key), home=district).returncode == 0
    )
    assert kuona("audit", "set-district-key", str(key), home=clinic).returncode == 0
    shown = kuona("audit", "notes-policy", home=clinic)
    assert shown.returncode == 0 and "none is installed" in shown.stdout

    older = kuona(
        "audit", "notes-policy", "--share", "home", "--out", str(tmp_path / "old"), home=district
    )
    shared = kuona(
        "audit", "notes-policy", "--share", "scrubbed", "--out", str(stick), home=district
    )
    assert shared.returncode == 0, shared.stderr
    assert "kuona-notes-policy.kuonapolicy" in shared.stdout

    picked = kuona("audit", "acknowledge", str(stick), home=clinic)
    assert picked.returncode == 0, picked.stderr
    assert "ID numbers removed; names are not removed" in picked.stdout
    installed = kuona("audit", "notes-policy", home=clinic, language="fr")
    assert "les noms ne sont pas retirés" in installed.stdout

    refused = kuona(
        "audit",
        "notes-policy",
        "--install",
        str(tmp_path / "old" / "kuona-notes-policy.kuonapolicy"),
        home=clinic,
    )
    assert refused.returncode == 1 and "older than the one installed" in refused.stderr
    assert older.returncode == 0

    policy = stick / "kuona-notes-policy.kuonapolicy"
    policy.write_text(
        json.dumps({**json.loads(policy.read_text("utf-8")), "notes": "home"}), "utf-8"
    )
    tampered = kuona("audit", "acknowledge", str(stick), home=clinic)
    assert tampered.returncode == 1
    assert "not signed by the installed district key" in tampered.stderr
    still = kuona("audit", "notes-policy", home=clinic)
    assert "names are not removed" in still.stdout


def test_share_without_a_folder_says_what_is_missing(tmp_path: Path) -> None:
    """`--share` without `--out` is one clear line and exit status 2."""
    result = kuona("audit", "notes-policy", "--share", "scrubbed", home=tmp_path)
    assert result.returncode == 2 and "--out" in result.stderr
