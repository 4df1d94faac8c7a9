"""The manifest: SHA-256 of every content file, the bytes a steward signs."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from models.archive import PackageFiles
from models.errors import Check, PackageError
from models.layout import CONTENT_FILES, MANIFEST

FORMAT = 1


def sha256(data: bytes) -> str:
    """Hex SHA-256 of `data`."""
    return hashlib.sha256(data).hexdigest()


def make_manifest(files: dict[str, bytes], *, package_id: str, version: str) -> bytes:
    """Canonical manifest bytes for the content files (sorted keys, one trailing newline)."""
    body = {
        "format": FORMAT,
        "package": {"id": package_id, "version": version},
        "files": {name: sha256(files[name]) for name in CONTENT_FILES},
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
    if set(hashes) != set(CONTENT_FILES):
        raise PackageError(Check.MANIFEST_INVALID, MANIFEST, {"files": ",".join(sorted(hashes))})
    for name in CONTENT_FILES:
        if sha256(package.get(name)) != hashes[name]:
            raise PackageError(Check.HASH_MISMATCH, name)
    result: dict[str, Any] = manifest
    return result
