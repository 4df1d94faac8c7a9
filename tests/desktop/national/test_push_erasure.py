"""Issue 19 at the national store: an erasure pushed after the records empties them there too."""

from __future__ import annotations

import json
from pathlib import Path

import psycopg

from desktop.audit.decision import pseudonym
from desktop.audit.erasure import erase_patient
from desktop.audit.record import AuditRecord
from desktop.national.push import push
from tests.desktop.privacy.scenario import REF, make_scenario


def test_an_erasure_pushed_later_empties_the_stored_records(
    tmp_path: Path, kuona_home: Path, dsn: str
) -> None:
    """Push, erase at the clinic, import the erasure, push again: the store's copies hold no
    pseudonym, inputs or note, what monitoring reads of them has no inputs left, and every
    stored record still verifies with its hash."""
    scenario = make_scenario(tmp_path, kuona_home)
    db_path = scenario.district_home / "district" / "district.sqlite"
    scenario.import_(scenario.export("stick1"))
    assert push(db_path, dsn, district="A").records == 4
    erase_patient(scenario.store, patient_ref=REF)
    scenario.import_(scenario.export("stick2"))
    scenario.store.close()
    second = push(db_path, dsn, district="A")
    assert second.tally(scenario.store.device_id).added == 1
    with psycopg.connect(dsn) as conn:
        rows = conn.execute("SELECT hash, record FROM records ORDER BY seq").fetchall()
        (erases,) = conn.execute(
            "SELECT record::json->'body'->'erases' FROM records WHERE kind = 'erasure'"
        ).fetchone()
        watched = conn.execute(
            "SELECT inputs, input_keys FROM monitored WHERE uuid = ANY(%s)", [erases]
        ).fetchall()
    assert watched and all(row == (None, None) for row in watched)
    texts = [str(text) for _, text in rows]
    assert len(texts) == 5
    assert not any(str(pseudonym(REF)) in t or "193.77" in t or "Amina" in t for t in texts)
    assert all(AuditRecord({**json.loads(t), "hash": h}).intact() for h, t in rows)
