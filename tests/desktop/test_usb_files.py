"""What Kuona writes for a stick is safe on FAT/exFAT, and survives a copy through a FAT image."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from desktop.district.importer import import_paths
from desktop.sync.receipts import issue_receipts
from desktop.updates.state import catalog_view
from desktop.usb_files import MAX_FILE_BYTES, UsbProblem, name_problem, usb_problems
from tests.desktop.sync.helpers import make_clinic, make_district, open_district
from tests.desktop.updates.helpers import NOW, make_setting

FAT_TOOLS = ("mkfs.vfat", "mcopy")


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("bundle-2026.kuonabundle", None),
        ("a:b.json", "illegal_name"),
        ('say"hi"', "illegal_name"),
        ("ends-with-dot.", "illegal_name"),
        ("CON.txt", "reserved_name"),
        ("lpt1", "reserved_name"),
        ("x" * 256, "name_too_long"),
    ],
)
def test_names_fat_refuses_are_named(name: str, code: str | None) -> None:
    """Characters, trailing dots, device names and over-long names that FAT/exFAT refuse."""
    assert name_problem(name) == code


def test_symlinks_bad_names_and_files_over_4_gib_are_found(tmp_path: Path) -> None:
    """A folder with a symlink, a colon in a name and a (sparse) 4 GiB file: each reported."""
    folder = tmp_path / "stick"
    (folder / "sub").mkdir(parents=True)
    (folder / "ok.json").write_text("{}")
    (folder / "sub" / "link").symlink_to(folder / "ok.json")
    (folder / "sub" / "a:b").write_text("x")
    with (folder / "big.bin").open("wb") as big:
        big.truncate(MAX_FILE_BYTES + 1)
    assert sorted(usb_problems(folder), key=lambda p: p.path) == [
        UsbProblem("stick/big.bin", "too_large"),
        UsbProblem("stick/sub/a:b", "illegal_name"),
        UsbProblem("stick/sub/link", "symlink"),
    ]


def test_repositories_bundles_and_receipts_are_usb_safe(tmp_path: Path) -> None:
    """A published repository, an exported bundle and a district's receipt: no problem."""
    setting = make_setting(tmp_path / "steward")
    district = make_district(tmp_path)
    clinic = make_clinic(tmp_path, 3)
    stick = tmp_path / "stick"
    clinic.export(stick, district)
    with open_district(tmp_path) as db:
        result = import_paths(db, [stick], district_private=district)
    issued = issue_receipts(result, district=district)
    assert issued.written
    assert usb_problems(setting.repo) == []
    assert usb_problems(stick) == []


@pytest.mark.skipif(
    any(shutil.which(t) is None for t in FAT_TOOLS),
    reason="needs dosfstools and mtools (apt-get install dosfstools mtools)",
)
def test_a_repository_and_a_bundle_survive_a_fat_image(tmp_path: Path) -> None:
    """Copied into a FAT32 image (mtools, no mount) and read back from it, the repository
    updates a clinic and the bundle imports at the district."""
    setting = make_setting(tmp_path / "steward", packages=("pima-diabetes-lr", "birthwt-low-gb"))
    district = make_district(tmp_path)
    clinic = make_clinic(tmp_path, 3)
    outbox = tmp_path / "outbox"
    clinic.export(outbox, district)
    image = tmp_path / "stick.img"
    env = dict(os.environ, MTOOLS_SKIP_CHECK="1")
    subprocess.run(["mkfs.vfat", "-F", "32", "-C", str(image), "40960"], check=True,
                   capture_output=True)  # fmt: skip
    for folder in (setting.repo, outbox):
        subprocess.run(["mcopy", "-s", "-i", str(image), str(folder), "::/"], check=True,
                       capture_output=True, env=env)  # fmt: skip
    back = tmp_path / "from-fat"
    back.mkdir()
    for name in (setting.repo.name, outbox.name):
        subprocess.run(["mcopy", "-s", "-i", str(image), f"::/{name}", str(back)], check=True,
                       capture_output=True, env=env)  # fmt: skip
    changes = setting.update(back / setting.repo.name)
    assert sorted(c.package_id for c in changes) == ["birthwt-low-gb", "pima-diabetes-lr"]
    assert catalog_view(setting.home, NOW).status("pima-diabetes-lr", "1.0.0").listed
    with open_district(tmp_path) as db:
        result = import_paths(db, [back / outbox.name], district_private=district)
    assert result.refused == []
    assert [t.added for t in result.devices.values()] == [3]
