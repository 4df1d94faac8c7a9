"""What the district database holds about the models' use in the field, as numpy arrays.

One pass over the decisions serves every model (id, version): each decision's model, device,
day (as entered late, else the device's local day), prediction, the clinician's decision and
estimate, the value of its outcome in force (the one no correction superseded), or NaN, and its
inputs, kept as text until a model's features are known.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from itertools import repeat
from typing import TYPE_CHECKING, Any

import numpy as np
import orjson
from numpy.typing import NDArray

from desktop.monitoring.input_text import CHUNK, input_matrix

if TYPE_CHECKING:
    import sqlite3
    from collections.abc import Sequence

DECISION_CODES = {"accept": 0, "partial": 1, "override": 2}
ESTIMATE_CODES = {"low": 0.0, "medium": 1.0, "high": 2.0}
#: The default `since`: every decision.
EVER = "0000-00-00"

_DECISION = "CASE decision {} ELSE -1 END".format(
    " ".join(f"WHEN '{k}' THEN {v}" for k, v in DECISION_CODES.items())
)
_ESTIMATE = "CASE clinician_estimate {} END".format(
    " ".join(f"WHEN '{k}' THEN {int(v)}" for k, v in ESTIMATE_CODES.items())
)
# The clinician's decision and estimate in one number: decision * 4 + estimate (3: none), from
# 0 (-1 * 4 + 4) to 15; and with it the device's local offset (minutes), one value a row less.
_CODE = f"({_DECISION}) * 4 + coalesce({_ESTIMATE}, 3) + 4"
_PACKED = f"{_CODE} + 16 * coalesce(local_offset_min, 0)"
# The day a late decision was entered on is looked for as text first (instr), so the JSON of
# the other rows' explanations is never parsed; the local day is computed by numpy.
_COLUMNS = f"""model, device_id, substr(created_utc, 1, 16),
       CASE WHEN instr(explanation, '"decided_on"') THEN json_extract(explanation, '$.decided_on')
       END, prediction, {_PACKED}"""
_DECISIONS = f"SELECT {_COLUMNS}, uuid, inputs FROM records WHERE kind = 'decision'"
# The same without the ids and inputs (read apart, input_reader.py), up to a given rowid: the
# values of their outcomes come in rowid order (in_force.observed_in_order).
_WITHOUT_INPUTS = f"SELECT {_COLUMNS} FROM records WHERE kind = 'decision' AND rowid <= ?"
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


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


@dataclass(frozen=True)
class _Part:
    """Some decisions of any model: codes into Decisions' models and devices, and values."""

    model: NDArray[np.int64]
    device: NDArray[np.int64]
    day: NDArray[np.datetime64]
    prediction: NDArray[np.float64]
    decision: NDArray[np.int64]
    estimate: NDArray[np.float64]
    observed: NDArray[np.float64]
    inputs: tuple[str | None, ...]


class Decisions:
    """Every decision of the district database, read in one pass, split by model on demand."""

    def __init__(
        self,
        connection: sqlite3.Connection,
        outcomes: dict[Any, float] | None,
        *,
        last: int | None = None,
    ) -> None:
        """Read every decision, with the value of its outcome in `outcomes` (else NaN); with
        `last`, those up to that rowid and without their ids and inputs: the values of their
        outcomes are then given to observe(), their inputs to field()."""
        self._texts: dict[str | None, int] = {}  # a stored model's JSON text -> its code
        self._devices: dict[str, int] = {}
        self._parts: list[_Part] = []
        query = _DECISIONS if last is None else _WITHOUT_INPUTS
        cursor = connection.execute(query, [] if last is None else [last])
        while rows := cursor.fetchmany(CHUNK):
            self._parts.append(self._part(rows, outcomes or {}))
        self._keys = [model_key(text) for text in self._texts]  # by code

    def _part(self, rows: list[tuple[Any, ...]], outcomes: dict[Any, float]) -> _Part:
        """Rows of _DECISIONS, or of _WITHOUT_INPUTS (no ids: their outcomes NaN until
        observe())."""
        columns = tuple(zip(*rows, strict=True))
        models, devices, times, entered, predictions, packed = columns[:6]
        n, nan = len(rows), float("nan")
        values = np.asarray(packed, dtype=np.int64)
        code = (values & 15) - 4
        estimate = (code & 3).astype(np.float64)
        for text in set(models):
            self._texts.setdefault(text, len(self._texts))
        for device in set(devices):
            self._devices.setdefault(device, len(self._devices))
        return _Part(
            model=np.fromiter(map(self._texts.__getitem__, models), np.int64, n),
            device=np.fromiter(map(self._devices.__getitem__, devices), np.int64, n),
            day=_days(times, values >> 4, entered),
            prediction=np.asarray(predictions, dtype=np.float64),
            decision=code >> 2,
            estimate=np.where(estimate == 3, np.nan, estimate),
            observed=_observed(outcomes, columns[6]) if len(columns) > 6 else np.full(n, nan),
            inputs=columns[7] if len(columns) > 6 else (),
        )

    def __len__(self) -> int:
        """How many decisions were read."""
        return sum(len(part.prediction) for part in self._parts)

    def observe(self, observed: NDArray[np.float64]) -> None:
        """The value of each decision's outcome in force, in the order read (NaN: none; the
        decisions read without their ids); ValueError if they differ in number."""
        if len(observed) != len(self):
            raise ValueError("the outcomes and the decisions differ in number")
        at = 0
        for part in self._parts:
            part.observed[:] = observed[at : at + len(part.observed)]
            at += len(part.observed)

    def model_versions(self) -> list[tuple[str, str, int]]:
        """(model id, version, decisions) of every model the district holds decisions of."""
        counts: dict[tuple[str, str], int] = {}
        per_code = np.zeros(len(self._keys), dtype=np.int64)
        for part in self._parts:
            per_code += np.bincount(part.model, minlength=len(self._keys))
        for (key, _), n in zip(self._keys, per_code.tolist(), strict=True):
            counts[key] = counts.get(key, 0) + n
        return [(a, b, n) for (a, b), n in sorted(counts.items())]

    def field(
        self,
        *,
        model: str,
        version: str,
        features: Sequence[str],
        since: str,
        matrix: NDArray[np.float64] | None = None,
    ) -> Field:
        """The decisions of one model version made on or after `since` (YYYY-MM-DD); their
        inputs from `matrix` when given (row i: the version's i-th decision, of any day)."""
        wanted = ((model, version), True)
        codes = [code for code, key in enumerate(self._keys) if key == wanted]
        picked: list[tuple[NDArray[Any], ...]] = []
        texts: list[str | None] = []
        taken: list[NDArray[np.bool_]] = []  # of the version's decisions, those kept
        for part in self._parts:
            ours = np.isin(part.model, codes)
            keep = ours & _on_or_after(part.day, since)
            taken.append(keep[ours])
            rows = np.flatnonzero(keep)
            if len(rows) == 0:
                continue
            columns = (part.device, part.day, part.prediction, part.decision, part.estimate)
            picked.append((*(c[rows] for c in columns), part.observed[rows]))
            if matrix is None:
                texts += (
                    part.inputs if len(rows) == len(part.inputs) else _picked(part.inputs, rows)
                )
        empty = (np.empty(0, np.int64), np.empty(0, "datetime64[D]"), *[np.empty(0)] * 4)
        device, day, prediction, decision, estimate, observed = (
            [np.concatenate(c) for c in zip(*picked, strict=True)] if picked else empty
        )
        devices, index = self._device_codes(device)
        return Field(
            model=model,
            version=version,
            features=tuple(features),
            devices=devices,
            device=index,
            day=day.astype("datetime64[D]"),
            prediction=prediction.astype(np.float64),
            decision=decision.astype(np.int64),
            estimate=estimate.astype(np.float64),
            observed=observed.astype(np.float64),
            inputs=input_matrix(texts, features) if matrix is None else _rows(matrix, taken),
        )

    def _device_codes(self, device: NDArray[np.int64]) -> tuple[tuple[str, ...], NDArray[np.int64]]:
        """The devices used, sorted, and each decision's index among them."""
        names = list(self._devices)
        used, inverse = np.unique(device, return_inverse=True)
        order = sorted(range(len(used)), key=lambda j: names[used[j]])
        rank = np.empty(len(used), dtype=np.int64)
        rank[order] = np.arange(len(used))
        return tuple(names[used[j]] for j in order), rank[inverse].astype(np.int64)


def _observed(outcomes: dict[Any, float], ids: Sequence[str]) -> NDArray[np.float64]:
    """The value of the outcome of each decision in `ids` (NaN: none)."""
    return np.fromiter(map(outcomes.get, ids, repeat(float("nan"))), np.float64, len(ids))


def _rows(matrix: NDArray[np.float64], taken: list[NDArray[np.bool_]]) -> NDArray[np.float64]:
    """The rows of `matrix` kept (one flag per row, in order)."""
    kept = np.concatenate(taken) if taken else np.zeros(0, dtype=bool)
    if len(kept) != len(matrix):
        raise ValueError("the input matrix and the decisions differ in number")
    rows: NDArray[np.float64] = matrix[kept]
    return rows


def model_key(text: str | None) -> tuple[tuple[str, str], bool]:
    """A stored model's (id, version) as model_versions counts it, and whether both are
    strings (the decisions a report is made of)."""
    model = orjson.loads(text) if text is not None else {}
    model = model if isinstance(model, dict) else {}
    named = isinstance(model.get("id"), str) and isinstance(model.get("version"), str)
    return (str(model.get("id")), str(model.get("version"))), named


def _days(
    times: Sequence[str | None], offsets: NDArray[np.int64], entered: Sequence[str | None]
) -> NDArray[np.datetime64]:
    """The day a late decision was entered on, else the device's local day (UTC minute plus
    the device's offset; NaT where the time cannot be read)."""
    try:
        minutes = np.asarray(times, dtype="datetime64[m]")
    except ValueError:
        minutes = np.array([_minute(t) for t in times], dtype="datetime64[m]")
    shift = offsets.astype("timedelta64[m]")
    day: NDArray[np.datetime64] = (minutes + shift).astype("datetime64[D]")
    late = [i for i, d in enumerate(entered) if d is not None]
    if late:
        day[late] = np.asarray([entered[i] for i in late], dtype="datetime64[D]")
    return day


def _minute(text: str | None) -> np.datetime64:
    """One time to the minute (NaT when it cannot be read)."""
    try:
        return np.datetime64(text, "m")
    except ValueError:
        return np.datetime64("NaT", "m")


def _on_or_after(day: NDArray[np.datetime64], since: str) -> NDArray[np.bool_]:
    """Days on or after `since`, compared as the YYYY-MM-DD text SQL would (NaT: never)."""
    known = ~np.isnat(day)
    if since == EVER:
        return known
    if _DAY.fullmatch(since):
        try:
            return known & (day >= np.datetime64(since, "D"))
        except ValueError:
            pass
    return known & (np.datetime_as_string(day, unit="D") >= since)


def _picked(values: tuple[str | None, ...], rows: NDArray[np.int64]) -> list[str | None]:
    """values[i] for each i of `rows` (ascending)."""
    return list(map(values.__getitem__, rows.tolist()))
