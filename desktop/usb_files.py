"""Is a file or folder safe to carry on a USB stick (FAT32 / exFAT)? No symbolic links, no
names those file systems refuse, no file of 4 GiB or more (FAT32's limit).

The tests run it on what Kuona writes for a stick (bundles, receipts, catalog repositories,
also copied through a real FAT image); the writers themselves name files from ids and dates.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

#: FAT32 stores a file's size in 32 bits.
MAX_FILE_BYTES = 4 * 1024**3 - 1
#: Characters FAT and exFAT refuse in a name (and control characters).
_ILLEGAL = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
#: Device names Windows refuses, with or without an extension.
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
             *(f"LPT{i}" for i in range(1, 10))}  # fmt: skip
MAX_NAME = 255


@dataclass(frozen=True)
class UsbProblem:
    """One entry a FAT/exFAT stick would refuse or break: its path (relative) and why."""

    path: str
    code: str  # symlink | illegal_name | reserved_name | name_too_long | too_large


def name_problem(name: str) -> str | None:
    """Why FAT/exFAT refuses this file name, or None."""
    if _ILLEGAL.search(name) or (name.endswith((" ", ".")) and name not in (".", "..")):
        return "illegal_name"
    if name.split(".", maxsplit=1)[0].upper() in _RESERVED:
        return "reserved_name"
    if len(name) > MAX_NAME:
        return "name_too_long"
    return None


def _entry_problem(path: Path) -> str | None:
    if path.is_symlink():
        return "symlink"
    problem = name_problem(path.name)
    if problem is None and path.is_file() and path.stat().st_size > MAX_FILE_BYTES:
        problem = "too_large"
    return problem


def usb_problems(path: Path) -> list[UsbProblem]:
    """Every entry under `path` (and `path` itself) that is unsafe on a FAT/exFAT stick."""
    base = path.parent
    entries = [path]
    if path.is_dir() and not path.is_symlink():
        for folder, dirs, files in os.walk(path, followlinks=False):
            entries += [Path(folder) / n for n in sorted(dirs) + sorted(files)]
    problems = []
    for entry in entries:
        code = _entry_problem(entry)
        if code is not None:
            problems.append(UsbProblem(entry.relative_to(base).as_posix(), code))
    return problems
