"""The district sees which clinics still run a recalled or superseded version, and since when."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.audit.errors import AuditError
from desktop.cli.monitor import catalog_sentence
from desktop.district.catalog_report import catalog_report
from desktop.district.importer import import_paths
from desktop.district.report import district_report
from desktop.monitoring.source import DistrictSource
from desktop.updates.record import catalog_entry, record_changes
from desktop.updates.update import Change
from tests.desktop.cli.runner import kuona
from tests.desktop.sync.helpers import Clinic, make_clinic, make_district, open_district

PIMA_1 = Change("installed", "pima-diabetes-lr", "1.0.0", "pima-diabetes-lr-1.0.0.kuona")
BIRTHWT = Change("installed", "birthwt-low-gb", "1.0.0", "birthwt-low-gb-1.0.0.kuona")


def _two_clinics_at_the_district(tmp_path: Path) -> tuple[Clinic, Clinic]:
    """Clinic A withdrew birthwt 1.0.0 at a recall and installed pima 1.1.0; clinic B (four
    decisions on pima 1.0.0) did neither; both bundles imported at the district."""
    district = make_district(tmp_path)
    a = make_clinic(tmp_path, 0, name="a")
    b = make_clinic(tmp_path, 4, name="b")  # four decisions on pima-diabetes-lr 1.0.0
    record_changes(a.store, [PIMA_1, BIRTHWT], source="stick")
    withdrawn = Change("withdrawn", "birthwt-low-gb", "1.0.0", BIRTHWT.target, "safety_concern")
    newer = Change("installed", "pima-diabetes-lr", "1.1.0", "pima-diabetes-lr-1.1.0.kuona")
    record_changes(a.store, [withdrawn, newer], source="stick")
    record_changes(b.store, [PIMA_1, BIRTHWT], source="stick")
    stick = tmp_path / "stick"
    a.export(stick / "a", district)
    b.export(stick / "b", district)
    with open_district(tmp_path) as db:
        result = import_paths(db, [stick / "a", stick / "b"], district_private=district)
        assert result.refused == []
    return a, b


def test_catalog_records_reach_the_district_report(tmp_path: Path) -> None:
    """Clinic A withdrew a recalled version and installed a newer one; clinic B did not update:
    B still runs the recalled version and the superseded one, with its decisions counted."""
    a, b = _two_clinics_at_the_district(tmp_path)
    with open_district(tmp_path) as db:
        report = district_report(db)
    assert report["records"] == 4  # decisions only
    rows = {(r["device_id"], r["model"], r["model_version"]): r for r in report["catalog"]}
    ida, idb = a.store.device_id, b.store.device_id
    assert rows[(ida, "birthwt-low-gb", "1.0.0")]["state"] == "withdrawn"
    still = rows[(idb, "birthwt-low-gb", "1.0.0")]
    assert (still["state"], still["reason"], still["withdrawn_on"]) == (
        "recalled", "safety_concern", None
    )  # fmt: skip
    assert still["since"] == rows[(ida, "birthwt-low-gb", "1.0.0")]["withdrawn_on"]
    old = rows[(idb, "pima-diabetes-lr", "1.0.0")]
    assert (old["state"], old["decisions_since"]) == ("superseded", 4)
    assert (ida, "pima-diabetes-lr", "1.1.0") not in rows  # the newest version is current


def test_a_catalog_body_with_an_unknown_event_is_refused() -> None:
    """The catalog kind checks its own body before the store sees it."""
    with pytest.raises(AuditError) as caught:
        catalog_entry({"event": "deleted", "model_id": "x", "version": "1"})
    assert caught.value.params["field"] == "body.event"


def test_monitor_names_the_clinics_still_running_a_recalled_or_superseded_version(
    tmp_path: Path,
) -> None:
    """`kuona monitor --json` lists the recalled and superseded versions still installed (not
    A's withdrawn one), and its words name the clinic, the version, the date and the reason."""
    a, b = _two_clinics_at_the_district(tmp_path)
    done = kuona("monitor", "--json", home=tmp_path / "district-home")
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)["catalog"]
    ida, idb = a.store.device_id, b.store.device_id
    found = {(r["device_id"], r["model"], r["model_version"], r["state"]) for r in rows}
    assert found == {  # A keeps 1.0.0 beside 1.1.0 (superseded, not withdrawn)
        (ida, "pima-diabetes-lr", "1.0.0", "superseded"),
        (idb, "birthwt-low-gb", "1.0.0", "recalled"),
        (idb, "pima-diabetes-lr", "1.0.0", "superseded"),
    }
    words = kuona("monitor", home=tmp_path / "district-home").stdout
    recalled = next(r for r in rows if r["state"] == "recalled")
    assert catalog_sentence(recalled) in words
    assert f"recalled on {recalled['since']} (a safety concern)" in words
    assert "pima-diabetes-lr 1.0.0, superseded since" in words


def test_the_monitor_reads_the_catalog_rows_without_sqlite_utils(tmp_path: Path) -> None:
    """The monitor's district source gives catalog_report's rows over sqlite_utils exactly,
    from the plain read-only connection; a report made in a fresh process never imports
    sqlite_utils (which imports pandas)."""
    _two_clinics_at_the_district(tmp_path)
    path = tmp_path / "district-home" / "district" / "district.sqlite"
    with open_district(tmp_path) as db:
        expected = catalog_report(db.db)
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert DistrictSource(connection).catalog() == expected != []
    finally:
        connection.close()
    probe = (
        "import sqlite3, sys; from desktop.monitoring.report import monitor; "
        f"c = sqlite3.connect({str(path)!r}); "
        "r = monitor(c, package_for=lambda i, v: None); "
        "print(len(r['catalog']), len(r['models']), 'sqlite_utils' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], check=False, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    shown = [row for row in expected if row["state"] != "withdrawn"]
    assert done.stdout.split() == [str(len(shown)), "1", "False"]
