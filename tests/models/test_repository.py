"""The steward's catalog repository: TUF metadata signed with python-tuf, keys kept apart."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from tuf.api.metadata import Metadata, Root, Targets, Timestamp

from models.catalog import BUILTIN_CATALOG
from models.errors import Check, PackageError
from models.repository import (
    ISSUED_FIELD,
    METADATA,
    POLICY_FIELD,
    TARGETS,
    Notice,
    Repository,
    init_repository,
    publish,
    recall,
    refresh,
    rotate_key,
)

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
PIMA = BUILTIN_CATALOG / "pima-diabetes-lr"


def _meta(repo: Path, name: str) -> Metadata:  # type: ignore[type-arg]
    return Metadata.from_file(str(repo / METADATA / name))


def test_init_makes_a_two_of_three_root_and_keeps_keys_out_of_the_repository(
    tmp_path: Path,
) -> None:
    """root: 3 keys, threshold 2, verified by itself; one key per online role; no private key
    in the folder that goes on sticks; the returned root file is version 1."""
    repo, keys = tmp_path / "repo", tmp_path / "keys"
    root_file = init_repository(repo, keys=keys, now=NOW)
    assert root_file == repo / METADATA / "1.root.json"
    root: Metadata[Root] = Metadata.from_file(str(root_file))
    assert len(root.signed.roles["root"].keyids) == 3
    assert root.signed.roles["root"].threshold == 2
    root.signed.verify_delegate("root", root.signed_bytes, root.signatures)
    for role in ("targets", "snapshot", "timestamp"):
        assert len(root.signed.roles[role].keyids) == 1
    assert len(list(keys.glob("*.pem"))) == 6
    assert not [p for p in repo.rglob("*") if p.suffix == ".pem"]
    targets: Metadata[Targets] = _meta(repo, "targets.json")
    assert targets.signed.unrecognized_fields[POLICY_FIELD] == {"stale_block_after_days": 60}
    with pytest.raises(PackageError) as caught:
        init_repository(repo, keys=keys, now=NOW)
    assert caught.value.check is Check.OUTPUT_EXISTS


def test_publish_lists_the_package_with_its_id_version_and_hash(tmp_path: Path) -> None:
    """A package folder becomes targets/ID-VERSION.kuona, with its id/version in custom
    metadata and its SHA-256 and length signed; snapshot and timestamp follow."""
    repo, keys = tmp_path / "repo", tmp_path / "keys"
    init_repository(repo, keys=keys, now=NOW)
    published = publish(repo, keys=keys, packages=[PIMA], now=NOW)
    assert [(p.target, p.status) for p in published] == [("pima-diabetes-lr-1.0.0.kuona", "active")]
    targets: Metadata[Targets] = _meta(repo, "targets.json")
    target = targets.signed.targets["pima-diabetes-lr-1.0.0.kuona"]
    assert target.custom["kuona"] == {
        "id": "pima-diabetes-lr",
        "version": "1.0.0",
        "status": "active",
    }
    with (repo / TARGETS / target.path).open("rb") as data:
        target.verify_length_and_hashes(data)
    timestamp: Metadata[Timestamp] = _meta(repo, "timestamp.json")
    assert timestamp.signed.snapshot_meta.version == _meta(repo, "snapshot.json").signed.version
    assert timestamp.signed.unrecognized_fields[ISSUED_FIELD] == "2026-12-01T09:00:00Z"
    with pytest.raises(PackageError) as caught:
        publish(repo, keys=keys, packages=[PIMA], now=NOW)
    assert caught.value.check is Check.OUTPUT_EXISTS


def test_recall_signs_the_date_reason_note_and_alarm(tmp_path: Path) -> None:
    """A recall keeps the target (its hash) and adds the recall to its custom metadata."""
    repo, keys = tmp_path / "repo", tmp_path / "keys"
    init_repository(repo, keys=keys, now=NOW)
    publish(repo, keys=keys, packages=[PIMA], now=NOW)
    notice = Notice("performance_below_card", note="AUC 0.61", alarm="auc_below_card")
    recall(repo, keys=keys, package_id="pima-diabetes-lr", version="1.0.0", notice=notice,
           now=NOW + timedelta(days=2))  # fmt: skip
    info = _meta(repo, "targets.json").signed.targets["pima-diabetes-lr-1.0.0.kuona"].custom
    assert info["kuona"]["status"] == "recalled"
    assert info["kuona"]["recalled_on"] == "2026-12-03"
    assert (info["kuona"]["reason"], info["kuona"]["alarm"]) == (
        "performance_below_card",
        "auc_below_card",
    )
    for bad in ({"version": "9.9.9", "reason": "other"}, {"version": "1.0.0", "reason": "whim"}):
        with pytest.raises(PackageError) as caught:
            recall(repo, keys=keys, package_id="pima-diabetes-lr", version=bad["version"],
                   notice=Notice(bad["reason"]), now=NOW)  # fmt: skip
        assert caught.value.check is Check.NOT_PUBLISHED


def test_rotating_the_root_keys_is_signed_by_old_and_new_thresholds(tmp_path: Path) -> None:
    """Root v2 has three new keys; root v1 verifies it (old threshold), it verifies itself."""
    repo, keys = tmp_path / "repo", tmp_path / "keys"
    init_repository(repo, keys=keys, now=NOW)
    assert rotate_key(repo, keys=keys, role="root", now=NOW) == 2
    v1: Metadata[Root] = _meta(repo, "1.root.json")
    v2: Metadata[Root] = _meta(repo, "2.root.json")
    assert set(v1.signed.roles["root"].keyids).isdisjoint(v2.signed.roles["root"].keyids)
    v1.signed.verify_delegate("root", v2.signed_bytes, v2.signatures)
    v2.signed.verify_delegate("root", v2.signed_bytes, v2.signatures)
    assert len(list((keys / "retired").glob("*.pem"))) == 3
    assert json.loads((repo / METADATA / "root.json").read_text())["signed"]["version"] == 2


def test_refresh_renews_expiry_and_a_missing_key_refuses_to_sign(tmp_path: Path) -> None:
    """refresh moves every online role's expiry forward; without the timestamp key it is
    refused naming the role."""
    repo, keys = tmp_path / "repo", tmp_path / "keys"
    init_repository(repo, keys=keys, now=NOW)
    later = NOW + timedelta(days=20)
    refresh(repo, keys=keys, now=later)
    assert _meta(repo, "timestamp.json").signed.expires == later + timedelta(days=30)
    timestamp_key = Repository.open(repo, keys).root.signed.roles["timestamp"].keyids[0]
    (keys / f"{timestamp_key}.pem").unlink()
    with pytest.raises(PackageError) as caught:
        refresh(repo, keys=keys, now=later)
    assert (caught.value.check, caught.value.params) == (Check.KEY_MISSING, {"role": "timestamp"})
