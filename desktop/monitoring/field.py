"""What the district database holds about one model's use in the field, as numpy arrays.

One SQL query per model (id, version): each decision with its inputs, the clinician's
decision and estimate, its day (as entered late, else the device's local day), and the value
of its outcome in force (the one no correction superseded), or NaN.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cached_property
from operator import itemgetter
from typing import TYPE_CHECKING, Any

import numpy as np
import orjson
from numpy.typing import NDArray

if TYPE_CHECKING:
    import sqlite3
    from collections.abc import Sequence

DECISION_CODES = {"accept": 0, "partial": 1, "override": 2}
ESTIMATE_CODES = {"low": 0.0, "medium": 1.0, "high": 2.0}
#: Decisions fetched and parsed this many at a time (bounds the memory of a large district).
CHUNK = 50_000

_MODELS = "SELECT model, count(*) FROM records WHERE kind = 'decision' GROUP BY model"
# Outcomes come in a few long texts (ids joined by the unit separator, bodies as a JSON array)
# rather than half a million rows.
_SEPARATOR = "\x1f"
_OUTCOMES = """
SELECT group_concat(uuid, char(31)), '[' || group_concat(coalesce(body, '{}'), ',') || ']'
FROM records WHERE kind = 'outcome' GROUP BY rowid / 65536
"""
_DECISION = "CASE d.decision {} ELSE -1 END".format(
    " ".join(f"WHEN '{k}' THEN {v}" for k, v in DECISION_CODES.items())
)
_ESTIMATE = "CASE d.clinician_estimate {} END".format(
    " ".join(f"WHEN '{k}' THEN {v}" for k, v in ESTIMATE_CODES.items())
)
# The model id is looked for as text first (instr), so the JSON of the other models' rows is
# never parsed; the same for the day a late decision was entered on.
_FIELD = f"""
SELECT d.uuid, d.device_id,
       coalesce(CASE WHEN instr(d.explanation, '"decided_on"')
                     THEN json_extract(d.explanation, '$.decided_on') END,
                date(d.created_utc, printf('%+d minutes', coalesce(d.local_offset_min, 0)))) AS day,
       d.prediction, {_DECISION}, {_ESTIMATE}, d.inputs
FROM records d
WHERE d.kind = 'decision' AND instr(d.model, ?)
  AND json_extract(d.model, '$.id') = ? AND json_extract(d.model, '$.version') = ? AND day >= ?
"""


@dataclass(frozen=True)
class Field:
    """One model version's decisions in the field (row i of every array is decision i)."""

    model: str
    version: str
    features: tuple[str, ...]
    devices: tuple[str, ...]
    device: NDArray[np.int64]
    day: NDArray[np.datetime64]
    prediction: NDArray[np.float64]
    decision: NDArray[np.int64]
    estimate: NDArray[np.float64]
    observed: NDArray[np.float64]
    inputs: NDArray[np.float64]

    @property
    def n(self) -> int:
        """How many decisions."""
        return len(self.prediction)

    @cached_property
    def month(self) -> NDArray[np.str_]:
        """YYYY-MM of each decision (computed once)."""
        return np.datetime_as_string(self.day.astype("datetime64[M]"), unit="M")


def model_versions(connection: sqlite3.Connection) -> list[tuple[str, str, int]]:
    """(model id, version, decisions) of every model the district holds decisions of."""
    counts: dict[tuple[str, str], int] = {}
    for text, n in connection.execute(_MODELS):
        model = _json(text)
        key = (str(model.get("id")), str(model.get("version")))
        counts[key] = counts.get(key, 0) + int(n)
    return [(a, b, n) for (a, b), n in sorted(counts.items())]


def current_outcomes(connection: sqlite3.Connection) -> dict[str, float]:
    """Decision id -> the value of its outcome in force (the one no correction superseded)."""
    ids: list[str] = []
    bodies: list[Any] = []
    for joined, array in connection.execute(_OUTCOMES):
        ids += joined.split(_SEPARATOR)
        bodies += [b if isinstance(b, dict) else {} for b in orjson.loads(array)]
    superseded = {body.get("supersedes") for body in bodies} - {None}
    return {
        body.get("observes"): float(body["observed"])
        for uuid, body in zip(ids, bodies, strict=True)
        if uuid not in superseded and body.get("observed") is not None
    }


def load_field(
    connection: sqlite3.Connection,
    *,
    outcomes: dict[str, float],
    model: str,
    version: str,
    features: Sequence[str],
    since: str = "0000-00-00",
) -> Field:
    """The decisions of one model version made on or after `since` (YYYY-MM-DD)."""
    needle = json.dumps(model) if model.isascii() and model.isprintable() else ""
    cursor = connection.execute(_FIELD, [needle, model, version, since])
    chunks = []
    while rows := cursor.fetchmany(CHUNK):
        chunks.append(_chunk(rows, features, outcomes))
    columns = [np.concatenate(c) for c in zip(*chunks, strict=True)] if chunks else None
    if columns is None:
        columns = [np.empty(0, dtype=object)] * 6 + [np.empty((0, len(features)))]
    devices_col, days, predictions, decisions, estimates, observed, inputs = columns
    devices, device = _codes(devices_col)
    return Field(
        model=model,
        version=version,
        features=tuple(features),
        devices=devices,
        device=device,
        day=days.astype("datetime64[D]"),
        prediction=predictions.astype(np.float64),
        decision=decisions.astype(np.int64),
        estimate=estimates.astype(np.float64),
        observed=observed.astype(np.float64),
        inputs=inputs.astype(np.float64).reshape(-1, len(features)),
    )


def _json(text: str | bytes | None) -> dict[str, Any]:
    """A JSON object stored in a column (NULL: empty)."""
    value = orjson.loads(text) if text is not None else {}
    return value if isinstance(value, dict) else {}


def _parse(texts: Sequence[str | None]) -> list[Any]:
    """Many JSON texts parsed at once (one array; NULL: an empty object)."""
    return list(orjson.loads("[" + ",".join(t or "{}" for t in texts) + "]"))


def _codes(values: NDArray[Any]) -> tuple[tuple[str, ...], NDArray[np.int64]]:
    """The distinct values sorted, and each value's index among them (np.unique's answer,
    without sorting every value)."""
    seen: dict[Any, int] = {}
    first = np.fromiter((seen.setdefault(v, len(seen)) for v in values), np.int64, len(values))
    names = sorted(seen, key=str)
    rank = np.empty(len(seen), dtype=np.int64)
    rank[[seen[name] for name in names]] = np.arange(len(names))
    return tuple(str(name) for name in names), rank[first]


def _matrix(objects: list[Any], features: Sequence[str]) -> NDArray[np.float64]:
    """Row i: object i's value of each feature (absent or null: NaN)."""
    take = itemgetter(*features) if len(features) > 1 else None
    rows = []
    for value in objects:
        try:
            rows.append(take(value) if take is not None else _values(value, features))
        except (KeyError, TypeError):
            rows.append(_values(value, features))
    return np.asarray(rows, dtype=np.float64).reshape(len(objects), len(features))


def _values(value: Any, features: Sequence[str]) -> tuple[Any, ...]:
    """One object's value of each feature, None where it has none."""
    if isinstance(value, dict):
        return tuple(value.get(f) for f in features)
    return (None,) * len(features)


def _chunk(
    rows: list[tuple[Any, ...]], features: Sequence[str], outcomes: dict[str, float]
) -> tuple[NDArray[Any], ...]:
    """Device, day, prediction, decision, estimate, observed and the input matrix of some rows."""
    ids, devices, days, predictions, decisions, estimates, texts = zip(*rows, strict=True)
    matrix = _matrix(_parse(texts), features)
    return (
        np.asarray(devices, dtype=object),
        np.asarray(days, dtype="datetime64[D]"),
        np.asarray(predictions, dtype=np.float64),
        np.asarray(decisions, dtype=np.int64),
        np.asarray(estimates, dtype=np.float64),
        np.asarray([outcomes.get(i, np.nan) for i in ids], dtype=np.float64),
        matrix.reshape(len(rows), len(features)),
    )
