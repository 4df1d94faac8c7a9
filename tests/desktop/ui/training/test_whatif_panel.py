"""The what-if panel: each change re-explained off the GUI thread equals the core's what-if,
fast moves coalesce, and what changed is said in words."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop.training.session import explain_case
from desktop.training.whatif import what_if
from desktop.ui.training.screen import TrainingView
from desktop.ui.training.whatif_controls import FeatureControl
from desktop.ui.widgets import wording
from tests.desktop.ui.training.helpers import HEART, settled, training_view


@pytest.fixture
def view(qtbot: QtBot) -> Iterator[TrainingView]:
    """The training tab on the neural network (every kind of control), what-if page open."""
    for widget in training_view(qtbot, HEART):
        widget.tabs.setCurrentWidget(widget.whatif)
        yield widget


def test_a_changed_value_is_re_explained_as_the_core_does(qtbot: QtBot, view: TrainingView) -> None:
    """Cholesterol 261 → 400: the shown explanation and the words equal desktop.training's
    what_if on the case; the waterfall shows the new contributions."""
    e = view.exploration
    assert e is not None and e.recorded_explanation is not None
    case = dict(e.recorded)
    view.whatif.set_value("chol", 400.0)
    settled(qtbot, view)
    expected = what_if(e.package, case, feature="chol", value=400.0)
    assert e.explanation is not None
    assert e.explanation.contributions == pytest.approx(expected.after.contributions, abs=1e-12)
    bars = {label.split(" = ")[0]: value for label, _, _, value in view.whatif.chart.bars()}
    assert bars["Serum cholesterol"] == pytest.approx(expected.after.contributions["chol"])
    old, new = case["chol"], 400
    before = f"{100 * expected.before.prediction:.1f}%"
    after = f"{100 * expected.after.prediction:.1f}%"
    delta = 100 * expected.prediction_delta
    sign = "+" if delta > 0 else "\u2212"
    assert wording.plain(view.whatif.change.text()) == (
        f"Serum cholesterol: {old:g} mg/dL → {new} mg/dL. The risk went from {before} to "
        f"{after} ({sign}{abs(delta):.1f} points)."
    )
    first = expected.moved[0]
    assert view.whatif.moved.text().splitlines()[0].startswith(f"• {_label(view, first)}: ")
    assert view.whatif.risk.text() == f"Risk now: {after}"
    interval = e.explanation.interval
    assert interval is not None  # the what-if keeps the package's range for the new risk
    low, high = (f"{100 * interval[k]:.1f}%" for k in ("low", "high"))
    assert wording.plain(view.whatif.range.text()) == f"Plausible range: {low} to {high}"
    assert len(view.whatif.latencies_ms) == 1 and view.whatif.latencies_ms[0] > 0


def _label(view: TrainingView, feature_id: str) -> str:
    return view.whatif.controls[feature_id].texts["label"]


def test_slider_list_and_typed_value_each_change_the_case(qtbot: QtBot, view: TrainingView) -> None:
    """The age slider moves on the card's step, the chest-pain list picks a code, a typed value
    outside the range is taken (and warned about); the case explained is the one shown."""
    e = view.exploration
    assert e is not None
    age = view.whatif.controls["age"]
    assert age.slider is not None and age.edit is not None
    view.whatif.areas[0].ensureWidgetVisible(age.slider)
    age.slider.setFocus()
    QTest.keyClick(age.slider, Qt.Key.Key_End)
    assert age.edit.text() == "77" and e.inputs["age"] == 77.0
    cp = view.whatif.controls["cp"]
    assert cp.combo is not None
    cp.combo.setCurrentIndex(cp.combo.findData(4.0))
    chol = view.whatif.controls["chol"]
    assert chol.edit is not None and chol.slider is not None
    chol.edit.setText("650")
    chol.edit.editingFinished.emit()
    assert chol.slider.value() == chol.slider.maximum()
    settled(qtbot, view)
    assert e.inputs == {**e.recorded, "age": 77.0, "cp": 4.0, "chol": 650.0}
    expected = explain_case(e.package, e.inputs)
    assert e.explanation is not None
    assert e.explanation.prediction == pytest.approx(expected.prediction, abs=1e-12)
    assert "outside the range the model was validated on" in view.whatif.warnings.text()
    assert view.whatif.overall.text().startswith(
        "Compared with the recorded case (3 values changed)"
    )
    chol.edit.setText("abc")
    chol.edit.editingFinished.emit()
    assert chol.message.text() == "⚠ Serum cholesterol: enter a number"
    view.whatif.reset_button.click()
    assert e.inputs == e.recorded and chol.edit.text() == f"{e.recorded['chol']:g}"


def test_fast_slider_moves_coalesce_and_end_on_the_last_value(
    qtbot: QtBot, view: TrainingView
) -> None:
    """Forty moves in a row run fewer explanations than moves; the last value's explanation
    is the one shown, measured from the drag's start."""
    e = view.exploration
    assert e is not None
    slider = view.whatif.controls["thalch"].slider
    assert slider is not None
    started = view.whatif.job.started
    for position in range(slider.minimum(), slider.minimum() + 40):
        slider.setValue(position)
    settled(qtbot, view)
    assert view.whatif.job.started - started < 40
    assert view.whatif.job.replaced > 0
    value = view.whatif.controls["thalch"].value_at(slider.minimum() + 39)
    assert e.latest is not None and e.latest.new_value == value
    assert e.latest.old_value == e.recorded["thalch"]
    expected = explain_case(e.package, {**e.recorded, "thalch": value})
    assert e.latest.after.prediction == pytest.approx(expected.prediction, abs=1e-12)


def test_slider_positions_follow_the_card_step() -> None:
    """A 0.1 step gives 57 positions over 0 to 5.6 and values rounded to one decimal."""
    from tests.desktop.ui.clinician.test_screen import entries

    package = next(e.package for e in entries() if e.package and e.package.card.id == HEART)
    feature = next(f for f in package.card.features if f.id == "oldpeak")
    control = FeatureControl(package.card, feature, language="en")
    assert control.slider is not None
    assert (control.slider.minimum(), control.slider.maximum()) == (0, 56)
    assert control.value_at(23) == 2.3
    assert control.position_of(9.0) == 56 and control.position_of(-1) == 0
