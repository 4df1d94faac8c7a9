"""A district that imported two clinics' bundles (decisions and outcomes), for the export tests."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.audit.store import AuditStore
from desktop.district.importer import import_paths
from tests.desktop.sync.helpers import Clinic, make_clinic, make_district, open_district

HOME = "district-home"


def outcome_entry(decision_uuid: str, observed: float) -> dict[str, Any]:
    """A record of kind `outcome`, appended through the generic kind mechanism."""
    return {
        "kind": "outcome",
        "model": None,
        "body": {"record_id": decision_uuid, "observed": observed, "on": "2026-11-30"},
        "note": None,
        "role": "clinical_officer",
        "language": "en",
        "patient_ref": None,
    }


def add_outcomes(store: AuditStore, count: int) -> None:
    """Append `count` outcomes observing the first decisions of the log."""
    decisions = [r for r in store.records() if r.kind == "decision"]
    for i in range(count):
        store.append(outcome_entry(decisions[i].uuid, float(i % 2)))


@dataclass
class District:
    """The district's home and the two clinics whose records it holds."""

    home: Path
    a: Clinic
    b: Clinic


def make_two_clinic_district(root: Path) -> District:
    """Clinic a: 8 decisions (PATTERN: 4 accepts, 2 partials, 2 overrides, inputs out of range
    at records 0 and 5) then 3 outcomes; clinic b: 4 decisions; both imported."""
    district = make_district(root)
    a = make_clinic(root, 8, name="a")
    add_outcomes(a.store, 3)
    b = make_clinic(root, 4, name="b")
    bundles = [a.export(root / "stick", district), b.export(root / "stick", district)]
    with open_district(root) as db:
        import_paths(db, bundles, district_private=district)
    return District(root / HOME, a, b)
