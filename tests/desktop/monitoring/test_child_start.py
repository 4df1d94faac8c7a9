"""`kuona monitor`'s second reader started early (child_start.start_early), before the command
has imported its models: the district source takes it and reads the same fields; none for a
small district, the national store or no database; one never taken ends at exit. And the
inputs read in two parts of the rowids (the child's and this process's) join into the whole."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np
import pytest

from desktop.district.database import district_db_path
from desktop.monitoring import child_start, input_reader, source
from desktop.monitoring.child_start import district_uri, start_early
from desktop.monitoring.input_reader import joined, read_inputs
from desktop.monitoring.source import DistrictSource
from tests.desktop.monitoring.test_field_scan import FEATURES, _district
from tests.desktop.monitoring.test_input_reader import _check


@pytest.fixture
def home(kuona_home: Path) -> Path:
    """A KUONA_HOME whose district database is test_field_scan's."""
    path = district_db_path(kuona_home)
    path.parent.mkdir(parents=True, exist_ok=True)
    _district(path, np.random.default_rng(7))
    return kuona_home


def test_the_child_started_early_is_the_one_that_reads(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Started before the source exists, the child is taken by it (and runs to its end): the
    fields equal the one pass's, and no child is left waiting."""
    monkeypatch.setattr(child_start, "CHILD_FROM", 10)
    monkeypatch.setattr(source, "CHILD_FROM", 10)
    uri = district_uri(home)
    start_early(["--json"], home)
    early = child_start._early[uri]
    with sqlite3.connect(uri, uri=True) as connection:
        read = DistrictSource(connection, uri=uri, features={("a", "1.0.0"): FEATURES})
        _check(district_db_path(home), read)
    assert read.inputs_read_by == "child" and not child_start._early
    assert early.returncode == 0


def test_no_early_child_for_a_small_district_the_national_store_or_no_database(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Below CHILD_FROM records, with --dsn (abridged too) or without a district database,
    nothing is started."""
    start_early(["--json"], home)
    assert not child_start._early
    monkeypatch.setattr(child_start, "CHILD_FROM", 10)
    for args in (["--dsn", "postgresql://x/y"], ["--json", "--ds=postgresql://x/y"]):
        start_early(args, home)
        assert not child_start._early
    start_early([], tmp_path / "empty-home")
    assert not child_start._early


def test_an_early_child_never_taken_is_ended_at_exit(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A child started early that no source takes (the command failed first) is ended by the
    exit handler; started once however often asked."""
    monkeypatch.setattr(child_start, "CHILD_FROM", 10)
    start_early(["--json"], home)
    start_early(["--json"], home)
    assert len(child_start._early) == 1
    early = next(iter(child_start._early.values()))
    assert early.poll() is None
    child_start._end_early()
    assert early.returncode is not None and not child_start._early


@pytest.mark.parametrize("size", [1 << 16, 97])
def test_inputs_read_in_two_parts_join_into_the_whole(
    home: Path, size: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Split at any rowid (none on one side, in one range, across ranges), the two parts'
    matrices joined are the whole's, version by version."""
    monkeypatch.setattr(input_reader, "_RANGE", size)
    with sqlite3.connect(district_db_path(home)) as connection:
        end = connection.execute("SELECT max(rowid) FROM records").fetchone()[0]
        features = {("a", "1.0.0"): FEATURES}
        whole = read_inputs(connection, last=end, features=features)
        for split in (0, 1, 500, 1234, end, end + 1):
            parts = [
                read_inputs(connection, last=split - 1, features=features),
                read_inputs(connection, first=split, last=end, features=features),
            ]
            found = joined(*parts)
            assert sorted(found) == sorted(whole)
            for key, (names, matrix) in whole.items():
                assert found[key][0] == names
                assert np.array_equal(found[key][1], matrix, equal_nan=True), (split, key)
    with pytest.raises(ValueError):
        joined({("a", "1"): (("x",), np.zeros((1, 1)))}, {("a", "1"): (("y",), np.zeros((1, 1)))})
