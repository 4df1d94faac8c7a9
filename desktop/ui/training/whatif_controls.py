"""One what-if control per feature: a slider over the validated range (in the card's step) with
an editable value for numbers, a list for choices and yes/no."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QSlider, QWidget

from desktop.ui.widgets import card_texts, wording

if TYPE_CHECKING:
    from models.card import Card, Feature

DEFAULT_STEPS = 100


def _decimals(step: float) -> int:
    """Decimals that a value on this step grid needs (0.1 → 1, 0.001 → 3, 1 → 0)."""
    return max(0, -math.floor(math.log10(step) + 1e-9)) if step < 1 else 0


class FeatureControl(QObject):
    """The control of one feature; `changed(feature_id, value)` when the trainer moves it."""

    changed = Signal(str, float)

    def __init__(self, card: Card, feature: Feature, *, language: str) -> None:
        super().__init__()
        self.feature = feature
        self.texts = card_texts.feature_texts(card, feature, language)
        self.label = QLabel(self.texts["label"])
        self.label.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.row = QWidget()
        line = QHBoxLayout(self.row)
        line.setContentsMargins(0, 0, 0, 0)
        self.slider: QSlider | None = None
        self.edit: QLineEdit | None = None
        self.combo: QComboBox | None = None
        if feature.type == "number" and feature.minimum is not None and feature.maximum is not None:
            self._number(line, card)
        elif feature.type == "number":
            self.edit = QLineEdit()
            self.edit.editingFinished.connect(self._typed)
            line.addWidget(self.edit)
        else:
            self.combo = QComboBox()
            choices = (
                [
                    (1.0, wording.feature_value(feature, 1.0)),
                    (0.0, wording.feature_value(feature, 0.0)),
                ]
                if feature.type == "boolean"
                else self.texts["choices"]
            )
            for code, text in choices:
                self.combo.addItem(text, float(code))
            self.combo.currentIndexChanged.connect(self._chosen)
            line.addWidget(self.combo, 1)
        widgets = [w for w in (self.slider, self.edit, self.combo) if w is not None]
        self.label.setBuddy(widgets[0])
        for widget in widgets:
            widget.setAccessibleName(self.texts["label"])
            widget.setToolTip(self.texts["help"])

    def _number(self, line: QHBoxLayout, card: Card) -> None:
        feature = self.feature
        assert feature.minimum is not None and feature.maximum is not None
        raw = next(f for f in card.raw["features"] if f["id"] == feature.id)
        span = feature.maximum - feature.minimum
        self.step = float(raw.get("step") or span / DEFAULT_STEPS)
        self.decimals = _decimals(self.step)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, max(1, round(span / self.step)))
        self.slider.setPageStep(max(1, round(span / self.step / 10)))
        self.slider.valueChanged.connect(self._slid)
        self.edit = QLineEdit()
        self.edit.setMaximumWidth(self.edit.fontMetrics().horizontalAdvance("0" * 9))
        self.edit.editingFinished.connect(self._typed)
        self.unit = QLabel(self.texts["unit"])
        line.addWidget(self.slider, 1)
        line.addWidget(self.edit)
        line.addWidget(self.unit)

    def value_at(self, position: int) -> float:
        """The value of a slider position, on the card's step grid."""
        assert self.feature.minimum is not None
        return round(self.feature.minimum + position * self.step, self.decimals)

    def position_of(self, value: float) -> int:
        """The slider position nearest `value` (the edge for a value outside the range)."""
        assert self.feature.minimum is not None and self.slider is not None
        if math.isnan(value):
            return self.slider.minimum()
        position = round((value - self.feature.minimum) / self.step)
        return min(max(position, self.slider.minimum()), self.slider.maximum())

    def show_value(self, value: float) -> None:
        """Put `value` in the control without announcing a change (a new case, a reset)."""
        if self.slider is not None:
            self.slider.blockSignals(True)
            self.slider.setValue(self.position_of(value))
            self.slider.blockSignals(False)
        text = "" if math.isnan(value) else wording.number(value)
        if self.edit is not None and not self.edit.hasFocus() and self.edit.text() != text:
            self.edit.setText(text)
        if self.combo is not None:
            self.combo.blockSignals(True)
            self.combo.setCurrentIndex(max(0, self.combo.findData(float(value))))
            self.combo.blockSignals(False)

    def say(self, text: str) -> None:
        """A line under the control (a typing error, a value outside the range)."""
        self.message.setText(f"⚠ {text}" if text else "")
        self.message.setVisible(bool(text))

    def _slid(self, position: int) -> None:
        value = self.value_at(position)
        if self.edit is not None:
            self.edit.setText(wording.number(value))
        self.say("")
        self.changed.emit(self.feature.id, value)

    def _typed(self) -> None:
        assert self.edit is not None
        value = wording.parse_number(self.edit.text())
        if value is None:
            self.say(self.tr("{field}: enter a number").format(field=self.texts["label"]))
            return
        self.say("")
        if self.slider is not None:
            self.slider.blockSignals(True)
            self.slider.setValue(self.position_of(value))
            self.slider.blockSignals(False)
        self.changed.emit(self.feature.id, value)

    def _chosen(self, _index: int) -> None:
        assert self.combo is not None
        self.changed.emit(self.feature.id, float(self.combo.currentData()))
