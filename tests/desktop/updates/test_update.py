"""A clinic updates its models from a steward's repository folder: installs, recalls, status."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.audit.local import open_local_store
from desktop.updates.errors import CatalogError, CatalogRefusal
from desktop.updates.guard import check_usable
from desktop.updates.record import record_stale
from desktop.updates.state import catalog_view
from desktop.updates.update import update_from
from models.repository import Notice, publish, recall
from tests.desktop.updates.helpers import NOW, days, make_setting


def test_first_update_installs_both_packages_and_lists_them_active(tmp_path: Path) -> None:
    """Two published packages are installed into KUONA_HOME/models and are active."""
    s = make_setting(tmp_path, packages=("pima-diabetes-lr", "birthwt-low-gb"))
    changes = s.update()
    assert sorted((c.event, c.package_id) for c in changes) == [
        ("installed", "birthwt-low-gb"),
        ("installed", "pima-diabetes-lr"),
    ]
    assert sorted(p.name for p in (s.home / "models").iterdir()) == [
        "birthwt-low-gb-1.0.0.kuona",
        "pima-diabetes-lr-1.0.0.kuona",
    ]
    view = catalog_view(s.home, NOW)
    assert view.status("pima-diabetes-lr", "1.0.0").state == "active"
    assert view.status("pima-diabetes-lr", "1.0.0").listed
    assert view.checked == "2026-12-01"


def test_the_same_stick_again_changes_nothing(tmp_path: Path) -> None:
    """A second update from the same folder reports no change and keeps the packages."""
    s = make_setting(tmp_path)
    s.update()
    assert s.update(now=days(1)) == []
    assert (s.home / "models" / "pima-diabetes-lr-1.0.0.kuona").is_file()


def test_first_update_needs_the_stewards_root(tmp_path: Path) -> None:
    """Without --root and without a trusted catalog the update is refused, nothing written."""
    s = make_setting(tmp_path)
    with pytest.raises(CatalogError) as caught:
        update_from(s.repo, home=s.home, trust=s.trust(), now=NOW, root=None)
    assert caught.value.code is CatalogRefusal.NO_ROOT
    assert not (s.home / "catalog" / "current").exists()
    assert not (s.home / "models").exists()


def test_recall_and_newer_version_reach_the_clinic(tmp_path: Path) -> None:
    """A recall withdraws one model (refused for new consultations with date and reason),
    a newer version of the other is installed."""
    s = make_setting(tmp_path, packages=("pima-diabetes-lr", "birthwt-low-gb"))
    s.update()
    notice = Notice("safety_concern", note="field alarm", alarm="calibration_drift")
    recall(s.repo, keys=s.keys, package_id="birthwt-low-gb", version="1.0.0", notice=notice,
           now=days(3))  # fmt: skip
    publish(s.repo, keys=s.keys, packages=[s.package("pima-diabetes-lr", "1.1.0")], now=days(3))
    changes = s.update(now=days(4))
    assert sorted((c.event, c.package_id, c.version) for c in changes) == [
        ("installed", "pima-diabetes-lr", "1.1.0"),
        ("withdrawn", "birthwt-low-gb", "1.0.0"),
    ]
    status = catalog_view(s.home, days(4)).status("birthwt-low-gb", "1.0.0")
    assert (status.state, status.recalled_on, status.reason) == (
        "recalled", "2026-12-04", "safety_concern"
    )  # fmt: skip
    assert status.alarm == "calibration_drift" and status.blocked
    with pytest.raises(CatalogError) as caught:
        check_usable("birthwt-low-gb", "1.0.0", home=s.home, now=days(4))
    assert caught.value.code is CatalogRefusal.RECALLED
    assert caught.value.params == {"date": "2026-12-04", "reason": "safety_concern"}
    assert check_usable("pima-diabetes-lr", "1.1.0", home=s.home, now=days(4)).state == "active"
    assert (s.home / "models" / "birthwt-low-gb-1.0.0.kuona").is_file()  # past decisions' link


def test_stale_catalog_warns_then_blocks_by_policy(tmp_path: Path) -> None:
    """After the timestamp expires every model is stale (warn); 60 days later, blocked."""
    s = make_setting(tmp_path)
    s.update()
    warn = catalog_view(s.home, days(31)).status("pima-diabetes-lr", "1.0.0")
    assert (warn.state, warn.stale_since, warn.checked, warn.blocked) == (
        "stale", "2026-12-31", "2026-12-01", False
    )  # fmt: skip
    assert check_usable("pima-diabetes-lr", "1.0.0", home=s.home, now=days(31)).state == "stale"
    with pytest.raises(CatalogError) as caught:
        check_usable("pima-diabetes-lr", "1.0.0", home=s.home, now=days(91))
    assert caught.value.code is CatalogRefusal.STALE_BLOCKED
    # a package the catalog does not list is stale with the rest
    assert catalog_view(s.home, days(91)).status("heart-cad-mlp", "1.0.0").state == "stale"


def test_a_stale_catalog_is_audited_once_per_expiry(tmp_path: Path) -> None:
    """Nothing is recorded while the catalog is fresh; its first sighting stale appends one
    `catalog` record (warn or blocked); later sightings of the same expiry add none."""
    s = make_setting(tmp_path)
    s.update()
    with open_local_store(s.home) as store:
        assert record_stale(store, catalog_view(s.home, days(2)), home=s.home) is None
        first = record_stale(store, catalog_view(s.home, days(95)), home=s.home)
        again = record_stale(store, catalog_view(s.home, days(96)), home=s.home)
        assert first is not None and again is None
        assert first.data["body"]["event"] == "stale"
        assert first.data["body"]["reason"] == "blocked"
        assert first.data["body"]["stale_since"] == "2026-12-31"
        assert store.verify() == []
