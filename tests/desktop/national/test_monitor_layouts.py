"""monitored_layouts: the decisions per model version and input layout, counted by each push
(and erasure) in its transaction, always what a count over `monitored` gives."""

from __future__ import annotations

from pathlib import Path

import psycopg

from desktop.audit.erasure import erase_patient
from desktop.national.push import push
from desktop.national.schema import COUNT_LAYOUTS
from models.verify import VerifiedPackage
from tests.desktop.national.test_monitor_store import _chained_district
from tests.desktop.privacy.scenario import REF, make_scenario

_KEPT = "SELECT model_id, model_version, input_keys, decisions FROM monitored_layouts"


def _both(dsn: str) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    """The layouts kept, and those counted over `monitored`, sorted alike."""
    with psycopg.connect(dsn) as conn:
        kept, counted = (
            sorted(conn.execute(q).fetchall(), key=repr) for q in (_KEPT, COUNT_LAYOUTS)
        )
    return kept, counted


def test_a_push_counts_each_layout_once(tmp_path: Path, dsn: str, pima: VerifiedPackage) -> None:
    """Decisions in five layouts (one of them none): each counted as stored; pushed again (all
    duplicates), nothing is counted twice."""
    path = tmp_path / "district.sqlite"
    _chained_district(path, pima, layouts=True)
    push(path, dsn, district="D")
    kept, counted = _both(dsn)
    assert kept == counted and len(kept) == 5 and sum(int(n) for *_, n in kept) == 750
    push(path, dsn, district="D")
    assert _both(dsn) == (kept, counted)


def test_an_erasure_moves_its_decisions_to_no_layout(
    tmp_path: Path, kuona_home: Path, dsn: str
) -> None:
    """An erasure pushed later empties its decisions' inputs: their count leaves their layout
    for none (NULL), as a count over the store gives."""
    scenario = make_scenario(tmp_path, kuona_home)
    db_path = scenario.district_home / "district" / "district.sqlite"
    scenario.import_(scenario.export("stick1"))
    push(db_path, dsn, district="A")
    before, _ = _both(dsn)
    erase_patient(scenario.store, patient_ref=REF)
    scenario.import_(scenario.export("stick2"))
    scenario.store.close()
    push(db_path, dsn, district="A")
    kept, counted = _both(dsn)
    assert kept == counted and kept != before
    assert any(keys is None for _, _, keys, _ in kept)
