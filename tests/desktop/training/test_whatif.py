"""What-if: one value changed, the case re-explained, and exactly what changed reported."""

from __future__ import annotations

import pytest

from desktop.training.errors import TrainingError, TrainingRefusal
from desktop.training.session import explain_case
from desktop.training.whatif import what_if
from models.verify import VerifiedPackage
from tests.desktop.training.answers import library_case


@pytest.mark.parametrize("model_id", ["pima-diabetes-lr", "birthwt-low-gb", "heart-cad-mlp"])
def test_deltas_are_the_difference_of_two_explanations(
    packages: dict[str, VerifiedPackage], model_id: str
) -> None:
    """Prediction and contribution deltas equal after - before, and add up (same base value)."""
    package = packages[model_id]
    case = library_case(model_id, "typical").inputs
    feature = package.card.features[0]
    value = feature.maximum if case[feature.id] != feature.maximum else feature.minimum
    assert value is not None
    result = what_if(package, case, feature=feature.id, value=value)
    before, after = explain_case(package, case), explain_case(package, {**case, feature.id: value})
    assert result.before.prediction == pytest.approx(before.prediction, abs=1e-9)
    assert result.after.prediction == pytest.approx(after.prediction, abs=1e-9)
    assert result.prediction_delta == pytest.approx(after.prediction - before.prediction, abs=1e-9)
    for f, delta in result.contribution_deltas.items():
        assert delta == pytest.approx(after.contributions[f] - before.contributions[f], abs=1e-9)
    assert result.after.base_value == pytest.approx(result.before.base_value, abs=1e-9)
    assert sum(result.contribution_deltas.values()) == pytest.approx(
        result.prediction_delta, abs=1e-6
    )
    assert result.inputs == {**case, feature.id: value}
    assert (result.old_value, result.new_value) == (case[feature.id], value)


def test_moved_lists_every_changed_factor_largest_first(
    packages: dict[str, VerifiedPackage],
) -> None:
    """In the neural network, changing age moves other contributions too; all are listed."""
    package = packages["heart-cad-mlp"]
    case = library_case("heart-cad-mlp", "borderline").inputs
    result = what_if(package, case, feature="age", value=case["age"] + 15)
    sizes = [abs(result.contribution_deltas[f]) for f in result.moved]
    assert sizes == sorted(sizes, reverse=True)
    assert "age" in result.moved and len(result.moved) > 1
    unmoved = set(result.contribution_deltas) - set(result.moved)
    assert all(abs(result.contribution_deltas[f]) < 1e-6 for f in unmoved)


def test_crossing_the_threshold_is_flagged(pima: VerifiedPackage) -> None:
    """Raising glucose far enough takes a low-risk case over the threshold, and says so."""
    case = library_case("pima-diabetes-lr", "typical").inputs
    low = what_if(pima, case, feature="glu", value=60)
    assert low.after.prediction < 0.5
    high = what_if(pima, low.inputs, feature="glu", value=199, before=low.after)
    assert high.after.prediction >= 0.5 and high.crossed_threshold
    assert high.before is low.after
    again = what_if(pima, high.inputs, feature="glu", value=198, before=high.after)
    assert not again.crossed_threshold


def test_a_value_outside_the_range_is_explained_with_a_warning(pima: VerifiedPackage) -> None:
    """Out-of-range what-if values are allowed: the explanation warns, as it does in the clinic."""
    case = library_case("pima-diabetes-lr", "typical").inputs
    result = what_if(pima, case, feature="bmi", value=75.0)
    assert {"code": "out_of_range", "feature": "bmi"} in result.after.warnings


@pytest.mark.parametrize(
    ("feature", "value", "code"),
    [
        ("weight", 70.0, TrainingRefusal.WHATIF_UNKNOWN_FEATURE),
        ("race", 4.0, TrainingRefusal.WHATIF_VALUE_NOT_ALLOWED),
        ("smoke", 0.5, TrainingRefusal.WHATIF_VALUE_NOT_ALLOWED),
        ("lwt", float("inf"), TrainingRefusal.WHATIF_VALUE_NOT_ALLOWED),
    ],
)
def test_values_a_feature_cannot_take_are_refused(
    packages: dict[str, VerifiedPackage], feature: str, value: float, code: TrainingRefusal
) -> None:
    """Unknown features, codes outside a category, non-0/1 booleans, infinity: refused by name."""
    case = library_case("birthwt-low-gb", "typical").inputs
    with pytest.raises(TrainingError) as caught:
        what_if(packages["birthwt-low-gb"], case, feature=feature, value=value)
    assert caught.value.code is code
    assert caught.value.params["feature"] == feature
