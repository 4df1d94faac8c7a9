"""`kuona monitor --pdf FILE`: the Monitoring page's PDF from the command line, or nothing."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from models.catalog import BUILTIN_CATALOG
from models.signing import TrustStore
from models.verify import verify_package
from tests.desktop.cli.runner import kuona
from tests.desktop.monitoring.district_sim import write_district
from tests.desktop.monitoring.simulate import Clinic, simulate


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A district database of two models' decisions (pima and heart), through the real writer."""
    home = tmp_path_factory.mktemp("home")
    for index, model in enumerate(("pima-diabetes-lr", "heart-cad-mlp")):
        package = verify_package(BUILTIN_CATALOG / model, TrustStore.load())
        clinics = [Clinic(f"{model}-a", 300), Clinic(f"{model}-b", 300)]
        write_district(
            home / "district" / "district.sqlite", simulate(package, clinics, seed=index)
        )
    return home


def _pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))


def test_the_pdf_has_one_page_per_model_and_is_named_in_the_output(
    home: Path, tmp_path: Path
) -> None:
    """A complete PDF with one page per model; the output names the file, in French too."""
    target = tmp_path / "monitoring.pdf"
    result = kuona("--lang", "fr", "monitor", "--pdf", str(target), home=home)
    assert result.returncode == 0, result.stderr
    data = target.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert _pages(data) == 2
    assert f"Rapport PDF écrit : {target}" in result.stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == ["monitoring.pdf"]


def test_a_path_that_cannot_be_written_names_the_file_and_leaves_nothing(
    home: Path, tmp_path: Path
) -> None:
    """A missing folder, or a folder where the file should be: exit 1, one line naming the
    file, no PDF and no partial file left; --json output is not printed either."""
    for target in (tmp_path / "missing" / "report.pdf", tmp_path):
        result = kuona("monitor", "--json", "--pdf", str(target), home=home)
        assert result.returncode == 1
        assert result.stdout == ""
        assert result.stderr.startswith(f"kuona: {target}: the PDF report could not be written")
    assert list(tmp_path.iterdir()) == []
