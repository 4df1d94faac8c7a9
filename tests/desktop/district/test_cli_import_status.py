"""`kuona audit import` exit status: 0 clean, 4 gaps only, 1 tampering or a refused bundle."""

from __future__ import annotations

from pathlib import Path

from tests.desktop.cli.runner import kuona
from tests.desktop.sync.helpers import make_clinic, make_district, raw_edit

HOME = "district-home"


def test_clean_import_exits_0(tmp_path: Path) -> None:
    """Every record of a complete chain imported: exit status 0."""
    district = make_district(tmp_path)
    bundle = make_clinic(tmp_path, 6).export(tmp_path / "stick", district)
    result = kuona("audit", "import", str(bundle), home=tmp_path / HOME)
    assert result.returncode == 0, result.stderr


def test_gap_only_exits_4(tmp_path: Path) -> None:
    """Records missing from a device's chain (and nothing worse): exit status 4, also --json."""
    district = make_district(tmp_path)
    clinic = make_clinic(tmp_path, 8)
    raw_edit(clinic.store.path, "DELETE FROM records WHERE seq = 5")
    bundle = clinic.export(tmp_path / "stick", district)
    result = kuona("audit", "import", str(bundle), home=tmp_path / HOME)
    assert result.returncode == 4, result.stderr
    assert "5" in result.stdout
    again = kuona("audit", "import", str(bundle), "--json", home=tmp_path / HOME)
    assert again.returncode == 4, again.stderr


def test_tampering_exits_1(tmp_path: Path) -> None:
    """A hand-edited record (quarantined) makes the import exit 1."""
    district = make_district(tmp_path)
    clinic = make_clinic(tmp_path, 6)
    raw_edit(clinic.store.path, "UPDATE records SET decision = 'accept' WHERE seq = 4")
    bundle = clinic.export(tmp_path / "stick", district)
    result = kuona("audit", "import", str(bundle), home=tmp_path / HOME)
    assert result.returncode == 1, result.stdout


def test_refused_bundle_exits_1(tmp_path: Path) -> None:
    """A bundle cut short is refused whole: exit status 1."""
    district = make_district(tmp_path)
    bundle = make_clinic(tmp_path, 3).export(tmp_path / "stick", district)
    bundle.write_bytes(bundle.read_bytes()[:-10])
    result = kuona("audit", "import", str(bundle), home=tmp_path / HOME)
    assert result.returncode == 1, result.stdout
