"""`kuona accounts` and `--clinician`: records carry the account's id; its name stays home."""

from __future__ import annotations

import json
from pathlib import Path

from tests.desktop.cli.runner import kuona
from tests.desktop.cli.test_outcomes import PIMA, _cases, _late, _records

NAME, PIN = "Dr Amina Juma", "482916"


def _raw_bytes(folder: Path) -> bytes:
    """Every file under `folder` (databases, their WAL, bundles, keys), concatenated."""
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


def test_accounts_add_list_remove(tmp_path: Path) -> None:
    """add reads the PIN twice from stdin; list shows id and name; remove deletes it; a PIN
    typed differently, or not digits, is one clear line and no account."""
    home = tmp_path / "clinic"
    refused = kuona("accounts", "add", NAME, home=home, stdin=f"{PIN}\n{PIN}9\n")
    assert refused.returncode == 1 and "the two PINs differ" in refused.stderr
    refused = kuona("accounts", "add", NAME, home=home, stdin="12ab\n12ab\n")
    assert refused.returncode == 1 and "a PIN is 4 to 32 digits" in refused.stderr
    added = kuona("accounts", "add", NAME, home=home, stdin=f"{PIN}\n{PIN}\n")
    assert added.returncode == 0, added.stderr
    (account,) = json.loads(kuona("accounts", "list", "--json", home=home).stdout)
    assert account["name"] == NAME and account["id"] in added.stdout
    assert PIN not in (home / "accounts.json").read_text(encoding="utf-8")
    assert kuona("accounts", "remove", NAME, home=home).returncode == 0
    assert "No accounts" in kuona("accounts", "list", home=home).stdout


def test_recorded_decisions_carry_the_id_and_never_the_name(tmp_path: Path) -> None:
    """`audit record --clinician NAME` with the PIN on stdin: the records carry the account id;
    a wrong PIN writes nothing; the name is in no byte of the clinic's log, the bundle or the
    district's database, whose report groups by the id."""
    clinic, district = tmp_path / "clinic", tmp_path / "district"
    pub, stick = tmp_path / "district.pub.json", tmp_path / "stick"
    assert kuona("accounts", "add", NAME, home=clinic, stdin=f"{PIN}\n{PIN}\n").returncode == 0
    (account,) = json.loads(kuona("accounts", "list", "--json", home=clinic).stdout)
    cases = _cases(tmp_path / "paper.jsonl", [_late("A", 3), _late("B", 2, decision="accept")])
    record = ("audit", "record", "--model", PIMA, "--cases", str(cases), "--clinician", NAME)
    wrong = kuona(*record, home=clinic, stdin="000000\n")
    assert wrong.returncode == 1 and "wrong PIN" in wrong.stderr
    assert not (clinic / "audit.sqlite").exists() or _records(clinic) == []
    done = kuona(*record, home=clinic, stdin=f"{PIN}\n")
    assert done.returncode == 0, done.stderr
    assert [r["clinician"] for r in _records(clinic)] == [account["id"]] * 2

    assert (
        kuona("audit", "init-district", "--public-key-out", str(pub), home=district).returncode == 0
    )
    assert kuona("audit", "set-district-key", str(pub), home=clinic).returncode == 0
    stick.mkdir()
    bundle = kuona("audit", "export", "--to", str(stick), home=clinic).stdout.strip()
    assert kuona("audit", "import", bundle, home=district).returncode == 0
    report = json.loads(kuona("audit", "report", "--json", home=district).stdout)
    assert [(r["clinician"], r["records"]) for r in report["by_clinician"]] == [(account["id"], 2)]
    name_bytes = [NAME.encode(), b"Amina"]
    clinic_log = [p for p in clinic.iterdir() if p.name.startswith("audit.sqlite")]
    for blob in (*(p.read_bytes() for p in clinic_log), _raw_bytes(stick), _raw_bytes(district)):
        assert not any(name in blob for name in name_bytes)


def test_explain_decide_in_an_accounts_name(tmp_path: Path) -> None:
    """`explain --decide --clinician ID` with the PIN on stdin records the account's id; with a
    wrong PIN it computes and records nothing."""
    home = tmp_path / "clinic"
    assert kuona("accounts", "add", NAME, home=home, stdin=f"{PIN}\n{PIN}\n").returncode == 0
    (account,) = json.loads(kuona("accounts", "list", "--json", home=home).stdout)
    case = tmp_path / "case.json"
    answers = {"pregnant": False, "male": False, "known_diabetes": False}
    case.write_text(json.dumps({**_late("A", 0)["case"], "eligibility": answers}))
    decide = ("explain", "--model", PIMA, "--case", str(case), "--decide", "accept")
    wrong = kuona(*decide, "--clinician", account["id"], home=home, stdin="999999\n")
    assert wrong.returncode == 1 and "wrong PIN" in wrong.stderr and wrong.stdout == ""
    done = kuona(*decide, "--clinician", account["id"], home=home, stdin=f"{PIN}\n")
    assert done.returncode == 0, done.stderr
    assert [r["clinician"] for r in _records(home)] == [account["id"]]


def test_outcomes_in_an_accounts_name(tmp_path: Path) -> None:
    """`audit outcome --clinician` (one outcome, and `--from` a CSV) with the PIN on stdin
    records the account's id on each outcome; a wrong PIN writes no outcome."""
    home = tmp_path / "clinic"
    assert kuona("accounts", "add", NAME, home=home, stdin=f"{PIN}\n{PIN}\n").returncode == 0
    (account,) = json.loads(kuona("accounts", "list", "--json", home=home).stdout)
    cases = _cases(tmp_path / "paper.jsonl", [_late("A", 40), _late("B", 35)])
    late = kuona("audit", "record", "--model", PIMA, "--cases", str(cases), home=home)
    first, second = late.stdout.split()
    csv = tmp_path / "outcomes.csv"
    csv.write_text("record_id,observed,on,source\n" + f"{second},0,,lab\n", encoding="utf-8")
    one = ("audit", "outcome", first, "--observed", "1", "--clinician", NAME)
    many = ("audit", "outcome", "--from", str(csv), "--clinician", account["id"])
    for command in (one, many):
        wrong = kuona(*command, home=home, stdin="000000\n")
        assert wrong.returncode == 1 and "wrong PIN" in wrong.stderr
    assert [r["kind"] for r in _records(home)] == ["decision", "decision"]
    for command in (one, many):
        done = kuona(*command, home=home, stdin=f"{PIN}\n")
        assert done.returncode == 0, done.stderr
    outcomes = [r for r in _records(home) if r["kind"] == "outcome"]
    assert [(r["body"]["observes"], r["clinician"]) for r in outcomes] == [  # type: ignore[index]
        (first, account["id"]),
        (second, account["id"]),
    ]
