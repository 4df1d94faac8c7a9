"""Issue 19, item 3: a patient's erasure at the clinic and at the district, the chain kept."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from desktop.audit.decision import pseudonym
from desktop.audit.entry import from_row
from desktop.audit.erasure import KIND, erase_patient
from desktop.audit.errors import AuditError, AuditRefusal
from desktop.audit.local import open_local_store
from desktop.district.verify import chain_problems
from tests.desktop.privacy.scenario import NOTE, REF, Scenario, files_holding


def _digests(root: Path) -> dict[str, str]:
    """Every file's SHA-256 but SQLite's -shm (a shared-memory index that readers rewrite)."""
    files = (p for p in root.rglob("*") if p.is_file() and not p.name.endswith("-shm"))
    return {str(p): hashlib.sha256(p.read_bytes()).hexdigest() for p in files}


def test_erasure_removes_the_values_on_both_sides_and_both_chains_verify(
    scenario: Scenario,
) -> None:
    """Erase after one USB trip: the clinic's files, then after the next trip the district's,
    hold no trace of the note, reference, pseudonym or inputs; both chains verify, hashes kept."""
    first = scenario.export("stick1")
    scenario.import_(first)
    hashes = [r.hash for r in scenario.store.records()]
    done = erase_patient(scenario.store, patient_ref=f"  {REF.lower()} ")
    assert sorted(done.erased) == sorted(r.uuid for r in scenario.amina)
    assert done.old_format == ()
    assert scenario.store.verify() == []
    records = list(scenario.store.records())
    assert [r.hash for r in records[:4]] == hashes
    erasure = records[-1]
    assert erasure.kind == KIND and erasure.data["patient_ref"] is None
    assert sorted(erasure.data["body"]["erases"]) == sorted(done.erased)
    amina = records[0].data
    assert (amina["inputs"], amina["note"], amina["patient_ref"], amina["salts"]) == (
        None,
        None,
        None,
        {},
    )
    assert records[2].data["body"]["inputs"] is None and records[2].data["body"]["answers"] is None
    assert records[3].data["note"] == "review next week"
    assert files_holding(scenario.home, scenario.erased_texts) == []
    second = scenario.export("stick2")
    result = scenario.import_(second)
    assert result["devices"][0]["tampering"] == [] and result["devices"][0]["added"] == 1
    with scenario.open_district() as db:
        assert chain_problems(db, scenario.store.device_id) == []
        rows = [from_row(r) for r in db.db.query("SELECT * FROM records ORDER BY seq")]
    assert [r["hash"] for r in rows] == [r.hash for r in records]
    assert rows[0]["inputs"] is None and rows[0]["patient_ref"] is None
    assert rows[3]["inputs"]["glu"] == 187.0
    assert files_holding(scenario.root, scenario.erased_texts) == []


def test_a_record_erased_before_it_travels_arrives_erased(scenario: Scenario) -> None:
    """Erased before the first export: the bundle carries no trace, the district verifies."""
    erase_patient(scenario.store, patient_ref=REF)
    bundle = scenario.export("stick")
    assert scenario.import_(bundle)["devices"][0]["added"] == 5
    with scenario.open_district() as db:
        assert chain_problems(db, scenario.store.device_id) == []
    assert files_holding(scenario.root, scenario.erased_texts) == []
    assert files_holding(scenario.home, scenario.erased_texts) == []


def test_an_unknown_reference_writes_nothing_and_says_so(scenario: Scenario) -> None:
    """No record holds the reference: erase_unknown_patient, and no file changes a byte."""
    before = _digests(scenario.home)
    with pytest.raises(AuditError) as raised:
        erase_patient(scenario.store, patient_ref="KCH-0000-000000")
    assert raised.value.code is AuditRefusal.ERASE_UNKNOWN_PATIENT
    assert _digests(scenario.home) == before
    assert scenario.store.count() == 4


def test_a_second_request_finds_nothing_left(scenario: Scenario) -> None:
    """Once erased, the reference matches no record (the pseudonym is gone with it)."""
    erase_patient(scenario.store, patient_ref=REF)
    with pytest.raises(AuditError) as raised:
        erase_patient(scenario.store, patient_ref=REF)
    assert raised.value.code is AuditRefusal.ERASE_UNKNOWN_PATIENT
    assert pseudonym(REF) not in {r.data.get("patient_ref") for r in scenario.store.records()}
    assert NOTE not in {r.data.get("note") for r in scenario.store.records()}


def test_records_that_arrive_after_their_erasure_are_erased_as_they_land(
    scenario: Scenario,
) -> None:
    """The bundle with the records reaches the district after the one with the erasure (a
    late stick): the remembered ids erase them on import, the gap closes, the chain verifies."""
    early = scenario.export("stick1")
    scenario.store.acknowledge(seq=4, hash=scenario.store.head()[1])
    erase_patient(scenario.store, patient_ref=REF)
    late = scenario.export("stick2")
    first = scenario.import_(late)["devices"][0]
    assert (first["added"], first["gaps"]) == (1, [{"from": 1, "to": 4}])
    second = scenario.import_(early)["devices"][0]
    assert (second["added"], second["gaps"], second["tampering"]) == (4, [], [])
    with scenario.open_district() as db:
        assert chain_problems(db, scenario.store.device_id) == []
        refs = [r["patient_ref"] for r in db.db.query("SELECT patient_ref FROM records")]
    assert refs.count(None) == 4 and pseudonym("X-1") in refs
    district_files = files_holding(scenario.district_home, scenario.erased_texts)
    assert district_files == []


def test_a_file_held_open_elsewhere_is_cleaned_when_the_log_is_next_opened(
    scenario: Scenario,
) -> None:
    """Another connection reads the log during the erasure: the values are gone from the
    records at once, the WAL cannot be emptied then (cleaned is False), and the next opening
    of the log cleans the file, so no byte of the patient is left."""
    reader = sqlite3.connect(scenario.store.path)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM records").fetchone()
        done = erase_patient(scenario.store, patient_ref=REF)
        assert not done.cleaned and scenario.store.verify() == []
        assert NOTE not in {r.data.get("note") for r in scenario.store.records()}
    finally:
        reader.close()
    scenario.store.close()
    with open_local_store(scenario.home) as store:
        assert store.verify() == []
        pending = list(store.db.query("SELECT 1 FROM meta WHERE key = 'clean_pending'"))
        assert pending == []
    assert files_holding(scenario.home, scenario.erased_texts) == []


def test_a_district_database_held_open_elsewhere_is_cleaned_by_the_next_import(
    scenario: Scenario,
) -> None:
    """The district's database is read by another program while the erasure is imported: the
    values are gone from its records at once, and the next import cleans the file."""
    scenario.import_(scenario.export("stick1"))
    erase_patient(scenario.store, patient_ref=REF)
    second = scenario.export("stick2")
    with scenario.open_district() as db:
        path = db.path
    reader = sqlite3.connect(path)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM records").fetchone()
        scenario.import_(second)
    finally:
        reader.close()
    with scenario.open_district() as db:
        assert db.db.execute("SELECT value FROM meta").fetchall() == [("1",)]
        refs = {r["patient_ref"] for r in db.db.query("SELECT patient_ref FROM records")}
        assert pseudonym(REF) not in refs
    scenario.import_(second)
    with scenario.open_district() as db:
        assert db.db.execute("SELECT value FROM meta").fetchall() == []
        assert chain_problems(db, scenario.store.device_id) == []
    assert files_holding(scenario.district_home, scenario.erased_texts) == []
