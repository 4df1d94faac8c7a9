"""Where a reader is in the lesson: pages turn within bounds and survive a language change."""

from __future__ import annotations

from desktop.training.lesson import load_lesson
from desktop.training.reading import LessonReader


def test_pages_turn_within_the_lesson_and_keep_their_place_in_another_language() -> None:
    """next/previous stop at the ends; the French lesson opens on the same screen."""
    reader = LessonReader(load_lesson("en"))
    heard: list[int] = []
    reader.subscribe(lambda: heard.append(reader.index))
    assert not reader.previous()
    while reader.next():
        pass
    assert reader.index == reader.count - 1 and heard == list(range(1, reader.count))
    reader.go_to(2)
    english = reader.screen.id
    reader.set_lesson(load_lesson("fr"))
    assert reader.index == 2 and reader.screen.id == english
    assert reader.screen.title == load_lesson("fr").screens[2].title
    assert not reader.go_to(reader.count)
