"""The built-in lesson: every language has every screen, in order, and no empty text."""

from __future__ import annotations

import json

import pytest

from desktop.training.errors import TrainingError, TrainingRefusal
from desktop.training.lesson import LESSONS, languages, load_lesson

LANGUAGES = ["ar", "en", "es", "fr", "pt", "sw"]
ENGLISH = load_lesson("en")


def test_the_lesson_exists_in_every_app_language() -> None:
    """English, French, Portuguese, Spanish, Swahili and Arabic, and 5 to 8 screens."""
    assert languages() == LANGUAGES
    assert 5 <= len(ENGLISH.screens) <= 8


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_screen_in_every_language_and_no_empty_text(language: str) -> None:
    """Same screen ids in the same order as English; every title and paragraph has text."""
    lesson = load_lesson(language)
    assert lesson.language == language
    assert [s.id for s in lesson.screens] == [s.id for s in ENGLISH.screens]
    assert lesson.title.strip()
    for screen in lesson.screens:
        assert screen.title.strip(), screen.id
        assert screen.body and all(p.strip() for p in screen.body), screen.id
        assert len(screen.body) <= 3, f"{screen.id}: one idea per screen, at most 3 paragraphs"


@pytest.mark.parametrize("language", [lang for lang in LANGUAGES if lang != "en"])
def test_translations_are_not_english_copies(language: str) -> None:
    """No title or paragraph of a translation is left in English."""
    lesson = load_lesson(language)
    english = {ENGLISH.title} | {t for s in ENGLISH.screens for t in (s.title, *s.body)}
    texts = {lesson.title} | {t for s in lesson.screens for t in (s.title, *s.body)}
    assert not texts & english


def test_the_lesson_covers_what_an_explanation_does_and_does_not_say() -> None:
    """Base value as average risk, percentage points, additivity, causation, certainty, the
    real-life change, and when to distrust: out of range, demonstration, limitations."""
    text = {s.id: " ".join((s.title, *s.body)).lower() for s in ENGLISH.screens}
    assert "average risk" in text["base_value"]
    assert "percentage points" in text["contributions"]
    assert "base value + all contributions" in text["adds_up"]
    for phrase in ("cause", "real life", "certainty"):
        assert phrase in text["not_cause"], phrase
    for phrase in ("outside the range", "demonstration", "limitations", "threshold"):
        assert phrase in text["when_to_distrust"], phrase


def test_files_hold_only_the_expected_keys() -> None:
    """Each file has language, title and screens of id/title/body, nothing else."""
    for path in LESSONS.glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert set(data) == {"language", "title", "screens"}, path.name
        assert all(set(s) == {"id", "title", "body"} for s in data["screens"]), path.name


def test_arabic_is_right_to_left_and_a_missing_language_is_refused() -> None:
    """The screen can mirror Arabic; an unknown language is refused, not shown in English."""
    assert load_lesson("ar").right_to_left and not ENGLISH.right_to_left
    with pytest.raises(TrainingError) as caught:
        load_lesson("xx")
    assert caught.value.code is TrainingRefusal.LESSON_MISSING
