"""One test per attack on the update, each on real files: refused with one code, no change."""

from __future__ import annotations

import json
import shutil
from datetime import datetime
from pathlib import Path

import pytest
from tuf.api.metadata import Metadata, Root

from desktop.updates.errors import CatalogError, CatalogRefusal
from desktop.updates.state import catalog_view, current_state
from desktop.updates.update import update_from
from models.repository import METADATA, TARGETS, Repository, publish, refresh, rotate_key
from models.repository_keys import load_signer, new_signer
from tests.desktop.updates.helpers import NOW, Setting, days, make_setting


def _snapshot(s: Setting) -> dict[str, bytes]:
    """Every file under the clinic's catalog and models folders, with its bytes."""
    out = {}
    for folder in (s.home / "catalog", s.home / "models"):
        for path in sorted(folder.rglob("*")) if folder.exists() else []:
            if path.is_file() and not path.is_symlink():
                out[str(path.relative_to(s.home))] = path.read_bytes()
    return out


def _refused(
    s: Setting, folder: Path, code: CatalogRefusal, *, now: datetime = NOW
) -> CatalogError:
    """Update from `folder`: refused with `code`, and the clinic's files are unchanged."""
    before = _snapshot(s)
    with pytest.raises(CatalogError) as caught:
        s.update(folder, now=now)
    assert caught.value.code is code, caught.value
    after = {k: v for k, v in _snapshot(s).items() if not k.endswith("clock.json")}
    assert after == {k: v for k, v in before.items() if not k.endswith("clock.json")}
    return caught.value


def test_arbitrary_package_on_the_stick_is_refused(tmp_path: Path) -> None:
    """A .kuona file that the signed targets do not list is refused, naming it."""
    s = make_setting(tmp_path)
    s.update()
    stick = s.copy("stick")
    shutil.copy(s.package("heart-cad-mlp", "9.9.9") / "card.json", stick / TARGETS / "evil.kuona")
    (stick / TARGETS / "._pima-diabetes-lr-1.0.0.kuona").write_bytes(b"Mac metadata")
    error = _refused(s, stick, CatalogRefusal.TARGET_UNSIGNED)
    assert error.file == "targets/evil.kuona"
    (stick / TARGETS / "evil.kuona").unlink()  # a Mac's hidden ._ file alone is not refused
    assert [c.event for c in s.update(stick)] == []


def test_a_package_swapped_on_the_stick_is_refused_by_its_hash(tmp_path: Path) -> None:
    """Another package under a published name: its hash differs from the signed one."""
    s = make_setting(tmp_path)
    stick = s.copy("stick")
    other = stick / TARGETS / "pima-diabetes-lr-1.0.0.kuona"
    data = bytearray(other.read_bytes())
    data[len(data) // 2] ^= 0xFF
    other.write_bytes(bytes(data))
    error = _refused(s, stick, CatalogRefusal.HASH_MISMATCH)
    assert error.file == "targets/pima-diabetes-lr-1.0.0.kuona"


def test_an_older_copy_of_the_repository_is_a_rollback(tmp_path: Path) -> None:
    """A stick copied before the last publication is refused once the newer one was seen."""
    s = make_setting(tmp_path)
    old = s.copy("old-stick")
    publish(s.repo, keys=s.keys, packages=[s.package("pima-diabetes-lr", "1.1.0")], now=days(1))
    s.update(now=days(1))
    error = _refused(s, old, CatalogRefusal.ROLLBACK, now=days(2))
    assert error.file == "metadata/timestamp.json"


def test_expired_timestamp_is_refused_as_a_freeze(tmp_path: Path) -> None:
    """A stick whose timestamp expired (the steward never refreshed it) is refused."""
    s = make_setting(tmp_path)
    error = _refused(s, s.repo, CatalogRefusal.EXPIRED, now=days(45))
    assert error.params["expires"] == "2026-12-31"


def test_clock_set_back_does_not_make_expired_metadata_fresh(tmp_path: Path) -> None:
    """Once the laptop has seen day 45, a clock set back to day 5 still finds the stick and
    its own catalog expired: the update is refused and the banner stays."""
    s = make_setting(tmp_path)
    s.update()
    assert catalog_view(s.home, days(45)).stale_since == "2026-12-31"
    assert catalog_view(s.home, days(5)).stale_since == "2026-12-31"
    _refused(s, s.copy("frozen"), CatalogRefusal.EXPIRED, now=days(5))


def test_snapshot_and_targets_from_different_copies_are_refused(tmp_path: Path) -> None:
    """targets.json from an older copy next to a newer snapshot: mix-and-match."""
    s = make_setting(tmp_path)
    old = s.copy("old")
    publish(s.repo, keys=s.keys, packages=[s.package("pima-diabetes-lr", "1.1.0")], now=NOW)
    stick = s.copy("mixed")
    shutil.copy(old / METADATA / "targets.json", stick / METADATA / "targets.json")
    error = _refused(s, stick, CatalogRefusal.MIX_AND_MATCH)
    assert error.file == "metadata/targets.json"


def _forged_root(s: Setting, stick: Path, keyids: list[str]) -> None:
    """A root v2 that swaps the targets key for an attacker's, signed only by `keyids`."""
    repo = Repository.open(s.repo, s.keys)
    root: Metadata[Root] = Metadata.from_bytes(repo.root.to_bytes())
    for keyid in list(root.signed.roles["targets"].keyids):
        root.signed.revoke_key(keyid, "targets")
    root.signed.add_key(new_signer(s.tmp / "attacker").public_key, "targets")
    root.signed.version = 2
    root.signatures.clear()
    for keyid in keyids:
        signer = load_signer(s.keys, keyid) or load_signer(s.tmp / "attacker", keyid)
        assert signer is not None
        root.sign(signer, append=True)
    (stick / METADATA / "2.root.json").write_bytes(root.to_bytes())


def test_one_stolen_root_key_of_two_needed_is_refused(tmp_path: Path) -> None:
    """A new root signed by one of the three root keys (threshold 2) is below threshold."""
    s = make_setting(tmp_path)
    s.update()
    stick = s.copy("stick")
    stolen = Repository.open(s.repo, s.keys).root.signed.roles["root"].keyids[0]
    _forged_root(s, stick, [stolen])
    error = _refused(s, stick, CatalogRefusal.BELOW_THRESHOLD)
    assert error.file == "metadata/2.root.json"
    assert (error.params["signed"], error.params["threshold"]) == ("1", "2")


def test_a_root_from_other_keys_is_not_chained(tmp_path: Path) -> None:
    """A new root signed only by keys the laptop never trusted is refused as not chained."""
    s = make_setting(tmp_path)
    s.update()
    stick = s.copy("stick")
    _forged_root(s, stick, [new_signer(s.tmp / "attacker").public_key.keyid])
    _refused(s, stick, CatalogRefusal.ROOT_NOT_CHAINED)


def test_a_laptop_many_rotations_behind_still_follows(tmp_path: Path) -> None:
    """Root, targets, snapshot and timestamp keys all rotated (4 new roots): a laptop still on
    root 1 walks the chain and installs what the new keys signed."""
    s = make_setting(tmp_path)
    s.update()
    for role in ("root", "targets", "snapshot", "timestamp"):
        rotate_key(s.repo, keys=s.keys, role=role, now=days(1))
    publish(s.repo, keys=s.keys, packages=[s.package("pima-diabetes-lr", "2.0.0")], now=days(1))
    changes = s.update(now=days(2))
    assert [(c.event, c.version) for c in changes] == [("installed", "2.0.0")]
    state = current_state(s.home)
    assert state is not None
    assert sorted(p.name for p in (state / "root_history").iterdir())[-1] == "5.root.json"


def test_a_stick_pulled_out_mid_update_leaves_the_old_catalog_whole(tmp_path: Path) -> None:
    """The second package vanishes while the update reads the stick: refused, and the laptop
    keeps its old catalog and packages, still usable; the next full stick works."""
    s = make_setting(tmp_path)
    s.update()
    publish(s.repo, keys=s.keys, packages=[s.package("pima-diabetes-lr", "1.1.0")], now=days(1))
    refresh(s.repo, keys=s.keys, now=days(1))
    stick = s.copy("stick")
    (stick / TARGETS / "pima-diabetes-lr-1.1.0.kuona").unlink()  # gone mid-read
    error = _refused(s, stick, CatalogRefusal.UNREADABLE, now=days(1))
    assert error.file == "targets/pima-diabetes-lr-1.1.0.kuona"
    assert catalog_view(s.home, days(1)).status("pima-diabetes-lr", "1.0.0").state == "active"
    assert not list((s.home / "catalog").glob(".staging-*"))
    assert [c.version for c in s.update(now=days(1))] == ["1.1.0"]


def test_an_updated_clinic_keeps_only_what_tuf_wrote_to_its_state(tmp_path: Path) -> None:
    """The trusted state holds the verified metadata (root history, timestamp, snapshot,
    targets) and when it was checked, and the timestamp is the one the stick carried."""
    s = make_setting(tmp_path)
    s.update()
    state = current_state(s.home)
    assert state is not None
    names = {p.name for p in state.iterdir()}
    assert {"root_history", "timestamp.json", "snapshot.json", "targets.json"} <= names
    stick_ts = json.loads((s.repo / METADATA / "timestamp.json").read_text())
    assert json.loads((state / "timestamp.json").read_text()) == stick_ts
    assert update_from(s.repo, home=s.home, trust=s.trust(), now=NOW, root=None) == []


def test_leftovers_of_a_power_cut_are_swept_and_the_catalog_kept(tmp_path: Path) -> None:
    """A staging folder and an unused state left by a cut update are removed by the next
    update; the catalog in use is not touched until that update succeeds."""
    s = make_setting(tmp_path)
    s.update()
    catalog = s.home / "catalog"
    (catalog / ".staging-cut").mkdir()
    (catalog / "state-orphan").mkdir()
    assert s.update(now=days(1)) == []
    assert not (catalog / ".staging-cut").exists() and not (catalog / "state-orphan").exists()
    assert current_state(s.home) is not None
