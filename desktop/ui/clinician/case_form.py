"""The patient form, generated from a model card: one checked input per feature."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.widgets import wording
from desktop.ui.widgets.card_texts import feature_texts

if TYPE_CHECKING:
    from collections.abc import Mapping

    from models.card import Card, Feature


class _Field:
    """One feature's editor, the range beside it, its hint line and its inline message."""

    def __init__(self, feature: Feature, texts: dict[str, Any], *, missing_ok: bool) -> None:
        self.feature, self.texts, self.missing_ok = feature, texts, missing_ok
        self.editor: QLineEdit | QComboBox = (
            QLineEdit() if feature.type == "number" else QComboBox()
        )
        if isinstance(self.editor, QLineEdit):  # room for "1234.567" in the current font
            self.editor.setMinimumWidth(self.editor.fontMetrics().horizontalAdvance("0" * 10))
        self.label = QLabel(texts["label"])
        self.label.setBuddy(self.editor)
        self.side = QLabel()
        self.hint = QLabel(texts["help"])
        self.message = QLabel()
        for label in (self.hint, self.message):
            label.setWordWrap(True)
        bold = QFont()  # only the weight is set, so the size still follows the application font
        bold.setBold(True)
        self.message.setFont(bold)
        self.message.hide()
        self.touched = False
        self.parsed: tuple[str, float] | None = None  # the last text read as a number
        self.box = QWidget()
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.editor, 1)
        line.addWidget(self.side)
        column = QVBoxLayout(self.box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(line)
        column.addWidget(self.hint)
        column.addWidget(self.message)

    def read(self) -> tuple[float | None, bool]:
        """(value, empty): value None when empty or not a number; NaN when empty is allowed."""
        if isinstance(self.editor, QLineEdit):
            text = self.editor.text().strip()
            value = wording.parse_number(text) if text else None
            if value is not None:
                self.parsed = (text, value)
        else:
            text = self.editor.currentText() if self.editor.currentIndex() > 0 else ""
            data = self.editor.currentData()
            value = None if data is None else float(data)
        if not text and self.missing_ok:
            return math.nan, True
        return value, not text


class CaseForm(QWidget):
    """Inputs for one patient, with units, validated ranges, help and inline messages."""

    changed = Signal()

    def __init__(self, card: Card, parent: QWidget | None = None, *, language: str = "en") -> None:
        super().__init__(parent)
        self.card = card
        allows_missing = bool(card.raw.get("missing_values", False))
        self._fields = [
            _Field(
                f, feature_texts(card, f, language), missing_ok=allows_missing and not f.required
            )
            for f in card.features
        ]
        # Labels above their inputs: long clinical labels and translations fit a narrow column.
        # (A plain column: QFormLayout's wrapped rows kept stale heights when a message hid.)
        layout = QVBoxLayout(self)
        for field in self._fields:
            layout.addWidget(field.label)
            layout.addWidget(field.box)
            layout.addSpacing(field.label.fontMetrics().height() // 2)
            if isinstance(field.editor, QLineEdit):
                field.editor.textChanged.connect(lambda _t, f=field: self._edited(f))
                field.editor.editingFinished.connect(lambda f=field: self._left(f))
            else:
                field.editor.currentIndexChanged.connect(lambda _i, f=field: self._edited(f))
                field.editor.activated.connect(lambda _i, f=field: self._left(f))
        for first, second in zip(self._fields, self._fields[1:], strict=False):
            QWidget.setTabOrder(first.editor, second.editor)
        self._retranslate()

    def set_language(self, language: str) -> None:
        """Show the card's texts in `language` (entered values are kept)."""
        for field in self._fields:
            field.texts = feature_texts(self.card, field.feature, language)
            field.label.setText(field.texts["label"])
            field.hint.setText(field.texts["help"])
        self._retranslate()

    def first_editor(self) -> QLineEdit | QComboBox:
        """The first input, where focus goes for a new patient."""
        return self._fields[0].editor

    def editor(self, feature_id: str) -> QLineEdit | QComboBox:
        """The input widget of one feature (for the window's focus handling and tests)."""
        return self._field(feature_id).editor

    def message(self, feature_id: str) -> str:
        """The inline message shown under one feature, or "" when none is shown."""
        field = self._field(feature_id)
        return field.message.text() if not field.message.isHidden() else ""

    def values(self) -> dict[str, float] | None:
        """Every feature's value in card order, or None while any input is missing or bad."""
        out: dict[str, float] = {}
        for field in self._fields:
            value, _ = field.read()
            if value is None:
                return None
            out[field.feature.id] = value
        return out

    def problems(self) -> list[str]:
        """Every current error, each naming its field (shown or not yet shown)."""
        return [text for f in self._fields if (text := self._error(f))]

    def out_of_range(self) -> list[str]:
        """Ids of features whose valid value lies outside the range the model was validated on."""
        return [f.feature.id for f in self._fields if self._outside(f) is not None]

    def check(self) -> bool:
        """Show every message, move focus to the first field at fault; True when all is valid."""
        for field in self._fields:
            field.touched = True
            self._show(field)
        bad = [f for f in self._fields if self._error(f)]
        if bad:
            bad[0].editor.setFocus()
        return not bad

    def clear(self) -> None:
        """Empty every input and hide every message."""
        for field in self._fields:
            self._set(field, None)
            field.touched = False
            self._show(field)
        self.changed.emit()

    def set_values(self, values: Mapping[str, float | bool | None]) -> None:
        """Fill the form (a training case, say); features not given are left empty."""
        unknown = set(values) - set(self.card.feature_ids)
        if unknown:
            raise KeyError(f"not features of {self.card.id}: {sorted(unknown)}")
        for field in self._fields:
            value = values.get(field.feature.id)
            self._set(field, None if value is None else float(value))
            field.touched = value is not None
            self._show(field)
        self.changed.emit()

    def _field(self, feature_id: str) -> _Field:
        for field in self._fields:
            if field.feature.id == feature_id:
                return field
        raise KeyError(feature_id)

    def _set(self, field: _Field, value: float | None) -> None:
        editor = field.editor
        editor.blockSignals(True)
        try:
            if isinstance(editor, QLineEdit):
                if value is None or math.isnan(value):
                    editor.clear()
                else:
                    editor.setText(wording.number(value))
            elif value is None or math.isnan(value):
                editor.setCurrentIndex(0)
            else:
                index = editor.findData(value)
                if index < 1:
                    raise ValueError(f"{field.feature.id}: {value} is not one of its choices")
                editor.setCurrentIndex(index)
        finally:
            editor.blockSignals(False)

    def _edited(self, field: _Field) -> None:
        self._show(field)
        self.changed.emit()

    def _left(self, field: _Field) -> None:
        field.touched = True
        self._show(field)

    def _error(self, field: _Field) -> str:
        value, empty = field.read()
        if value is not None:
            return ""
        name = field.texts["label"]
        if not empty:
            return self.tr("{field}: enter a number").format(field=name)
        if isinstance(field.editor, QComboBox):
            return self.tr("{field}: choose one").format(field=name)
        return self.tr("{field}: enter a value").format(field=name)

    def _outside(self, field: _Field) -> float | None:
        """The field's value when it is valid but outside the validated range, else None."""
        value, _ = field.read()
        low, high = field.feature.minimum, field.feature.maximum
        if value is None or math.isnan(value) or low is None or high is None:
            return None
        return None if low <= value <= high else value

    def _show(self, field: _Field) -> None:
        empty = field.read()[1]
        text = self._error(field) if (field.touched or not empty) else ""
        outside = self._outside(field)
        if not text and outside is not None:
            text = self.tr(
                "{field}: {value} is outside the range the model was validated on ({range})"
            ).format(
                field=field.texts["label"],
                value=wording.number(outside),
                range=wording.range_text(field.feature, field.texts["unit"]),
            )
        field.message.setText(f"⚠ {text}" if text else "")
        field.message.setVisible(bool(text))
        field.editor.setAccessibleDescription(text or field.hint.text())

    def _retranslate(self) -> None:
        """Set every text of our own (again, after a language change)."""
        for field in self._fields:
            field.editor.setAccessibleName(field.texts["label"])
            field.editor.setToolTip(field.texts["help"])
            field.side.setText(wording.range_text(field.feature, field.texts["unit"]))
            field.side.setVisible(bool(field.side.text()))
            editor = field.editor
            if isinstance(editor, QLineEdit):
                # Numbers typed in the previous language's locale are re-written in the new one.
                if field.parsed is not None and field.parsed[0] == editor.text().strip():
                    self._set(field, field.parsed[1])
            else:
                self._fill_choices(field, editor)
            self._show(field)
        widest = max((f.side.sizeHint().width() for f in self._fields), default=0)
        for field in self._fields:  # one column of ranges, so the inputs line up
            field.side.setMinimumWidth(widest)

    def _fill_choices(self, field: _Field, editor: QComboBox) -> None:
        if field.feature.type == "boolean":
            choices = [(v, wording.feature_value(field.feature, v)) for v in (1.0, 0.0)]
        else:
            choices = field.texts["choices"]
        blank = self.tr("— not entered —") if field.missing_ok else self.tr("— choose —")
        current = editor.currentData()
        editor.blockSignals(True)
        editor.clear()
        editor.addItem(blank, None)
        for code, label in choices:
            editor.addItem(label, code)
        editor.setCurrentIndex(max(0, editor.findData(current)) if current is not None else 0)
        editor.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Re-word and re-format the inputs when the interface language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
