"""Kuona's quick-start commands: `python3 dev.py start`, `test` and `bundle`.

Each sets up a virtual environment in .venv (from PyPI, only when pyproject.toml changed) and
then starts the app on its demo models, runs every check and test, or builds the one-folder
app (dist/kuona, see packaging/README.md).
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")


def _setup(extra: str) -> None:
    """Create .venv and install Kuona (editable) with `extra`, unless already done."""
    if sys.version_info < (3, 12):  # noqa: UP036 - dev.py may be started by an older Python
        sys.exit(
            f"Kuona needs Python 3.12 or newer; this is {sys.version.split()[0]}. "
            "Install 3.12 (with pyenv: `pyenv install 3.12`) and run this again with it."
        )
    if not PYTHON.exists():
        print("dev.py: creating .venv", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    spec = f".[{extra}]" if extra else "."
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + spec.encode()).hexdigest()
    stamp = VENV / "kuona-installed"
    if stamp.exists() and stamp.read_text() == digest:
        _translations()
        return
    print(f"dev.py: installing {spec} into .venv", flush=True)
    quiet = dict(os.environ, PYTHONWARNINGS="ignore")  # setuptools' editable-install notice
    _run([str(PYTHON), "-m", "pip", "install", "--quiet", "--upgrade", "pip"], quiet)
    _run([str(PYTHON), "-m", "pip", "install", "--quiet", "-e", spec], quiet)
    stamp.write_text(digest)
    _translations()


def _translations() -> None:
    """Compile the Qt translation sources (i18n/*.ts) into the .qm files the app loads."""
    if _run([str(PYTHON), "-c", "from i18n.update import release; release()"]) != 0:
        sys.exit("dev.py: could not compile the translations (i18n/*.ts)")


def _run(cmd: list[str], env: dict[str, str] | None = None) -> int:
    result = subprocess.run(cmd, cwd=ROOT, env=env, check=False)
    if result.returncode != 0 and cmd[1:3] == ["-m", "pip"]:
        sys.exit(f"dev.py: '{' '.join(cmd[2:])}' failed")
    return result.returncode


def start() -> int:
    """Set up and start the app on the built-in demo models."""
    _setup("")
    return _run([str(PYTHON), "-m", "desktop"])


def test() -> int:
    """Set up and run linters, type and layer checks, the headless core tests, then all tests.

    The headless core tests run in a second process beside the others (most steps use one
    core), and their output is printed when the other steps are done.
    """
    _setup("test")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    headless = [
        str(PYTHON),
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:pytest-qt",
        "-p",
        "no:cacheprovider",
        "-m",
        "not slow",
        "tests/models",
        "tests/explainers",
        "tests/desktop",
        "--ignore=tests/desktop/ui",
        "--ignore-glob=*test_cli*",
        "tests/test_headless.py",
        "tests/test_layers.py",
    ]
    steps = [
        ("ruff lint", [str(PYTHON), "-m", "ruff", "check", "."]),
        ("ruff format", [str(PYTHON), "-m", "ruff", "format", "--check", "."]),
        ("mypy", [str(PYTHON), "-m", "mypy", "models", "explainers", "desktop", "dev.py"]),
        ("import layers", [str(BIN / "lint-imports")]),
        ("all tests", [str(PYTHON), "-m", "pytest", "-q"]),
    ]
    failed = []
    with tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace") as log:
        print("\n=== core tests without PySide6 (started beside the others) ===", flush=True)
        core = subprocess.Popen(
            headless, cwd=ROOT, env=dict(env, KUONA_HEADLESS="1"), stdout=log, stderr=log
        )
        for name, cmd in steps:
            print(f"\n=== {name} ===", flush=True)
            if _run(cmd, env) != 0:
                failed.append(name)
        core_code = core.wait()
        print("\n=== core tests without PySide6 ===", flush=True)
        log.seek(0)
        sys.stdout.write(log.read())
        sys.stdout.flush()
    if core_code != 0:
        failed.append("core tests without PySide6")
    if failed:
        print(f"\ndev.py: FAILED: {', '.join(failed)}", flush=True)
        return 1
    return 0


def bundle() -> int:
    """Set up (the test extra includes PyInstaller) and build dist/kuona."""
    _setup("test")
    return _run([str(PYTHON), str(ROOT / "packaging" / "build.py")])


def main() -> int:
    """Dispatch `start`, `test` or `bundle`."""
    commands = {"start": start, "test": test, "bundle": bundle}
    if len(sys.argv) != 2 or sys.argv[1] not in commands:
        print("usage: python3 dev.py start | test | bundle", file=sys.stderr)
        return 2
    return commands[sys.argv[1]]()


if __name__ == "__main__":
    sys.exit(main())
