"""Run the `kuona` command as a user would: a fresh process with its own KUONA_HOME."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def kuona(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    """`python -m desktop ARGS` with KUONA_HOME=home; output captured as text."""
    env = dict(os.environ, KUONA_HOME=str(home))
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        env=env,
        text=True,
        capture_output=True,
        check=False,
        timeout=300,
    )
