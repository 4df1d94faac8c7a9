"""The inputs of decisions, stored as JSON texts, as a matrix of numbers (one row a decision,
one column a feature; absent or null: NaN)."""

from __future__ import annotations

from itertools import chain
from operator import itemgetter
from typing import TYPE_CHECKING, Any

import numpy as np
import orjson
from numpy.typing import NDArray

if TYPE_CHECKING:
    from collections.abc import Sequence

#: Decisions fetched and parsed this many at a time (bounds the memory of a large district).
CHUNK = 50_000


def input_matrix(texts: Sequence[str | None], features: Sequence[str]) -> NDArray[np.float64]:
    """Row i: the value of each feature in the JSON object `texts[i]` (absent or null: NaN)."""
    parts = [
        object_matrix(_parse(texts[start : start + CHUNK]), features)
        for start in range(0, len(texts), CHUNK)
    ]
    return np.concatenate(parts) if parts else np.empty((0, len(features)))


def _parse(texts: Sequence[str | None]) -> list[Any]:
    """Many JSON texts parsed at once (one array; NULL or empty: an empty object)."""
    clean: Sequence[Any] = [t or "{}" for t in texts] if None in texts or "" in texts else texts
    return list(orjson.loads("[" + ",".join(clean) + "]"))


def object_matrix(objects: list[Any], features: Sequence[str]) -> NDArray[np.float64]:
    """Row i: object i's value of each feature (absent or null: NaN); a column at a time when
    every object has every feature."""
    n = len(objects)
    values = np.empty((n, len(features)))
    try:
        for j, feature in enumerate(features):
            values[:, j] = np.fromiter(map(itemgetter(feature), objects), np.float64, n)
    except (KeyError, TypeError):  # some object lacks a feature, or is not an object
        rows = [_values(value, features) for value in objects]
        flat = np.fromiter(chain.from_iterable(rows), np.float64, n * len(features))
        values = flat.reshape(n, len(features))
    return values


def _values(value: Any, features: Sequence[str]) -> tuple[Any, ...]:
    """One object's value of each feature, None where it has none."""
    if isinstance(value, dict):
        return tuple(value.get(f) for f in features)
    return (None,) * len(features)
