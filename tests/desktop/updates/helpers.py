"""A steward's repository with real packages, and a clinic data folder that trusts them."""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop.updates.update import Change, update_from
from models.catalog import BUILTIN_CATALOG
from models.repository import init_repository, publish
from models.signing import TrustStore, generate_key
from tests.models.conftest import resign

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def days(n: float) -> datetime:
    """NOW plus `n` days."""
    return NOW + timedelta(days=n)


@dataclass
class Setting:
    """The steward's folders and key, and one clinic's data folder."""

    tmp: Path
    repo: Path
    keys: Path
    root: Path
    steward_key: Path
    home: Path

    def trust(self) -> TrustStore:
        """The clinic's package trust store (built-in demo key + the steward's key)."""
        return TrustStore.load(self.home / "trust")

    def update(self, folder: Path | None = None, *, now: datetime = NOW) -> list[Change]:
        """The clinic updates from `folder` (the repository itself by default)."""
        return update_from(
            folder or self.repo, home=self.home, trust=self.trust(), now=now, root=self.root
        )

    def package(self, name: str, version: str) -> Path:
        """A copy of a shipped package as `version`, signed by the steward's key."""
        folder = Path(shutil.copytree(BUILTIN_CATALOG / name, self.tmp / f"{name}-{version}"))
        card = json.loads((folder / "card.json").read_text(encoding="utf-8"))
        card["version"] = version
        (folder / "card.json").write_text(json.dumps(card, indent=2), encoding="utf-8")
        resign(folder, self.steward_key)
        return folder

    def copy(self, name: str) -> Path:
        """A copy of the repository folder as it is now (what a stick carries)."""
        return Path(shutil.copytree(self.repo, self.tmp / name))


def make_setting(tmp: Path, *, packages: tuple[str, ...] = ("pima-diabetes-lr",)) -> Setting:
    """A repository (root 2 of 3) publishing `packages` (shipped, demo-signed) at NOW."""
    repo, keys = tmp / "repo", tmp / "repo-keys"
    root = init_repository(repo, keys=keys, now=NOW)
    home = tmp / "home"
    (home / "trust").mkdir(parents=True)
    steward_key = tmp / "steward.pem"
    generate_key(steward_key, home / "trust" / "steward.json", name="Test steward")
    if packages:
        publish(repo, keys=keys, packages=[BUILTIN_CATALOG / p for p in packages], now=NOW)
    return Setting(tmp, repo, keys, root, steward_key, home)
