"""The shipped case library as the app reads it: present for every demo model, installed with
the package, and refused clearly when missing or damaged."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from desktop.training.cases import LIBRARY, load_library
from desktop.training.errors import TrainingError, TrainingRefusal

ROOT = Path(__file__).resolve().parents[3]
MODELS = ["birthwt-low-gb", "heart-cad-mlp", "pima-diabetes-lr"]


@pytest.mark.parametrize("model_id", MODELS)
def test_every_demo_model_has_a_library(model_id: str) -> None:
    """At least 30 library cases with unique ids, true outcomes 0/1, and a known category."""
    library = load_library(model_id)
    assert library.model == model_id and len(library.cases) >= 30
    assert len({c.id for c in library.cases}) == len(library.cases)
    assert {c.outcome for c in library.cases} <= {0, 1}
    assert {c.category for c in library.cases} <= {"typical", "borderline", "wrong", "out_of_range"}
    assert all(c.source == "library" for c in library.cases)


def test_the_library_files_are_package_data() -> None:
    """pyproject's package-data ships every library file with the app."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    globs = config["tool"]["setuptools"]["package-data"]["desktop"]
    shipped = {p for g in globs for p in (ROOT / "desktop").glob(g)}
    assert sorted(LIBRARY.glob("*.json")) == sorted(shipped)
    assert len(shipped) == len(MODELS)


def test_a_model_without_a_library_is_refused() -> None:
    """An installed model with no shipped library: a clear refusal naming it."""
    with pytest.raises(TrainingError) as caught:
        load_library("someone-elses-model")
    assert caught.value.code is TrainingRefusal.LIBRARY_MISSING
    assert caught.value.params == {"model": "someone-elses-model"}


@pytest.mark.parametrize(
    "content",
    [
        "{not json",
        json.dumps({"format": 1, "model": "other-model", "cases": []}),
        json.dumps({"format": 2, "model": "m"}),
        json.dumps({"format": 1, "model": "m", "model_version": "1", "cases": [{"id": "h1"}]}),
    ],
)
def test_a_damaged_library_is_refused(tmp_path: Path, content: str) -> None:
    """Bad JSON, another model's file, an unknown format or a case lacking fields: refused."""
    (tmp_path / "m.json").write_text(content)
    with pytest.raises(TrainingError) as caught:
        load_library("m", folder=tmp_path)
    assert caught.value.code is TrainingRefusal.LIBRARY_INVALID
    assert caught.value.file == "m.json"
