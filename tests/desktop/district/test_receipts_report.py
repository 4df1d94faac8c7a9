"""Receipts confirm records back to the clinic; the report counts decisions and problems."""

from __future__ import annotations

import csv
import json
import re
import stat
from pathlib import Path

import pytest

from desktop.district.database import ROLLED_BACK
from desktop.district.importer import import_paths
from desktop.district.report import clinic_report, district_report
from desktop.district.report_csv import write_csv
from desktop.messages import CATALOGUES
from desktop.sync.district_keys import (
    init_district,
    is_district,
    load_district_public,
    save_public_key,
)
from desktop.sync.errors import SyncError, SyncRefusal
from desktop.sync.export import export_bundle
from desktop.sync.receipts import (
    apply_receipts,
    confirmation,
    issue_receipts,
    read_receipt,
    write_receipt,
)
from tests.desktop.sync.helpers import append, make_clinic, make_district, open_district, raw_edit

ROOT = Path(__file__).resolve().parents[3]


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


def test_report_breaks_down_per_model_device_and_month(tmp_path: Path) -> None:
    """by_model, by_device and by_month add up to the totals, with rates and reasons."""
    district = make_district(tmp_path)
    a, b = make_clinic(tmp_path, 8, name="a"), make_clinic(tmp_path, 4, name="b")
    stick = tmp_path / "stick"
    a.export(stick, district), b.export(stick, district)
    with open_district(tmp_path) as db:
        import_paths(db, [stick], district_private=district)
        report = district_report(db)
    (model,) = report["by_model"]
    assert (model["model"], model["model_version"], model["records"]) == (
        "pima-diabetes-lr",
        "1.0.0",
        12,
    )
    assert (model["accepts"], model["partials"], model["overrides"]) == (6, 3, 3)
    assert (model["accept_rate"], model["override_rate"]) == (0.5, 0.25)
    assert model["reasons"] == {"clinical_judgement": 3, "patient_context": 3}
    assert (model["out_of_range_records"], model["out_of_range_features"]) == (3, {"glu": 3})
    devices = {d["device_id"]: d["records"] for d in report["by_device"]}
    assert devices == {a.store.device_id: 8, b.store.device_id: 4}
    (month,) = report["by_month"]
    assert month["records"] == 12 and len(month["month"]) == 7
    assert report["rates"] == {"accept_rate": 0.5, "partial_rate": 0.25, "override_rate": 0.25}


def test_csv_files_hold_each_breakdown_and_the_problems(tmp_path: Path) -> None:
    """--csv writes groups, by_model, by_device, by_month, by_clinician, gaps, tampering and
    refusals."""
    district = make_district(tmp_path)
    clinic = make_clinic(tmp_path, 6)
    raw_edit(clinic.store.path, "DELETE FROM records WHERE seq = 3")
    raw_edit(clinic.store.path, "UPDATE records SET decision = 'accept' WHERE seq = 4")
    stick = tmp_path / "stick"
    clinic.export(stick, district)
    (stick / "junk.kuonabundle").write_bytes(b"not a bundle")
    with open_district(tmp_path) as db:
        import_paths(db, [stick], district_private=district)
        report = district_report(db)
    written = {p.name: p for p in write_csv(report, tmp_path / "csv")}
    tables = ("groups", "by_model", "by_device", "by_month", "by_clinician", "gaps")
    tables += ("tampering", "refused")
    assert sorted(written) == sorted(
        f"{n}_bundles.csv" if n == "refused" else f"{n}.csv" for n in tables
    )

    def rows(name: str) -> list[dict[str, str]]:
        with written[name].open(encoding="utf-8") as handle:
            return list(csv.DictReader(handle))

    (model,) = rows("by_model.csv")
    assert (model["model"], model["records"], model["reason_patient_context"]) == (
        "pima-diabetes-lr",
        "4",
        "2",
    )
    assert [(r["from"], r["to"]) for r in rows("gaps.csv")] == [("3", "3")]
    assert [(r["seq"], r["reason"]) for r in rows("tampering.csv")] == [("4", "hash_mismatch")]
    assert [r["code"] for r in rows("refused_bundles.csv")] == ["bundle_not_a_bundle"]
    assert not list((tmp_path / "csv").glob(".*"))


def test_issue_and_apply_receipts_confirm_records_at_the_clinic(tmp_path: Path) -> None:
    """Receipts issued after an import, applied at the clinic: confirmed up to N, M pending;
    a receipt for another device is set aside, a forged one refused."""
    district = make_district(tmp_path)
    clinic, other = make_clinic(tmp_path, 5, name="a"), make_clinic(tmp_path, 2, name="b")
    stick = tmp_path / "stick"
    clinic.export(stick, district), other.export(stick, district)
    with open_district(tmp_path) as db:
        result = import_paths(db, [stick], district_private=district)
    issued = issue_receipts(result, district=district)
    assert sorted((d, seq) for d, seq, _ in issued.written) == sorted(
        [(clinic.store.device_id, 5), (other.store.device_id, 2)]
    )
    assert all(path.parent == stick for _, _, path in issued.written)
    append(clinic.store, 3)
    forged = tmp_path / "forged" / "kuona-receipt-x.kuonareceipt"
    forged.parent.mkdir()
    forged.write_text(json.dumps({"kind": "kuona-receipt", "seq": 8}))
    outcome = apply_receipts(clinic.store, [stick, forged.parent], district=district.public)
    assert [p.parent for p in outcome.applied] == [stick]
    assert [d for _, d in outcome.other_device] == [other.store.device_id]
    assert [e.code for e in outcome.refused] == [SyncRefusal.RECEIPT_INVALID]
    assert (outcome.confirmed, outcome.pending) == (5, 3)
    assert confirmation(clinic.store) == (5, 3)


def test_receipt_for_records_the_log_lost_is_refused(tmp_path: Path) -> None:
    """A receipt naming a record this log no longer holds is refused (audit:not_in_chain)."""
    district = make_district(tmp_path)
    clinic = make_clinic(tmp_path, 4)
    path = write_receipt(
        tmp_path, device_id=clinic.store.device_id, head=(9, "ab" * 32), district=district
    )
    outcome = apply_receipts(clinic.store, [path], district=district.public)
    assert [e.message_key for e in outcome.refused] == ["audit:not_in_chain"]
    assert (outcome.confirmed, outcome.pending) == (0, 4)


def test_every_sync_code_and_tampering_reason_is_worded() -> None:
    """Each SyncRefusal has an 'audit:' sentence naming the file; each tampering reason the
    importer or district can give has words for the CLI."""
    english = json.loads((CATALOGUES / "en.json").read_text(encoding="utf-8"))
    for code in SyncRefusal:
        assert english[f"audit:{code.value}"].startswith("{file}: "), code
    source = (ROOT / "desktop" / "district" / "importer.py").read_text(encoding="utf-8")
    reasons = set(re.findall(r'problem = "([a-z_]+)"', source))
    reasons |= set(re.findall(r'return "([a-z_]+)"', source)) | {ROLLED_BACK}
    assert {"hash_mismatch", "fork", "chain_broken", "content_changed"} <= reasons
    assert {r for r in reasons if f"cli:audit_tamper_{r}" not in english} == set()


def test_unwritable_public_key_file_leaves_no_half_made_district(tmp_path: Path) -> None:
    """init-district whose public key file cannot be written makes no keys at all; a made
    district can write its public key file again for the clinics."""
    home = tmp_path / "district-home"
    with pytest.raises(SyncError) as caught:
        init_district(home, public_key_out=tmp_path / "no-such-folder" / "pub.json")
    assert (caught.value.code, caught.value.params) == (
        SyncRefusal.KEY_WRITE_FAILED,
        {"reason": "folder_missing"},
    )
    assert not is_district(home)
    made = init_district(home, public_key_out=tmp_path / "pub.json")
    again = save_public_key(home, tmp_path / "again.json")
    assert again.key_id == made.key_id
    assert (tmp_path / "again.json").read_bytes() == (tmp_path / "pub.json").read_bytes()
