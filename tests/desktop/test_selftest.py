"""`kuona --self-test` runs every step in throw-away folders and names the step that fails."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

from desktop.selftest import SelfTest, StepFailedError, run_self_test
from models.catalog import BUILTIN_CATALOG
from tests.desktop.cli.runner import kuona

STEP_LABELS = [
    "model catalog",
    "golden cases",
    "training mode",
    "shap",
    "audit log",
    "district keys",
    "USB export",
    "district import",
    "import again",
    "main window",
]


def _run(**kwargs: object) -> tuple[int, list[str]]:
    lines: list[str] = []
    status = run_self_test(out=lines.append, **kwargs)  # type: ignore[arg-type]
    return status, lines


@pytest.mark.slow
def test_every_step_passes_and_prints_one_line(kuona_home: Path) -> None:
    """All ten steps pass on the shipped catalog, one 'ok' line each, then a summary; exit 0."""
    status, lines = _run()
    assert status == 0, lines
    assert [line.split(":")[0] for line in lines[:-1]] == [f"ok    {s}" for s in STEP_LABELS]
    assert lines[-1] == "Self-test passed: all 10 steps."
    assert "3 packages verified" in lines[0]
    assert "120 library cases for 3 models and the lesson in en, fr, pt, es, sw, ar" in lines[2]
    assert "shap 0." in lines[3]  # the test environment has shap
    assert "1 record added, 0 duplicates" in lines[7]
    assert "0 records added, 1 duplicate skipped" in lines[8]
    assert "translations loaded: en, fr, pt, es, sw, ar" in lines[9]
    assert not any(kuona_home.iterdir()), "the self-test wrote into the user's data folder"


def test_a_changed_package_fails_the_catalog_step_and_stops(tmp_path: Path) -> None:
    """A golden case altered after signing fails step 1, naming the file; nothing else runs."""
    catalog = tmp_path / "catalog"
    shutil.copytree(BUILTIN_CATALOG, catalog)
    validation = catalog / "pima-diabetes-lr" / "validation.json"
    body = json.loads(validation.read_text(encoding="utf-8"))
    body["cases"][0]["explanation"]["prediction"] += 0.01
    validation.write_text(json.dumps(body), encoding="utf-8")
    status, lines = _run(catalog=catalog)
    assert status == 1
    assert len(lines) == 1
    assert lines[0].startswith("FAIL  model catalog: validation.json:")
    assert "SHA-256 mismatch" in lines[0]


def test_an_empty_catalog_fails_the_catalog_step(tmp_path: Path) -> None:
    """With no package to check the self-test cannot pass: step 1 fails and says so."""
    status, lines = _run(catalog=tmp_path)
    assert status == 1
    assert lines == [f"FAIL  model catalog: {tmp_path.name}: no model package found"]


def test_a_missing_qt_platform_fails_the_window_step(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If Qt cannot load its platform plugin, the last step fails with the window's exit status."""
    monkeypatch.setenv("QT_QPA_PLATFORM", "no-such-platform")
    (tmp_path / "clinic").mkdir()
    test = SelfTest(tmp_path / "clinic", tmp_path / "district", tmp_path / "stick")
    with pytest.raises(StepFailedError, match="the window did not come up") as failure:
        test.show_window()
    assert "no-such-platform" in str(failure.value)


@pytest.mark.slow
def test_cli_self_test_exits_zero_and_leaves_the_data_folder_alone(tmp_path: Path) -> None:
    """`kuona --self-test` (unfrozen) prints the nine steps and exits 0; KUONA_HOME stays empty."""
    home = tmp_path / "home"
    done = kuona("--self-test", home=home)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert [line.split(":")[0] for line in lines[:-1]] == [f"ok    {s}" for s in STEP_LABELS]
    assert not home.exists() or not any(home.iterdir())


def test_a_shap_that_cannot_import_fails_its_step(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A build holding a broken shap fails the shap step instead of quietly enumerating."""
    broken = tmp_path / "site" / "shap"
    broken.mkdir(parents=True)
    (broken / "__init__.py").write_text("raise ImportError('libscipy_openblas.so: not aligned')\n")
    monkeypatch.syspath_prepend(str(tmp_path / "site"))
    monkeypatch.delitem(sys.modules, "shap", raising=False)
    test = SelfTest(tmp_path / "clinic", tmp_path / "district", tmp_path / "stick")
    with pytest.raises(ImportError, match="not aligned"):
        test.check_shap()
