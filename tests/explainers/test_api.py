"""explain(): input checks, warnings, output spaces, progress and cancellation."""

from __future__ import annotations

import dataclasses
import math
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from explainer_models import Fitted, cancer, fit, graph_only
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from explainers import explain
from explainers.enumeration import Cancelled
from explainers.runner import GraphRunner


def _mapping(fitted: Fitted, row: int = 0) -> dict[str, float]:
    """The test case number row as a feature-id mapping."""
    return dict(zip(fitted.spec.features, fitted.cases[row].tolist(), strict=True))


def test_mapping_and_array_cases_agree(logreg: Fitted) -> None:
    """A case given as a mapping or as an array in feature order gives the same explanation."""
    by_name = explain(logreg.onnx, logreg.spec, logreg.background, _mapping(logreg))
    by_array = explain(logreg.onnx, logreg.spec, logreg.background, logreg.cases[0])
    assert by_name == by_array


def test_reused_runner_gives_same_result(forest: Fitted) -> None:
    """Passing a GraphRunner instead of model bytes gives the same explanation."""
    runner = GraphRunner(forest.onnx, forest.spec)
    fresh = explain(forest.onnx, forest.spec, forest.background, _mapping(forest))
    reused = explain(runner, forest.spec, forest.background, _mapping(forest))
    assert fresh == reused


def test_default_output_spaces(logreg: Fitted, boosting: Fitted) -> None:
    """Binary models default to probability space, regressions to raw space."""
    binary = explain(logreg.onnx, logreg.spec, logreg.background, _mapping(logreg))
    regression = explain(boosting.onnx, boosting.spec, boosting.background, _mapping(boosting))
    assert binary.output_space == "probability"
    assert 0.0 <= binary.prediction <= 1.0
    assert regression.output_space == "raw"


def test_logit_prediction_is_logit_of_probability(logreg: Fitted) -> None:
    """In logit space the prediction is log(p / (1 - p)) of the probability prediction."""
    prob = explain(logreg.onnx, logreg.spec, logreg.background, _mapping(logreg))
    logit = explain(
        logreg.onnx, logreg.spec, logreg.background, _mapping(logreg), output_space="logit"
    )
    assert logit.prediction == pytest.approx(math.log(prob.prediction / (1 - prob.prediction)))


@pytest.mark.parametrize("space", ["raw", "bogus"])
def test_binary_refuses_wrong_output_space(logreg: Fitted, space: str) -> None:
    """A binary classifier refuses raw and unknown output spaces, naming the space."""
    with pytest.raises(ValueError, match=f"output space '{space}'"):
        explain(logreg.onnx, logreg.spec, logreg.background, _mapping(logreg), output_space=space)


@pytest.mark.parametrize("space", ["logit", "probability"])
def test_regression_refuses_wrong_output_space(boosting: Fitted, space: str) -> None:
    """A regression model refuses logit and probability spaces, naming the space."""
    with pytest.raises(ValueError, match=f"output space '{space}'"):
        explain(
            boosting.onnx,
            boosting.spec,
            boosting.background,
            _mapping(boosting),
            output_space=space,
        )


def test_missing_feature_is_refused(logreg: Fitted) -> None:
    """A case mapping without one of the features is refused, naming it."""
    case = _mapping(logreg)
    gone = logreg.spec.features[2]
    del case[gone]
    with pytest.raises(ValueError, match=f"lacks feature '{gone}'"):
        explain(logreg.onnx, logreg.spec, logreg.background, case)


def test_unknown_feature_is_refused(logreg: Fitted) -> None:
    """A case mapping with a key that is not a feature is refused, naming it."""
    case = _mapping(logreg) | {"shoe_size": 42.0}
    with pytest.raises(ValueError, match="unknown feature 'shoe_size'"):
        explain(logreg.onnx, logreg.spec, logreg.background, case)


def test_nan_is_refused_without_allows_missing(logreg: Fitted) -> None:
    """NaN in a case is refused, naming the feature, when the model does not allow missing."""
    feat = logreg.spec.features[1]
    case = _mapping(logreg) | {feat: math.nan}
    with pytest.raises(ValueError, match=f"feature '{feat}' is missing"):
        explain(logreg.onnx, logreg.spec, logreg.background, case)


def test_nan_is_warned_with_allows_missing(forest: Fitted) -> None:
    """With allows_missing, NaN passes to the model and is reported as a missing warning."""
    spec = dataclasses.replace(forest.spec, allows_missing=True)
    feat = spec.features[3]
    got = explain(forest.onnx, spec, forest.background, _mapping(forest) | {feat: math.nan})
    assert got.warnings == [{"code": "missing", "feature": feat}]
    total = got.base_value + math.fsum(got.contributions.values())
    assert total == pytest.approx(got.prediction, abs=1e-6)


def test_out_of_range_warning(logreg: Fitted) -> None:
    """A value outside the validated range gives an out_of_range warning for that feature only."""
    feat = logreg.spec.features[0]
    hi = logreg.spec.ranges[feat][1]
    got = explain(logreg.onnx, logreg.spec, logreg.background, _mapping(logreg) | {feat: hi + 1})
    assert got.warnings == [{"code": "out_of_range", "feature": feat}]
    inside = explain(logreg.onnx, logreg.spec, logreg.background, _mapping(logreg))
    assert inside.warnings == []


def test_more_than_14_features_is_approximated_and_says_so() -> None:
    """A 15-feature model is explained by sampling: exact False, an error per feature, a warning."""
    model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000))
    fitted = fit(model, cancer(15), kind="binary")
    got = explain(fitted.onnx, fitted.spec, fitted.background, fitted.cases[0])
    assert got.exact is False
    assert got.method == "linear-permutation-sampling"
    assert got.errors is not None
    assert set(got.errors) == set(fitted.spec.features)
    assert all(e >= 0.0 for e in got.errors.values())
    assert {"code": "approximate", "feature": ""} in got.warnings
    assert got.base_value + math.fsum(got.contributions.values()) == pytest.approx(
        got.prediction, abs=1e-9
    )


def test_background_of_wrong_width_is_refused(logreg: Fitted) -> None:
    """A background whose column count differs from the features is refused."""
    with pytest.raises(ValueError, match="background must have shape"):
        explain(logreg.onnx, logreg.spec, logreg.background[:, :-1], _mapping(logreg))


def test_progress_reaches_total(linear14: Fitted) -> None:
    """on_progress is called once per batch, increasing, ending at (total, total)."""
    calls: list[tuple[int, int]] = []
    explain(
        graph_only(linear14),
        linear14.spec,
        linear14.background,
        linear14.cases[0],
        on_progress=lambda done, total: calls.append((done, total)),
    )
    assert len(calls) > 1
    assert [d for d, _ in calls] == sorted({d for d, _ in calls})
    assert calls[-1][0] == calls[-1][1]
    assert all(total == calls[-1][1] for _, total in calls)


def test_should_stop_before_start_cancels(logreg: Fitted) -> None:
    """should_stop() returning True at once raises Cancelled before any batch runs."""
    calls: list[tuple[int, int]] = []
    with pytest.raises(Cancelled):
        explain(
            logreg.onnx,
            logreg.spec,
            logreg.background,
            _mapping(logreg),
            on_progress=lambda done, total: calls.append((done, total)),
            should_stop=lambda: True,
        )
    assert calls == []


def test_should_stop_mid_run_cancels(linear14: Fitted) -> None:
    """should_stop() turning True after two batches raises Cancelled and stops the work."""
    calls: list[tuple[int, int]] = []
    with pytest.raises(Cancelled):
        explain(
            graph_only(linear14),
            linear14.spec,
            linear14.background,
            linear14.cases[0],
            on_progress=lambda done, total: calls.append((done, total)),
            should_stop=lambda: len(calls) >= 2,
        )
    assert len(calls) == 2
    assert calls[-1][0] < calls[-1][1]


def test_explanation_is_additive_for_every_case(mlp: Fitted) -> None:
    """base_value + sum(contributions) == prediction for every case, to 1e-9."""
    for case in mlp.cases:
        got = explain(mlp.onnx, mlp.spec, mlp.background, np.asarray(case))
        total = got.base_value + math.fsum(got.contributions.values())
        assert abs(total - got.prediction) < 1e-9


def test_import_stays_light() -> None:
    """Importing explainers pulls in neither shap, scikit-learn nor Qt."""
    code = (
        "import sys, explainers; "
        "print(sorted(m for m in ('shap', 'sklearn', 'PySide6') if m in sys.modules))"
    )
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root
    )
    assert out.stdout.strip() == "[]"


def test_tree_model_without_shap_falls_back_to_enumeration(tmp_path: Path) -> None:
    """With shap unavailable, a random forest is still explained exactly, by enumeration."""
    script = tmp_path / "no_shap.py"
    script.write_text(
        "import sys\n"
        "sys.modules['shap'] = None  # import shap now raises ImportError\n"
        "import numpy as np\n"
        "from sklearn.ensemble import RandomForestClassifier\n"
        f"sys.path.insert(0, {str(Path(__file__).parent)!r})\n"
        "from explainer_models import cancer, fit\n"
        "from explainers import explain\n"
        "f = fit(RandomForestClassifier(n_estimators=10, max_depth=3, random_state=0),"
        " cancer(5), kind='binary')\n"
        "e = explain(f.onnx, f.spec, f.background, f.cases[0])\n"
        "print(e.method, e.exact)\n"
    )
    out = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.split() == ["exact-enumeration", "True"]
