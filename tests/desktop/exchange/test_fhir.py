"""`kuona export fhir`: one Bundle per device and month that fhir.resources reads back, one
RiskAssessment and Provenance per decision, an Observation per outcome, references that
resolve, and no direct identifier."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from fhir.resources.R4B.bundle import Bundle

from desktop.audit.store import AuditStore
from desktop.exchange.fhir_resources import PSEUDONYM
from tests.desktop.audit.entries import decision_entry
from tests.desktop.cli.runner import kuona
from tests.desktop.exchange.district import District, make_two_clinic_district


@pytest.fixture(scope="module")
def district(tmp_path_factory: pytest.TempPathFactory) -> District:
    """Two clinics' records imported at a district (made once for the module)."""
    return make_two_clinic_district(tmp_path_factory.mktemp("fhir"))


def _read_back(folder: Path) -> dict[str, Bundle]:
    return {p.name: Bundle.model_validate_json(p.read_text()) for p in sorted(folder.iterdir())}


def _resources(bundle: Bundle, kind: str) -> list[Any]:
    return [e.resource for e in bundle.entry if e.resource.get_resource_type() == kind]


def test_every_bundle_reads_back_with_the_right_counts(district: District, tmp_path: Path) -> None:
    """Per device: a RiskAssessment and a Provenance per decision, an Observation per outcome,
    one Device for the model package; every reference resolves inside its Bundle."""
    result = kuona("export", "fhir", "--out", str(tmp_path / "fhir"), home=district.home)
    assert result.returncode == 0, result.stderr
    bundles = _read_back(tmp_path / "fhir")
    month = next(district.a.store.records()).data["created_utc"][:7]
    expected = {district.a.store.device_id: (8, 3), district.b.store.device_id: (4, 0)}
    assert set(bundles) == {f"kuona-{d}-{month}.json" for d in expected}
    for device, (decisions, outcomes) in expected.items():
        bundle = bundles[f"kuona-{device}-{month}.json"]
        assert bundle.type == "collection"
        counts = {
            k: len(_resources(bundle, k))
            for k in ("RiskAssessment", "Provenance", "Observation", "Device", "AuditEvent")
        }
        assert counts == {
            "RiskAssessment": decisions,
            "Provenance": decisions,
            "Observation": outcomes,
            "Device": 1,
            "AuditEvent": 0,
        }
        urls = {e.fullUrl for e in bundle.entry}
        assert len(urls) == len(bundle.entry)
        for risk in _resources(bundle, "RiskAssessment"):
            assert risk.performer.reference in urls
            contained = {f"#{o.id}" for o in risk.contained}
            assert {b.reference for b in risk.basis} == contained and len(contained) == 3
        for prov in _resources(bundle, "Provenance"):
            (target,) = prov.target
            assert target.reference in urls
            assert prov.activity.coding[0].code in ("accept", "partial", "override")
        for observation in _resources(bundle, "Observation"):
            assert observation.focus[0].reference in urls


def test_decisions_carry_prediction_model_and_coded_reason(
    district: District, tmp_path: Path
) -> None:
    """The RiskAssessment holds the probability and the model package (id, version, hash);
    an override's Provenance codes its reason in Kuona's code system."""
    assert kuona("export", "fhir", "--out", str(tmp_path), home=district.home).returncode == 0
    records = {r.uuid: r.data for r in district.a.store.records()}
    bundle = _read_back(tmp_path)[
        f"kuona-{district.a.store.device_id}-{next(iter(records.values()))['created_utc'][:7]}.json"
    ]
    by_url = {e.fullUrl: e.resource for e in bundle.entry}
    for risk in _resources(bundle, "RiskAssessment"):
        data = records[risk.identifier[0].value]
        assert float(risk.prediction[0].probabilityDecimal) == pytest.approx(data["prediction"])
        device = by_url[risk.performer.reference]
        ids = {i.system.rsplit("/", 1)[1]: i.value for i in device.identifier}
        assert ids == {
            "model-id": data["model"]["id"],
            "package-hash": data["model"]["package_hash"],
        }
        assert device.version[0].value == data["model"]["version"]
    reasons = [p.reason[0].coding[0] for p in _resources(bundle, "Provenance") if p.reason]
    assert {(c.system.rsplit("/", 1)[1], c.code) for c in reasons} == {
        ("decision-reason", "patient_context"),
        ("decision-reason", "clinical_judgement"),
    }


def test_no_direct_identifier_and_the_pseudonym_only(tmp_path: Path) -> None:
    """A clinic's own log: the patient is only the keyed pseudonym; names and notes stay out;
    the interval of the explanation goes into the prediction."""
    home = tmp_path / "clinic"
    home.mkdir()
    explanation = {
        **decision_entry()["explanation"],
        "interval": {"low": 0.7, "high": 0.9, "method": "venn-abers", "coverage": 0.9},
    }
    with AuditStore.open(
        home / "audit.sqlite", device_id="6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f"
    ) as store:
        store.append(
            decision_entry(
                patient_ref="hmac-3f2a", note="Mary Njeri, born 1990", explanation=explanation
            )
        )
    result = kuona("export", "fhir", "--out", str(tmp_path / "out"), home=home)
    assert result.returncode == 0, result.stderr
    (path,) = (tmp_path / "out").iterdir()
    text = path.read_text()
    assert "Mary" not in text and "1990" not in text
    (bundle,) = _read_back(tmp_path / "out").values()
    (risk,) = _resources(bundle, "RiskAssessment")
    assert (risk.subject.identifier.system, risk.subject.identifier.value) == (
        PSEUDONYM,
        "hmac-3f2a",
    )
    ranges = [x.valueRange for x in risk.prediction[0].extension if x.valueRange]
    assert [(float(r.low.value), float(r.high.value)) for r in ranges] == [(0.7, 0.9)]


def test_since_leaves_earlier_records_out(district: District, tmp_path: Path) -> None:
    """--since a later date: no bundle; a bad date is one line and exit 1."""
    result = kuona(
        "export", "fhir", "--out", str(tmp_path / "x"), "--since", "2999-01-01", home=district.home
    )
    assert result.returncode == 0 and list((tmp_path / "x").iterdir()) == []
    bad = kuona(
        "export", "fhir", "--out", str(tmp_path / "y"), "--since", "2026-13-01", home=district.home
    )
    assert bad.returncode == 1 and "2026-13-01" in bad.stderr


def test_catalog_records_become_audit_events(tmp_path: Path) -> None:
    """A record of kind `catalog` (through the generic kind mechanism) is an AuditEvent whose
    entity is the model package's Device."""
    home = tmp_path / "clinic"
    home.mkdir()
    model = decision_entry()["model"]
    with AuditStore.open(
        home / "audit.sqlite", device_id="6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f"
    ) as store:
        store.append(
            {
                "kind": "catalog",
                "model": model,
                "body": {"event": "installed"},
                "note": None,
                "role": None,
                "language": None,
                "patient_ref": None,
            }
        )
    assert kuona("export", "fhir", "--out", str(tmp_path / "o"), home=home).returncode == 0
    (bundle,) = _read_back(tmp_path / "o").values()
    (event,) = _resources(bundle, "AuditEvent")
    urls = {e.fullUrl for e in bundle.entry}
    assert event.type.code == "installed" and event.entity[0].what.reference in urls
    assert json.loads(bundle.model_dump_json())["type"] == "collection"
