"""Issue 19, item 1: when the district's signed policy asks for notes, a note travels scrubbed
(outside the hash, inside the signed bundle); the chain verifies; an erasure takes it away."""

from __future__ import annotations

from pathlib import Path

from desktop.audit.entry import from_row
from desktop.audit.erasure import erase_patient
from desktop.audit.record import SHARED_NOTE, AuditRecord
from desktop.district.verify import chain_problems
from desktop.privacy.notes_policy import install_policy, note_sharer, share_policy
from desktop.sync.bundle import read_bundle
from desktop.sync.district_keys import install_district_key
from desktop.sync.export import export_bundle
from tests.desktop.privacy.scenario import Scenario, files_holding, needles


def _export(scenario: Scenario, name: str) -> Path:
    """Export as `kuona audit export` does: with the installed policy's scrubber, if any."""
    folder = scenario.root / name
    folder.mkdir()
    path = export_bundle(
        scenario.store,
        to_dir=folder,
        device_key=scenario.key,
        district_public=scenario.district.public,
        share_note=note_sharer(scenario.home),
    )
    assert path is not None
    return path


def _ask_for_notes(scenario: Scenario, notes: str) -> None:
    """The district signs a policy; the clinic (holding the district's key) installs it."""
    install_district_key(scenario.home, scenario.root / "district" / "district.pub.json")
    path = share_policy(scenario.district_home, notes=notes, out=scenario.root / f"pol-{notes}")
    install_policy(scenario.home, path)


def _shared(scenario: Scenario) -> list[str | None]:
    """The district's `note_shared` of every record, in seq order."""
    with scenario.open_district() as db:
        query = f"SELECT [{SHARED_NOTE}] AS shared FROM records ORDER BY seq"
        return [row["shared"] for row in db.db.query(query)]


def test_a_scrubbed_policy_sends_notes_without_phone_numbers(scenario: Scenario) -> None:
    """The note arrives as "Mrs Amina Juma, phone [phone]": the name (which the screen warns
    about) but no phone number, in the database nor in the bundle's plaintext; the records
    verify by their hash at the district and the stored chain has no problem."""
    _ask_for_notes(scenario, "scrubbed")
    bundle = _export(scenario, "stick")
    plaintext = read_bundle(bundle, district_private=scenario.district).plaintext
    assert b"0712345678" not in plaintext and b"Mrs Amina Juma, phone [phone]" in plaintext
    result = scenario.import_(bundle)
    assert result["devices"][0]["tampering"] == [] and result["devices"][0]["added"] == 4
    assert _shared(scenario) == [
        "Mrs Amina Juma, phone [phone]",
        "rang [phone]",
        "Amina Juma is pregnant",
        "review next week",
    ]
    with scenario.open_district() as db:
        assert chain_problems(db, scenario.store.device_id) == []
        rows = [from_row(r) for r in db.db.query("SELECT * FROM records ORDER BY seq")]
    assert all(AuditRecord(r).intact() and r["note"] is None for r in rows)
    assert [r["hash"] for r in rows] == [r.hash for r in scenario.store.records()]
    assert files_holding(scenario.root / "district", needles("0712345678")) == []


def test_a_changed_shared_note_is_caught_by_the_bundle_signature(scenario: Scenario) -> None:
    """The scrubbed note is outside the record's hash but inside the device's signature: a
    bundle whose bytes were changed is refused whole."""
    _ask_for_notes(scenario, "scrubbed")
    bundle = _export(scenario, "stick")
    data = bytearray(bundle.read_bytes())
    data[len(data) // 2] ^= 1
    bundle.write_bytes(bytes(data))
    result = scenario.import_(bundle)
    assert result["refused"] and _shared(scenario) == []


def test_home_policy_and_no_policy_send_no_note(scenario: Scenario) -> None:
    """ "home" (or no policy at all): no note and no scrubbed copy leaves the laptop."""
    _ask_for_notes(scenario, "home")
    scenario.import_(_export(scenario, "stick"))
    assert _shared(scenario) == [None] * 4
    assert files_holding(scenario.root / "district", needles("Amina Juma", "review next")) == []


def test_an_erasure_takes_the_shared_note_away_at_the_district(scenario: Scenario) -> None:
    """After the patient's erasure travels, her records' scrubbed notes are gone from the
    district's files (the other patient's stays) and the chain still verifies."""
    _ask_for_notes(scenario, "scrubbed")
    scenario.import_(_export(scenario, "stick1"))
    erase_patient(scenario.store, patient_ref="KCH-2026-004417")
    scenario.import_(_export(scenario, "stick2"))
    assert _shared(scenario) == [None, None, None, "review next week", None]
    with scenario.open_district() as db:
        assert chain_problems(db, scenario.store.device_id) == []
    assert files_holding(scenario.root / "district", needles("Amina Juma", "rang [")) == []
