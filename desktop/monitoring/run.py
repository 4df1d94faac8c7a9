"""Monitoring over this computer's district database with the packages installed here."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop import paths
from desktop.district.database import district_db_path
from desktop.monitoring.child_start import district_uri
from desktop.monitoring.report import monitor
from desktop.monitoring.source import DistrictSource
from models.catalog import load_catalog
from models.signing import TrustStore
from models.verify import VerifiedPackage


def installed_packages() -> dict[tuple[str, str], VerifiedPackage]:
    """(id, version) -> verified package, for every package installed on this computer."""
    trust = TrustStore.load(paths.trust_folder())
    found = {}
    for entry in load_catalog(paths.model_folders(), trust):
        if entry.package is not None:
            found[(entry.package.card.id, entry.package.card.version)] = entry.package
    return found


def monitor_home(
    home: Path,
    *,
    model: str | None = None,
    since: str | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> dict[str, Any]:
    """The report over `home`'s district database (no models when it has none), read-only."""
    del should_stop  # one pass per model; the report is cheap to start again
    path = district_db_path(home)
    if not path.exists():
        return {"models": [], "since": since, "alpha": 0.01}
    packages: dict[tuple[str, str], VerifiedPackage] = {}

    def features() -> dict[tuple[str, str], tuple[str, ...]]:
        """The installed packages, verified while a child process starts reading."""
        packages.update(installed_packages())
        return {key: package.card.feature_ids for key, package in packages.items()}

    uri = district_uri(home)
    connection = sqlite3.connect(uri, uri=True)
    try:
        source = DistrictSource(connection, uri=uri, features=features)
        report = monitor(
            source, package_for=lambda i, v: packages.get((i, v)), model=model, since=since
        )
    finally:
        connection.close()
    if on_progress is not None:
        on_progress(1, 1)
    return report
