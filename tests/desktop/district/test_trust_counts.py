"""Ineligible records and decisions on unusual cases travel by USB; the district counts them."""

from __future__ import annotations

import csv
from pathlib import Path

from desktop.audit.decision import Decision, record_decision
from desktop.audit.ineligible import record_ineligible
from desktop.district.importer import import_paths
from desktop.district.report import district_report
from desktop.district.report_csv import write_csv
from models.assessment import assess_case
from models.catalog import BUILTIN_CATALOG
from models.signing import TrustStore
from models.verify import verify_package
from tests.desktop.sync.helpers import make_clinic, make_district, open_district

ANSWERS = {"pregnant": False, "male": False, "known_diabetes": False}
CASE = {"npreg": 14.0, "glu": 120.0, "bp": 70.0, "skin": 29.0, "bmi": 32.0, "ped": 0.4, "age": 22.0}


def test_district_counts_ineligible_and_unusual(tmp_path: Path) -> None:
    """A clinic's ineligible record and its decision on an unusual case are imported, chain
    intact, and counted per model; the decision totals leave the ineligible record out."""
    pima = verify_package(BUILTIN_CATALOG / "pima-diabetes-lr", TrustStore.load())
    district = make_district(tmp_path)
    clinic = make_clinic(tmp_path, 3)
    blocked = assess_case(pima, CASE, answers={**ANSWERS, "male": True})
    record_ineligible(
        clinic.store, pima, blocked.eligibility, inputs=CASE, answers={**ANSWERS, "male": True}
    )
    unusual = assess_case(pima, CASE, answers=ANSWERS).explanation
    assert unusual is not None
    record_decision(clinic.store, pima, unusual, inputs=CASE, decision=Decision("accept"))
    bundle = clinic.export(tmp_path / "stick", district)
    with open_district(tmp_path) as db:
        result = import_paths(db, [bundle], district_private=district)
        report = district_report(db)
    (tally,) = result.devices.values()
    assert tally.added == 5 and not tally.tampering and not tally.gaps
    assert (report["records"], report["ineligible"], report["unusual_records"]) == (4, 1, 1)
    (pima_row,) = [r for r in report["by_model"] if r["model"] == "pima-diabetes-lr"]
    assert (pima_row["records"], pima_row["ineligible"], pima_row["unusual_records"]) == (4, 1, 1)
    written = {p.name: p for p in write_csv(report, tmp_path / "csv")}
    with written["by_model.csv"].open(encoding="utf-8") as handle:
        (row,) = list(csv.DictReader(handle))
    assert (row["ineligible"], row["unusual_records"], row["uncertain_records"]) == ("1", "1", "0")
