"""Small building blocks the training screens share: scroll areas and wrapped labels."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QWidget


def scrolled(widget: QWidget, *, name: str = "") -> QScrollArea:
    """`widget` in a scroll area that grows with it (sideways too, never cutting it off)."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    area.setObjectName(name)
    return area


def wrapped(*, bold: bool = False) -> QLabel:
    """A selectable, word-wrapped plain-text label (bold keeps the application's size)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
    return label
