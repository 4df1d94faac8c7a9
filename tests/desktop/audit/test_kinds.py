"""Records of other kinds than decisions share the chain, travel in bundles and survive upgrade."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils

from desktop.audit.entry import NOT_NULL, to_row
from desktop.audit.errors import AuditError
from desktop.audit.record import FIELDS, GENESIS, KIND_FIELDS, SEALED_FIELDS, record_hash
from desktop.audit.store import SCHEMA_VERSION, AuditStore
from desktop.district.importer import import_paths
from desktop.district.report import district_report
from tests.desktop.audit.entries import DEVICE, decision_entry
from tests.desktop.sync.helpers import make_clinic, make_district, open_district


def kind_entry(kind: str = "outcome", **changes: Any) -> dict[str, Any]:
    """A record of another kind, as a module of that kind would hand it to the store."""
    entry: dict[str, Any] = {
        "kind": kind,
        "model": {"id": "pima-diabetes-lr", "version": "1.0.0"},
        "body": {"observes": str(uuid.uuid4()), "observed": 1, "on": "2026-11-30"},
        "note": None,
        "role": "clinical_officer",
        "language": "en",
        "patient_ref": None,
    }
    entry.update(changes)
    return entry


def test_another_kind_is_chained_and_reads_back_with_its_own_fields(tmp_path: Path) -> None:
    """An outcome after a decision: one chain, each read back with its kind's fields, intact."""
    with AuditStore.open(tmp_path / "audit.sqlite", device_id=DEVICE) as store:
        first = store.append(decision_entry())
        second = store.append(kind_entry())
        assert second.prev_hash == first.hash and second.seq == 2
        decision, outcome = list(store.records())
        assert set(decision.data) == {*FIELDS, *SEALED_FIELDS, "hash"}
        assert set(outcome.data) == {*KIND_FIELDS, *SEALED_FIELDS, "hash"}
        assert outcome.kind == "outcome" and outcome.data["body"]["observed"] == 1
        assert outcome.intact() and store.verify() == []


@pytest.mark.parametrize(
    ("changes", "field"),
    [({"body": None}, "body"), ({"body": [1]}, "body"), ({"model": "x"}, "model"), ({}, "extra")],
)
def test_a_malformed_record_of_another_kind_names_its_field(
    tmp_path: Path, changes: dict[str, Any], field: str
) -> None:
    """body must be an object, model an object or null, and no field may be added or left out."""
    entry = kind_entry(**changes)
    if field == "extra":
        entry["extra"] = 1
    with AuditStore.open(tmp_path / "audit.sqlite", device_id=DEVICE) as store:
        with pytest.raises(AuditError) as caught:
            store.append(entry)
        assert caught.value.params["field"] == field
        assert store.count() == 0


def test_a_decision_still_needs_every_decision_field(tmp_path: Path) -> None:
    """Relaxing the columns for other kinds leaves a decision without a prediction refused."""
    with AuditStore.open(tmp_path / "audit.sqlite", device_id=DEVICE) as store:
        with pytest.raises(AuditError):
            store.append(decision_entry(prediction=None))
        assert store.count() == 0


def _first_version_log(path: Path) -> str:
    """A log as the first version wrote it (decision columns NOT NULL, no body); its hash."""
    db = sqlite_utils.Database(path)
    db.table("meta").insert_all(
        [{"key": "schema_version", "value": "1"}, {"key": "device_id", "value": DEVICE}],
        pk="key",
    )
    old_columns = {f: int if f in ("seq", "local_offset_min") else str for f in (*FIELDS, "hash")}
    old_columns["prediction"] = float
    old_not_null = ["uuid", "kind", "model", "inputs", "prediction", "decision", "hash"]
    db.table("records").create(old_columns, pk="uuid", not_null=old_not_null, strict=True)
    db.table("records").create_index(["device_id", "seq"], unique=True)
    for name, when in (
        ("records_no_update", "BEFORE UPDATE"),
        ("records_no_delete", "BEFORE DELETE"),
    ):
        db.execute(
            f"CREATE TRIGGER {name} {when} ON records BEGIN "
            "SELECT RAISE(ABORT, 'audit records are append-only'); END"
        )
    db.table("acknowledged").create({"id": int, "seq": int, "hash": str}, pk="id", strict=True)
    entry = decision_entry()
    data = {
        **entry,
        "uuid": str(uuid.uuid4()),
        "device_id": DEVICE,
        "seq": 1,
        "prev_hash": GENESIS,
        "created_utc": "2026-01-02T03:04:05.000000Z",
        "local_offset_min": 180,
        "app_version": "0.1.0",
    }
    data["hash"] = record_hash(data)
    db.table("records").insert(to_row(data))
    db.close()
    return str(data["hash"])


def test_a_first_version_log_is_upgraded_with_every_hash_kept(tmp_path: Path) -> None:
    """Opening an old log rebuilds its table: the old record verifies, other kinds can follow,
    and the table is still append-only."""
    path = tmp_path / "audit.sqlite"
    old_hash = _first_version_log(path)
    with AuditStore.open(path, device_id=DEVICE) as store:
        assert store.head() == (1, old_hash)
        store.append(kind_entry())
        assert store.verify() == []
    db = sqlite3.connect(path)
    try:
        meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
        assert meta["schema_version"] == str(SCHEMA_VERSION)
        not_null = {r[1] for r in db.execute("PRAGMA table_info(records)") if r[3]}
        assert not_null == set(NOT_NULL)
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            db.execute("DELETE FROM records")
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            db.execute("UPDATE records SET note = 'x'")
    finally:
        db.close()


def test_other_kinds_travel_to_the_district_and_the_report_counts_only_decisions(
    tmp_path: Path,
) -> None:
    """A bundle with decisions, an outcome and a kind this version does not know imports whole;
    the report's decision totals leave the other kinds out."""
    district = make_district(tmp_path)
    clinic = make_clinic(tmp_path, 4)
    clinic.store.append(kind_entry())
    clinic.store.append(kind_entry("from_a_newer_version", body={"anything": [1, 2]}))
    stick = tmp_path / "stick"
    clinic.export(stick, district)
    with open_district(tmp_path) as db:
        result = import_paths(db, [stick], district_private=district)
        (tally,) = result.devices.values()
        assert tally.added == 6 and tally.tampering == [] and result.refused == []
        kinds = [r["kind"] for r in db.db.query("SELECT kind FROM records ORDER BY seq")]
        assert kinds == ["decision"] * 4 + ["outcome", "from_a_newer_version"]
        report = district_report(db)
    assert report["records"] == 4
