"""field.py's one pass over the decisions gives, per model, what SQLite itself computes."""

from __future__ import annotations

import json
import sqlite3
import uuid
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from desktop.district.database import DistrictDB
from desktop.monitoring.field import Decisions, input_matrix
from desktop.monitoring.in_force import current_outcomes

FEATURES = ("age", "bmi", "glu")
# The reference: one model version's decisions as SQL alone gives them (the day by SQLite's
# date arithmetic, the late day and the model by its JSON functions).
REFERENCE = """
SELECT d.uuid, d.device_id,
       coalesce(json_extract(d.explanation, '$.decided_on'),
                date(d.created_utc, printf('%+d minutes', d.local_offset_min))) AS day,
       d.prediction,
       CASE d.decision WHEN 'accept' THEN 0 WHEN 'partial' THEN 1 WHEN 'override' THEN 2 END,
       CASE d.clinician_estimate WHEN 'low' THEN 0.0 WHEN 'medium' THEN 1.0
                                 WHEN 'high' THEN 2.0 END,
       json_extract(d.inputs, '$.age'), json_extract(d.inputs, '$.bmi'),
       json_extract(d.inputs, '$.glu')
FROM records d WHERE d.kind = 'decision' AND json_extract(d.model, '$.id') = ?
  AND json_extract(d.model, '$.version') = ? AND day >= ? ORDER BY d.rowid
"""
MODELS = (
    {"id": "a", "version": "1.0.0"},
    {"id": "b", "version": "2.0.0", "package_hash": "ab" * 32},
    {"id": "a", "version": "1.0.0", "package_hash": "cd" * 32},  # same version, other text
    {"id": "a", "version": 2},  # not a string: counted, never reported
)


def _district(path: Path, rng: np.random.Generator) -> None:
    """Decisions of the models above interleaved, at local offsets around midnight, some
    entered late, with every decision code and estimate, gaps in the inputs, and outcomes
    of which some are corrected."""
    DistrictDB.open(path).close()
    rows: list[dict[str, Any]] = []
    for i in range(3000):
        day = np.datetime64("2026-01-01") + np.timedelta64(int(rng.integers(0, 90)), "D")
        minute = int(rng.integers(0, 1440))
        created = f"{day}T{minute // 60:02d}:{minute % 60:02d}:07.123456Z"
        inputs: dict[str, Any] = {f: round(float(rng.normal(50, 10)), 2) for f in FEATURES}
        if i % 7 == 0:
            inputs["bmi"] = None
        if i % 11 == 0:
            del inputs["glu"]
        explanation: dict[str, Any] = {"base_value": 0.3}
        if i % 13 == 0:
            explanation["decided_on"] = str(day - np.timedelta64(int(rng.integers(1, 20)), "D"))
        rows.append(
            {
                "kind": "decision",
                "device_id": f"clinic-{int(rng.integers(0, 12)):02d}",
                "created_utc": created,
                "local_offset_min": int(rng.choice([0, 180, -300, 330, -60])),
                "model": json.dumps(MODELS[i % len(MODELS)]),
                "inputs": None if i % 97 == 0 else json.dumps(inputs),
                "prediction": float(rng.random()),
                "explanation": json.dumps(explanation),
                "decision": ("accept", "partial", "override")[i % 3],
                "clinician_estimate": (None, "low", "medium", "high")[i % 4],
            }
        )
    for i, decision in enumerate(list(rows)):
        if i % 3 == 2:  # no outcome yet
            continue
        first = _outcome(decision, observed=i % 4 == 0)
        rows.append(first)
        if i % 10 == 0:  # recorded wrong, then corrected
            rows.append(_outcome(decision, observed=i % 4 != 0, supersedes=first["uuid"]))
    with sqlite3.connect(path) as connection:
        for seq, given in enumerate(rows, start=1):
            row = {"uuid": str(uuid.uuid4()), "local_offset_min": 0, "device_id": "c-00", **given}
            row |= {"seq": seq, "prev_hash": "0" * 64, "app_version": "t", "hash": "f" * 64}
            names, marks = ", ".join(row), ", ".join("?" * len(row))
            connection.execute(f"INSERT INTO records ({names}) VALUES ({marks})", [*row.values()])


def _outcome(
    decision: dict[str, Any], *, observed: bool, supersedes: str | None = None
) -> dict[str, Any]:
    """An outcome record observing `decision` (given its id on the way)."""
    decision.setdefault("uuid", str(uuid.uuid4()))
    body = {"observes": decision["uuid"], "observed": int(observed), "supersedes": supersedes}
    return {
        "uuid": str(uuid.uuid4()),
        "kind": "outcome",
        "created_utc": decision["created_utc"],
        "body": json.dumps(body),
    }


@pytest.mark.parametrize("since", ["0000-00-00", "2026-02-01", "2026-02-15x"])
def test_one_pass_gives_each_model_what_sql_computes(tmp_path: Path, since: str) -> None:
    """Per model version: the same decisions in the same order, days (local offsets across
    midnight, late entries), codes, inputs (null and absent: NaN) and outcomes in force as
    SQLite's own date and JSON functions give; `since` compared as SQL compares text."""
    path = tmp_path / "district.sqlite"
    _district(path, np.random.default_rng(3))
    with sqlite3.connect(path) as connection:
        outcomes = current_outcomes(connection)
        decisions = Decisions(connection, outcomes)
        versions = decisions.model_versions()
        assert versions == [("a", "1.0.0", 1500), ("a", "2", 750), ("b", "2.0.0", 750)]
        for model, version in (("a", "1.0.0"), ("b", "2.0.0"), ("a", "2")):
            field = decisions.field(model=model, version=version, features=FEATURES, since=since)
            rows = connection.execute(REFERENCE, [model, version, since]).fetchall()
            assert field.n == len(rows) and (field.n > 0) == (version != "2")
            if not rows:
                continue
            ids, devices, days, *values = zip(*rows, strict=True)
            assert [field.devices[i] for i in field.device] == list(devices)
            assert list(field.devices) == sorted(set(devices))
            assert field.day.tolist() == np.asarray(days, dtype="datetime64[D]").tolist()
            expected = np.asarray(values, dtype=np.float64)
            assert np.array_equal(field.prediction, expected[0])
            assert field.decision.tolist() == expected[1].astype(int).tolist()
            assert np.array_equal(field.estimate, expected[2], equal_nan=True)
            assert np.array_equal(field.inputs, expected[3:].T, equal_nan=True)
            observed = [outcomes.get(i, np.nan) for i in ids]
            assert np.array_equal(field.observed, observed, equal_nan=True)
            assert np.isnan(field.inputs).any() and not np.isnan(field.observed).all()


def test_corrected_outcome_is_the_one_in_force(tmp_path: Path) -> None:
    """A correction's value replaces the outcome it supersedes; the superseded value is gone."""
    path = tmp_path / "district.sqlite"
    _district(path, np.random.default_rng(4))
    with sqlite3.connect(path) as connection:
        outcomes = current_outcomes(connection)
        bodies = [
            json.loads(b)
            for (b,) in connection.execute("SELECT body FROM records WHERE kind = 'outcome'")
        ]
    corrections = [b for b in bodies if b["supersedes"]]
    assert corrections and len(outcomes) == len(bodies) - len(corrections)
    for body in corrections:
        assert outcomes[body["observes"]] == body["observed"]


def test_outcomes_in_force_when_a_body_is_not_an_object_or_has_no_value(tmp_path: Path) -> None:
    """A body that is not a JSON object counts as empty and one without a value is left out,
    beside outcomes read the fast way (every body an object, no correction) and the other."""
    path = tmp_path / "outcomes.sqlite"
    plain = [("o1", {"observes": "d1", "observed": 1}), ("o2", {"observes": "d2", "observed": 0})]
    odd = [*plain, ("o3", [1, 2]), ("o4", {"observes": "d4", "observed": None}), ("o5", None)]
    corrected = [*plain, ("o6", {"observes": "d1", "observed": 0.5, "supersedes": "o1"})]
    expected = (
        {"d1": 1.0, "d2": 0.0},
        {"d1": 1.0, "d2": 0.0},
        {"d1": 0.5, "d2": 0.0},
    )
    for index, (rows, want) in enumerate(zip((plain, odd, corrected), expected, strict=True)):
        with sqlite3.connect(path.with_name(f"{index}.sqlite")) as connection:
            connection.execute("CREATE TABLE records (uuid TEXT, kind TEXT, body TEXT)")
            connection.executemany(
                "INSERT INTO records VALUES (?, 'outcome', ?)",
                [(uuid, None if body is None else json.dumps(body)) for uuid, body in rows],
            )
            connection.execute("INSERT INTO records VALUES ('d1', 'decision', NULL)")
            found = current_outcomes(connection)
            assert found == want and all(type(v) is float for v in found.values())


def test_the_input_matrix_of_odd_texts_has_nan_where_a_value_is_missing() -> None:
    """Column by column when every object has every feature; else (absent, null, not an
    object, NULL or empty text) NaN in its place; one feature and none work alike."""
    whole = ['{"a": 1, "b": 2.5}', '{"b": -1, "a": 0}']
    odd = [*whole, '{"a": 3}', '{"a": null, "b": 4}', "[1, 2]", '"text"', None, ""]
    nan = np.nan
    assert np.array_equal(input_matrix(whole, ["a", "b"]), [[1, 2.5], [0, -1]])
    expected = [[1, 2.5], [0, -1], [3, nan], [nan, 4], *[[nan, nan]] * 4]
    assert np.array_equal(input_matrix(odd, ["a", "b"]), expected, equal_nan=True)
    assert np.array_equal(input_matrix(odd, ["b"]), [[r[1]] for r in expected], equal_nan=True)
    assert input_matrix(odd, []).shape == (8, 0)
    assert input_matrix([], ["a"]).shape == (0, 1)


def test_an_input_text_of_two_values_or_none_counts_as_missing_and_moves_nothing() -> None:
    """A text holding two JSON values, or no JSON at all, is that decision's inputs missing;
    the rows after it keep their own values."""
    texts = ['{"a": 1}', "1, 2", '{"a": 3}', "not json", '{"a": 5}', '{"a": 6} {"a": 7}']
    expected = [[1], [np.nan], [3], [np.nan], [5], [np.nan]]
    assert np.array_equal(input_matrix(texts, ["a"]), expected, equal_nan=True)
