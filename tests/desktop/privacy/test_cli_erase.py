"""`kuona audit erase`: an unknown reference writes nothing and says so; a known one is erased."""

from __future__ import annotations

import hashlib
from pathlib import Path

from desktop.audit.decision import pseudonym
from desktop.audit.local import local_log_path, open_local_store
from tests.desktop.audit.entries import decision_entry
from tests.desktop.cli.runner import kuona
from tests.desktop.privacy.scenario import NOTE, REF


def test_cli_erase_refuses_an_unknown_reference_then_erases_a_known_one(
    kuona_home: Path,
) -> None:
    """Unknown: exit 1, one line on stderr, the log unchanged. Known, with --yes: exit 0, the
    count and the erasure record's id printed, and `kuona audit verify` still passes."""
    with open_local_store(kuona_home) as store:
        store.append(decision_entry(note=NOTE, patient_ref=pseudonym(REF)))
    log = local_log_path(kuona_home)
    before = hashlib.sha256(log.read_bytes()).hexdigest()
    refused = kuona("audit", "erase", "--patient-ref", "KCH-0000-000000", "--yes", home=kuona_home)
    assert refused.returncode == 1 and refused.stdout == ""
    assert "no record" in refused.stderr and "nothing was erased" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1
    assert hashlib.sha256(log.read_bytes()).hexdigest() == before
    done = kuona("audit", "erase", "--patient-ref", REF, "--yes", home=kuona_home)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Erased the inputs, notes and patient reference of 1 records")
    assert kuona("audit", "verify", home=kuona_home).returncode == 0
    assert b"Amina" not in log.read_bytes()
