"""The optional `clinician` field: old records hash as before, new ones carry an account id."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

import pytest

from desktop.audit.errors import AuditError, AuditRefusal
from desktop.audit.record import AuditRecord, record_hash
from desktop.audit.store import AuditStore
from tests.desktop.audit.entries import DEVICE, decision_entry

ID = uuid.uuid4().hex
#: The hash the code before accounts gave this record (computed with that code, kept here).
OLD_HASH = "4ddab086d4a458a60944d988e33498b070719b680d7cff3696c3986bdbc76713"


def _old_record() -> dict[str, object]:
    data = decision_entry()
    data.update(
        uuid="1b4e28ba-2fa1-41d2-883f-0016d3cca427",
        device_id=DEVICE,
        seq=1,
        prev_hash="0" * 64,
        created_utc="2026-12-05T10:00:00.000000Z",
        local_offset_min=180,
        app_version="0.1.0",
    )
    return data


def test_a_record_without_clinician_hashes_exactly_as_before() -> None:
    """A record with no `clinician` key has the hash the earlier code gave it, and verifies."""
    data = _old_record()
    assert record_hash(data) == OLD_HASH
    assert AuditRecord({**data, "hash": OLD_HASH}).intact()


def test_the_hash_covers_the_clinician() -> None:
    """With the key, the hash differs and covers it: another id, or the key removed, breaks it."""
    data = {**_old_record(), "clinician": ID}
    data["hash"] = record_hash(data)
    assert data["hash"] != OLD_HASH and AuditRecord(data).intact()
    assert not AuditRecord({**data, "clinician": uuid.uuid4().hex}).intact()
    assert not AuditRecord({k: v for k, v in data.items() if k != "clinician"}).intact()


def test_store_keeps_the_clinician_and_the_chain_verifies(tmp_path: Path) -> None:
    """Records with and without a clinician share one chain, read back as written."""
    with AuditStore.open(tmp_path / "audit.sqlite", device_id=DEVICE) as store:
        plain = store.append(decision_entry())
        signed = store.append(decision_entry(clinician=ID))
        kinds = store.append(
            {
                "kind": "catalog",
                "model": None,
                "body": {"event": "x"},
                "note": None,
                "role": None,
                "language": None,
                "patient_ref": None,
                "clinician": ID,
            }
        )
        read = list(store.records())
        assert store.verify() == []
    assert "clinician" not in plain.data and "clinician" not in read[0].data
    assert read[1].data["clinician"] == ID == read[2].data["clinician"]
    assert [r.hash for r in read] == [plain.hash, signed.hash, kinds.hash]


@pytest.mark.parametrize("value", [None, "Dr Amina Juma", ID.upper(), ID[:-1], 7])
def test_clinician_must_be_an_account_id(tmp_path: Path, value: object) -> None:
    """A name, null, or anything but 32 lower-case hex digits is refused, naming the field."""
    with AuditStore.open(tmp_path / "audit.sqlite", device_id=DEVICE) as store:
        with pytest.raises(AuditError) as caught:
            store.append(decision_entry(clinician=value))
        assert store.count() == 0
    assert caught.value.code is AuditRefusal.ENTRY_INVALID
    assert caught.value.params["field"] == "clinician"


def test_a_log_from_before_accounts_gains_the_column(tmp_path: Path) -> None:
    """A schema 2 log (no clinician column) opens: the column is added, old hashes verify."""
    path = tmp_path / "audit.sqlite"
    with AuditStore.open(path, device_id=DEVICE) as store:
        old = store.append(decision_entry())
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("ALTER TABLE records DROP COLUMN clinician")
        conn.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    conn.close()
    with AuditStore.open(path, device_id=DEVICE) as store:
        new = store.append(decision_entry(clinician=ID))
        assert store.verify() == []
        assert [r.hash for r in store.records()] == [old.hash, new.hash]
        with pytest.raises(sqlite3.IntegrityError):  # still append-only
            store.db.execute("UPDATE records SET clinician = NULL")
