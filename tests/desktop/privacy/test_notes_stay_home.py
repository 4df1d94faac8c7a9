"""Issue 19, items 1 and 4: the note stays at the clinic; the chain verifies at the district."""

from __future__ import annotations

from desktop.audit.decision import pseudonym
from desktop.audit.entry import from_row
from desktop.audit.errors import ChainProblem
from desktop.audit.record import FORMAT, AuditRecord, field_digest
from desktop.district.fast_rows import fast_row
from desktop.district.importer import import_paths
from desktop.district.verify import chain_problems
from desktop.sync.bundle import read_bundle
from desktop.sync.export import outgoing
from tests.desktop.privacy.scenario import NOTE, REF, Scenario, files_holding
from tests.desktop.sync.helpers import raw_edit


def test_the_bundle_and_the_district_hold_neither_the_note_nor_the_reference(
    scenario: Scenario,
) -> None:
    """After export and import, neither the bundle file, its decrypted plaintext nor the
    district's database files (db, -wal, -shm) hold the name, the phone number or the raw
    reference; the pseudonym and inputs do travel (monitoring needs them)."""
    bundle = scenario.export("stick")
    plaintext = read_bundle(bundle, district_private=scenario.district).plaintext
    assert files_holding(scenario.root / "stick", scenario.secret_texts) == []
    assert [t for t in scenario.secret_texts if t in plaintext] == []
    assert str(pseudonym(REF)).encode() in plaintext and b"193.77" in plaintext
    with scenario.open_district() as db:
        result = import_paths(db, [bundle], district_private=scenario.district)
        assert result.devices[scenario.store.device_id].added == 4
        names = [db.path, *(db.path.with_name(db.path.name + s) for s in ("-wal", "-shm"))]
        assert all(path.exists() for path in names)
        for path in names:
            assert [t for t in scenario.secret_texts if t in path.read_bytes()] == [], path
        assert chain_problems(db, scenario.store.device_id) == []
        rows = [from_row(r) for r in db.db.query("SELECT * FROM records ORDER BY seq")]
    assert files_holding(scenario.district_home, scenario.secret_texts) == []
    assert scenario.store.verify() == []
    amina = rows[0]
    assert amina["format"] == FORMAT and amina["note"] is None and "note" not in amina["salts"]
    assert amina["inputs"]["glu"] == 193.77 and amina["patient_ref"] == pseudonym(REF)
    clinic = scenario.amina[0].data
    assert clinic["note"] == NOTE
    proof = field_digest(clinic["salts"]["note"], "note", NOTE)
    assert amina["payload"]["note"] == proof and amina["hash"] == clinic["hash"]


def test_a_changed_note_at_the_clinic_breaks_its_record(scenario: Scenario) -> None:
    """The note's digest is in the hash: a note edited behind the store's back is caught."""
    raw_edit(
        scenario.store.path,
        "UPDATE records SET note = ? WHERE uuid = ?",
        ("Mrs A. J.", scenario.amina[0].uuid),
    )
    problems = scenario.store.verify()
    assert [(p.code, p.seq) for p in problems] == [(ChainProblem.HASH_MISMATCH, 1)]


def test_a_note_added_in_transit_is_refused_at_the_district(scenario: Scenario) -> None:
    """A record whose left-out note is filled in again without its nonce is not intact."""
    travelling = outgoing(scenario.amina[0]).data
    assert travelling["note"] is None and AuditRecord(travelling).intact()
    assert fast_row(AuditRecord(travelling)) is not None
    forged = AuditRecord({**travelling, "note": "Mr X"})
    assert not forged.intact() and fast_row(forged) is None
