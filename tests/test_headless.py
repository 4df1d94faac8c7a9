"""The core (everything outside desktop.ui) imports and works without PySide6."""

from __future__ import annotations

import importlib
import os
import pkgutil

import pytest

CORE_PACKAGES = ("models", "explainers", "desktop")


def _core_modules() -> list[str]:
    names = []
    for package_name in CORE_PACKAGES:
        package = importlib.import_module(package_name)
        names.append(package_name)
        for info in pkgutil.walk_packages(package.__path__, prefix=f"{package_name}."):
            if not info.name.startswith(("desktop.ui", "models.recipes")):
                names.append(info.name)
    return names


@pytest.mark.skipif(not os.environ.get("KUONA_HEADLESS"), reason="only in the headless run")
def test_qt_is_blocked_in_headless_run() -> None:
    """The headless run really cannot import Qt, so the import checks below prove something."""
    with pytest.raises(ModuleNotFoundError):
        importlib.import_module("PySide6.QtCore")


@pytest.mark.parametrize("name", _core_modules())
def test_core_module_imports(name: str) -> None:
    """Each core module imports (without Qt in the headless run)."""
    assert importlib.import_module(name).__name__ == name
