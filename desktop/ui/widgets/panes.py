"""Small building blocks the screens share: scroll areas and wrapped labels."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QWidget


class _FittedArea(QScrollArea):
    """A scroll area that asks for its content's minimum width, so it scrolls only up and down."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """At least as wide as the content's minimum, plus the vertical scroll bar."""
        hint = super().minimumSizeHint()
        content = self.widget()
        if content is None:
            return hint
        extra = self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()
        return QSize(max(hint.width(), content.minimumSizeHint().width() + extra), hint.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """When the content's layout changes, so may the width this area asks for."""
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)


def scrolled(widget: QWidget, *, name: str = "", fit_width: bool = False) -> QScrollArea:
    """`widget` in a scroll area that grows with it (sideways too, never cutting it off).

    With `fit_width` the area is never narrower than the content needs (a splitter gives it
    that much first), so only a very large font makes it scroll sideways.
    """
    area = _FittedArea() if fit_width else QScrollArea()
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
