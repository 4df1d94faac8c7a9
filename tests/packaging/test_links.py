"""The one-folder app holds no symbolic links: packaging/build.py replaces them by copies."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _build_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("kuona_build", ROOT / "packaging" / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_links_are_moved_over_or_become_copies(tmp_path: Path) -> None:
    """A top-of-_internal link to a same-named library deeper down gets the library itself
    (one copy, found through LD_LIBRARY_PATH); a renaming file link and a folder link become
    copies."""
    app = tmp_path / "kuona"
    (app / "_internal" / "Qt" / "lib").mkdir(parents=True)
    (app / "_internal" / "Qt" / "lib" / "libQt6Core.so.6").write_bytes(b"\x7fELF core")
    (app / "_internal" / "libQt6Core.so.6").symlink_to("Qt/lib/libQt6Core.so.6")
    (app / "_internal" / "libfoo.so.1").write_bytes(b"\x7fELF lib")
    (app / "_internal" / "libfoo.so").symlink_to("libfoo.so.1")
    (app / "_internal" / "Qt" / "plugin.so").write_bytes(b"plugin")
    (app / "Qt").symlink_to("_internal/Qt", target_is_directory=True)
    assert _build_module().replace_symlinks(app) == 3
    links = [p for p in app.rglob("*") if p.is_symlink()]
    assert links == []
    assert not (app / "_internal" / "Qt" / "lib" / "libQt6Core.so.6").exists()
    assert (app / "_internal" / "libQt6Core.so.6").read_bytes() == b"\x7fELF core"
    assert (app / "_internal" / "libfoo.so").read_bytes() == b"\x7fELF lib"
    assert (app / "Qt" / "plugin.so").read_bytes() == b"plugin"


def test_a_link_out_of_the_bundle_is_refused(tmp_path: Path) -> None:
    """A link to a file of the build machine would copy it in: the build stops instead."""
    app = tmp_path / "kuona"
    app.mkdir()
    (tmp_path / "outside.txt").write_text("x")
    (app / "leak").symlink_to(tmp_path / "outside.txt")
    with pytest.raises(SystemExit):
        _build_module().replace_symlinks(app)
