"""Shared test set-up: a private KUONA_HOME, and the guard proving the core needs no Qt."""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import ModuleType

import pytest

QT_MODULES = ("PySide6", "shiboken6")
pytest_plugins = ["pytester"]  # to prove the GUI guard fails a leaking test


class _NoQt(importlib.abc.MetaPathFinder):
    """Refuses to import Qt, as on a machine where PySide6 is absent."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname.split(".", 1)[0] in QT_MODULES:
            raise ModuleNotFoundError(f"No module named {fullname!r} (headless test run)")
        return None


if os.environ.get("KUONA_HEADLESS"):
    sys.meta_path.insert(0, _NoQt())


@pytest.fixture(autouse=True)
def kuona_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Every test gets its own empty data folder."""
    home = tmp_path_factory.mktemp("kuona-home")
    monkeypatch.setenv("KUONA_HOME", str(home))
    yield home
