"""Fixtures for training tests: verified catalog packages and a training store in KUONA_HOME."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.training.store import TrainingStore
from models.catalog import BUILTIN_CATALOG
from models.signing import TrustStore
from models.verify import VerifiedPackage, verify_package


@pytest.fixture(scope="session")
def packages() -> dict[str, VerifiedPackage]:
    """Every catalog package, verified once."""
    trust = TrustStore.load()
    return {
        name: verify_package(BUILTIN_CATALOG / name, trust)
        for name in ("pima-diabetes-lr", "birthwt-low-gb", "heart-cad-mlp")
    }


@pytest.fixture
def pima(packages: dict[str, VerifiedPackage]) -> VerifiedPackage:
    """The logistic regression demo package."""
    return packages["pima-diabetes-lr"]


@pytest.fixture
def store(kuona_home: Path) -> Iterator[TrainingStore]:
    """This test's training.sqlite (in its own KUONA_HOME)."""
    with TrainingStore.open() as opened:
        yield opened
