"""The frozen app: packaging/build.py builds it, and the built app passes its own self-test."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from i18n.update import LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [pytest.mark.bundle, pytest.mark.slow, pytest.mark.timeout(1800)]


@pytest.fixture(scope="module")
def build() -> ModuleType:
    """packaging/build.py as a module (packaging/ is a folder of scripts, not a package)."""
    spec = importlib.util.spec_from_file_location("kuona_build", ROOT / "packaging" / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def app(build: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One build for the whole module, in a temporary dist and work folder: the app folder."""
    tmp = tmp_path_factory.mktemp("bundle")
    folder: Path = build.build(dist=tmp / "dist", work=tmp / "work").folder
    return folder


def _run(app: Path, *args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, KUONA_HOME=str(home))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    command = [str(app / "kuona"), *args]
    return subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=600, check=False
    )


def test_frozen_self_test_passes_offscreen(app: Path, tmp_path: Path) -> None:
    """`kuona --self-test` in the built folder passes all nine steps and exits 0."""
    done = _run(app, "--self-test", home=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert sum(line.startswith("ok    ") for line in lines) == 10
    assert lines[-1] == "Self-test passed: all 10 steps."
    assert "translations loaded: en, fr" in done.stdout
    assert "shap is not in this build" in done.stdout


def test_no_path_of_the_build_machine_inside(build: ModuleType, app: Path) -> None:
    """No file of the bundle holds the repository's path or the build's temporary folder."""
    tmp = str(app.parent.parent)
    assert build.mentions(app, [str(ROOT), tmp]) == {str(ROOT): [], tmp: []}


def test_checksums_written_and_the_frozen_check_passes(app: Path, tmp_path: Path) -> None:
    """SHA256SUMS lists every file, and the app checks its own folder as intact."""
    listed = (app / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    assert len(listed) == sum(1 for p in app.rglob("*") if p.is_file()) - 1
    done = _run(app, "--check-bundle", home=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"all {len(listed)} files match SHA256SUMS" in done.stdout


def test_left_out_what_the_app_never_uses(app: Path) -> None:
    """shap's stack, unused Qt modules, network plugins and other Qt translations are not in it."""
    internal = app / "_internal"
    names = {p.relative_to(internal).as_posix() for p in internal.rglob("*")}
    for absent in ("shap", "sklearn", "scipy", "pandas", "PySide6/Qt/plugins/tls"):
        assert absent not in names
    assert not any(n.startswith("PySide6/QtNetwork") for n in names)
    translations = {n.rsplit("/", 1)[1] for n in names if n.startswith("PySide6/Qt/translations/")}
    assert translations <= {f"qtbase_{language}.qm" for language in LANGUAGES}
    assert {f"i18n/kuona_{language}.qm" for language in LANGUAGES} <= names
    assert {f"i18n/lesson/{language}.json" for language in LANGUAGES} <= names
    assert "desktop/training/library/heart-cad-mlp.json" in names
    assert "models/trust/kuona-demo.json" in names


def test_no_symbolic_link_inside(app: Path) -> None:
    """The folder copies to a FAT/exFAT stick: every link was replaced by a copy."""
    assert [p for p in app.rglob("*") if p.is_symlink()] == []


@pytest.mark.skipif(
    any(shutil.which(t) is None for t in ("mkfs.vfat", "mcopy")),
    reason="needs dosfstools and mtools (apt-get install dosfstools mtools)",
)
def test_the_app_runs_after_a_trip_through_a_fat_image(app: Path, tmp_path: Path) -> None:
    """Copied into a FAT32 image and read back (mtools, no mount; a mount gives the execute
    bit, set here by hand), the folder matches its SHA256SUMS and passes --self-test."""
    image, back = tmp_path / "stick.img", tmp_path / "back"
    env = dict(os.environ, MTOOLS_SKIP_CHECK="1")
    subprocess.run(["mkfs.vfat", "-F", "32", "-C", str(image), "409600"], check=True,
                   capture_output=True)  # fmt: skip
    subprocess.run(["mcopy", "-s", "-i", str(image), str(app), "::/"], check=True, env=env)
    back.mkdir()
    subprocess.run(["mcopy", "-s", "-i", str(image), f"::/{app.name}", str(back)], check=True,
                   env=env)  # fmt: skip
    copy = back / app.name
    (copy / "kuona").chmod(0o755)
    assert _run(copy, "--check-bundle", str(copy), home=tmp_path / "h1").returncode == 0
    result = _run(copy, "--self-test", home=tmp_path / "h2")
    assert result.returncode == 0, result.stdout + result.stderr
