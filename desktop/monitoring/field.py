"""What the district database holds about one model's use in the field, as numpy arrays.

One SQL query per model (id, version): each decision with its inputs, the clinician's
decision and estimate, its day (as entered late, else the device's local day), and the value
of its outcome in force (the one no correction superseded), or NaN.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import NDArray

if TYPE_CHECKING:
    import sqlite3
    from collections.abc import Sequence

DECISION_CODES = {"accept": 0, "partial": 1, "override": 2}
ESTIMATE_CODES = {"low": 0.0, "medium": 1.0, "high": 2.0}

_MODELS = """
SELECT json_extract(model, '$.id') AS id, json_extract(model, '$.version') AS version,
       count(*) AS n
FROM records WHERE kind = 'decision' GROUP BY 1, 2 ORDER BY 1, 2
"""
_OUTCOMES = """
SELECT uuid, json_extract(body, '$.observes'), json_extract(body, '$.observed'),
       json_extract(body, '$.supersedes')
FROM records WHERE kind = 'outcome'
"""
_FIELD = """
SELECT d.uuid, d.device_id,
       coalesce(json_extract(d.explanation, '$.decided_on'),
                date(d.created_utc, printf('%+d minutes', coalesce(d.local_offset_min, 0)))) AS day,
       d.prediction, d.decision, d.clinician_estimate{inputs}
FROM records d
WHERE d.kind = 'decision' AND json_extract(d.model, '$.id') = ?
  AND json_extract(d.model, '$.version') = ? AND day >= ?
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

    @property
    def month(self) -> NDArray[np.str_]:
        """YYYY-MM of each decision."""
        return np.datetime_as_string(self.day.astype("datetime64[M]"), unit="M")


def model_versions(connection: sqlite3.Connection) -> list[tuple[str, str, int]]:
    """(model id, version, decisions) of every model the district holds decisions of."""
    return [(str(a), str(b), int(n)) for a, b, n in connection.execute(_MODELS)]


def current_outcomes(connection: sqlite3.Connection) -> dict[str, float]:
    """Decision id -> the value of its outcome in force (the one no correction superseded)."""
    rows = connection.execute(_OUTCOMES).fetchall()
    superseded = {row[3] for row in rows if row[3] is not None}
    return {
        row[1]: float(row[2]) for row in rows if row[0] not in superseded and row[2] is not None
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
    columns = "".join(f", json_extract(d.inputs, '$.\"{feature}\"')" for feature in features)
    rows = connection.execute(_FIELD.format(inputs=columns), [model, version, since]).fetchall()
    k = len(features)
    if rows:
        ids, devices_col, days, predictions, decisions, estimates, *inputs = zip(*rows, strict=True)
    else:
        ids, devices_col, days, predictions, decisions, estimates = (), (), (), (), (), ()
        inputs = [() for _ in range(k)]
    devices, device = np.unique(
        np.asarray(devices_col, dtype=object).astype(str), return_inverse=True
    )
    return Field(
        model=model,
        version=version,
        features=tuple(features),
        devices=tuple(str(d) for d in devices),
        device=device.astype(np.int64),
        day=np.asarray(days, dtype="datetime64[D]"),
        prediction=np.asarray(predictions, dtype=np.float64),
        decision=np.asarray([DECISION_CODES.get(d, -1) for d in decisions], dtype=np.int64),
        estimate=np.asarray([ESTIMATE_CODES.get(e, np.nan) for e in estimates], dtype=np.float64),
        observed=np.asarray([outcomes.get(i, np.nan) for i in ids], dtype=np.float64),
        inputs=np.asarray(
            [[np.nan if v is None else v for v in column] for column in inputs], dtype=np.float64
        )
        .reshape(k, -1)
        .T,
    )
