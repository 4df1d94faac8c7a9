"""`kuona monitor`'s second reader started early (child_start.start_early), before the command
has imported its models: the district source takes it and reads the same fields; none for a
small district, the national store or no database; one never taken ends at exit. And the
inputs read in two parts of the rowids (the child's and this process's) join into the whole."""

from __future__ import annotations

import io
import sqlite3
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import orjson
import pytest

from desktop.district.database import district_db_path
from desktop.monitoring import child_start, input_reader, source
from desktop.monitoring.child_start import district_uri, start_early
from desktop.monitoring.field import EVER
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


@pytest.mark.parametrize("size", [97, 1000])
def test_the_parent_reading_down_and_the_child_up_give_the_same_fields(
    home: Path, size: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In ranges of `size` rowids (the child is told the size), the parent reads from the
    last range down and the child from the first up until they meet: whoever read which, the
    fields equal the one pass's."""
    monkeypatch.setattr(input_reader, "RANGE", size)
    monkeypatch.setattr(source, "CHILD_FROM", 10)
    uri = district_uri(home)
    with sqlite3.connect(uri, uri=True) as connection:
        read = DistrictSource(connection, uri=uri, features={("a", "1.0.0"): FEATURES})
        _check(district_db_path(home), read)
    assert read.inputs_read_by == "child"


@pytest.mark.parametrize("size", [1 << 16, 97])
def test_inputs_read_in_two_parts_join_into_the_whole(
    home: Path, size: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Split at any rowid (none on one side, in one range, across ranges), the two parts'
    matrices joined are the whole's, version by version."""
    monkeypatch.setattr(input_reader, "RANGE", size)
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


def test_a_child_far_ahead_reads_every_range_and_the_parent_none(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The parent slow after asking (here: waiting until the child has announced the last
    range): the child reads every range, the parent finds each taken and reads none, and the
    fields equal the one pass's."""
    monkeypatch.setattr(input_reader, "RANGE", 97)
    monkeypatch.setattr(source, "CHILD_FROM", 10)
    reads: list[int] = []
    read, ask = input_reader.InputRanges.read, input_reader.InputsChild.ask

    def counted(ranges: input_reader.InputRanges, start: int) -> None:
        """The range read, counted (this process's reads only)."""
        reads.append(start)
        read(ranges, start)

    def ask_and_wait(child: input_reader.InputsChild, features: Any) -> None:
        """Ask, then wait for the child to reach the last range."""
        ask(child, features)
        deadline = time.monotonic() + 60
        while child._at < top and time.monotonic() < deadline:
            time.sleep(0.01)

    monkeypatch.setattr(input_reader.InputRanges, "read", counted)
    monkeypatch.setattr(input_reader.InputsChild, "ask", ask_and_wait)
    uri = district_uri(home)
    features = {("a", "1.0.0"): FEATURES}
    with sqlite3.connect(uri, uri=True) as connection:
        last = connection.execute("SELECT max(rowid) FROM records").fetchone()[0]
        top = last // 97 * 97
        found = DistrictSource(connection, uri=uri, features=features)
        found.model_versions()
        assert found.inputs_read_by == "child" and reads == []
        monkeypatch.undo()
        expected = DistrictSource(connection, features=features)
        for model, version in (("a", "1.0.0"), ("b", "2.0.0")):
            asked = {"model": model, "version": version, "features": FEATURES, "since": EVER}
            inputs = found.load_field(**asked).inputs
            assert np.array_equal(inputs, expected.load_field(**asked).inputs, equal_nan=True)


def test_the_child_stops_below_the_parents_floor(
    home: Path, monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    """Told the parent has taken the ranges from a rowid up, the child reads (and announces)
    only those below it, and says where it stopped."""
    lines = [
        {"uri": district_uri(home)},
        {"last": 5000, "range": 97},
        [],
        {"floor": 97 * 20},
    ]
    stdin = b"".join(orjson.dumps(line) + b"\n" for line in lines)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
    monkeypatch.setattr(input_reader, "RANGE", 97)
    assert input_reader.child_main() == 0
    data = capsysbinary.readouterr().out
    matrices, _, read_to = input_reader._decoded(data)
    assert read_to == 97 * 20 - 1
    assert data.count(b'{"at"') == 20 and b'{"at":1843}' in data
    with sqlite3.connect(district_db_path(home)) as connection:
        expected = read_inputs(connection, last=read_to, features={})
    assert sorted(matrices) == sorted(expected)
    for key, (names, matrix) in expected.items():
        assert matrices[key][0] == names and len(matrix) > 0
        assert np.array_equal(matrices[key][1], matrix, equal_nan=True)
