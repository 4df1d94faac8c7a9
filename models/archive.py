"""Read a package's files into memory from a folder or a `.kuona` zip, refusing unsafe input."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from models.errors import Check, PackageError
from models.layout import ALL_FILES, MAX_FILE_BYTES, OPTIONAL_FILES, PACKAGE_SUFFIX


@dataclass(frozen=True)
class PackageFiles:
    """The raw bytes of every file of one package, and where they came from."""

    source: Path
    files: dict[str, bytes]

    def get(self, name: str) -> bytes:
        """The bytes of `name`, or a `file_missing` refusal naming it."""
        try:
            return self.files[name]
        except KeyError:
            raise PackageError(Check.FILE_MISSING, name) from None


def read_package(path: Path) -> PackageFiles:
    """Read a package folder or `.kuona` zip; unknown files are refused, missing ones later."""
    if not path.exists():
        raise PackageError(Check.NOT_FOUND, str(path))
    files = _read_folder(path) if path.is_dir() else _read_zip(path)
    for name in files:
        if name not in ALL_FILES:
            raise PackageError(Check.FILE_UNEXPECTED, name)
    return PackageFiles(source=path, files=files)


def _read_folder(path: Path) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    try:
        entries = sorted(path.iterdir())
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if not entry.is_file():
                raise PackageError(Check.FILE_UNEXPECTED, entry.name)
            if entry.stat().st_size > MAX_FILE_BYTES:
                raise PackageError(Check.FILE_TOO_LARGE, entry.name)
            files[entry.name] = entry.read_bytes()
    except OSError as exc:
        raise PackageError(Check.UNREADABLE, str(path), {"reason": exc.strerror or ""}) from exc
    return files


def _read_zip(path: Path) -> dict[str, bytes]:
    if path.suffix != PACKAGE_SUFFIX:
        raise PackageError(Check.UNREADABLE, str(path), {"reason": "not a folder or .kuona file"})
    try:
        with zipfile.ZipFile(path) as archive:
            infos = [i for i in archive.infolist() if not i.is_dir()]
            names = _strip_common_folder([i.filename for i in infos])
            files: dict[str, bytes] = {}
            for info, name in zip(infos, names, strict=True):
                if info.file_size > MAX_FILE_BYTES:
                    raise PackageError(Check.FILE_TOO_LARGE, name)
                if name in files:
                    raise PackageError(Check.ZIP_UNSAFE, name)
                files[name] = archive.read(info)
    except (zipfile.BadZipFile, EOFError, zipfile.LargeZipFile, ValueError) as exc:
        raise PackageError(Check.ZIP_CORRUPT, path.name, {"reason": str(exc)[:200]}) from exc
    except OSError as exc:
        raise PackageError(Check.UNREADABLE, str(path), {"reason": exc.strerror or ""}) from exc
    return files


def _strip_common_folder(names: list[str]) -> list[str]:
    """Accept both `NAME.kuona` with files at the root and with one top folder; refuse escapes."""
    parts = [PurePosixPath(n).parts for n in names]
    for name, p in zip(names, parts, strict=True):
        if PurePosixPath(name).is_absolute() or ".." in p or "\\" in name:
            raise PackageError(Check.ZIP_UNSAFE, name)
    tops = {p[0] for p in parts if len(p) > 1}
    if parts and len(tops) == 1 and all(len(p) == 2 for p in parts):
        return [p[1] for p in parts]
    for name, p in zip(names, parts, strict=True):
        if len(p) != 1:
            raise PackageError(Check.ZIP_UNSAFE, name)
    return [p[0] for p in parts]


def write_zip(folder: Path, out: Path) -> Path:
    """Zip a package folder into `out` (a `.kuona` file), files at the root, stable order."""
    tmp = out.with_name(out.name + ".part")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name in ALL_FILES:
            if not (folder / name).exists() and name in OPTIONAL_FILES:
                continue
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, (folder / name).read_bytes())
    tmp.replace(out)
    return out
