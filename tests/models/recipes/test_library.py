"""The shipped training case libraries: real held-out cases only, every category, today's
predictions, and exactly what the seeded selection step writes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from models.case_category import BORDERLINE, CATEGORIES, OUT_OF_RANGE, TYPICAL, WRONG, categorise
from models.catalog import BUILTIN_CATALOG
from models.recipes import library
from models.signing import TrustStore
from models.verify import VerifiedPackage, verify_package

MODELS = ["pima-diabetes-lr", "birthwt-low-gb", "heart-cad-mlp"]


@pytest.fixture(scope="module")
def packages() -> dict[str, VerifiedPackage]:
    """The verified catalog packages."""
    trust = TrustStore.load()
    return {m: verify_package(BUILTIN_CATALOG / m, trust) for m in MODELS}


@pytest.fixture(scope="module")
def splits() -> dict[str, tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """Each recipe's own training rows, test rows and test outcomes (seeded split, no training)."""
    return {m: library.split_rows(m) for m in MODELS}


def _shipped(model_id: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((library.LIBRARY / f"{model_id}.json").read_text("utf-8"))
    return data


def _vector(case: dict[str, Any], package: VerifiedPackage) -> list[float]:
    return [float(case["inputs"][f]) for f in package.card.feature_ids]


@pytest.mark.parametrize("model_id", MODELS)
def test_every_case_is_a_held_out_row_and_never_a_training_row(
    model_id: str, packages: dict[str, VerifiedPackage], splits: dict[str, Any]
) -> None:
    """Each case is its test-split row (values and true outcome); none equals a training row."""
    x_train, x_test, y_test = splits[model_id]
    training = {tuple(row) for row in x_train.tolist()}
    cases = _shipped(model_id)["cases"]
    for case in cases:
        values = _vector(case, packages[model_id])
        row = case["holdout_row"]
        assert x_test[row].tolist() == values, case["id"]
        assert int(y_test[row]) == case["outcome"], case["id"]
        assert tuple(values) not in training, case["id"]
    assert len({c["holdout_row"] for c in cases}) == len(cases)


@pytest.mark.parametrize("model_id", MODELS)
def test_at_least_30_cases_covering_every_category(
    model_id: str, packages: dict[str, VerifiedPackage], splits: dict[str, Any]
) -> None:
    """≥ 30 cases; typical, borderline and wrong always; every eligible out-of-range test row."""
    shipped = _shipped(model_id)
    cases = shipped["cases"]
    assert len(cases) >= 30
    present = {c["category"] for c in cases}
    assert {TYPICAL, BORDERLINE, WRONG} <= present
    card = packages[model_id].card
    x_train, x_test, _ = splits[model_id]
    training = {tuple(row) for row in x_train.tolist()}
    outside = [
        i
        for i, row in enumerate(x_test.tolist())
        if tuple(row) not in training
        and any(
            not f.minimum <= v <= f.maximum
            for f, v in zip(card.features, row, strict=True)
            if f.minimum is not None and f.maximum is not None
        )
    ]
    assert outside, "every demo model's test split has some out-of-range rows"
    assert sorted(c["holdout_row"] for c in cases if OUT_OF_RANGE in c["tags"]) == outside
    assert shipped["counts"] == {k: sum(c["category"] == k for c in cases) for k in CATEGORIES}


@pytest.mark.parametrize("model_id", MODELS)
def test_predictions_and_categories_match_the_package_now(
    model_id: str, packages: dict[str, VerifiedPackage]
) -> None:
    """The stored prediction is what the package predicts today; the tags follow from it."""
    package = packages[model_id]
    cases = _shipped(model_id)["cases"]
    rows = np.array([_vector(c, package) for c in cases])
    now = package.runner.predict(rows, output_space="probability")
    for case, p in zip(cases, now.tolist(), strict=True):
        assert case["prediction"] == pytest.approx(p, abs=package.card.tolerance), case["id"]
        kind = categorise(package.card, case["inputs"], prediction=p, outcome=case["outcome"])
        assert (kind.category, list(kind.tags)) == (case["category"], case["tags"]), case["id"]


@pytest.mark.parametrize("model_id", MODELS)
def test_shipped_file_is_what_the_selection_step_writes(
    model_id: str, packages: dict[str, VerifiedPackage]
) -> None:
    """Re-running the seeded selection gives the same file (predictions to the card's tolerance).

    onnxruntime's float32 sums may round differently on another CPU, so predictions are
    compared within the tolerance the card states; every other byte must be identical.
    """
    fresh = json.loads(library.dumps(library.library_for(model_id)))
    shipped = json.loads((library.LIBRARY / f"{model_id}.json").read_text(encoding="utf-8"))
    tolerance = packages[model_id].card.tolerance
    for new, old in zip(fresh["cases"], shipped["cases"], strict=True):
        assert new.pop("prediction") == pytest.approx(old.pop("prediction"), abs=tolerance)
    assert fresh == shipped


def test_test_rows_equal_to_training_rows_are_reported_and_never_chosen() -> None:
    """birthwt's duplicated records that straddle the split are listed and left out."""
    shipped = _shipped("birthwt-low-gb")
    excluded = shipped["selection"]["training_duplicates_excluded"]
    assert len(excluded) == 5
    assert not {c["holdout_row"] for c in shipped["cases"]} & set(excluded)


def test_training_duplicates_compares_every_feature() -> None:
    """A test row counts as a training duplicate only when all its values are equal."""
    train = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
    test = np.array([[1.0, 2.0, 3.0], [1.0, 2.0, 3.5], [4.0, 5.0, 6.0]])
    assert library.training_duplicates(test, train) == [0, 2]


def test_a_holdout_that_is_not_the_test_split_is_refused(splits: dict[str, Any]) -> None:
    """One changed value (or one row fewer) makes the selection step stop."""
    _, x_test, y_test = splits["pima-diabetes-lr"]
    changed = x_test.copy()
    changed[3, 1] += 1
    with pytest.raises(ValueError, match="not the recipe's test split"):
        library.check_test_split(changed, y_test, x_test, y_test)
    with pytest.raises(ValueError, match="not the recipe's test split"):
        library.check_test_split(x_test[1:], y_test[1:], x_test, y_test)


def test_library_is_written_where_the_app_ships_it(tmp_path: Path) -> None:
    """write_all writes one file per demo model, each readable by the app's loader."""
    from desktop.training.cases import load_library

    paths = library.write_all(out=tmp_path)
    assert sorted(p.name for p in paths) == sorted(f"{m}.json" for m in MODELS)
    for model_id in MODELS:
        loaded = load_library(model_id, folder=tmp_path)
        assert len(loaded.cases) >= 30
        assert loaded.model_sha256 == _shipped(model_id)["model_sha256"]
