"""One model version's decisions as the national store's COPY brings them: gathered piece by
piece into arrays made once (`Found`), then made the report's `Field` (`field_of`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from desktop.monitoring.field import Field

#: A layout's width, its first place of each of its names, and the column of each name.
Place = tuple[int, list[int], list[int]]
NAT = -(2**31)  # the day of a decision without one (NaT)


@dataclass(frozen=True, kw_only=True)
class Columns:
    """One model version's decisions as the store sent them: the inputs in `names` (every
    name of its input layouts, in the order first seen; NaN where a layout lacks one)."""

    clinics: list[tuple[int, int]]  # (device number, decisions) of each piece, in order
    day: NDArray[np.float64]
    prediction: NDArray[np.float64]
    decision: NDArray[np.float64]
    estimate: NDArray[np.float64]
    observed: NDArray[np.float64]
    inputs: NDArray[np.float64]
    names: tuple[str, ...]
    seq: NDArray[np.int64] | None = None  # each decision's seq, where `observed` is not read


class Found:
    """The decisions a COPY brings, piece by piece, into arrays made once (grown if a push
    added decisions since they were counted). `keyed`: the COPY brings each decision's seq
    instead of the value observed (NaN here until matched)."""

    def __init__(self, capacity: int, width: int, *, keyed: bool = False) -> None:
        self.n, self.clinics = 0, list[tuple[int, int]]()
        self.values = np.empty(
            (5, max(capacity, 1))
        )  # day, prediction, decision, estimate, observed
        self.inputs = np.empty((max(capacity, 1), width))
        self.seq = np.empty(max(capacity, 1), dtype=np.int64) if keyed else None

    def add(
        self,
        clinic: int,
        arrays: list[NDArray[np.float64]],
        place: Place,
    ) -> None:
        """One clinic's decisions of one input layout (`place`: its columns and theirs here)."""
        *values, inputs = arrays
        n = len(values[0])
        if any(len(a) != n or a.ndim != 1 for a in values):
            raise ValueError("unexpected COPY row layout")
        width, source, target = place
        if inputs.shape != ((n, width) if width else (0,)):
            raise ValueError("unexpected COPY row layout")
        start, end = self.n, self.n + n
        if end > len(self.inputs):
            self._grow(end)
        if self.seq is not None:
            self.seq[start:end], values[4] = values[4], np.full(n, np.nan)
        self.values[:, start:end] = values
        self.inputs[start:end] = np.nan
        if width:
            self.inputs[start:end, target] = inputs[:, source]
        self.n = end
        self.clinics.append((clinic, n))

    def _grow(self, needed: int) -> None:
        capacity = max(needed, 2 * len(self.inputs))
        values, inputs = np.empty((5, capacity)), np.empty((capacity, self.inputs.shape[1]))
        values[:, : self.n], inputs[: self.n] = self.values[:, : self.n], self.inputs[: self.n]
        self.values, self.inputs = values, inputs
        if self.seq is not None:
            seq = np.empty(capacity, dtype=np.int64)
            seq[: self.n] = self.seq[: self.n]
            self.seq = seq

    def columns(self, names: tuple[str, ...]) -> Columns:
        day, prediction, decision, estimate, observed = self.values[:, : self.n]
        return Columns(
            clinics=self.clinics,
            day=day,
            prediction=prediction,
            decision=decision,
            estimate=estimate,
            observed=observed,
            inputs=self.inputs[: self.n],
            names=names,
            seq=None if self.seq is None else self.seq[: self.n],
        )


def field_of(
    columns: Columns, *, model: str, version: str, features: Sequence[str], devices: list[str]
) -> Field:
    """The `Field` of one model version's columns: the clinics numbered as sorted, the inputs
    in the order of `features` (NaN for one no decision has)."""
    used = sorted({clinic for clinic, _ in columns.clinics})
    rank = {clinic: i for i, clinic in enumerate(used)}
    device = np.repeat(
        np.array([rank[c] for c, _ in columns.clinics], dtype=np.int64),
        [n for _, n in columns.clinics],
    )
    if tuple(features) == columns.names:
        inputs = columns.inputs
    else:
        inputs = np.full((len(device), len(features)), np.nan)
        for j, feature in enumerate(features):
            if feature in columns.names:
                inputs[:, j] = columns.inputs[:, columns.names.index(feature)]
    days = columns.day.astype(np.int64).astype("datetime64[D]")
    days[columns.day == NAT] = np.datetime64("NaT", "D")
    return Field(
        model=model,
        version=version,
        features=tuple(features),
        devices=tuple(devices[i] for i in used),
        device=device,
        day=days,
        prediction=columns.prediction,
        decision=columns.decision.astype(np.int64),
        estimate=columns.estimate,
        observed=columns.observed,
        inputs=inputs,
    )


class Outcomes:
    """The outcomes in force of the decisions of each clinic (by device number), found by the
    decision's seq: of a clinic's outcomes that no correction superseded, the last (highest
    seq) that observes a decision (its seq, `observes`) is in force, as the uuid join's
    DISTINCT ON keeps the last of a decision's outcomes when all are of its device."""

    def __init__(self) -> None:
        self.found: dict[int, tuple[NDArray[np.int64], NDArray[np.float64]]] = {}

    def add(
        self,
        clinic: int,
        *,
        seq: NDArray[np.int64],
        observes: NDArray[np.int64],
        observed: NDArray[np.float64],
    ) -> None:
        """One clinic's outcomes (each its seq, its decision's seq, the value observed)."""
        if clinic in self.found or not len(seq) == len(observes) == len(observed):
            raise ValueError("unexpected COPY row layout")
        order = np.lexsort((seq, observes))  # by decision, then its outcomes in order
        keys = observes[order]
        last = np.ones(len(keys), dtype=bool)
        last[:-1] = keys[1:] != keys[:-1]
        self.found[clinic] = (keys[last], observed[order][last])

    def of(self, clinic: int, seq: NDArray[np.int64]) -> NDArray[np.float64]:
        """The value in force observed of each of a clinic's decisions (`seq`; NaN: none)."""
        out = np.full(len(seq), np.nan)
        if clinic not in self.found:
            return out
        keys, values = self.found[clinic]
        at = np.minimum(np.searchsorted(keys, seq), max(len(keys) - 1, 0))
        hit = keys[at] == seq if len(keys) else np.zeros(len(seq), dtype=bool)
        out[hit] = values[at[hit]]
        return out
