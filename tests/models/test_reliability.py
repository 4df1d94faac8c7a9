"""calibration.csv in a package: signed, parsed, turned into a range; conformal validity."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from models.assessment import assess_case
from models.build import build_package, sign_package
from models.catalog import BUILTIN_CATALOG
from models.errors import Check, PackageError
from models.layout import CALIBRATION, MANIFEST
from models.reliability import NO_RANGE, conformal_half_width
from models.signing import TrustStore
from models.verify import verify_package
from tests.models.conftest import BUILTIN_CARD_TEMPLATE, resign

PIMA = BUILTIN_CATALOG / "pima-diabetes-lr"
HOLDOUT = Path(__file__).parents[2] / "models" / "recipes" / "holdout" / "pima-diabetes-lr.csv"
ANSWERS = {"pregnant": False, "male": False, "known_diabetes": False}
CASE = {"npreg": 2, "glu": 148, "bp": 70, "skin": 29, "bmi": 32, "ped": 0.4, "age": 35}
SPLITS = 100


def _pima_copy(tmp_path: Path) -> Path:
    return Path(shutil.copytree(PIMA, tmp_path / PIMA.name))


def test_calibration_file_is_listed_in_the_signed_manifest() -> None:
    """Every shipped package lists calibration.csv in its manifest, and its card says its size."""
    for folder in (PIMA, BUILTIN_CATALOG / "heart-cad-mlp", BUILTIN_CATALOG / "birthwt-low-gb"):
        manifest = json.loads((folder / MANIFEST).read_text())
        assert CALIBRATION in manifest["files"]
        card = json.loads((folder / "card.json").read_text())
        rows = (folder / CALIBRATION).read_text().strip().splitlines()
        assert card["schema_version"] == 2 and card["calibration_set"]["n"] == len(rows) - 1


def test_changed_calibration_file_is_refused(tmp_path: Path) -> None:
    """One changed outcome in calibration.csv breaks the package's hash check."""
    folder = _pima_copy(tmp_path)
    lines = (folder / CALIBRATION).read_text().splitlines()
    last = lines[1].rsplit(",", 1)
    lines[1] = f"{last[0]},{1 - int(last[1])}"
    (folder / CALIBRATION).write_text("\n".join(lines) + "\n")
    with pytest.raises(PackageError) as info:
        verify_package(folder, TrustStore.load())
    assert (info.value.check, info.value.file) == (Check.HASH_MISMATCH, CALIBRATION)


def test_calibration_file_not_in_the_manifest_is_refused(
    small_package: Path, steward: tuple[Path, TrustStore]
) -> None:
    """A calibration.csv added after signing is refused as not signed."""
    (small_package / CALIBRATION).write_text("radius,texture,smoothness,concave_points,outcome\n")
    with pytest.raises(PackageError) as info:
        verify_package(small_package, steward[1])
    assert (info.value.check, info.value.file) == (Check.FILE_NOT_SIGNED, CALIBRATION)


def test_package_without_calibration_loads_and_gives_no_range(
    small_package: Path, steward: tuple[Path, TrustStore]
) -> None:
    """A schema 1 package without calibration.csv verifies; its explanations carry `no_range`."""
    package = verify_package(small_package, steward[1])
    assert package.reliability is None
    case = dict(zip(package.card.feature_ids, package.background[0].tolist(), strict=True))
    explanation = assess_case(package, case, answers={}).explanation
    assert explanation is not None and explanation.interval is None
    assert {"code": NO_RANGE} in explanation.warnings
    assert explanation.to_json()["interval"] is None


def test_bad_outcome_in_calibration_is_refused_naming_row(
    tmp_path: Path, steward: tuple[Path, TrustStore]
) -> None:
    """An outcome that is not 0/1 is refused naming calibration.csv, the row and the column."""
    folder = _pima_copy(tmp_path)
    lines = (folder / CALIBRATION).read_text().splitlines()
    lines[3] = lines[3].rsplit(",", 1)[0] + ",2"
    (folder / CALIBRATION).write_text("\n".join(lines) + "\n")
    resign(folder, steward[0])
    with pytest.raises(PackageError) as info:
        verify_package(folder, steward[1])
    assert (info.value.check, info.value.file) == (Check.CALIBRATION_INVALID, CALIBRATION)
    assert info.value.params == {"row": "4", "column": "outcome", "reason": "not_0_or_1"}


def test_explanation_json_has_the_interval() -> None:
    """A catalog explanation carries a Venn-Abers interval around a calibrated probability."""
    package = verify_package(PIMA, TrustStore.load())
    explanation = assess_case(package, CASE, answers=ANSWERS).explanation
    assert explanation is not None
    interval = explanation.to_json()["interval"]
    assert interval["method"] == "venn-abers" and interval["coverage"] is None
    assert 0 <= interval["low"] <= interval["calibrated"] <= interval["high"] <= 1
    assert interval == package.reliability.interval(explanation.prediction)  # type: ignore[union-attr]


def test_wide_interval_warns_uncertain() -> None:
    """A range wider than the card's limit adds `uncertain` with its width."""
    package = verify_package(PIMA, TrustStore.load())
    reliability = package.reliability
    assert reliability is not None
    tight = reliability.assess(np.array([CASE[f] for f in package.card.feature_ids]), 0.4)
    assert not [w for w in tight[1] if w["code"] == "uncertain"]
    narrow = type(reliability)(**{**reliability.__dict__, "uncertain_width": 0.001})
    interval, warnings = narrow.assess(np.array([CASE[f] for f in package.card.feature_ids]), 0.4)
    width = interval["high"] - interval["low"]
    assert {"code": "uncertain", "width": round(width, 4), "limit": 0.001} in warnings


def _regression_package(tmp_path: Path, steward: tuple[Path, TrustStore]) -> Path:
    """A linear regression of 2-h glucose on the other pima inputs, with the held-out rows as
    its calibration set (coverage 0.8)."""
    from skl2onnx import to_onnx
    from sklearn.linear_model import LinearRegression

    background = np.loadtxt(PIMA / "background.csv", delimiter=",", skiprows=1)
    holdout = np.loadtxt(HOLDOUT, delimiter=",", skiprows=1)
    ids = ["npreg", "bp", "skin", "bmi", "ped", "age"]
    cols = [0, 2, 3, 4, 5, 6]
    model = LinearRegression().fit(background[:, cols], background[:, 1])
    onx = to_onnx(model, background[:1, cols].astype(np.float32), target_opset=17)
    (tmp_path / "m.onnx").write_bytes(onx.SerializeToString())
    card = json.loads(BUILTIN_CARD_TEMPLATE.read_text())
    pima = json.loads((PIMA / "card.json").read_text())
    card.update(
        schema_version=2,
        id="test-glucose-reg",
        features=[f for f in pima["features"] if f["id"] in ids],
        model_inputs=[{"name": "X", "dtype": "float32", "columns": ids}],
        output={"kind": "regression", "name": "variable", "unit": "mg/dL"},
        calibration_set={"description": "Held-out rows.", "n": len(holdout), "coverage": 0.8},
        translations={},
    )
    # schema 2 also asks for what field monitoring compares with (issue 13)
    card["outcome"].update(kind="number", horizon_days=1)
    card["metrics"]["calibration"]["oe_ratio"] = {"value": 1.0, "ci95": [0.9, 1.1]}
    (tmp_path / "card.json").write_text(json.dumps(card))
    header = ",".join(ids)
    np.savetxt(tmp_path / "bg.csv", background[:, cols], delimiter=",", header=header, comments="")
    calibration = np.c_[holdout[:, cols], holdout[:, 1]]
    np.savetxt(
        tmp_path / "cal.csv", calibration, delimiter=",", header=header + ",outcome", comments=""
    )
    out = build_package(
        onnx_path=tmp_path / "m.onnx",
        card_path=tmp_path / "card.json",
        background_path=tmp_path / "bg.csv",
        calibration_path=tmp_path / "cal.csv",
        out=tmp_path / "pkg",
    )
    sign_package(out, steward[0])
    return out


def test_regression_package_gives_a_split_conformal_interval(
    tmp_path: Path, steward: tuple[Path, TrustStore]
) -> None:
    """A regression's interval is prediction ± the conformal quantile of |residual| at 80%."""
    package = verify_package(_regression_package(tmp_path, steward), steward[1])
    case = {"npreg": 2, "bp": 70, "skin": 29, "bmi": 32, "ped": 0.4, "age": 35}
    explanation = assess_case(package, case, answers={}).explanation
    assert explanation is not None
    interval = explanation.interval
    assert interval is not None and interval["method"] == "split-conformal"
    assert interval["coverage"] == 0.8
    holdout = np.loadtxt(HOLDOUT, delimiter=",", skiprows=1)
    predicted = package.runner.predict(holdout[:, [0, 2, 3, 4, 5, 6]], output_space="raw")
    half = np.sort(np.abs(holdout[:, 1] - predicted))[int(np.ceil(161 * 0.8)) - 1]
    assert interval["low"] == pytest.approx(explanation.prediction - half, abs=1e-9)
    assert interval["high"] == pytest.approx(explanation.prediction + half, abs=1e-9)


def test_conformal_coverage_over_random_splits() -> None:
    """Over 100 random calibration/test splits of the pima held-out rows, a 90% split-conformal
    interval for 2-h glucose covers at least 90% - 2.5 points on average, and not far more."""
    background = np.loadtxt(PIMA / "background.csv", delimiter=",", skiprows=1)
    holdout = np.loadtxt(HOLDOUT, delimiter=",", skiprows=1)[:, :-1]
    design = np.c_[np.ones(len(background)), np.delete(background, 1, axis=1)]
    beta = np.linalg.lstsq(design, background[:, 1], rcond=None)[0]
    residuals = holdout[:, 1] - np.c_[np.ones(len(holdout)), np.delete(holdout, 1, axis=1)] @ beta
    rng = np.random.default_rng(7)
    covered = []
    for _ in range(SPLITS):
        order = rng.permutation(len(residuals))
        cal, test = order[:80], order[80:]
        half = conformal_half_width(residuals[cal], 0.9)
        assert half is not None
        covered.append(np.mean(np.abs(residuals[test]) <= half))
    mean = float(np.mean(covered))
    # theory: 0.9 <= E[coverage] <= 0.9 + 1/81; 2.5 points is ~4 standard errors of this mean
    assert 0.9 - 0.025 <= mean <= 0.9 + 1 / 81 + 0.025


def test_too_few_rows_for_the_coverage_gives_no_half_width() -> None:
    """With 8 rows a 90% interval would be unbounded: no half-width (the package is refused)."""
    assert conformal_half_width(np.arange(8.0), 0.9) is None
    assert conformal_half_width(np.arange(9.0), 0.9) == 8.0
