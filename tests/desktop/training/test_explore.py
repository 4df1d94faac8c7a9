"""The what-if panel's state: changes measured from where a feature's change began, stale
results dropped, reset back to the recorded case."""

from __future__ import annotations

import pytest

from desktop.training.errors import TrainingError, TrainingRefusal
from desktop.training.explore import Exploration, Request
from desktop.training.session import explain_case
from desktop.training.whatif import WhatIf, what_if
from models.verify import VerifiedPackage
from tests.desktop.training.answers import library_case


def _run(package: VerifiedPackage, request: Request) -> WhatIf:
    return what_if(
        package, request.base, feature=request.feature, value=request.value, before=request.before
    )


def _started(package: VerifiedPackage) -> Exploration:
    case = library_case(package.card.id, "typical").inputs
    e = Exploration(package)
    e.start(case, explain_case(package, case))
    return e


def test_a_drag_is_measured_from_where_it_began(pima: VerifiedPackage) -> None:
    """Three moves of glucose report the whole move from the recorded value, one explanation
    each (the recorded explanation is the anchor)."""
    e = _started(pima)
    start = e.recorded["glu"]
    for value in (start + 10, start + 20, start + 30):
        request = e.request("glu", value)
        assert request.base == e.recorded and request.before is e.recorded_explanation
        assert e.busy
        assert e.finish(request.ticket, _run(pima, request))
    assert not e.busy
    assert e.latest is not None and e.latest.old_value == start
    assert e.latest.new_value == start + 30
    expected = explain_case(pima, {**e.recorded, "glu": start + 30})
    assert e.explanation is not None
    assert e.explanation.prediction == pytest.approx(expected.prediction, abs=1e-12)
    assert e.changed_features == ["glu"]


def test_another_feature_starts_from_the_values_as_changed(pima: VerifiedPackage) -> None:
    """After glucose, a change of age is measured from the case with the new glucose."""
    e = _started(pima)
    glu = e.request("glu", e.recorded["glu"] + 40)
    first = _run(pima, glu)
    e.finish(glu.ticket, first)
    age = e.request("age", e.recorded["age"] + 20)
    assert age.base == first.inputs and age.before is first.after
    e.finish(age.ticket, _run(pima, age))
    assert e.changed_features == ["glu", "age"]
    expected = explain_case(pima, e.inputs)
    assert e.explanation is not None
    assert e.explanation.contributions == pytest.approx(expected.contributions, abs=1e-12)


def test_older_results_are_dropped_and_reset_restores_the_case(pima: VerifiedPackage) -> None:
    """A result older than the one shown, or from before a reset, never replaces it."""
    e = _started(pima)
    old = e.request("bmi", 40.0)
    new = e.request("bmi", 45.0)
    assert new.before is e.recorded_explanation  # same feature: same anchor
    assert e.finish(new.ticket, _run(pima, new))
    assert not e.finish(old.ticket, _run(pima, old))
    assert e.latest is not None and e.latest.new_value == 45.0
    late = e.request("bmi", 50.0)
    e.reset()
    assert not e.finish(late.ticket, _run(pima, late))
    assert e.latest is None and e.inputs == e.recorded and not e.busy
    assert e.explanation is e.recorded_explanation


def test_a_change_during_an_unfinished_one_explains_its_own_start(
    packages: dict[str, VerifiedPackage],
) -> None:
    """When a feature is touched while another's result is pending, its anchor has no
    explanation yet: what_if explains the start itself, and the anchor keeps it."""
    package = packages["heart-cad-mlp"]
    e = _started(package)
    e.request("age", 70.0)  # still running
    chol = e.request("chol", 300.0)
    assert chol.before is None and chol.base["age"] == 70.0
    result = _run(package, chol)
    assert e.finish(chol.ticket, result)
    again = e.request("chol", 320.0)
    assert again.before is result.before


def test_a_value_the_model_cannot_take_is_refused(pima: VerifiedPackage) -> None:
    """An unknown feature is refused with its code; nothing changes."""
    e = _started(pima)
    with pytest.raises(TrainingError) as refused:
        e.request("nope", 1.0)
    assert refused.value.code is TrainingRefusal.WHATIF_UNKNOWN_FEATURE
    assert e.inputs == e.recorded and not e.busy
