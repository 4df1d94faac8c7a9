"""The inputs read apart from the decisions (input_reader.py), here or by a child process,
give each model version the same field as the one pass that reads them with the decisions."""

from __future__ import annotations

import io
import json
import sqlite3
import sys
from pathlib import Path

import numpy as np
import orjson
import pytest

from desktop.district.database import district_db_path
from desktop.monitoring import in_force, input_reader, source
from desktop.monitoring.field import Decisions, Field
from desktop.monitoring.in_force import current_outcomes
from desktop.monitoring.input_reader import read_inputs
from desktop.monitoring.report import monitor
from desktop.monitoring.run import installed_packages, monitor_home
from desktop.monitoring.source import DistrictSource
from models.catalog import BUILTIN_CATALOG
from models.signing import TrustStore
from models.verify import verify_package
from tests.desktop.monitoring.district_sim import write_district
from tests.desktop.monitoring.simulate import Clinic, simulate
from tests.desktop.monitoring.test_field_scan import FEATURES, _district

VERSIONS = (("a", "1.0.0"), ("b", "2.0.0"), ("a", "2"))


@pytest.fixture(scope="module")
def district(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """test_field_scan's district: three versions interleaved, one in two stored texts, one
    never reported, gaps in the inputs, corrected outcomes."""
    path = tmp_path_factory.mktemp("district") / "district.sqlite"
    _district(path, np.random.default_rng(5))
    return path


def _same(found: Field, expected: Field) -> None:
    """Every array of the two fields equal (NaN where NaN)."""
    assert (found.n, found.devices, found.features) == (
        expected.n,
        expected.devices,
        expected.features,
    )
    for name in ("device", "day", "prediction", "decision", "estimate", "observed", "inputs"):
        assert np.array_equal(getattr(found, name), getattr(expected, name), equal_nan=True), name


def _check(path: Path, read: DistrictSource, features: tuple[str, ...] = FEATURES) -> None:
    """read's field of every version and `since` equals the one pass's with the inputs."""
    with sqlite3.connect(path) as connection:
        whole = Decisions(connection, current_outcomes(connection))
    assert read.model_versions() == whole.model_versions()
    for model, version in VERSIONS:
        for since in ("0000-00-00", "2026-02-01", "2026-02-15x"):
            asked = {"model": model, "version": version, "features": features, "since": since}
            _same(read.load_field(**asked), whole.field(**asked))


def test_inputs_read_here_give_the_fields_of_the_one_pass(district: Path) -> None:
    """A small district's inputs are read here; a version not among the installed ones takes
    its stored input names, and the fields equal the one pass's on every `since`."""
    with sqlite3.connect(district) as connection:
        read = DistrictSource(connection, features={("a", "1.0.0"): FEATURES})
        _check(district, read)
        assert read.inputs_read_by == "here"


def test_inputs_read_by_a_child_process_give_the_same_fields(
    district: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """From CHILD_FROM records on, a child process (`kuona --monitor-inputs`) reads the
    inputs, and the fields are the same."""
    monkeypatch.setattr(source, "CHILD_FROM", 10)
    uri = f"file:{district}?mode=ro"
    with sqlite3.connect(uri, uri=True) as connection:
        read = DistrictSource(connection, uri=uri, features={("a", "1.0.0"): FEATURES})
        _check(district, read)
        assert read.inputs_read_by == "child"


def test_a_child_that_fails_leaves_the_inputs_read_here(
    district: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A child that cannot read the database (here: another path, missing) fails, and the
    inputs are read here instead: the same fields."""
    monkeypatch.setattr(source, "CHILD_FROM", 10)
    with sqlite3.connect(district) as connection:
        missing = f"file:{tmp_path / 'missing.sqlite'}?mode=ro"
        read = DistrictSource(connection, uri=missing, features={("a", "1.0.0"): FEATURES})
        _check(district, read)
        assert read.inputs_read_by == "here"


def test_other_input_names_than_those_read_are_read_again(district: Path) -> None:
    """A field asked with other input names (fewer, in another order, unknown) than those
    the inputs were read with has these, as the one pass gives them."""
    with sqlite3.connect(district) as connection:
        read = DistrictSource(connection, features={("a", "1.0.0"): FEATURES})
        _check(district, read, features=("glu", "age", "height"))


def test_read_inputs_gives_only_the_versions_asked(district: Path) -> None:
    """`only` limits the matrices to the versions named; an unreported version has none."""
    with sqlite3.connect(district) as connection:
        found = read_inputs(connection, last=10**9, features={}, only=[("b", "2.0.0")])
        assert list(found) == [("b", "2.0.0")]
        assert found[("b", "2.0.0")][0] == FEATURES and found[("b", "2.0.0")][1].shape == (750, 3)
        assert ("a", "2") not in read_inputs(connection, last=10**9, features={})


def test_the_report_of_monitor_home_with_a_child_equals_the_one_pass(
    kuona_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`kuona monitor`'s report over a district, its inputs read by a child process, is the
    report of the one pass over the same database, value for value."""
    pima = verify_package(BUILTIN_CATALOG / "pima-diabetes-lr", TrustStore.load())
    field = simulate(pima, [Clinic("a", 400), Clinic("b", 300, logit_shift=1.0)], seed=8)
    path = district_db_path(kuona_home)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_district(path, field, correct_first=20)
    monkeypatch.setattr(source, "CHILD_FROM", 10)
    found = monitor_home(kuona_home)
    packages = installed_packages()
    with sqlite3.connect(path) as connection:
        expected = monitor(connection, package_for=lambda i, v: packages.get((i, v)))
    assert found["models"] and found["models"][0]["decisions"] == 700
    assert json.dumps(found, sort_keys=True) == json.dumps(expected, sort_keys=True)


def test_the_child_output_reads_back_whole_and_a_cut_one_is_refused(
    district: Path, monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    """child_main's output (its outcomes in several ranges of rows) reads back as the matrices
    and each decision's outcome in force read here; a cut output is refused."""
    monkeypatch.setattr(in_force, "_RANGE", 7)
    where = orjson.dumps({"uri": f"file:{district}?mode=ro"}) + b"\n"
    last = orjson.dumps({"last": 10**9, "range": 1 << 16}) + b"\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(where + last + b"[]")))
    assert input_reader.child_main() == 0
    data = capsysbinary.readouterr().out
    matrices, observed, read_to = input_reader._decoded(data)
    assert read_to == 10**9 and data.startswith(b'{"at":0}\n{"at":65536}\n')
    with sqlite3.connect(district) as connection:
        outcomes = current_outcomes(connection)
        ids = [u for (u,) in connection.execute("SELECT uuid FROM records WHERE kind = 'decision'")]
        expected = read_inputs(connection, last=10**9, features={})
    assert len(outcomes) > 7 and len(ids) == 3000
    assert np.array_equal(observed, [outcomes.get(i, np.nan) for i in ids], equal_nan=True)
    assert list(matrices) == list(expected) == [("a", "1.0.0"), ("b", "2.0.0")]
    for key, (names, matrix) in expected.items():
        assert matrices[key][0] == names
        assert np.array_equal(matrices[key][1], matrix, equal_nan=True)
    for cut in (data[:-10], data[: len(data) // 2]):
        with pytest.raises(ValueError):
            input_reader._decoded(cut)


def test_a_stored_input_text_that_is_not_one_json_value_moves_no_other_row(
    district: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Inputs stored as two JSON values or as no JSON at all (never written by an import)
    count as missing for their own decision: the one pass, the read here and the child's
    give that row NaN and every other row its own values."""
    key = ("a", "1.0.0")  # stored under two model texts
    asked = {"model": key[0], "version": key[1], "features": FEATURES, "since": "0000-00-00"}
    with sqlite3.connect(district) as connection:
        expected = Decisions(connection, current_outcomes(connection)).field(**asked).inputs
        ours = connection.execute(  # the version's decisions, in the field's order
            "SELECT rowid FROM records WHERE kind = 'decision' AND json_extract(model, '$.id')"
            " = 'a' AND json_extract(model, '$.version') = '1.0.0' ORDER BY rowid"
        ).fetchall()
    assert len(ours) == len(expected) > 100
    rows = [2, 40, len(ours) - 1]  # the rows after the first two would move without the fix
    copy = tmp_path / "district.sqlite"
    with sqlite3.connect(district) as whole, sqlite3.connect(copy) as connection:
        whole.backup(connection)  # with what its write-ahead log holds
        for text, row in zip(("1, 2", "not json", '{"age": 1} {"age": 2}'), rows, strict=True):
            connection.execute(
                "UPDATE records SET inputs = ? WHERE rowid = ?", [text, ours[row][0]]
            )
    expected = expected.copy()
    expected[rows] = np.nan
    with sqlite3.connect(copy) as connection:
        one_pass = Decisions(connection, current_outcomes(connection)).field(**asked)
        here = DistrictSource(connection, features={key: FEATURES}).load_field(**asked)
    monkeypatch.setattr(source, "CHILD_FROM", 10)
    uri = f"file:{copy}?mode=ro"
    with sqlite3.connect(uri, uri=True) as connection:
        read = DistrictSource(connection, uri=uri, features={key: FEATURES})
        by_child = read.load_field(**asked)
        assert read.inputs_read_by == "child"
    for found in (one_pass, here, by_child):
        assert np.array_equal(found.inputs, expected, equal_nan=True)
