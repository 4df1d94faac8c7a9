"""The catalog this laptop trusts (KUONA_HOME/catalog) and what it says of each package.

KUONA_HOME/catalog/current names the state folder in use (the updater's metadata: root
history, timestamp, snapshot, targets, and checked.json); an update builds a new state folder
beside it and switches `current` in one rename, so a pulled stick leaves the old one whole.
clock.json keeps the newest time this laptop has seen: a clock set back never makes expired
metadata look fresh.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from tuf.api.metadata import Metadata, Targets, Timestamp

from desktop.sync.durable import replace_atomically
from models.repository import ISSUED_FIELD, POLICY_FIELD

CATALOG = "catalog"
CURRENT = "current"
CLOCK = "clock.json"
CHECKED = "checked.json"


def catalog_folder(home: Path) -> Path:
    """Where the trusted catalog states live."""
    return home / CATALOG


def write_atomic(path: Path, data: bytes) -> None:
    """`data` at `path`, whole or not at all (temp name, fsync, rename), its folder made."""
    path.parent.mkdir(parents=True, exist_ok=True)
    replace_atomically(path, data, mode=0o600)


def current_state(home: Path) -> Path | None:
    """The trusted metadata folder in use, or None before the first update."""
    pointer = catalog_folder(home) / CURRENT
    try:
        name = pointer.read_text(encoding="utf-8").strip()
    except OSError:
        return None
    state = catalog_folder(home) / name
    return state if name and state.is_dir() else None


def parse_time(text: str) -> datetime:
    """An ISO time with Z as an aware UTC datetime."""
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


def newest_seen(home: Path) -> datetime | None:
    """The newest time this laptop has seen (its clock, or a signed issue time)."""
    try:
        data = json.loads((catalog_folder(home) / CLOCK).read_text(encoding="utf-8"))
        return parse_time(data["newest_seen"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def reference_time(home: Path, now: datetime) -> datetime:
    """The time expiry is judged at: now, or the newest time seen if the clock went back; it
    is remembered, so later calls never go back before it."""
    seen = newest_seen(home)
    reference = now if seen is None or now > seen else seen
    if seen is None or reference > seen:
        stamp = reference.strftime("%Y-%m-%dT%H:%M:%SZ")
        write_atomic(catalog_folder(home) / CLOCK, json.dumps({"newest_seen": stamp}).encode())
    return reference


def issued_time(timestamp: Metadata[Timestamp]) -> datetime | None:
    """When the steward signed this timestamp (its x-kuona-issued field), if it says."""
    value = timestamp.signed.unrecognized_fields.get(ISSUED_FIELD)
    try:
        return parse_time(str(value)) if value else None
    except ValueError:
        return None


@dataclass(frozen=True)
class ModelStatus:
    """What the catalog says of one package version, for the list, the GUI and explain."""

    state: str  # active | recalled | stale
    listed: bool  # the signed catalog lists this version
    recalled_on: str | None = None
    reason: str | None = None
    note: str | None = None
    alarm: str | None = None
    checked: str | None = None  # date of the last successful update
    stale_since: str | None = None  # date the catalog's timestamp expired
    blocked: bool = False  # not to be used for a new decision

    def to_json(self) -> dict[str, Any]:
        """The status as `models list --json` prints it."""
        return {k: v for k, v in self.__dict__.items() if v is not None}


@dataclass(frozen=True)
class CatalogView:
    """The trusted catalog at one reference time: each listed version, staleness and policy."""

    entries: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    checked: str | None = None
    stale_since: str | None = None
    block: bool = False

    def status(self, package_id: str, version: str) -> ModelStatus:
        """The status of one package version (a version the catalog does not list is active,
        or stale with the rest)."""
        info = self.entries.get((package_id, version))
        listed, checked = info is not None, self.checked
        if info is not None and info.get("status") == "recalled":
            return ModelStatus(
                "recalled",
                listed,
                recalled_on=info.get("recalled_on"),
                reason=info.get("reason"),
                note=info.get("note"),
                alarm=info.get("alarm"),
                checked=checked,
                blocked=True,
            )
        if self.stale_since is not None:
            stale = self.stale_since
            return ModelStatus(
                "stale", listed, checked=checked, stale_since=stale, blocked=self.block
            )
        return ModelStatus("active", listed, checked=checked)


def read_view(state: Path | None, reference: datetime) -> CatalogView:
    """What the trusted metadata in `state` says at `reference` (empty before any update)."""
    if state is None:
        return CatalogView()
    targets: Metadata[Targets] = Metadata.from_file(str(state / "targets.json"))
    timestamp: Metadata[Timestamp] = Metadata.from_file(str(state / "timestamp.json"))
    entries = {}
    for target in targets.signed.targets.values():
        info = target.custom.get("kuona") if isinstance(target.custom, dict) else None
        if isinstance(info, dict):
            entries[(str(info.get("id")), str(info.get("version")))] = info
    try:
        checked = json.loads((state / CHECKED).read_text(encoding="utf-8")).get("checked")
    except (OSError, ValueError):
        checked = None
    stale_since, block = None, False
    expires = timestamp.signed.expires
    if timestamp.signed.is_expired(reference):
        stale_since = expires.date().isoformat()
        policy = targets.signed.unrecognized_fields.get(POLICY_FIELD) or {}
        days = policy.get("stale_block_after_days")
        block = isinstance(days, int) and reference >= expires + timedelta(days=days)
    return CatalogView(entries, checked, stale_since, block)


def catalog_view(home: Path, now: datetime | None = None) -> CatalogView:
    """The trusted catalog of the data folder `home`, judged at now (never before the newest
    time this laptop has seen)."""
    state = current_state(home)
    if state is None:
        return CatalogView()
    return read_view(state, reference_time(home, now or datetime.now(UTC)))
