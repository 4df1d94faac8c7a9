"""The import-linter contract that keeps Qt out of the core names every core module."""

from __future__ import annotations

import pkgutil
import tomllib
from pathlib import Path

import desktop

ROOT = Path(__file__).resolve().parents[1]
GUI_SIDE = {"ui", "__main__"}


def _qt_contract() -> dict[str, list[str]]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    (contract,) = [c for c in contracts if "PySide6" in c.get("forbidden_modules", [])]
    return contract  # type: ignore[no-any-return]


def test_qt_contract_covers_every_core_module_of_desktop() -> None:
    """A new module in desktop/ (outside ui and __main__) must be listed, or Qt could leak in."""
    listed = set(_qt_contract()["source_modules"])
    core = {
        f"desktop.{info.name}"
        for info in pkgutil.iter_modules(desktop.__path__)
        if info.name not in GUI_SIDE
    }
    assert core <= listed, f"add to the Qt contract in pyproject.toml: {sorted(core - listed)}"
    assert {"models", "explainers"} <= listed
