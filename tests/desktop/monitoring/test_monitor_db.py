"""`kuona monitor` over a real district database: SQL grouping, corrections, CLI output."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import numpy as np
import pytest
from sklearn.metrics import brier_score_loss, roc_auc_score

from desktop.monitoring.report import monitor
from models.catalog import BUILTIN_CATALOG
from models.signing import TrustStore
from models.verify import VerifiedPackage, verify_package
from tests.desktop.cli.runner import kuona
from tests.desktop.monitoring.district_sim import write_district
from tests.desktop.monitoring.simulate import TODAY, Clinic, simulate


@pytest.fixture(scope="module")
def pima() -> VerifiedPackage:
    """The shipped pima package, verified."""
    return verify_package(BUILTIN_CATALOG / "pima-diabetes-lr", TrustStore.load())


def test_the_district_database_gives_the_same_figures_as_scikit_learn(
    pima: VerifiedPackage, tmp_path: Path
) -> None:
    """Per clinic, from SQL: AUROC and Brier equal sklearn's; a corrected outcome counts once,
    with its corrected value; the shifted clinic alone is miscalibrated."""
    clinics = [Clinic("clinic-a", 600, outcome_share=0.7), Clinic("clinic-b", 600, logit_shift=1.5)]
    field = simulate(pima, clinics, seed=11)
    path = tmp_path / "district.sqlite"
    write_district(path, field, correct_first=40)
    with sqlite3.connect(path) as connection:
        report = monitor(connection, package_for=lambda i, v: pima, today=TODAY)
    (model,) = report["models"]
    assert (model["model"], model["decisions"]) == ("pima-diabetes-lr", 1200)
    assert model["outcomes"] == int((~np.isnan(field.observed)).sum())
    devices = {g["key"]: g for g in model["groups"] if g["by"] == "device"}
    for index, name in enumerate(field.devices):
        mask = (field.device == index) & ~np.isnan(field.observed)
        y, p = field.observed[mask], field.prediction[mask]
        metrics = devices[name]["metrics"]
        assert metrics["auroc"]["value"] == pytest.approx(roc_auc_score(y, p), abs=1e-9)
        assert metrics["brier"]["value"] == pytest.approx(brier_score_loss(y, p), abs=1e-9)
    miscalibrated = {a["group"] for a in model["alarms"] if a["code"] == "miscalibration"}
    assert "device:clinic-b" in miscalibrated and "device:clinic-a" not in miscalibrated
    months = [g["key"] for g in model["groups"] if g["by"] == "month"]
    assert months == sorted(months) and len(months) == 6


def test_since_keeps_only_later_decisions(pima: VerifiedPackage, tmp_path: Path) -> None:
    """--since 2026-04-01 leaves out the decisions of January to March."""
    field = simulate(pima, [Clinic("a", 300)], seed=5)
    path = tmp_path / "district.sqlite"
    write_district(path, field)
    with sqlite3.connect(path) as connection:
        report = monitor(connection, package_for=lambda i, v: pima, since="2026-04-01")
    later = int((field.day >= np.datetime64("2026-04-01")).sum())
    assert report["models"][0]["decisions"] == later < 300


def test_kuona_monitor_prints_json_csv_and_sentences(pima: VerifiedPackage, tmp_path: Path) -> None:
    """The CLI reads KUONA_HOME's district database: JSON of the documented shape, two CSV
    files, and the alarms as sentences in the chosen language."""
    home = tmp_path / "home"
    field = simulate(pima, [Clinic("a", 400), Clinic("b", 400, logit_shift=1.5)], seed=2)
    write_district(home / "district" / "district.sqlite", field)
    result = kuona("monitor", "--json", "--csv", str(tmp_path / "csv"), home=home)
    assert result.returncode == 0, result.stderr
    (model,) = json.loads(result.stdout)["models"]
    for key in ("model", "version", "decisions", "outcomes", "followup_completeness", "metrics"):
        assert key in model
    assert set(model["metrics"]["auroc"]) >= {"value", "ci95", "n", "events"}
    assert set(model["metrics"]["calibration"]) >= {"intercept", "slope", "oe_ratio"}
    assert {g["by"] for g in model["groups"]} == {"device", "month", "subgroup"}
    assert set(model["drift"]["features"]) == set(pima.card.feature_ids)
    assert "multivariate" in model["drift"] and "overrides" in model
    for alarm in model["alarms"]:
        assert set(alarm) >= {"code", "group", "feature", "value", "reference"}
    assert (tmp_path / "csv" / "monitor_groups.csv").read_text().startswith("model,version,by")
    text = kuona("--lang", "fr", "monitor", home=home)
    assert text.returncode == 0, text.stderr
    assert "Centre b : les risques prédits ne correspondent pas" in text.stdout
