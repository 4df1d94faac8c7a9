"""How to start this very Kuona as a child process (light: imports only sys, so the monitor's
readers and the PDF writer can use it without importing the self-test's modules)."""

from __future__ import annotations

import sys


def app_command() -> list[str]:
    """How to start this very Kuona: the frozen executable, or this Python with `-m desktop`."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "desktop"]
