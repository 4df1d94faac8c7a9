"""What-if: change one value of the case and watch the explanation follow, live.

Each change is re-explained off the GUI thread (desktop.training.whatif.what_if through a
LatestJob: one at a time, fast slider moves coalesce into the newest value); results older than
the one shown are dropped (desktop.training.explore). The panel says what changed in words:
the risk before and after, whether it crossed the threshold, the contributions that moved most.
`latencies_ms` keeps, for each result shown, the time from the change to the screen updated.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.messages import describe_code
from desktop.observable import follow
from desktop.training.errors import TrainingError
from desktop.ui.training import whatif_words
from desktop.ui.training.whatif_controls import FeatureControl
from desktop.ui.widgets import card_texts, wording
from desktop.ui.widgets.latest_job import LatestJob
from desktop.ui.widgets.panes import scrolled, wrapped
from desktop.ui.widgets.result_view import _scaled
from desktop.ui.widgets.waterfall import WaterfallChart

if TYPE_CHECKING:
    from desktop.training.explore import Exploration
    from desktop.training.whatif import WhatIf


class WhatIfPanel(QWidget):
    """Controls for every feature | the risk now, what changed, and the waterfall chart."""

    def __init__(self, parent: QWidget | None = None, *, language: str = "en") -> None:
        super().__init__(parent)
        self.language = language
        self._exploration: Exploration | None = None
        self.controls: dict[str, FeatureControl] = {}
        self.job = LatestJob(self)
        self.job.done.connect(self._done)
        self.job.failed.connect(self._failed)
        self._serial = 0
        self._asked: dict[int, tuple[Exploration, int, float]] = {}
        self.latencies_ms: list[float] = []
        self.caption = wrapped()
        self.risk = wrapped(bold=True)
        _scaled(self.risk, 1.8, bold=True)
        self.change, self.crossed, self.overall = wrapped(), wrapped(bold=True), wrapped()
        self.range = wrapped()
        self.moved_heading, self.moved = wrapped(bold=True), wrapped()
        self.status, self.warnings = wrapped(), wrapped()
        self.chart = WaterfallChart()
        self.reset_button = QPushButton()
        self.reset_button.clicked.connect(self.reset)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        controls = QWidget()
        column = QVBoxLayout(controls)
        column.addWidget(self.caption)
        column.addLayout(self.form)
        column.addWidget(self.reset_button)
        column.addStretch(1)
        result = QWidget()
        side = QVBoxLayout(result)
        for widget in (self.risk, *self._result_labels(), self.chart):
            side.addWidget(widget)
        side.addStretch(1)
        self.areas = [scrolled(controls, name="whatif-controls"), scrolled(result, name="whatif")]
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.areas[0], 2)
        layout.addWidget(self.areas[1], 3)
        self._retranslate()

    def bind(self, exploration: Exploration | None) -> None:
        """Follow `exploration` (None: no model chosen)."""
        self._exploration = follow(self._exploration, exploration, self._render)
        self._build_controls()
        self._render()

    def set_language(self, language: str) -> None:
        """Show the card's texts in `language`."""
        self.language = language
        self._build_controls()
        self._render()

    def set_value(self, feature: str, value: float) -> None:
        """Change one value (what moving its control does; for tests and the benchmark)."""
        control = self.controls[feature]
        control.show_value(value)
        self._change(feature, value)

    def reset(self) -> None:
        """Back to the case as recorded."""
        if self._exploration is not None:
            self._exploration.reset()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the running re-explanation has ended (shutdown and tests)."""
        return self.job.wait(msecs)

    def _build_controls(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.controls.clear()
        if self._exploration is None:
            return
        card = self._exploration.package.card
        for feature in card.features:
            control = FeatureControl(card, feature, language=self.language)
            control.setParent(self)
            control.changed.connect(self._change)
            holder = QWidget()
            rows = QVBoxLayout(holder)
            rows.setContentsMargins(0, 0, 0, 0)
            rows.addWidget(control.row)
            rows.addWidget(control.message)
            self.form.addRow(control.label, holder)
            self.controls[feature.id] = control

    def _change(self, feature: str, value: float) -> None:
        e = self._exploration
        if e is None or e.inputs.get(feature) == value:
            return
        try:
            request = e.request(feature, value)
        except TrainingError as error:
            self.controls[feature].say(
                describe_code(error.message_key, error.file, error.params, self.language)
            )
            return
        package = e.package

        def run() -> WhatIf:
            from desktop.training.whatif import what_if  # noqa: PLC0415 - in the worker thread

            return what_if(
                package, request.base, feature=feature, value=value, before=request.before
            )

        self._serial += 1  # tickets are per exploration: a result for another case is dropped
        self._asked[self._serial] = (e, request.ticket, time.perf_counter())
        self.job.submit(run, self._serial)

    def _done(self, serial: int, result: object) -> None:
        e, ticket, asked = self._asked.pop(serial)
        for older in [s for s in self._asked if s < serial]:  # replaced while waiting
            del self._asked[older]
        # finish's listeners (this panel's _render) have updated the screen when it returns
        if e is self._exploration and e.finish(ticket, cast("WhatIf", result)):
            self.latencies_ms.append((time.perf_counter() - asked) * 1e3)

    def _failed(self, serial: int, exc: object) -> None:
        e, ticket, _ = self._asked.pop(serial)
        if e is self._exploration:
            e.fail(ticket, type(exc).__name__)

    def _render(self) -> None:
        e = self._exploration
        self.setEnabled(e is not None)
        explanation = e.explanation if e is not None else None
        if e is None or explanation is None:
            self.risk.setText(self.tr("Waiting for the case's explanation…"))
            self.chart.clear()
            for label in self._result_labels():
                label.hide()
            return
        card = e.package.card
        for feature_id, control in self.controls.items():
            control.show_value(e.inputs[feature_id])
        self.risk.setText(
            self.tr("Risk now: {risk}").format(
                risk=wording.amount(explanation.prediction, explanation.output_space)
            )
        )
        self.status.setText(self.tr("Updating…") if e.busy else "")
        if e.error is not None:
            self.status.setText(
                self.tr("The change could not be explained ({error}).").format(error=e.error)
            )
        self._describe(e)
        labels = card_texts.labels(card, self.language)
        shown = e.latest.inputs if e.latest is not None else e.recorded
        values = card_texts.shown_values(card, shown, self.language)
        self.chart.set_explanation(explanation, labels=labels, values=values)
        for label in self._result_labels():
            label.setVisible(bool(label.text()))

    def _result_labels(self) -> list[QLabel]:
        return [
            self.status,
            self.warnings,
            self.change,
            self.range,
            self.crossed,
            self.overall,
            self.moved_heading,
            self.moved,
        ]

    def _describe(self, e: Exploration) -> None:
        texts = whatif_words.describe(e, language=self.language)
        self.change.setText(texts.change)
        self.range.setText(texts.range)
        self.crossed.setText(texts.crossed)
        self.overall.setText(texts.overall)
        self.warnings.setText(texts.warnings)
        self.moved_heading.setText(texts.moved_heading)
        self.moved.setText(texts.moved)

    def _retranslate(self) -> None:
        self.caption.setText(
            self.tr(
                "Move a slider, choose a value or type one: the explanation follows at once. "
                "It shows how the model's output moves, not what would happen to a patient if "
                "the value really changed."
            )
        )
        self.reset_button.setText(self.tr("Back to the case as &recorded"))
        self.reset_button.setAccessibleName(self.tr("Back to the case as recorded"))
        self.areas[0].setAccessibleName(self.tr("What-if values"))
        self.areas[1].setAccessibleName(self.tr("What-if result"))
        self._render()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Re-word on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
