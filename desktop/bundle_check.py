"""SHA256SUMS of the one-folder app: written by packaging/build.py, checked by `--check-bundle`.

The file has GNU `sha256sum` lines (`HEX  path/with/slashes`) for every file in the folder but
itself, so `sha256sum -c SHA256SUMS` checks a copy as well; the check here also reports files
that were added to the copy (a planted library would otherwise go unnoticed).
"""

from __future__ import annotations

import hashlib
import sys
from dataclasses import dataclass, field
from pathlib import Path

from desktop.messages import say

SUMS = "SHA256SUMS"
_CHUNK = 1 << 20


def file_sha256(path: Path) -> str:
    """Hex SHA-256 of a file's content, read in 1 MiB chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def bundle_files(folder: Path) -> list[str]:
    """Every file under `folder` (links followed, as sha256sum does) but SHA256SUMS, as sorted
    relative paths with forward slashes."""
    names = [p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()]
    for name in names:
        if "\n" in name or "\\" in name:
            raise ValueError(f"{name!r}: a file name sha256sum cannot list plainly")
    return sorted(name for name in names if name != SUMS)


def write_sums(folder: Path) -> Path:
    """Write folder/SHA256SUMS for every file in the folder; return its path."""
    lines = [f"{file_sha256(folder / name)}  {name}\n" for name in bundle_files(folder)]
    path = folder / SUMS
    path.write_text("".join(lines), encoding="utf-8", newline="\n")
    return path


@dataclass
class BundleCheck:
    """What checking a copy found: files as listed, changed, missing, or not listed at all."""

    checked: int = 0
    changed: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    unlisted: list[str] = field(default_factory=list)

    @property
    def intact(self) -> bool:
        """Every listed file is there unchanged and nothing was added."""
        return not (self.changed or self.missing or self.unlisted)


def read_sums(path: Path) -> dict[str, str]:
    """The listed files and their digests (ValueError naming the line if one is malformed)."""
    listed: dict[str, str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        digest, sep, name = line.partition("  ")
        if not sep:
            digest, sep, name = line.partition(" *")
        valid_digest = len(digest) == 64 and all(c in "0123456789abcdef" for c in digest.lower())
        if not (sep and name and valid_digest) or name in listed:
            raise ValueError(f"{path.name}: line {number}")
        listed[name] = digest.lower()
    return listed


def check_bundle(folder: Path) -> BundleCheck:
    """Compare the folder with its SHA256SUMS."""
    listed = read_sums(folder / SUMS)
    present = set(bundle_files(folder))
    result = BundleCheck(unlisted=sorted(present - set(listed)))
    for name, digest in sorted(listed.items()):
        if name not in present:
            result.missing.append(name)
        elif file_sha256(folder / name) != digest:
            result.changed.append(name)
        else:
            result.checked += 1
    return result


def run_check(args: list[str]) -> int:
    """`kuona --check-bundle [FOLDER]`: FOLDER defaults to the running frozen app's folder."""
    if len(args) > 1:
        print(say("cli:bundle_usage"), file=sys.stderr)
        return 2
    if args:
        folder = Path(args[0])
    elif getattr(sys, "frozen", False):
        folder = Path(sys.executable).resolve().parent
    else:
        print(f"kuona: {say('cli:bundle_not_frozen')}", file=sys.stderr)
        return 2
    if not (folder / SUMS).is_file():
        print(f"kuona: {say('cli:bundle_no_sums', folder=folder, file=SUMS)}", file=sys.stderr)
        return 1
    try:
        result = check_bundle(folder)
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        print(f"kuona: {say('cli:bundle_sums_invalid', where=exc)}", file=sys.stderr)
        return 1
    for key, names in (
        ("cli:bundle_changed", result.changed),
        ("cli:bundle_missing", result.missing),
        ("cli:bundle_unlisted", result.unlisted),
    ):
        for name in names:
            print(say(key, file=name))
    if not result.intact:
        problems = len(result.changed) + len(result.missing) + len(result.unlisted)
        print(say("cli:bundle_not_intact", folder=folder, problems=problems), file=sys.stderr)
        return 1
    print(say("cli:bundle_intact", folder=folder, files=result.checked))
    return 0
