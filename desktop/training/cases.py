"""Training cases: the shipped library of real held-out cases per model, and trainers' own.

The library files (desktop/training/library/<model-id>.json) are written by
models/recipes/library.py from each recipe's held-out test split; they are read-only here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.training.errors import TrainingError, TrainingRefusal

LIBRARY = Path(__file__).with_name("library")
FORMAT = 1
#: Where a case comes from: the shipped library, or a trainer's CSV import.
LIBRARY_SOURCE = "library"
TRAINER_SOURCE = "trainer"


@dataclass(frozen=True)
class TrainingCase:
    """One real case with its true outcome, and what the model predicted when it was chosen."""

    id: str
    model: str
    source: str
    category: str
    tags: tuple[str, ...]
    outcome: int
    prediction: float
    inputs: dict[str, float]
    out_of_range: tuple[str, ...] = ()
    note: str | None = None

    def to_json(self) -> dict[str, Any]:
        """Plain JSON types (what `kuona training cases --json` prints, with today's prediction)."""
        return {
            "id": self.id,
            "model": self.model,
            "source": self.source,
            "category": self.category,
            "tags": list(self.tags),
            "outcome": self.outcome,
            "prediction": self.prediction,
            "out_of_range": list(self.out_of_range),
            "inputs": dict(self.inputs),
            "note": self.note,
        }


@dataclass(frozen=True)
class Library:
    """A model's shipped case library and the facts of its selection."""

    model: str
    model_version: str
    model_sha256: str
    threshold: float
    selection: dict[str, Any]
    cases: tuple[TrainingCase, ...]


def _case(model: str, data: dict[str, Any]) -> TrainingCase:
    return TrainingCase(
        id=str(data["id"]),
        model=model,
        source=LIBRARY_SOURCE,
        category=str(data["category"]),
        tags=tuple(str(t) for t in data["tags"]),
        outcome=int(data["outcome"]),
        prediction=float(data["prediction"]),
        inputs={str(k): float(v) for k, v in data["inputs"].items()},
        out_of_range=tuple(str(f) for f in data["out_of_range"]),
    )


def load_library(model_id: str, *, folder: Path = LIBRARY) -> Library:
    """The shipped library of `model_id`; refused (TrainingError) when absent or damaged."""
    path = folder / f"{model_id}.json"
    name = f"{model_id}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise TrainingError(TrainingRefusal.LIBRARY_MISSING, name, model=model_id) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise TrainingError(TrainingRefusal.LIBRARY_INVALID, name, reason=str(exc)[:200]) from exc
    try:
        if data["format"] != FORMAT or data["model"] != model_id:
            raise ValueError("format or model id")
        return Library(
            model=model_id,
            model_version=str(data["model_version"]),
            model_sha256=str(data["model_sha256"]),
            threshold=float(data["threshold"]),
            selection=dict(data["selection"]),
            cases=tuple(_case(model_id, c) for c in data["cases"]),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise TrainingError(TrainingRefusal.LIBRARY_INVALID, name, reason=str(exc)[:200]) from exc
