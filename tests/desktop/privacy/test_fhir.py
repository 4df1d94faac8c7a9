"""The FHIR export holds no note, and after an erasure no trace of the patient."""

from __future__ import annotations

from desktop.audit.decision import pseudonym
from desktop.audit.erasure import erase_patient
from desktop.exchange.fhir import export_fhir
from desktop.exchange.records_source import open_read_only
from tests.desktop.privacy.scenario import REF, Scenario, files_holding


def test_fhir_bundles_hold_no_note_and_nothing_of_an_erased_patient(scenario: Scenario) -> None:
    """Exported at the clinic (which keeps the note): no name or phone; at the district after
    the erasure: no pseudonym or inputs either, and the erased records still export."""
    conn = open_read_only(scenario.store.path)
    try:
        export_fhir(conn, out=scenario.root / "fhir-clinic")
    finally:
        conn.close()
    assert files_holding(scenario.root / "fhir-clinic", scenario.secret_texts) == []
    text = b"".join(p.read_bytes() for p in (scenario.root / "fhir-clinic").iterdir())
    assert str(pseudonym(REF)).encode() in text
    scenario.import_(scenario.export("stick1"))
    erase_patient(scenario.store, patient_ref=REF)
    scenario.import_(scenario.export("stick2"))
    with scenario.open_district() as db:
        path = db.path
    conn = open_read_only(path)
    try:
        files = export_fhir(conn, out=scenario.root / "fhir-district")
    finally:
        conn.close()
    assert sum(f.resources.get("RiskAssessment", 0) for f in files) == 2
    assert files_holding(scenario.root / "fhir-district", scenario.erased_texts) == []
