"""The built-in lesson on reading an explanation, one screen at a time, in the interface language
(desktop.training.lesson; Arabic is laid out right to left)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QPushButton, QVBoxLayout, QWidget

from desktop.observable import follow
from desktop.training.lesson import languages, load_lesson
from desktop.ui.widgets.panes import wrapped
from desktop.ui.widgets.result_view import _scaled

if TYPE_CHECKING:
    from desktop.training.lesson import Lesson
    from desktop.training.reading import LessonReader

MAX_PARAGRAPHS = 6
#: The lesson's lines stay about this many characters wide, easy to read on a wide screen.
READABLE_CHARS = 110


def lesson_for(language: str) -> Lesson:
    """The lesson in `language`, or in English when it has not been written in it."""
    return load_lesson(language if language in languages() else "en")


def apply_lesson_direction(widget: QWidget, lesson: Lesson) -> None:
    """Right to left for a right-to-left lesson, else the application's direction."""
    if lesson.right_to_left:
        widget.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    else:
        widget.unsetLayoutDirection()


class LessonView(QWidget):
    """Title, "screen 2 of 7", the screen's title and paragraphs; Previous and Next."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reader: LessonReader | None = None
        self.lesson_title = wrapped(bold=True)
        self.position = wrapped()
        self.heading = wrapped(bold=True)
        _scaled(self.heading, 1.5, bold=True)
        self.paragraphs = [wrapped() for _ in range(MAX_PARAGRAPHS)]
        for paragraph in self.paragraphs:
            _scaled(paragraph, 1.2)
        self.previous_button, self.next_button = QPushButton(), QPushButton()
        self.previous_button.clicked.connect(self.previous)
        self.next_button.clicked.connect(self.next)
        for keys, slot in (("Alt+Left", self.previous), ("Alt+Right", self.next)):
            shortcut = QShortcut(QKeySequence(keys), self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.contents = QListWidget()
        self.contents.setMaximumWidth(self.fontMetrics().averageCharWidth() * 40)
        self.contents.setWordWrap(True)  # long titles wrap instead of needing sideways scrolling
        self.contents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.contents.currentRowChanged.connect(self._picked)
        page = QWidget()
        page.setMaximumWidth(self.fontMetrics().averageCharWidth() * READABLE_CHARS)
        column = QVBoxLayout(page)
        for widget in (self.lesson_title, self.position, self.heading, *self.paragraphs):
            column.addWidget(widget)
        column.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.previous_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        column.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addWidget(self.contents)
        layout.addWidget(page, 1)
        layout.addStretch(0)
        self._retranslate()

    def bind(self, reader: LessonReader | None) -> None:
        """Follow `reader`."""
        self._reader = follow(self._reader, reader, self._render)
        self._render()

    def next(self) -> None:
        """The next screen."""
        if self._reader is not None:
            self._reader.next()

    def previous(self) -> None:
        """The previous screen."""
        if self._reader is not None:
            self._reader.previous()

    def _picked(self, row: int) -> None:
        if self._reader is not None and row >= 0 and row != self._reader.index:
            self._reader.go_to(row)

    def texts(self) -> list[str]:
        """The screen's title and paragraphs as shown (for tests)."""
        return [self.heading.text()] + [p.text() for p in self.paragraphs if not p.isHidden()]

    def _render(self) -> None:
        reader = self._reader
        if reader is None:
            return
        apply_lesson_direction(self, reader.lesson)
        screen = reader.screen
        self.lesson_title.setText(reader.lesson.title)
        self.position.setText(
            self.tr("Screen {number} of {count}").format(
                number=reader.index + 1, count=reader.count
            )
        )
        self.heading.setText(screen.title)
        for index, paragraph in enumerate(self.paragraphs):
            paragraph.setText(screen.body[index] if index < len(screen.body) else "")
            paragraph.setVisible(index < len(screen.body))
        self.previous_button.setEnabled(reader.index > 0)
        self.next_button.setEnabled(reader.index + 1 < reader.count)
        self.contents.blockSignals(True)
        self.contents.clear()
        self.contents.addItems([s.title for s in reader.lesson.screens])
        self.contents.setCurrentRow(reader.index)
        self.contents.blockSignals(False)

    def _retranslate(self) -> None:
        self.previous_button.setText(self.tr("&Previous screen"))
        self.previous_button.setAccessibleName(self.tr("Previous screen"))
        self.next_button.setText(self.tr("Ne&xt screen"))
        self.next_button.setAccessibleName(self.tr("Next screen"))
        self.contents.setAccessibleName(self.tr("Lesson screens"))
        self._render()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Re-word on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
