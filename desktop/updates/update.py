"""Update this laptop's models from a steward's repository folder with python-tuf's updater.

Everything is read and checked in a staging folder first: the metadata by the updater
(signatures and thresholds, root chain, versions, expiry, snapshot consistency), every new
package by its length and hash and then by the package checks and golden cases. Only when all
passed are the packages moved in and the catalog switched, in one rename; any refusal leaves
the laptop as it was.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from tuf.api import exceptions as tuf_errors
from tuf.api.metadata import Metadata, Root, TargetFile, Targets, Timestamp
from tuf.ngclient import Updater

from desktop.updates.errors import CatalogError, CatalogRefusal
from desktop.updates.fetcher import FolderFetcher, folder_url
from desktop.updates.state import (
    CHECKED,
    CURRENT,
    catalog_folder,
    current_state,
    issued_time,
    reference_time,
    write_atomic,
)
from models.errors import PackageError
from models.repository import METADATA, TARGETS
from models.signing import TrustStore
from models.verify import verify_package


@dataclass(frozen=True)
class Change:
    """One package this update installed or withdrew."""

    event: str  # installed | withdrawn
    package_id: str
    version: str
    target: str
    reason: str | None = None


def _newest_root(state: Path) -> bytes:
    history = state / "root_history"
    newest = max(history.glob("*.root.json"), key=lambda p: int(p.name.split(".")[0]))
    return newest.read_bytes()


def _kuona(target: TargetFile) -> dict[str, Any]:
    info = target.custom.get("kuona") if isinstance(target.custom, dict) else None
    return info if isinstance(info, dict) else {}


def _signature_refusal(folder: Path, file: str, trusted: bytes) -> CatalogError:
    """Metadata the trusted root does not vouch for: some of the role's keys signed (below
    threshold), or, for a new root, none of the trusted root keys did (not chained)."""
    role = "root" if file.endswith("root.json") else Path(file).stem
    try:
        new: Metadata[Any] = Metadata.from_bytes((folder / file).read_bytes())
        root: Metadata[Root] = Metadata.from_bytes(trusted)
        result = root.signed.get_verification_result(role, new.signed_bytes, new.signatures)
    except (OSError, ValueError, KeyError):
        return CatalogError(CatalogRefusal.BELOW_THRESHOLD, file, signed="?", threshold="?")
    if role == "root" and not result.signed:
        return CatalogError(CatalogRefusal.ROOT_NOT_CHAINED, file)
    count, need = str(len(result.signed)), str(result.threshold)
    return CatalogError(CatalogRefusal.BELOW_THRESHOLD, file, signed=count, threshold=need)


def _expired(folder: Path, file: str) -> CatalogError:
    try:
        md: Metadata[Any] = Metadata.from_bytes((folder / file).read_bytes())
        expires = md.signed.expires.date().isoformat()
    except (OSError, ValueError):
        expires = "?"
    return CatalogError(CatalogRefusal.EXPIRED, file, expires=expires)


#: The refusal each updater exception stands for (the first that matches; order matters).
_CODES: tuple[tuple[type[Exception] | tuple[type[Exception], ...], CatalogRefusal], ...] = (
    (tuf_errors.ExpiredMetadataError, CatalogRefusal.EXPIRED),
    (tuf_errors.UnsignedMetadataError, CatalogRefusal.BELOW_THRESHOLD),
    (tuf_errors.BadVersionNumberError, CatalogRefusal.MIX_AND_MATCH),
    (
        (tuf_errors.LengthOrHashMismatchError, tuf_errors.DownloadLengthMismatchError),
        CatalogRefusal.HASH_MISMATCH,
    ),
    ((tuf_errors.DownloadError, OSError), CatalogRefusal.UNREADABLE),
)


def _refusal(exc: Exception, folder: Path, file: str, trusted: bytes) -> CatalogError:
    """The one refusal an updater exception stands for, naming the file it read last."""
    code = next((c for kind, c in _CODES if isinstance(exc, kind)), None)
    if code is CatalogRefusal.BELOW_THRESHOLD:
        return _signature_refusal(folder, file, trusted)
    if code is CatalogRefusal.EXPIRED:
        return _expired(folder, file)
    if code is CatalogRefusal.MIX_AND_MATCH and file.endswith("timestamp.json"):
        code = CatalogRefusal.ROLLBACK  # the timestamp went back against the trusted one
    return CatalogError(code or CatalogRefusal.METADATA_INVALID, file)


def _check_expiry(staging: Path, reference: datetime) -> None:
    """Refuse metadata expired at the reference time (the clock may have been set back)."""
    for role in ("root", "timestamp", "snapshot", "targets"):
        md: Metadata[Any] = Metadata.from_file(str(staging / f"{role}.json"))
        if md.signed.is_expired(reference):
            expires = md.signed.expires.date().isoformat()
            raise CatalogError(CatalogRefusal.EXPIRED, f"{METADATA}/{role}.json", expires=expires)


def _stage(
    staging: Path, folder: Path, *, bootstrap: bytes, reference: datetime
) -> tuple[Updater, Metadata[Targets]]:
    """Refresh the metadata into `staging`; refuse what is unsigned on the stick."""
    fetcher = FolderFetcher(folder)
    try:
        updater = Updater(
            str(staging),
            folder_url(folder / METADATA),
            str(staging / "packages"),
            folder_url(folder / TARGETS),
            fetcher,
            bootstrap=bootstrap,
        )
    except (ValueError, tuf_errors.RepositoryError) as exc:
        raise CatalogError(CatalogRefusal.ROOT_UNREADABLE, "root.json") from exc
    try:
        updater.refresh()
    except (tuf_errors.RepositoryError, tuf_errors.DownloadError, OSError) as exc:
        raise _refusal(exc, folder, fetcher.last, bootstrap) from exc
    _check_expiry(staging, reference)
    targets: Metadata[Targets] = Metadata.from_file(str(staging / "targets.json"))
    # hidden files (a Mac's ._NAME beside each file on a FAT stick) are never installed
    for entry in sorted((folder / TARGETS).iterdir()) if (folder / TARGETS).is_dir() else []:
        if entry.name not in targets.signed.targets and not entry.name.startswith("."):
            raise CatalogError(CatalogRefusal.TARGET_UNSIGNED, f"{TARGETS}/{entry.name}")
    return updater, targets


def _previous_status(state: Path | None) -> dict[str, str]:
    if state is None:
        return {}
    old: Metadata[Targets] = Metadata.from_file(str(state / "targets.json"))
    return {n: str(_kuona(t).get("status", "active")) for n, t in old.signed.targets.items()}


def _download(
    updater: Updater, targets: Metadata[Targets], *, models: Path, staging: Path, trust: TrustStore
) -> list[tuple[Path, Change]]:
    """Each active package not yet installed: fetched, hash-checked, verified in staging."""
    fetched = []
    for name, target in sorted(targets.signed.targets.items()):
        info = _kuona(target)
        if info.get("status", "active") != "active":
            continue
        if updater.find_cached_target(target, str(models / name)) is not None:
            continue
        path = staging / "packages" / name
        try:
            updater.download_target(target, str(path))
        except (tuf_errors.RepositoryError, tuf_errors.DownloadError, OSError) as exc:
            raise _refusal(exc, Path(), f"{TARGETS}/{name}", b"") from exc
        try:
            verify_package(path, trust)
        except PackageError as error:
            raise CatalogError(
                CatalogRefusal.PACKAGE_REFUSED, name, check=error.check.value, inner=error.file
            ) from error
        change = Change("installed", str(info.get("id")), str(info.get("version")), name)
        fetched.append((path, change))
    return fetched


def _withdrawn(targets: Metadata[Targets], before: dict[str, str]) -> list[Change]:
    out = []
    for name, target in sorted(targets.signed.targets.items()):
        info = _kuona(target)
        if info.get("status") == "recalled" and before.get(name) != "recalled":
            pid, version, reason = (str(info.get(k)) for k in ("id", "version", "reason"))
            out.append(Change("withdrawn", pid, version, name, reason))
    return out


def update_from(
    folder: Path,
    *,
    home: Path,
    trust: TrustStore,
    now: datetime,
    root: Path | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> list[Change]:
    """Update the catalog and packages of data folder `home` from repository `folder`; the
    first update needs the steward's `root` file. Returns what changed; raises CatalogError
    (and changes nothing) on any refusal."""
    if not (folder / METADATA).is_dir():
        raise CatalogError(CatalogRefusal.NOT_A_REPOSITORY, str(folder))
    state = current_state(home)
    if state is not None:
        bootstrap = _newest_root(state)
    elif root is None:
        raise CatalogError(CatalogRefusal.NO_ROOT, str(folder))
    else:
        try:
            bootstrap = root.read_bytes()
        except OSError as exc:
            raise CatalogError(CatalogRefusal.ROOT_UNREADABLE, str(root)) from exc
    reference = reference_time(home, now)
    catalog_folder(home).mkdir(parents=True, exist_ok=True)
    _sweep(home, keep=state)
    staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=catalog_folder(home)))
    try:
        if state is not None:
            shutil.copytree(state, staging, symlinks=True, dirs_exist_ok=True)
        updater, targets = _stage(staging, folder, bootstrap=bootstrap, reference=reference)
        if on_progress is not None:
            on_progress(1, 3)
        models = home / "models"
        fetched = _download(updater, targets, models=models, staging=staging, trust=trust)
        if on_progress is not None:
            on_progress(2, 3)
        changes = _withdrawn(targets, _previous_status(state))
        _commit(home, staging, fetched, now=now)
    finally:
        if staging.exists():
            shutil.rmtree(staging)
    if on_progress is not None:
        on_progress(3, 3)
    return [c for _, c in fetched] + changes


def _sweep(home: Path, *, keep: Path | None) -> None:
    """Remove what an update cut short by a power cut left behind (staging, unused states)."""
    for entry in catalog_folder(home).iterdir():
        unused = entry.name.startswith((".staging-", "state-")) and entry != keep
        if unused and entry.is_dir():
            shutil.rmtree(entry, ignore_errors=True)


def _commit(
    home: Path, staging: Path, fetched: list[tuple[Path, Change]], *, now: datetime
) -> None:
    """Move the packages in, then switch the catalog in one rename; drop the old state."""
    models = home / "models"
    models.mkdir(parents=True, exist_ok=True)
    for path, change in fetched:
        path.replace(models / change.target)
    shutil.rmtree(staging / "packages", ignore_errors=True)
    checked = now.strftime("%Y-%m-%d")
    write_atomic(staging / CHECKED, json.dumps({"checked": checked}).encode())
    timestamp: Metadata[Timestamp] = Metadata.from_file(str(staging / "timestamp.json"))
    issued = issued_time(timestamp)
    if issued is not None:
        reference_time(home, issued)
    old = current_state(home)
    final = catalog_folder(home) / f"state-{uuid.uuid4().hex[:12]}"
    staging.rename(final)
    write_atomic(catalog_folder(home) / CURRENT, final.name.encode())
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
