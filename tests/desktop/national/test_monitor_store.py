"""`kuona monitor --dsn`: the national store gives the same monitoring report as the district
database it was pushed from (one report, two backends)."""

from __future__ import annotations

import json
import math
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import psycopg

from desktop.audit.entry import from_row
from desktop.audit.record import GENESIS, record_hash
from desktop.monitoring.field import EVER
from desktop.monitoring.report import monitor
from desktop.national.monitor_source import NationalSource
from desktop.national.push import push
from models.catalog import BUILTIN_CATALOG
from models.signing import TrustStore
from models.verify import VerifiedPackage, verify_package
from tests.desktop.cli.runner import kuona
from tests.desktop.monitoring.district_sim import write_district
from tests.desktop.monitoring.simulate import TODAY, Clinic, simulate


def _chained_district(
    path: Path,
    pima: VerifiedPackage,
    *,
    layouts: bool = False,
    change: Callable[[sqlite3.Connection], None] | None = None,
) -> None:
    """Three clinics' decisions and outcomes (some corrected), each device's records then
    hash-chained as the clinic would have written them. With `layouts`, some decisions'
    inputs are in another order, lack a feature, have one more, a null, or none at all;
    `change` changes the records before they are chained."""
    clinics = [Clinic("a", 300, outcome_share=0.7), Clinic("b", 250, logit_shift=1.5)]
    write_district(path, simulate(pima, [*clinics, Clinic("c", 200)], seed=7), correct_first=30)
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    if layouts:
        _vary_layouts(conn)
    if change is not None:
        with conn:
            change(conn)
    rows = [dict(r) for r in conn.execute("SELECT * FROM records ORDER BY device_id, seq")]
    previous: dict[str, str] = {}
    with conn:
        for row in rows:
            data = {**from_row(row), "prev_hash": previous.get(row["device_id"], GENESIS)}
            data["hash"] = previous[row["device_id"]] = record_hash(data)
            conn.execute(
                "UPDATE records SET prev_hash = ?, hash = ? WHERE uuid = ?",
                [data["prev_hash"], data["hash"], row["uuid"]],
            )
    conn.close()


def _vary_layouts(conn: sqlite3.Connection) -> None:
    """Rewrite some decisions' inputs: reversed, without "skin", with an extra key, with
    "glu" null, or empty."""
    decisions = conn.execute(
        "SELECT uuid, inputs FROM records WHERE kind = 'decision' ORDER BY device_id, seq"
    ).fetchall()
    with conn:
        for i, (record_id, text) in enumerate(decisions):
            inputs = json.loads(text)
            changed = [
                dict(reversed(inputs.items())),
                {k: v for k, v in inputs.items() if k != "skin"},
                {**inputs, "extra": 5.0},
                {**inputs, "glu": None},
                {},
                inputs,
            ][i % 6]
            conn.execute(
                "UPDATE records SET inputs = ? WHERE uuid = ?", [json.dumps(changed), record_id]
            )


def _same(a: Any, b: Any, where: str = "") -> None:
    """Equal JSON, numbers to 1e-12."""
    if isinstance(a, dict):
        assert isinstance(b, dict) and sorted(a) == sorted(b), where
        for key in a:
            _same(a[key], b[key], f"{where}.{key}")
    elif isinstance(a, list):
        assert isinstance(b, list) and len(a) == len(b), where
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            _same(x, y, f"{where}[{i}]")
    elif isinstance(a, float) and isinstance(b, float | int):
        assert math.isclose(a, b, rel_tol=1e-12, abs_tol=1e-12) or a == b, (where, a, b)
    else:
        assert a == b, (where, a, b)


def test_the_national_store_gives_the_district_s_report(
    tmp_path: Path, dsn: str, pima: VerifiedPackage
) -> None:
    """Pushed whole, the store's report equals the district's: every figure to 1e-12, the same
    alarms (one clinic miscalibrated), with --since too."""
    path = tmp_path / "district.sqlite"
    _chained_district(path, pima)
    result = push(path, dsn, district="D")
    assert all(not t.tampering and not t.gaps for t in result.devices.values())
    for since in (None, "2026-03-01"):
        with sqlite3.connect(path) as district:
            expected = monitor(district, package_for=lambda i, v: pima, since=since, today=TODAY)
        with psycopg.connect(dsn) as conn:
            found = monitor(
                NationalSource(conn), package_for=lambda i, v: pima, since=since, today=TODAY
            )
        plain = json.loads(json.dumps(expected, default=float))
        _same(plain, json.loads(json.dumps(found, default=float)))
        (model,) = found["models"]
        alarms = {(a["code"], a.get("group")) for a in model["alarms"]}
        assert ("miscalibration", "device:b") in alarms and model["decisions"] > 300


def test_decisions_of_several_input_layouts_give_the_district_s_report(
    tmp_path: Path, dsn: str, pima: VerifiedPackage
) -> None:
    """Decisions of one model version whose inputs come in five layouts (another order, a
    feature missing, one more, none; and nulls): the store's report equals the district's, and
    the store gives each decision its own inputs (NaN where it has none)."""
    path = tmp_path / "district.sqlite"
    _chained_district(path, pima, layouts=True)
    push(path, dsn, district="D")
    with sqlite3.connect(path) as district:
        expected = monitor(district, package_for=lambda i, v: pima, today=TODAY)
    with psycopg.connect(dsn) as conn:
        source = NationalSource(conn)
        assert (
            len(source.layouts[("pima-diabetes-lr", pima.card.version)]) == 5
        )  # (a null keeps its layout)
        found = monitor(source, package_for=lambda i, v: pima, today=TODAY)
    _same(
        json.loads(json.dumps(expected, default=float)),
        json.loads(json.dumps(found, default=float)),
    )
    with sqlite3.connect(path) as district:
        rows = district.execute(
            "SELECT inputs FROM records WHERE kind = 'decision' ORDER BY device_id, seq"
        ).fetchall()
    features = pima.card.feature_ids
    with psycopg.connect(dsn) as conn:
        field = NationalSource(conn).load_field(
            model="pima-diabetes-lr", version=pima.card.version, features=features, since=EVER
        )
    # each clinic's decisions in the order the store sent them: compare as sorted rows
    expected_rows = sorted(
        tuple(-1.0 if (v := json.loads(t).get(f)) is None else v for f in features) for (t,) in rows
    )
    found_rows = sorted(tuple(np.nan_to_num(row, nan=-1.0).tolist()) for row in field.inputs)
    assert found_rows == expected_rows and np.isnan(field.inputs).any()


def test_kuona_monitor_dsn_prints_the_report(tmp_path: Path, dsn: str) -> None:
    """kuona monitor --dsn URL --json reads the store (no district database needed); an
    unreachable store is one line on stderr, exit 1."""
    path = tmp_path / "district.sqlite"
    pima = verify_package(BUILTIN_CATALOG / "pima-diabetes-lr", TrustStore.load())
    _chained_district(path, pima)
    push(path, dsn, district="D")
    result = kuona("monitor", "--dsn", dsn, "--json", home=tmp_path / "home")
    assert result.returncode == 0, result.stderr
    (model,) = json.loads(result.stdout)["models"]
    assert model["model"] == "pima-diabetes-lr" and model["decisions"] == 750
    bad = kuona("monitor", "--dsn", "postgresql://kuona:secret@127.0.0.1:1/x", home=tmp_path)
    assert bad.returncode == 1 and "secret" not in bad.stderr and "127.0.0.1" in bad.stderr


def test_a_version_read_when_more_decisions_came_than_counted(
    tmp_path: Path, dsn: str, pima: VerifiedPackage
) -> None:
    """Decisions pushed after the versions were counted (another push between two
    statements) are read all the same: the arrays grow, nothing is cut or overwritten."""
    path = tmp_path / "district.sqlite"
    _chained_district(path, pima)
    push(path, dsn, district="D")
    with psycopg.connect(dsn) as conn:
        expected = NationalSource(conn).load_field(
            model="pima-diabetes-lr", version=pima.card.version, features=(), since=EVER
        )
    with psycopg.connect(dsn) as conn:
        short = NationalSource(conn)
        short.versions = [(m, v, 1) for m, v, _ in short.versions]  # as if counted before
        found = short.load_field(
            model="pima-diabetes-lr", version=pima.card.version, features=(), since=EVER
        )
    assert found.n == expected.n == 750
    for name in ("prediction", "observed", "day", "decision", "device"):
        np.testing.assert_array_equal(getattr(found, name), getattr(expected, name))
