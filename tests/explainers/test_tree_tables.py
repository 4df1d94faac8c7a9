"""Lookup tables of a tree ensemble's leaves reproduce onnxruntime's margins, row by row."""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np
import onnx
import onnxruntime as ort
import pytest
from numpy.typing import NDArray
from sklearn.ensemble import GradientBoostingClassifier, GradientBoostingRegressor
from tree_models import Data, graph_order, sklearn_model, split_thresholds, to_opset5

from explainers import explain
from explainers.onnx_trees import Tree
from explainers.tree_tables import TreeTables, build_tables
from explainers.trees import find_tree_ensemble


def _rows(data: Data) -> NDArray[np.float64]:
    """Real rows, and rows with one feature exactly on, just below or just above a threshold."""
    fitted, x = data
    order = [fitted.columns.index(f) for f in fitted.spec.features]
    real = x[:80][:, order]
    spec_column = graph_order(fitted.spec)
    probes = []
    for k, (column, t) in enumerate(split_thresholds(fitted.onnx)):
        row = real[k % len(real)].copy()
        t32 = np.float32(t)
        for value in (t32, np.nextafter(t32, np.float32(-np.inf)), np.nextafter(t32, np.inf)):
            row[spec_column[column]] = float(value)
            probes.append(row.copy())
    return np.concatenate([real, np.array(probes)])


def _graph_output(data: Data, rows: NDArray[np.float64]) -> NDArray[np.float64]:
    """onnxruntime's explained output column for rows in spec.features order."""
    fitted, _ = data
    session = ort.InferenceSession(fitted.onnx, providers=["CPUExecutionProvider"])
    feeds = {"X": rows[:, graph_order(fitted.spec)].astype(np.float32)}
    (out,) = session.run([fitted.spec.output.name], feeds)
    out = np.asarray(out, dtype=np.float64)
    return out[:, fitted.spec.output.class_index] if out.shape[1] > 1 else out[:, 0]


def _tables(data: Data) -> TreeTables:
    """The tables of the fitted model's ensemble (must exist)."""
    fitted, _ = data
    tree = find_tree_ensemble(onnx.load_from_string(fitted.onnx), fitted.spec)
    assert tree is not None
    tables = build_tables(tree.trees, tree.base_offset, tree.n_features)
    assert tables is not None
    return tables


@pytest.mark.parametrize("name", ["gb_clf", "xgb_clf", "lgbm_clf"])
def test_logistic_tables_give_the_graphs_probabilities(
    name: str, request: pytest.FixtureRequest
) -> None:
    """sigmoid(table margin) equals onnxruntime's probability on, below and above every split."""
    data = request.getfixturevalue(name)
    rows = _rows(data)
    ours = 1.0 / (1.0 + np.exp(-_tables(data).margin(rows)))
    np.testing.assert_allclose(ours, _graph_output(data, rows), rtol=0, atol=1e-6)


@pytest.mark.parametrize("opset5", [False, True])
def test_regressor_tables_give_the_graphs_values(opset5: bool) -> None:
    """Gradient boosting regressor (and as opset-5 LEQ/LT/GT/GTE TreeEnsemble): same values."""
    fitted, x = sklearn_model(
        GradientBoostingRegressor(n_estimators=30, max_depth=3, random_state=0), 6, "regression"
    )
    data = (to_opset5(fitted) if opset5 else fitted), x
    rows = _rows(data)
    np.testing.assert_allclose(
        _tables(data).margin(rows), _graph_output(data, rows), rtol=0, atol=1e-5
    )


def _leaf(value: float) -> Tree:
    """A tree that is one leaf."""
    minus = np.array([-1], dtype=np.int32)
    return Tree(
        minus, minus, minus, np.array([-2], dtype=np.int32), np.zeros(1), np.full((1, 1), value)
    )


def _stump(feature: int, threshold: float, left: float, right: float) -> Tree:
    """x[feature] <= threshold gives left, else right."""
    return Tree(
        np.array([1, -1, -1], dtype=np.int32),
        np.array([2, -1, -1], dtype=np.int32),
        np.array([1, -1, -1], dtype=np.int32),
        np.array([feature, -2, -2], dtype=np.int32),
        np.array([threshold, 0.0, 0.0]),
        np.array([[0.0], [left], [right]]),
    )


def test_hand_made_ensemble_with_a_single_leaf_tree() -> None:
    """A one-leaf tree adds a constant; a feature no tree reads never changes the margin."""
    trees = (_leaf(0.25), _stump(0, 1.5, -1.0, 2.0), _stump(0, 0.5, 0.125, 0.0))
    tables = build_tables(trees, 0.5, 2)
    assert tables is not None
    rows = np.array([[0.5, 7.0], [0.75, -3.0], [1.5, 0.0], [1.50001, 1e9], [-np.inf, 0.0]])
    want = [0.5 + 0.25 - 1.0 + 0.125, 0.5 + 0.25 - 1.0, 0.5 + 0.25 - 1.0, 0.5 + 0.25 + 2.0]
    want.append(0.5 + 0.25 - 1.0 + 0.125)
    np.testing.assert_array_equal(tables.margin(rows), want)


def test_too_fine_a_grid_gives_no_tables_and_the_graph_is_enumerated() -> None:
    """Deep trees on many continuous features: no tables; the graph is enumerated, still exact."""
    fitted, _ = sklearn_model(
        GradientBoostingClassifier(n_estimators=10, max_depth=6, random_state=0), 8, "binary"
    )
    tree = find_tree_ensemble(onnx.load_from_string(fitted.onnx), fitted.spec)
    assert tree is not None
    assert build_tables(tree.trees, tree.base_offset, tree.n_features) is None
    got = explain(fitted.onnx, fitted.spec, fitted.background, fitted.cases[0])
    assert got.method == "exact-enumeration"
    assert got.exact is True


def test_more_than_14_features_samples_over_the_tables() -> None:
    """A 16-feature logistic ensemble in probability space: seeded sampling, exact False."""
    fitted, _ = sklearn_model(
        GradientBoostingClassifier(n_estimators=20, max_depth=2, random_state=0), 16, "binary"
    )
    got = explain(fitted.onnx, fitted.spec, fitted.background, fitted.cases[0])
    assert got.method == "tree-permutation-sampling"
    assert got.exact is False
    assert got.errors is not None and set(got.errors) == set(fitted.spec.features)
    total = got.base_value + math.fsum(got.contributions.values())
    assert total == pytest.approx(got.prediction, abs=1e-6)


def test_tables_that_miss_a_background_row_are_not_used(gb_clf: Data) -> None:
    """Tables that agree on the case but not on one background row: the graph is enumerated."""
    from explainers import methods
    from explainers.runner import GraphRunner

    fitted, _ = gb_clf
    runner = GraphRunner(fitted.onnx, fitted.spec)
    good = _tables(gb_clf)
    case, row = fitted.cases[0], fitted.background[0]
    place = good.start_index(good.keys(row[None, :]))[0]
    assert place[0] != good.start_index(good.keys(case[None, :]))[0][0]
    values = good.values.copy()
    values[place[0]] += 1.0  # only rows landing on this cell of the first table see it
    methods._TABLES[runner] = replace(good, values=values)
    got = explain(runner, fitted.spec, fitted.background, case)
    assert got.method == "exact-enumeration"
    fresh = explain(fitted.onnx, fitted.spec, fitted.background, case)
    assert fresh.method == "tree-exact-enumeration"
