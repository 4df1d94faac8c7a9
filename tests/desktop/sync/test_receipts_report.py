"""Receipts confirm records back to the clinic; the report counts decisions and problems."""

from __future__ import annotations

import csv
import json
import stat
from pathlib import Path

import pytest

from desktop.sync.district_keys import init_district, load_district_public
from desktop.sync.errors import SyncError, SyncRefusal
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_paths
from desktop.sync.receipts import read_receipt, write_receipt
from desktop.sync.report import clinic_report, district_report, write_csv
from tests.desktop.sync.helpers import append, make_clinic, make_district, open_district, raw_edit


def test_receipt_makes_the_next_export_empty(tmp_path: Path) -> None:
    """After the clinic applies the district's receipt, only newer records are exported."""
    district = make_district(tmp_path)
    clinic = make_clinic(tmp_path, 6)
    path = clinic.export(tmp_path / "stick", district)
    with open_district(tmp_path) as db:
        (tally,) = import_paths(db, [path], district_private=district).devices.values()
    receipt_path = write_receipt(
        tmp_path / "stick", device_id=tally.device_id, head=tally.head, district=district
    )
    receipt = read_receipt(receipt_path, district=district.public)
    clinic.store.acknowledge(seq=receipt.seq, hash=receipt.hash)
    assert (
        export_bundle(
            clinic.store, to_dir=tmp_path, device_key=clinic.key, district_public=district.public
        )
        is None
    )
    append(clinic.store, 2)
    again = clinic.export(tmp_path / "stick2", district)
    assert "-7-8-" in again.name


def test_receipt_from_another_district_or_edited_is_refused(tmp_path: Path) -> None:
    """A receipt not signed by the installed district key, or edited, is refused."""
    district = make_district(tmp_path)
    other = make_district(tmp_path / "other")
    path = write_receipt(tmp_path, device_id="d", head=(3, "ab" * 32), district=district)
    with pytest.raises(SyncError) as caught:
        read_receipt(path, district=other.public)
    assert caught.value.code is SyncRefusal.RECEIPT_SIGNATURE_INVALID
    data = json.loads(path.read_text())
    path.write_text(json.dumps({**data, "seq": 30}))
    with pytest.raises(SyncError) as caught:
        read_receipt(path, district=district.public)
    assert caught.value.code is SyncRefusal.RECEIPT_SIGNATURE_INVALID


def test_district_keys_are_private_and_made_once(tmp_path: Path) -> None:
    """init-district writes owner-only private keys and refuses to replace them."""
    make_district(tmp_path)
    folder = tmp_path / "district-home" / "district"
    for name in ("encryption.pem", "receipt-signing.pem"):
        assert stat.S_IMODE((folder / name).stat().st_mode) == 0o600
    with pytest.raises(SyncError) as caught:
        init_district(tmp_path / "district-home", public_key_out=tmp_path / "again.json")
    assert caught.value.code is SyncRefusal.DISTRICT_EXISTS
    with pytest.raises(SyncError) as caught:
        load_district_public(tmp_path / "nowhere")
    assert caught.value.code is SyncRefusal.DISTRICT_KEY_MISSING


def test_district_report_counts_per_model_device_and_month(tmp_path: Path) -> None:
    """Totals at the top level, one group per device, rates, reasons, out-of-range, problems."""
    district = make_district(tmp_path)
    a, b = make_clinic(tmp_path, 8, name="a"), make_clinic(tmp_path, 4, name="b")
    raw_edit(b.store.path, "DELETE FROM records WHERE seq = 2")
    stick = tmp_path / "stick"
    a.export(stick, district), b.export(stick, district)
    with open_district(tmp_path) as db:
        import_paths(db, [stick], district_private=district)
        report = district_report(db)
    assert {k: report[k] for k in ("records", "accepts", "partials", "overrides")} == {
        "records": 11,
        "accepts": 6,
        "partials": 2,
        "overrides": 3,
    }
    groups = {g["device_id"]: g for g in report["groups"]}
    group = groups[a.store.device_id]
    assert (group["records"], group["override_rate"], group["model"]) == (
        8,
        0.25,
        "pima-diabetes-lr",
    )
    assert group["reasons"] == {"patient_context": 2, "clinical_judgement": 2}
    assert (group["out_of_range_records"], group["out_of_range_features"]) == (2, {"glu": 2})
    assert report["gaps"] == [{"device_id": b.store.device_id, "from": 2, "to": 2}]
    assert report["tampering"] == []
    written = write_csv(report, tmp_path / "csv")
    with written[0].open() as handle:
        rows = list(csv.DictReader(handle))
    assert sorted(int(r["records"]) for r in rows) == [3, 8]


def test_clinic_report_uses_the_local_chain_check(tmp_path: Path) -> None:
    """Without a district database the clinic's own log is reported, its tampering included."""
    clinic = make_clinic(tmp_path, 5)
    raw_edit(clinic.store.path, "UPDATE records SET decision = 'override' WHERE seq = 3")
    report = clinic_report(clinic.store)
    assert (report["source"], report["records"], report["overrides"]) == ("clinic", 5, 2)
    assert [(t["seq"], t["reason"]) for t in report["tampering"]] == [(3, "hash_mismatch")]
