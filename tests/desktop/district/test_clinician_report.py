"""Records carry the clinician's account id to the district; the report groups by it."""

from __future__ import annotations

import csv
import uuid
from pathlib import Path

from desktop.district.fast_rows import fast_row
from desktop.district.importer import import_paths
from desktop.district.report import clinic_report, district_report
from desktop.district.report_csv import write_csv
from desktop.sync.bundle import read_bundle
from tests.desktop.audit.entries import decision_entry
from tests.desktop.sync.helpers import make_clinic, make_district, open_district

AMINA, JUMA = uuid.uuid4().hex, uuid.uuid4().hex


def test_district_report_groups_by_clinician_id(tmp_path: Path) -> None:
    """Decisions, overrides and override rate per clinician id; records without one under ""."""
    district = make_district(tmp_path)
    clinic = make_clinic(tmp_path, 2)  # two records made before accounts
    for decision, reason, who in (
        ("override", "patient_context", AMINA),
        ("override", "clinical_judgement", AMINA),
        ("accept", None, AMINA),
        ("partial", "patient_context", AMINA),
        ("accept", None, JUMA),
    ):
        clinic.store.append(decision_entry(decision=decision, reason=reason, clinician=who))
    bundle = clinic.export(tmp_path / "stick", district)
    sent = read_bundle(bundle, district_private=district).records
    assert [r.data.get("clinician") for r in sent] == [None, None, *[AMINA] * 4, JUMA]
    assert all(fast_row(r) is not None for r in sent)  # the import's fast path takes them
    with open_district(tmp_path) as db:
        result = import_paths(db, [bundle], district_private=district)
        report = district_report(db)
        stored = [row["clinician"] for row in db.db.query("SELECT clinician FROM records")]
    assert sorted(stored, key=str) == sorted([None, None, *[AMINA] * 4, JUMA], key=str)
    tally = result.devices[clinic.store.device_id]
    assert (tally.tampering, tally.added) == ([], 7)
    rows = {r["clinician"]: r for r in report["by_clinician"]}
    assert set(rows) == {"", AMINA, JUMA}
    amina = rows[AMINA]
    assert (amina["records"], amina["overrides"], amina["override_rate"]) == (4, 2, 0.5)
    assert (rows[JUMA]["records"], rows[JUMA]["override_rate"]) == (1, 0.0)
    assert rows[""]["records"] == 2
    assert clinic_report(clinic.store)["by_clinician"] == report["by_clinician"]
    written = {p.name: p for p in write_csv(report, tmp_path / "csv")}
    with written["by_clinician.csv"].open(encoding="utf-8") as handle:
        table = {r["clinician"]: r for r in csv.DictReader(handle)}
    assert (table[AMINA]["overrides"], table[AMINA]["override_rate"]) == ("2", "0.5")
