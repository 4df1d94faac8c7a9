"""A failed export (read-only, full, missing folder) leaves no final-named file and says why."""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import keys
from desktop.audit.store import AuditStore
from desktop.sync.district_keys import install_district_key
from tests.desktop.cli.runner import kuona
from tests.desktop.sync.helpers import append, make_district

ROOT = Path(__file__).resolve().parents[3]
EXPORT = [sys.executable, "-m", "desktop", "audit", "export", "--to"]


def _clinic_home(tmp_path: Path, records: int) -> Path:
    """A clinic KUONA_HOME with `records` decisions and the district key installed."""
    make_district(tmp_path)
    home = tmp_path / "clinic-home"
    with AuditStore.open(home / "audit.sqlite", device_id=keys.ensure_identity(home)) as store:
        append(store, records)
    install_district_key(home, tmp_path / "district.pub.json")
    return home


def _run(args: list[str], home: Path, **kwargs: object) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, KUONA_HOME=str(home))
    return subprocess.run(  # type: ignore[call-overload, no-any-return]
        args, env=env, cwd=ROOT, text=True, capture_output=True, check=False, timeout=120, **kwargs
    )


def _in_tmpfs(folder: Path, options: str, command: list[str]) -> list[str]:
    """Run `command` with a fresh tmpfs mounted on `folder` (private mount namespace), then
    list the folder, still inside the namespace."""
    script = (
        'mount -t tmpfs -o "$1" tmpfs "$2" || exit 99; shift 2; "$@"; rc=$?; ls -A "$0"; exit $rc'
    )
    unshare = ["unshare", "-m"] if os.geteuid() == 0 else ["unshare", "-Urm"]
    return [*unshare, "sh", "-c", script, str(folder), options, str(folder), *command]


def _mount_works(tmp_path: Path) -> bool:
    probe = tmp_path / "probe"
    probe.mkdir()
    try:
        done = subprocess.run(
            _in_tmpfs(probe, "size=64k", ["true"]), capture_output=True, check=False
        )
    except FileNotFoundError:
        return False
    return done.returncode == 0


def test_export_to_read_only_folder_leaves_nothing(tmp_path: Path) -> None:
    """A read-only stick: exit 1, one line naming the folder and 'read-only', no file there."""
    home = _clinic_home(tmp_path, 5)
    stick = tmp_path / "stick"
    stick.mkdir()
    if os.geteuid() != 0:
        stick.chmod(0o555)
        result = _run([*EXPORT, str(stick)], home)
        stick.chmod(0o755)
        listing = os.listdir(stick)
    else:
        if not _mount_works(tmp_path):
            pytest.skip("running as root and cannot mount a read-only tmpfs here")
        result = _run(_in_tmpfs(stick, "ro,size=64k", [*EXPORT, str(stick)]), home)
        listing = result.stdout.split()
    assert result.returncode == 1
    assert listing == []
    assert str(stick) in result.stderr and "read-only" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_write_failing_midway_leaves_no_final_file(tmp_path: Path) -> None:
    """A write that fails part-way (file size limit: EFBIG) removes the temp file, names the
    folder and the reason, and the records stay exportable."""
    home = _clinic_home(tmp_path, 3000)
    stick = tmp_path / "stick"
    stick.mkdir()

    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (100_000, 100_000))

    result = _run([*EXPORT, str(stick)], home, preexec_fn=limit)
    assert result.returncode == 1, result.stdout
    assert os.listdir(stick) == []
    assert str(stick) in result.stderr and "full" in result.stderr
    again = kuona("audit", "export", "--to", str(stick), home=home)
    assert again.returncode == 0, again.stderr
    assert [p.name for p in stick.iterdir()] == [Path(again.stdout.strip()).name]


def test_full_stick_leaves_no_final_file(tmp_path: Path) -> None:
    """A real full file system (a 128 KiB tmpfs): ENOSPC, a clear message, nothing left."""
    if not _mount_works(tmp_path):
        pytest.skip("cannot mount a tmpfs here (no root, no user namespaces)")
    home = _clinic_home(tmp_path, 3000)
    stick = tmp_path / "stick"
    stick.mkdir()
    result = _run(_in_tmpfs(stick, "size=128k", [*EXPORT, str(stick)]), home)
    assert result.returncode == 1
    assert result.stdout.split() == []
    assert "full" in result.stderr and str(stick) in result.stderr


def test_export_to_missing_folder_says_so(tmp_path: Path) -> None:
    """A folder that is not there (stick not mounted) is named in the message."""
    home = _clinic_home(tmp_path, 2)
    result = kuona("audit", "export", "--to", str(tmp_path / "nowhere"), home=home)
    assert result.returncode == 1
    assert "nowhere" in result.stderr and "does not exist" in result.stderr


def test_report_csv_into_a_file_path_is_refused_clearly(tmp_path: Path) -> None:
    """`report --csv` where a file stands in the way: exit 1, one line naming it, no traceback."""
    home = _clinic_home(tmp_path, 2)
    blocker = tmp_path / "blocker"
    blocker.write_text("a file, not a folder")
    result = kuona("audit", "report", "--csv", str(blocker), home=home)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"kuona: {blocker}: the report's CSV files could not be written there "
        "(a file of that name is in the way, not a folder)."
    ]
