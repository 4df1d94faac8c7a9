"""The privacy tests' scenario, with the temp folder moved under the searched tmp_path."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.desktop.privacy.scenario import Scenario, make_scenario


@pytest.fixture
def scenario(
    tmp_path: Path, kuona_home: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Scenario]:
    """A clinic that recorded Amina's visit (in KUONA_HOME) and a district under tmp_path;
    TMPDIR (Python's and SQLite's temp files) is tmp_path/tmp, so the searches cover it."""
    (tmp_path / "tmp").mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    monkeypatch.setattr(tempfile, "tempdir", None)
    made = make_scenario(tmp_path, kuona_home)
    yield made
    made.store.close()
