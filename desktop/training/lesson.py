"""The built-in lesson on reading a SHAP explanation: a few short screens per language.

The text lives in i18n/lesson/<language>.json (written by people, reviewed like any
translation); this module only reads it. Every language has the same screens, in order.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from desktop.training.errors import TrainingError, TrainingRefusal

LESSONS = Path(__file__).resolve().parents[2] / "i18n" / "lesson"
RIGHT_TO_LEFT = ("ar",)


@dataclass(frozen=True)
class Screen:
    """One idea: a title and a few short paragraphs (one screen in presentation mode)."""

    id: str
    title: str
    body: tuple[str, ...]


@dataclass(frozen=True)
class Lesson:
    """The lesson in one language."""

    language: str
    title: str
    screens: tuple[Screen, ...]

    @property
    def right_to_left(self) -> bool:
        """Whether the language is written right to left (the screen mirrors its layout)."""
        return self.language in RIGHT_TO_LEFT


def languages(folder: Path = LESSONS) -> list[str]:
    """The languages the lesson is written in."""
    return sorted(p.stem for p in folder.glob("*.json"))


def load_lesson(language: str, *, folder: Path = LESSONS) -> Lesson:
    """The lesson in `language`; refused when there is no such translation."""
    path = folder / f"{language}.json"
    if language not in languages(folder):
        raise TrainingError(TrainingRefusal.LESSON_MISSING, path.name, language=language)
    data = json.loads(path.read_text(encoding="utf-8"))
    screens = tuple(
        Screen(id=str(s["id"]), title=str(s["title"]), body=tuple(str(p) for p in s["body"]))
        for s in data["screens"]
    )
    return Lesson(language=str(data["language"]), title=str(data["title"]), screens=screens)
