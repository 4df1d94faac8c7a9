"""Steward tools: build a package folder from an ONNX file, a card and a background CSV; sign it."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from models.archive import read_package, write_zip
from models.background import parse_background
from models.card import parse_card
from models.errors import Check, PackageError
from models.golden import make_golden
from models.layout import (
    BACKGROUND,
    CALIBRATION,
    CARD,
    MANIFEST,
    MODEL,
    SIGNATURE,
    VALIDATION,
)
from models.manifest import make_manifest, signed_files
from models.reliability import build_reliability
from models.runtime import load_runner
from models.signing import load_private_key, sign_manifest


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise PackageError(Check.UNREADABLE, str(path), {"reason": exc.strerror or ""}) from exc


def build_package(
    *,
    onnx_path: Path,
    card_path: Path,
    background_path: Path,
    out: Path,
    calibration_path: Path | None = None,
    overwrite: bool = False,
) -> Path:
    """Check inputs as verification would, compute golden cases, write an unsigned folder."""
    if out.exists() and not overwrite:
        raise PackageError(Check.OUTPUT_EXISTS, str(out))
    files = {CARD: _read(card_path), MODEL: _read(onnx_path), BACKGROUND: _read(background_path)}
    card = parse_card(files[CARD])
    runner = load_runner(files[MODEL], card)
    background = parse_background(files[BACKGROUND], card)
    files[VALIDATION] = make_golden(runner, card, background)
    if calibration_path is not None:
        files[CALIBRATION] = _read(calibration_path)
        build_reliability(files[CALIBRATION], card, runner, background)
    files[MANIFEST] = make_manifest(files, package_id=card.id, version=card.version)
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".kuona-build-", dir=out.parent))
    staging.chmod(0o755)  # mkdtemp makes it owner-only; a package folder is ordinary data
    try:
        for name, data in files.items():
            (staging / name).write_bytes(data)
        if out.exists():
            shutil.rmtree(out)
        staging.rename(out)
    finally:
        if staging.exists():
            shutil.rmtree(staging)
    return out


def sign_package(folder: Path, key_path: Path, *, zip_out: Path | None = None) -> str:
    """Recompute the manifest from the content files, sign it; optionally zip to `.kuona`."""
    key = load_private_key(key_path)
    package = read_package(folder)
    contents = {name: package.get(name) for name in signed_files(package.files)}
    card = parse_card(contents[CARD])
    manifest = make_manifest(contents, package_id=card.id, version=card.version)
    signature = sign_manifest(manifest, key)
    for name, data in ((MANIFEST, manifest), (SIGNATURE, signature)):
        tmp = folder / f".{name}.tmp"
        tmp.write_bytes(data)
        tmp.replace(folder / name)
    if zip_out is not None:
        write_zip(folder, zip_out)
    return str(card.id)
