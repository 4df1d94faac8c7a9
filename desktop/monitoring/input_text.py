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
    """Many JSON texts parsed at once (one array; NULL or empty: an empty object); each
    alone when they are not as many JSON values (parse_each)."""
    clean: Sequence[Any] = [t or "{}" for t in texts] if None in texts or "" in texts else texts
    found = parse_joined(",".join(clean), len(clean))
    return parse_each(texts) if found is None else found


def parse_joined(joined: str, count: int) -> list[Any] | None:
    """`count` JSON texts joined by commas, parsed at once; None when they are not `count`
    JSON values (a text that is no JSON value, or more than one, would shift the others)."""
    try:
        found = orjson.loads(f"[{joined}]")
    except orjson.JSONDecodeError:
        return None
    return found if len(found) == count else None


def parse_each(texts: Sequence[str | None]) -> list[Any]:
    """Each text parsed alone: one that is not one JSON value (or NULL, or empty) counts as
    an empty object, so the decision's inputs are all missing and no other row moves."""
    found: list[Any] = []
    for text in texts:
        try:
            found.append(orjson.loads(text) if text else {})
        except orjson.JSONDecodeError:
            found.append({})
    return found


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
