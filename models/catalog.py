"""Find and verify every model package in the shipped catalog and the user's model folder."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from models.errors import PackageError
from models.layout import CARD, PACKAGE_SUFFIX
from models.signing import TrustStore
from models.verify import VerifiedPackage, verify_package

BUILTIN_CATALOG = Path(__file__).with_name("catalog")


@dataclass(frozen=True)
class CatalogEntry:
    """One package found on disk: verified, or refused with the reason."""

    path: Path
    package: VerifiedPackage | None
    error: PackageError | None


def find_packages(folders: Iterable[Path]) -> list[Path]:
    """Package folders (holding a card) and `.kuona` files directly inside `folders`, sorted."""
    found: list[Path] = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for entry in sorted(folder.iterdir()):
            is_folder_package = entry.is_dir() and (entry / CARD).exists()
            if is_folder_package or (entry.is_file() and entry.suffix == PACKAGE_SUFFIX):
                found.append(entry)
    return found


def load_catalog(
    folders: Iterable[Path],
    trust: TrustStore,
    *,
    on_progress: Callable[[int, int], None] | None = None,
) -> list[CatalogEntry]:
    """Verify every package found; a refused package is listed with its error, never raised."""
    paths = find_packages(folders)
    entries: list[CatalogEntry] = []
    for done, path in enumerate(paths, start=1):
        try:
            entries.append(CatalogEntry(path, verify_package(path, trust), None))
        except PackageError as error:
            entries.append(CatalogEntry(path, None, error))
        if on_progress is not None:
            on_progress(done, len(paths))
    return entries
