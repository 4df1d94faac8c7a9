"""Where a reader is in the built-in lesson: plain state that the lesson screen and the
presentation window both follow, so either can turn the page."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from desktop.observable import Listener, Observable

if TYPE_CHECKING:
    from desktop.training.lesson import Lesson, Screen


@dataclass
class LessonReader(Observable):
    """The lesson in the interface language and the screen being read."""

    lesson: Lesson
    index: int = 0
    _listeners: list[Listener] = field(default_factory=list)

    @property
    def screen(self) -> Screen:
        """The screen being read."""
        return self.lesson.screens[self.index]

    @property
    def count(self) -> int:
        """How many screens the lesson has."""
        return len(self.lesson.screens)

    def go_to(self, index: int) -> bool:
        """Turn to screen `index`; False (nothing changes) when there is no such screen."""
        if not 0 <= index < self.count:
            return False
        self.index = index
        self._changed()
        return True

    def next(self) -> bool:
        """The next screen; False at the last."""
        return self.go_to(self.index + 1)

    def previous(self) -> bool:
        """The previous screen; False at the first."""
        return self.go_to(self.index - 1)

    def set_lesson(self, lesson: Lesson) -> None:
        """The same lesson in another language, on the same screen (every language has the
        same screens in the same order)."""
        self.lesson = lesson
        self.index = min(self.index, self.count - 1)
        self._changed()
