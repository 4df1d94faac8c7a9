"""docs/ARCHITECTURE.md's import diagram is the one the code draws today."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _diagram_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "diagram", ROOT / "docs" / "architecture_diagram.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_committed_diagram_matches_the_code() -> None:
    """Redraw with `python docs/architecture_diagram.py --write` after moving imports around."""
    diagram = _diagram_module()
    text = (ROOT / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
    assert diagram.with_diagram(text) == text


def test_no_screen_points_at_another_screen_in_the_diagram() -> None:
    """The drawing shows what the independence contract enforces: screens meet only in widgets."""
    screens = {"desktop.ui.clinician", "desktop.ui.district", "desktop.ui.training"}
    edges = _diagram_module().edges()
    assert ("desktop.ui.clinician", "desktop.ui.widgets") in edges
    assert not [(a, b) for a, b in edges if a in screens and b in screens]
