"""A steward's catalog repository in a folder (a USB stick, a shared drive): TUF metadata,
written and signed with python-tuf's Metadata API, and the `.kuona` packages as its targets.

DIR/metadata holds N.root.json (every version: a laptop many rotations behind walks them),
root.json, targets.json, snapshot.json and timestamp.json; DIR/targets the packages, named
ID-VERSION.kuona, their id, version and status (active, or recalled with date, reason, note
and alarm) in the target's custom metadata. The keys live in another folder (repository_keys).
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from securesystemslib.signer import CryptoSigner
from tuf.api.metadata import (
    Metadata,
    MetaFile,
    Root,
    Signed,
    Snapshot,
    TargetFile,
    Targets,
    Timestamp,
)
from tuf.api.serialization.json import JSONSerializer

from models.archive import read_package, write_zip
from models.card import parse_card
from models.errors import Check, PackageError
from models.layout import CARD, PACKAGE_SUFFIX
from models.repository_keys import load_signer, new_signer, retire

METADATA = "metadata"
TARGETS = "targets"
ONLINE_ROLES = ("targets", "snapshot", "timestamp")
ROLES = ("root", *ONLINE_ROLES)
RECALL_REASONS = ("performance_below_card", "safety_concern", "superseded", "card_error", "other")
#: Targets metadata field: the steward's policy for a stale catalog (signed with the targets).
POLICY_FIELD = "x-kuona-policy"
#: Timestamp metadata field: when the steward signed it (a laptop never goes back before it).
ISSUED_FIELD = "x-kuona-issued"
#: How long each role's metadata stays valid after signing, in days.
EXPIRY_DAYS = {"root": 365, "targets": 365, "snapshot": 60, "timestamp": 30}


@dataclass(frozen=True)
class Published:
    """One package as the repository lists it."""

    target: str
    package_id: str
    version: str
    status: str


def _expiry(role: str, now: datetime, days: dict[str, int]) -> datetime:
    return (now + timedelta(days=days[role])).replace(microsecond=0)


def _write(path: Path, data: bytes) -> None:
    """Write `data` to a temp name in the same folder, fsync, then rename over `path`."""
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)


class Repository:
    """The metadata of one repository folder, and the signers of the steward's keys folder."""

    def __init__(self, folder: Path, keys: Path, roles: tuple[Metadata[Any], ...]) -> None:
        """Use `open()`; `roles` are root, targets, snapshot and timestamp metadata."""
        self.folder, self.keys = folder, keys
        self.days = dict(EXPIRY_DAYS)
        self.root: Metadata[Root] = roles[0]
        self.targets: Metadata[Targets] = roles[1]
        self.snapshot: Metadata[Snapshot] = roles[2]
        self.timestamp: Metadata[Timestamp] = roles[3]

    @classmethod
    def open(cls, folder: Path, keys: Path) -> Repository:
        """Read the four top-level metadata files of `folder` (see `init_repository`)."""
        try:
            roles = tuple(Metadata.from_file(str(folder / METADATA / f"{r}.json")) for r in ROLES)
        except (OSError, ValueError) as exc:
            raise PackageError(Check.REPOSITORY_INVALID, str(folder)) from exc
        return cls(folder, keys, roles)

    def signers(self, role: str, root: Root | None = None) -> list[CryptoSigner]:
        """The steward's signers for `role` (as `root`, by default the current one, names it),
        refused when fewer than its threshold are in the keys folder."""
        root = self.root.signed if root is None else root
        found = [load_signer(self.keys, keyid) for keyid in root.roles[role].keyids]
        signers = [s for s in found if s is not None]
        if len(signers) < root.roles[role].threshold:
            raise PackageError(Check.KEY_MISSING, str(self.keys), {"role": role})
        return signers

    def _sign(self, md: Metadata[Any], signers: list[CryptoSigner]) -> None:
        md.signatures.clear()
        for signer in signers:
            md.sign(signer, append=True)

    def _save(self, name: str, md: Metadata[Any]) -> None:
        _write(self.folder / METADATA / name, md.to_bytes(JSONSerializer(compact=False)))

    def _bump(self, md: Metadata[Any], role: str, now: datetime) -> None:
        signed: Signed = md.signed
        signed.version += 1
        signed.expires = _expiry(role, now, self.days)

    def save_root(self, new_root: Metadata[Root], old: Root | None) -> None:
        """Sign a root with its own keys and (on a change) the previous root's; write it."""
        signers = self.signers("root", new_root.signed)
        if old is not None:
            ids = {s.public_key.keyid for s in signers}
            signers += [s for s in self.signers("root", old) if s.public_key.keyid not in ids]
        self._sign(new_root, signers)
        self._save(f"{new_root.signed.version}.root.json", new_root)
        self._save("root.json", new_root)
        self.root = new_root

    def commit(self, now: datetime, *, bump_targets: bool = True) -> None:
        """Sign and write targets (when changed), then a new snapshot and timestamp."""
        if bump_targets:
            self._bump(self.targets, "targets", now)
            self._sign(self.targets, self.signers("targets"))
            self._save("targets.json", self.targets)
        self.snapshot.signed.meta["targets.json"] = MetaFile(self.targets.signed.version)
        self._bump(self.snapshot, "snapshot", now)
        self._sign(self.snapshot, self.signers("snapshot"))
        self._save("snapshot.json", self.snapshot)
        self.timestamp.signed.snapshot_meta = MetaFile(self.snapshot.signed.version)
        self._bump(self.timestamp, "timestamp", now)
        issued = now.replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")
        self.timestamp.signed.unrecognized_fields[ISSUED_FIELD] = issued
        self._sign(self.timestamp, self.signers("timestamp"))
        self._save("timestamp.json", self.timestamp)

    def listing(self) -> list[Published]:
        """Every package the signed targets list, by target name."""
        out = []
        for name, target in sorted(self.targets.signed.targets.items()):
            info = target.unrecognized_fields.get("custom", {}).get("kuona", {})
            out.append(Published(name, info.get("id", "?"), info.get("version", "?"),
                                 info.get("status", "active")))  # fmt: skip
        return out


def init_repository(
    folder: Path,
    *,
    keys: Path,
    now: datetime,
    root_keys: int = 3,
    threshold: int = 2,
    block_after_days: int | None = 60,
) -> Path:
    """A new empty repository in `folder`, its keys in `keys`; returns the root file to hand
    out to clinics (apart from the stick). Stale means warn from expiry, block after
    `block_after_days` (None: never)."""
    if (folder / METADATA).exists():
        raise PackageError(Check.OUTPUT_EXISTS, str(folder / METADATA))
    (folder / METADATA).mkdir(parents=True)
    (folder / TARGETS).mkdir(exist_ok=True)
    root = Root(expires=_expiry("root", now, EXPIRY_DAYS), consistent_snapshot=False)
    for _ in range(root_keys):
        root.add_key(new_signer(keys).public_key, "root")
    root.roles["root"].threshold = threshold
    for role in ONLINE_ROLES:
        root.add_key(new_signer(keys).public_key, role)
    targets = Targets(expires=_expiry("targets", now, EXPIRY_DAYS))
    targets.unrecognized_fields[POLICY_FIELD] = {"stale_block_after_days": block_after_days}
    snapshot = Snapshot(expires=_expiry("snapshot", now, EXPIRY_DAYS))
    timestamp = Timestamp(expires=_expiry("timestamp", now, EXPIRY_DAYS))
    for signed in (targets, snapshot, timestamp):
        signed.version = 0  # commit() makes them version 1
    repo = Repository(folder, keys, (Metadata(root), Metadata(targets), Metadata(snapshot),
                                     Metadata(timestamp)))  # fmt: skip
    repo.save_root(repo.root, None)
    repo.commit(now)
    return folder / METADATA / "1.root.json"


def publish(folder: Path, *, keys: Path, packages: list[Path], now: datetime) -> list[Published]:
    """Add packages (folders or .kuona files) as targets named ID-VERSION.kuona; sign."""
    repo = Repository.open(folder, keys)
    added = []
    for package in packages:
        card = parse_card(read_package(package).get(CARD))
        name = f"{card.id}-{card.version}{PACKAGE_SUFFIX}"
        if name in repo.targets.signed.targets:
            raise PackageError(Check.OUTPUT_EXISTS, name)
        dest = folder / TARGETS / name
        if package.is_dir():
            write_zip(package, dest)
        else:
            _write(dest, package.read_bytes())
        target = TargetFile.from_file(name, str(dest))
        info = {"id": card.id, "version": card.version, "status": "active"}
        target.unrecognized_fields["custom"] = {"kuona": info}
        repo.targets.signed.targets[name] = target
        added.append(Published(name, card.id, card.version, "active"))
    repo.commit(now)
    return added


@dataclass(frozen=True)
class Notice:
    """Why a version is recalled: a RECALL_REASONS code, free text, the monitoring alarm."""

    reason: str
    note: str | None = None
    alarm: str | None = None


def recall(
    folder: Path, *, keys: Path, package_id: str, version: str, notice: Notice, now: datetime
) -> Published:
    """Mark a published version recalled (date, reason code, note, monitoring alarm); sign."""
    repo = Repository.open(folder, keys)
    name = f"{package_id}-{version}{PACKAGE_SUFFIX}"
    target = repo.targets.signed.targets.get(name)
    if target is None or notice.reason not in RECALL_REASONS:
        raise PackageError(Check.NOT_PUBLISHED, name, {"reason": notice.reason})
    custom = target.unrecognized_fields.setdefault("custom", {})
    custom["kuona"] = {
        "id": package_id,
        "version": version,
        "status": "recalled",
        "recalled_on": now.date().isoformat(),
        "reason": notice.reason,
        "note": notice.note,
        "alarm": notice.alarm,
    }
    repo.commit(now)
    return Published(name, package_id, version, "recalled")


def rotate_key(folder: Path, *, keys: Path, role: str, now: datetime) -> int:
    """Replace every key of `role` with a new one: a new root version signed by the old root's
    threshold and the new one's; returns that root version."""
    repo = Repository.open(folder, keys)
    old = repo.root.signed
    new_root: Metadata[Root] = Metadata.from_bytes(repo.root.to_bytes())
    retired = list(old.roles[role].keyids)
    for keyid in retired:
        new_root.signed.revoke_key(keyid, role)
    for _ in retired:
        new_root.signed.add_key(new_signer(keys).public_key, role)
    repo._bump(new_root, "root", now)
    repo.save_root(new_root, old)
    for keyid in retired:
        retire(keys, keyid)
    repo.commit(now)
    return new_root.signed.version


def refresh(folder: Path, *, keys: Path, now: datetime, root: bool = False) -> None:
    """Renew the expiry of targets, snapshot and timestamp (and root, with its offline keys)."""
    repo = Repository.open(folder, keys)
    if root:
        old = repo.root.signed
        new_root: Metadata[Root] = Metadata.from_bytes(repo.root.to_bytes())
        repo._bump(new_root, "root", now)
        repo.save_root(new_root, old)
    repo.commit(now)
