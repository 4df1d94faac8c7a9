"""The value of each decision's outcome in force, in the order field.py reads the decisions
(in_force.observed_in_order): what the child process sends instead of the outcomes by id, the
same here and in the child, and a child whose output is cut or counts other decisions is not
trusted."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from desktop.monitoring import in_force, input_reader, source
from desktop.monitoring.field import Decisions
from desktop.monitoring.in_force import current_outcomes, observed_in_order
from desktop.monitoring.source import DistrictSource
from tests.desktop.monitoring.test_field_scan import FEATURES, _district
from tests.desktop.monitoring.test_input_reader import _check


@pytest.fixture(scope="module")
def district(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """test_field_scan's district: corrected (superseded) outcomes, decisions without one."""
    path = tmp_path_factory.mktemp("district") / "district.sqlite"
    _district(path, np.random.default_rng(6))
    return path


def _by_id(connection: sqlite3.Connection, last: int) -> list[float]:
    """Each decision's outcome looked up by its id, a row at a time."""
    outcomes = current_outcomes(connection)
    rows = connection.execute(
        "SELECT uuid FROM records WHERE kind = 'decision' AND rowid <= ?", [last]
    )
    return [outcomes.get(uuid, np.nan) for (uuid,) in rows]


@pytest.mark.parametrize("size", [1 << 16, 5])
def test_the_outcomes_in_order_are_those_looked_up_by_id(
    district: Path, size: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In one range of rows or many, up to any rowid (beyond the last one too): each
    decision's value is that of its id among the outcomes in force (corrections replace the
    superseded value; none: NaN)."""
    monkeypatch.setattr(in_force, "_RANGE", size)
    with sqlite3.connect(district) as connection:
        outcomes = current_outcomes(connection)
        end = connection.execute("SELECT max(rowid) FROM records").fetchone()[0]
        for last in (0, 1, 777, end, 10**9):
            found = observed_in_order(connection, last=last, outcomes=outcomes)
            expected = _by_id(connection, last)
            assert found.dtype == np.float64
            assert np.array_equal(found, expected, equal_nan=True), last
        assert np.isnan(found).any() and not np.isnan(found).all()


def test_ids_holding_the_separator_or_null_are_read_a_row_at_a_time(tmp_path: Path) -> None:
    """A range whose ids do not split into its count (one holds the unit separator, one is
    NULL) is read again a row at a time: every value still in its decision's place."""
    path = tmp_path / "odd.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE records (uuid TEXT, kind TEXT, body TEXT)")
        rows = [("d1", "decision", None), ("d\x1fx", "decision", None)]
        rows += [(None, "decision", None), ("d4", "decision", None)]
        rows += [("o1", "outcome", '{"observes": "d\\u001fx", "observed": 1}')]
        rows += [("o2", "outcome", '{"observes": "d4", "observed": 0}')]
        connection.executemany("INSERT INTO records VALUES (?, ?, ?)", rows)
        outcomes = current_outcomes(connection)
        found = observed_in_order(connection, last=10, outcomes=outcomes)
    assert np.array_equal(found, [np.nan, 1.0, np.nan, 0.0], equal_nan=True)


def test_observe_refuses_values_of_another_number_of_decisions(district: Path) -> None:
    """Decisions read without their ids take one value per decision, no more, no fewer."""
    with sqlite3.connect(district) as connection:
        decisions = Decisions(connection, None, last=10**9)
        observed = observed_in_order(connection, last=10**9, outcomes=current_outcomes(connection))
    assert len(decisions) == len(observed) == 3000
    for wrong in (observed[:-1], np.append(observed, 1.0)):
        with pytest.raises(ValueError):
            decisions.observe(wrong)
    decisions.observe(observed)


@pytest.mark.parametrize("fault", ["cut", "fewer"])
def test_a_child_whose_output_is_cut_or_counts_other_decisions_is_not_trusted(
    district: Path, fault: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The child's output cut short (refused as not whole), or read whole with one decision
    fewer than read here: the inputs and outcomes are read here instead, the same fields."""
    monkeypatch.setattr(source, "CHILD_FROM", 10)
    decoded = input_reader._decoded

    def faulty(data: bytes) -> Any:
        """The child's real output, cut or with its last decision dropped."""
        if fault == "cut":
            return decoded(data[:-3])
        matrices, observed, read_to = decoded(data)
        return matrices, observed[:-1], read_to

    monkeypatch.setattr(input_reader, "_decoded", faulty)
    uri = f"file:{district}?mode=ro"
    with sqlite3.connect(uri, uri=True) as connection:
        read = DistrictSource(connection, uri=uri, features={("a", "1.0.0"): FEATURES})
        _check(district, read)
        assert read.inputs_read_by == "here"
