"""The manifest: SHA-256 of every content file, the bytes a steward signs."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Container
from typing import Any

from models.archive import PackageFiles
from models.errors import Check, PackageError
from models.layout import CONTENT_FILES, MANIFEST, OPTIONAL_FILES

FORMAT = 1


def sha256(data: bytes) -> str:
    """Hex SHA-256 of `data`."""
    return hashlib.sha256(data).hexdigest()


def signed_files(names: Container[str]) -> tuple[str, ...]:
    """The content files a package with these file names signs: the four, and optional ones."""
    return (*CONTENT_FILES, *(n for n in OPTIONAL_FILES if n in names))


def make_manifest(files: dict[str, bytes], *, package_id: str, version: str) -> bytes:
    """Canonical manifest bytes for the content files (sorted keys, one trailing newline)."""
    body = {
        "format": FORMAT,
        "package": {"id": package_id, "version": version},
        "files": {name: sha256(files[name]) for name in signed_files(files)},
    }
    return (json.dumps(body, indent=2, sort_keys=True) + "\n").encode()


def check_manifest(package: PackageFiles) -> dict[str, Any]:
    """Parse the manifest and check every content file's hash; refuse naming the file."""
    raw = package.get(MANIFEST)
    try:
        manifest = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PackageError(Check.JSON_INVALID, MANIFEST, {"reason": str(exc)[:200]}) from exc
    hashes = manifest.get("files") if isinstance(manifest, dict) else None
    if manifest.get("format") != FORMAT or not isinstance(hashes, dict):
        raise PackageError(Check.MANIFEST_INVALID, MANIFEST)
    listed = set(hashes)
    if not set(CONTENT_FILES) <= listed or not listed <= {*CONTENT_FILES, *OPTIONAL_FILES}:
        raise PackageError(Check.MANIFEST_INVALID, MANIFEST, {"files": ",".join(sorted(hashes))})
    for name in OPTIONAL_FILES:
        if name in package.files and name not in listed:
            raise PackageError(Check.FILE_NOT_SIGNED, name)
    for name in signed_files(listed):
        if sha256(package.get(name)) != hashes[name]:
            raise PackageError(Check.HASH_MISMATCH, name)
    result: dict[str, Any] = manifest
    return result
