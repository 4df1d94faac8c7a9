"""Run the `kuona` command as a user would: a fresh process with its own KUONA_HOME."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def kuona(
    *args: str, home: Path, language: str | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    """`python -m desktop ARGS` with KUONA_HOME=home (and KUONA_LANGUAGE=language, else unset:
    English); output captured as text; `stdin`, if given, is its standard input."""
    env = dict(os.environ, KUONA_HOME=str(home))
    env.pop("KUONA_LANGUAGE", None)
    if language is not None:
        env["KUONA_LANGUAGE"] = language
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        env=env,
        text=True,
        capture_output=True,
        input=stdin,
        check=False,
        timeout=300,
    )
