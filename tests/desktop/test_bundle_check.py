"""SHA256SUMS of an app folder: written as sha256sum writes it; a copy is checked file by file."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from desktop.bundle_check import SUMS, check_bundle, run_check, write_sums


def _app(tmp_path: Path) -> Path:
    folder = tmp_path / "kuona"
    (folder / "_internal" / "models").mkdir(parents=True)
    (folder / "kuona").write_bytes(b"\x7fELF the bootloader")
    (folder / "_internal" / "models" / "card.schema.json").write_text("{}\n")
    (folder / "_internal" / "libpython3.12.so").write_bytes(bytes(range(256)) * 100)
    write_sums(folder)
    return folder


def test_sums_list_every_file_but_themselves_and_check_intact(tmp_path: Path) -> None:
    """Every file is listed once with forward slashes; a fresh copy checks as intact."""
    folder = _app(tmp_path)
    names = [line.split("  ", 1)[1] for line in (folder / SUMS).read_text().splitlines()]
    assert names == ["_internal/libpython3.12.so", "_internal/models/card.schema.json", "kuona"]
    copy = tmp_path / "copy"
    shutil.copytree(folder, copy)
    result = check_bundle(copy)
    assert result.intact and result.checked == 3


@pytest.mark.skipif(shutil.which("sha256sum") is None, reason="needs GNU coreutils' sha256sum")
def test_gnu_sha256sum_accepts_the_file(tmp_path: Path) -> None:
    """`sha256sum -c SHA256SUMS` in the folder reports every file OK (what district staff run)."""
    folder = _app(tmp_path)
    done = subprocess.run(
        ["sha256sum", "-c", SUMS], cwd=folder, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.count(": OK") == 3


def test_changed_missing_and_added_files_are_each_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A changed, a deleted and a planted file are listed, and the check exits 1."""
    folder = _app(tmp_path)
    (folder / "kuona").write_bytes(b"\x7fELF something else")
    (folder / "_internal" / "models" / "card.schema.json").unlink()
    (folder / "_internal" / "libevil.so").write_bytes(b"planted")
    assert run_check([str(folder)]) == 1
    out, err = capsys.readouterr()
    assert out.splitlines() == [
        "CHANGED  kuona",
        "MISSING  _internal/models/card.schema.json",
        "ADDED    _internal/libevil.so (not in SHA256SUMS)",
    ]
    assert "differs from the build in 3 files" in err


def test_intact_folder_passes_on_the_command_line(tmp_path: Path) -> None:
    """`kuona --check-bundle FOLDER` on an untouched folder prints 'intact' and exits 0."""
    from tests.desktop.cli.runner import kuona

    folder = _app(tmp_path)
    done = kuona("--check-bundle", str(folder), home=tmp_path / "home")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"{folder}: intact, all 3 files match SHA256SUMS."


def test_a_damaged_checksum_file_is_refused_naming_the_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A line that is not `HEX  name` makes the check fail with the line number, not a crash."""
    folder = _app(tmp_path)
    with (folder / SUMS).open("a", encoding="utf-8") as handle:
        handle.write("not a checksum line\n")
    assert run_check([str(folder)]) == 1
    assert "SHA256SUMS: line 4" in capsys.readouterr().err


def test_no_checksum_file_or_no_folder_is_a_clear_refusal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without SHA256SUMS the copy cannot be checked; unfrozen, a folder must be named."""
    assert run_check([str(tmp_path)]) == 1
    assert "has no SHA256SUMS file" in capsys.readouterr().err
    assert run_check([]) == 2
    assert "name the folder to check" in capsys.readouterr().err
