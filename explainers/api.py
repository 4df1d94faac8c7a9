"""The one entry point the app calls: explain a single case of a model against a background."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping

import numpy as np
from numpy.typing import NDArray

from explainers.errors import ExplainError, Problem
from explainers.explanation import Explanation
from explainers.methods import compute
from explainers.runner import GraphRunner
from explainers.spec import ModelSpec


def case_vector(
    spec: ModelSpec, case: Mapping[str, float] | NDArray[np.float64]
) -> NDArray[np.float64]:
    """Turn a case mapping or array into a float64 vector in spec.features order."""
    n = len(spec.features)
    if isinstance(case, Mapping):
        for key in case:
            if key not in spec.features:
                raise ExplainError(
                    Problem.FEATURE_UNKNOWN, f"unknown feature {key!r} in case", feature=key
                )
        for feat in spec.features:
            if feat not in case:
                raise ExplainError(
                    Problem.FEATURE_MISSING, f"case lacks feature {feat!r}", feature=feat
                )
        return np.array([float(case[f]) for f in spec.features], dtype=np.float64)
    vec = np.asarray(case, dtype=np.float64)
    if vec.shape not in ((n,), (1, n)):
        raise ValueError(f"case array must have shape [{n}] or [1, {n}], got {vec.shape}")
    return vec.reshape(n)


def case_warnings(spec: ModelSpec, vec: NDArray[np.float64]) -> list[dict[str, str]]:
    """Refuse NaN unless the model allows missing values; flag values outside validated ranges."""
    warnings: list[dict[str, str]] = []
    for feat, value in zip(spec.features, vec.tolist(), strict=True):
        if math.isnan(value):
            if not spec.allows_missing:
                raise ExplainError(
                    Problem.VALUE_MISSING,
                    f"feature {feat!r} is missing (NaN) and the model needs it",
                    feature=feat,
                )
            warnings.append({"code": "missing", "feature": feat})
            continue
        if math.isinf(value):
            raise ExplainError(
                Problem.VALUE_NOT_FINITE, f"feature {feat!r} is infinite", feature=feat
            )
        if feat in spec.ranges:
            lo, hi = spec.ranges[feat]
            if not lo <= value <= hi:
                warnings.append({"code": "out_of_range", "feature": feat})
    return warnings


def _background_matrix(spec: ModelSpec, background: NDArray[np.float64]) -> NDArray[np.float64]:
    """Check the background's shape and values and return it as float64."""
    bg = np.asarray(background, dtype=np.float64)
    if bg.ndim != 2 or bg.shape[1] != len(spec.features) or len(bg) == 0:
        raise ValueError(
            f"background must have shape [B >= 1, {len(spec.features)}], got {bg.shape}"
        )
    bad = np.isinf(bg) if spec.allows_missing else ~np.isfinite(bg)
    if bad.any():
        feat = spec.features[int(np.argwhere(bad)[0][1])]
        raise ValueError(f"background has a non-finite value in feature {feat!r}")
    return bg


def _check_graph_takes_missing(
    runner: GraphRunner, spec: ModelSpec, bg: NDArray[np.float64], vec: NDArray[np.float64]
) -> None:
    """A graph that gives no number for a missing value (NaN in, NaN out) cannot explain it."""
    if not np.isfinite(runner.predict(vec[None, :])).all():
        feat = spec.features[int(np.flatnonzero(np.isnan(vec))[0])]
        raise ExplainError(
            Problem.VALUE_MISSING,
            f"feature {feat!r} is missing (NaN) and the model gives no value without it",
            feature=feat,
        )
    bad = ~np.isfinite(runner.predict(bg))
    if bad.any():
        row = int(np.flatnonzero(bad)[0])
        gaps = [spec.features[j] for j in np.flatnonzero(np.isnan(bg[row]))]
        raise ExplainError(
            Problem.BACKGROUND_MISSING,
            f"the model gives no value for background row {row + 1} (missing: {gaps})",
            row=str(row + 2),  # its line in a CSV file with a header
            feature=", ".join(gaps),
        )


def explain(  # noqa: PLR0913 - the public signature is fixed by the app's contract
    model: bytes | GraphRunner,
    spec: ModelSpec,
    background: NDArray[np.float64],
    case: Mapping[str, float] | NDArray[np.float64],
    *,
    output_space: str | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> Explanation:
    """Explain one case with interventional SHAP values over the whole background.

    Exact whenever possible (closed forms read from the graph, else every coalition for up to
    14 features); beyond that a seeded approximation with `exact: False` and per-feature errors.
    """
    space = spec.check_output_space(output_space)
    vec = case_vector(spec, case)
    warnings = case_warnings(spec, vec)
    bg = _background_matrix(spec, background)
    if isinstance(model, GraphRunner):
        if model.spec != spec:
            raise ValueError("the GraphRunner was built for a different ModelSpec")
        runner = model
    else:
        runner = GraphRunner(model, spec)
    if np.isnan(vec).any() or np.isnan(bg).any():
        _check_graph_takes_missing(runner, spec, bg, vec)
    result = compute(runner, bg, vec, space=space, on_progress=on_progress, should_stop=should_stop)
    if not result.exact:
        warnings.append({"code": "approximate", "feature": ""})
    errors = None
    if result.errors is not None:
        errors = dict(zip(spec.features, map(float, result.errors), strict=True))
    return Explanation(
        model=spec.model_id,
        model_version=spec.model_version,
        prediction=result.prediction,
        output_space=space,
        base_value=result.base_value,
        contributions=dict(zip(spec.features, map(float, result.contributions), strict=True)),
        method=result.method,
        exact=result.exact,
        warnings=warnings,
        errors=errors,
    )
