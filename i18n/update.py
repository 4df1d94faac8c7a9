"""Refresh the Qt translation sources (i18n/kuona_LANG.ts) from desktop/ui, keeping translations.

python i18n/update.py          # then translate what Qt Linguist (or an editor) shows unfinished
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "i18n"
LANGUAGES = ("en", "fr", "pt", "es", "sw", "ar")


def tool(name: str) -> str:
    """A PySide6 command-line tool (pyside6-lupdate, pyside6-lrelease) next to this Python."""
    local = Path(sys.executable).with_name(f"pyside6-{name}")
    found = str(local) if local.exists() else shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: install PySide6-Essentials")
    return found


def sources() -> list[str]:
    """Every Python file of the user interface, relative to the repository."""
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop" / "ui").rglob("*.py"))


def update(targets: list[Path]) -> None:
    """Run lupdate so each .ts lists exactly the current source strings (no locations).

    A target named kuona_LANG.ts (or a copy of one) is created for LANG if it does not exist,
    so Qt knows the language's plural rules.
    """
    command = [tool("lupdate"), "-no-obsolete", "-locations", "none", *sources()]
    for target in targets:
        language = target.stem.split("_", 1)[1] if "_" in target.stem else "en"
        subprocess.run(
            [*command, "-target-language", language, "-ts", str(target)],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )


def release(out_dir: Path = I18N) -> list[Path]:
    """Compile every .ts into a .qm that the app loads."""
    built = []
    for language in LANGUAGES:
        qm = out_dir / f"kuona_{language}.qm"
        subprocess.run(
            [tool("lrelease"), str(I18N / f"kuona_{language}.ts"), "-qm", str(qm)],
            check=True,
            capture_output=True,
        )
        built.append(qm)
    return built


if __name__ == "__main__":
    update([I18N / f"kuona_{language}.ts" for language in LANGUAGES])
    print("\n".join(str(p) for p in release()))
