"""Choose how to explain: a closed form read from the graph where one is exact, else enumeration
of every coalition (up to 14 features), else seeded sampling that says it is approximate."""

from __future__ import annotations

import hashlib
import math
from collections.abc import Callable
from dataclasses import dataclass
from weakref import WeakKeyDictionary

import numpy as np
import onnx
from numpy.typing import NDArray

from explainers.enumeration import (
    MAX_EXACT_FEATURES,
    Cancelled,
    coalition_masks,
    coalition_shapley,
    explain_exact,
    shapley_from_values,
)
from explainers.linear import LinearModel, find_linear, linear_margin_shap
from explainers.runner import GraphRunner
from explainers.sampling import explain_sampled
from explainers.spec import ModelSpec
from explainers.tree_tables import TreeTables, build_tables
from explainers.trees import TreeModel, find_tree_ensemble, tree_margin_shap

Progress = Callable[[int, int], None] | None
Stop = Callable[[], bool] | None
_AGREE = 1e-5  # a closed form is used only if it reproduces the graph's output this closely
_FAST: WeakKeyDictionary[GraphRunner, LinearModel | TreeModel | None] = WeakKeyDictionary()
_TABLES: WeakKeyDictionary[GraphRunner, TreeTables | None] = WeakKeyDictionary()
_CHECKED: WeakKeyDictionary[GraphRunner, set[bytes]] = WeakKeyDictionary()  # backgrounds


@dataclass(frozen=True)
class Result:
    """What one method computed, before warnings and identity are added."""

    prediction: float
    base_value: float
    contributions: NDArray[np.float64]
    method: str
    exact: bool
    errors: NDArray[np.float64] | None = None


def closed_form(runner: GraphRunner) -> LinearModel | TreeModel | None:
    """The graph read as a linear model or a tree ensemble, when it is exactly one (cached)."""
    if runner not in _FAST:
        spec = runner.graph_spec  # a ZipMap's tensor, the class label's column
        found: LinearModel | TreeModel | None = None
        if runner.source is not None and len(spec.inputs) == 1 and spec.inputs[0].plain:
            proto = onnx.load_from_string(runner.source)
            found = find_linear(proto, spec) or find_tree_ensemble(proto, spec)
        _FAST[runner] = found
    return _FAST[runner]


def _margin_space(spec: ModelSpec) -> str:
    return "logit" if spec.output.kind == "binary_probability" else "raw"


class _Surrogate:
    """A numpy function standing in for the graph (same spec), for enumeration and sampling."""

    def __init__(self, spec: ModelSpec, func: Callable[[NDArray[np.float64]], NDArray[np.float64]]):
        self.spec = spec
        self._func = func

    def predict(
        self, rows: NDArray[np.float64], *, output_space: str | None = None
    ) -> NDArray[np.float64]:
        del output_space  # the function already computes the space being explained
        return self._func(rows)


def _sigmoid(z: NDArray[np.float64]) -> NDArray[np.float64]:
    return np.asarray(0.5 * (1.0 + np.tanh(0.5 * z)), dtype=np.float64)


@dataclass(frozen=True)
class _Job:
    """One explanation request: the case, the background and the space to explain in."""

    bg: NDArray[np.float64]
    case: NDArray[np.float64]
    space: str
    on_progress: Progress
    should_stop: Stop


def _graph_value(runner: GraphRunner, job: _Job) -> float:
    """What onnxruntime gives for this very case, in the space being explained."""
    return float(runner.predict(job.case[None, :], output_space=job.space)[0])


def _agrees(runner: GraphRunner, value: float, job: _Job, graph: float | None = None) -> bool:
    """Does the closed form give what onnxruntime gives (`graph`, else computed) for the case?"""
    graph = _graph_value(runner, job) if graph is None else graph
    if job.space == "logit":  # compare as probabilities: the graph's logit is float32-precise
        ours, theirs = _sigmoid(np.array([value, graph]))
        return bool(abs(ours - theirs) <= _AGREE)
    return bool(abs(value - graph) <= _AGREE * max(1.0, abs(graph)))


def _linear(runner: GraphRunner, lin: LinearModel, job: _Job) -> Result | None:
    if job.space == _margin_space(runner.spec):
        pred, base, phi = linear_margin_shap(lin, job.bg, job.case)
        return Result(pred, base, phi, "linear-exact", True) if _agrees(runner, pred, job) else None
    prob = float(_sigmoid(lin.margin(job.case[None, :]))[0])
    if not _agrees(runner, prob, job):
        return None
    n = len(runner.spec.features)
    if n > MAX_EXACT_FEATURES:
        surrogate = _Surrogate(runner.spec, lambda rows: _sigmoid(lin.margin(rows)))
        return _model_agnostic(surrogate, job, prefix="linear-")
    values = _linear_probability_values(lin, job.bg, job.case)
    values[-1] = prob
    phi = shapley_from_values(values, n)
    return Result(prob, float(values[0]), phi, "linear-exact-enumeration", True)


def _linear_probability_values(
    lin: LinearModel, bg: NDArray[np.float64], case: NDArray[np.float64]
) -> NDArray[np.float64]:
    """v[s] = mean_b sigmoid(margin(case on s, b elsewhere)), as one [2^n, B] matrix product."""
    masks = coalition_masks(len(case)).astype(np.float64)
    from_case = masks @ (lin.weights * case)  # [2^n]
    from_background = (1.0 - masks) @ (bg * lin.weights).T  # [2^n, B]
    margins = from_case[:, None] + from_background + lin.intercept
    return np.asarray(_sigmoid(margins).mean(axis=1), dtype=np.float64)


def _trees(runner: GraphRunner, tree: TreeModel, job: _Job, *, missing: bool) -> Result | None:
    """Trees in their own space (margin, or an averaged probability) or, for a logistic
    ensemble, in probability; shap's TreeSHAP where no value is missing, else the tables,
    whose missing key follows each split's default branch as onnxruntime does."""
    averaged = tree.kind == "classifier" and tree.post_transform == "NONE"
    tree_space = "probability" if averaged else _margin_space(runner.spec)
    if job.space != tree_space:
        logistic = tree.post_transform == "LOGISTIC" and job.space == "probability"
        return _tree_enumeration(runner, tree, job, _sigmoid) if logistic else None
    if missing:  # a logit read from float32 probabilities: only the graph itself gives it
        return None if job.space == "logit" else _tree_enumeration(runner, tree, job, _identity)
    try:
        pred, base, phi = tree_margin_shap(tree, job.bg, job.case)
    except ImportError:  # a build without shap (e.g. a slim frozen app): enumerate instead
        return None
    return (
        Result(pred, base, phi, "tree-interventional", True) if _agrees(runner, pred, job) else None
    )


Link = Callable[[NDArray[np.float64]], NDArray[np.float64]]


def _identity(z: NDArray[np.float64]) -> NDArray[np.float64]:
    return z


def _tables(runner: GraphRunner, tree: TreeModel) -> TreeTables | None:
    """The ensemble's lookup tables (cached per runner), None if they would be too large."""
    if runner not in _TABLES:
        _TABLES[runner] = build_tables(tree.trees, tree.base_offset, tree.n_features)
    return _TABLES[runner]


def _tables_reproduce_background(
    runner: GraphRunner, tables: TreeTables, job: _Job, link: Link
) -> bool:
    """Do the tables give onnxruntime's value for every background row (missing values
    included)? Checked once per runner, background and output space."""
    key = hashlib.sha256(job.bg.tobytes() + job.space.encode()).digest()
    checked = _CHECKED.setdefault(runner, set())
    if key not in checked:
        ours = link(tables.margin(job.bg))
        theirs = runner.predict(job.bg, output_space=job.space)
        if job.space == "logit":  # as in _agrees: the graph's logit is float32-precise
            ours, theirs = _sigmoid(ours), _sigmoid(theirs)
        if not bool(np.all(np.abs(ours - theirs) <= _AGREE * np.maximum(1.0, np.abs(theirs)))):
            return False
        checked.add(key)
    return True


def _tree_enumeration(runner: GraphRunner, tree: TreeModel, job: _Job, link: Link) -> Result | None:
    """link(margin) of an ensemble: every coalition, each row a few table look-ups.

    Rows are enumerated in interval keys, so a background value in the case's interval counts
    as equal to it (the trees cannot tell them apart), and laid out directly as places in the
    tables; the graph gives the case's prediction.
    """
    tables = _tables(runner, tree)
    if tables is None:
        return None
    graph = _graph_value(runner, job)
    if not _agrees(runner, float(link(tables.margin(job.case[None, :]))[0]), job, graph):
        return None
    if not _tables_reproduce_background(runner, tables, job, link):
        return None
    n = len(runner.spec.features)
    if n > MAX_EXACT_FEATURES:
        surrogate = _Surrogate(runner.spec, lambda rows: link(tables.margin(rows)))
        return _model_agnostic(surrogate, job, prefix="tree-")
    on_index = _Surrogate(
        runner.spec,
        lambda index: link(tables.margin_of_index(np.asarray(index, dtype=np.int64))),
    )
    bg_keys, case_keys = tables.keys(job.bg), tables.keys(job.case[None, :])[0]
    base, phi = coalition_shapley(
        on_index,
        bg_keys,
        case_keys,
        output_space=job.space,
        full_value=graph,
        on_progress=job.on_progress,
        should_stop=job.should_stop,
        make_rows=tables.row_maker(bg_keys, case_keys),
    )
    return Result(graph, base, phi, "tree-exact-enumeration", True)


def _model_agnostic(predictor: GraphRunner | _Surrogate, job: _Job, *, prefix: str = "") -> Result:
    features = predictor.spec.features
    if len(features) <= MAX_EXACT_FEATURES:
        pred, base, contributions = explain_exact(
            predictor,
            job.bg,
            job.case,
            output_space=job.space,
            on_progress=job.on_progress,
            should_stop=job.should_stop,
        )
        phi = np.array([contributions[f] for f in features])
        return Result(pred, base, phi, f"{prefix}exact-enumeration", True)
    pred, base, phi, errors = explain_sampled(
        lambda rows: predictor.predict(rows, output_space=job.space),
        job.bg,
        job.case,
        on_progress=job.on_progress,
        should_stop=job.should_stop,
    )
    return Result(pred, base, phi, f"{prefix}permutation-sampling", False, errors)


def compute(
    runner: GraphRunner,
    bg: NDArray[np.float64],
    case: NDArray[np.float64],
    *,
    space: str,
    on_progress: Progress = None,
    should_stop: Stop = None,
) -> Result:
    """The best available method for this model and output space (missing values: the trees'
    tables, else enumeration of the graph)."""
    if should_stop is not None and should_stop():
        raise Cancelled("stopped before starting")
    job = _Job(bg, case, space, on_progress, should_stop)
    fast = closed_form(runner)
    missing = bool(np.isnan(case).any() or np.isnan(bg).any())
    result: Result | None = None
    if isinstance(fast, LinearModel) and not missing:
        result = _linear(runner, fast, job)
    elif isinstance(fast, TreeModel):
        result = _trees(runner, fast, job, missing=missing)
    if result is None:
        result = _model_agnostic(runner, job)
    gap = result.base_value + math.fsum(result.contributions.tolist()) - result.prediction
    if not abs(gap) <= 1e-6 * max(1.0, abs(result.prediction)):
        raise RuntimeError(f"additivity violated by {gap:.3g} ({result.method})")
    return result
