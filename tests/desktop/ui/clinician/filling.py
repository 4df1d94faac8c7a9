"""Fill the clinician's screen as a clinician would: the eligibility answers, then the values."""

from __future__ import annotations

from collections.abc import Mapping

from desktop.ui.clinician.screen import ClinicianScreen
from models.eligibility import passing_answers


def fill(screen: ClinicianScreen, values: Mapping[str, float | bool | None]) -> dict[str, bool]:
    """Answer every question so the model may be used, enter `values`; returns the answers."""
    assert screen.form is not None and screen.questions is not None
    answers = passing_answers(screen.form.card.raw)
    for question, answer in answers.items():
        screen.questions.set_answer(question, answer)
    screen.form.set_values(values)
    return answers
