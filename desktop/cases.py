"""Read one patient case (CASE.json: feature id -> value) for the CLI, with coded refusals."""

from __future__ import annotations

import json
import math
from pathlib import Path

from models.errors import Check, PackageError

#: The key of CASE.json that holds the answers to the card's eligibility questions.
ELIGIBILITY = "eligibility"


def read_case(path: Path) -> dict[str, float]:
    """Numbers as given, true/false as 1/0, null as missing (NaN); anything else is refused."""
    return read_case_with_answers(path)[0]


def read_case_with_answers(path: Path) -> tuple[dict[str, float], dict[str, bool]]:
    """The case's values, and its answers under "eligibility" (`{"pregnant": false, ...}`;
    they are checked against the card's questions later, by name)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise PackageError(Check.UNREADABLE, str(path), {"reason": exc.strerror or ""}) from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PackageError(Check.JSON_INVALID, path.name, {"reason": str(exc)[:200]}) from exc
    if not isinstance(data, dict):
        raise PackageError(Check.CASE_INVALID, path.name, {"feature": "(root)"})
    answers = data.pop(ELIGIBILITY, {})
    if not isinstance(answers, dict):
        raise PackageError(Check.CASE_INVALID, path.name, {"feature": ELIGIBILITY})
    case: dict[str, float] = {}
    for key, value in data.items():
        if value is None:
            case[key] = math.nan
        elif isinstance(value, int | float):  # bool is an int: true/false become 1/0
            case[key] = float(value)
        else:
            raise PackageError(Check.CASE_INVALID, path.name, {"feature": str(key)})
    return case, answers
