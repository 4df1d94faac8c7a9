"""Verify a model package end to end; the app only ever runs what passes every check."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from explainers.runner import GraphRunner
from models.archive import read_package
from models.background import parse_background
from models.card import Card, parse_card
from models.errors import Check, PackageError
from models.golden import check_golden
from models.layout import BACKGROUND, CALIBRATION, CARD, MANIFEST, MODEL, SIGNATURE, VALIDATION
from models.manifest import check_manifest, sha256
from models.reliability import Reliability, build_reliability
from models.runtime import load_runner
from models.signing import TrustedKey, TrustStore


@dataclass(frozen=True)
class VerifiedPackage:
    """A package that passed every check, ready to explain cases."""

    path: Path
    card: Card
    signer: TrustedKey
    package_hash: str
    background: NDArray[np.float64]
    runner: GraphRunner
    golden_cases: int
    reliability: Reliability | None = None  # None: no calibration set, no range can be given

    @property
    def demonstration(self) -> bool:
        """Signed with a demonstration key: never for clinical use."""
        return self.signer.demo


def verify_package(path: Path, trust: TrustStore) -> VerifiedPackage:
    """Run every check in order; the first failure is raised as a PackageError naming its file."""
    package = read_package(path)
    manifest_bytes = package.get(MANIFEST)
    signer = trust.verify(manifest_bytes, package.get(SIGNATURE))
    manifest = check_manifest(package)
    card = parse_card(package.get(CARD))
    declared = manifest.get("package", {})
    if declared != {"id": card.id, "version": card.version}:
        params = {"field": "id/version", "reason": f"manifest_says:{json.dumps(declared)}"}
        raise PackageError(Check.CARD_INCONSISTENT, CARD, params)
    runner = load_runner(package.get(MODEL), card)
    background = parse_background(package.get(BACKGROUND), card)
    golden = check_golden(package.get(VALIDATION), runner, card, background)
    reliability = None
    if CALIBRATION in package.files or "calibration_set" in card.raw:
        reliability = build_reliability(package.get(CALIBRATION), card, runner, background)
    return VerifiedPackage(
        path=path,
        card=card,
        signer=signer,
        package_hash=sha256(manifest_bytes),
        background=background,
        runner=runner,
        golden_cases=golden,
        reliability=reliability,
    )
