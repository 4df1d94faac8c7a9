"""Simulated field data with a known answer, from a real package's background and model."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

import numpy as np

from desktop.monitoring.field import Field
from models.verify import VerifiedPackage


@dataclass(frozen=True)
class Clinic:
    """One clinic's patients and how its outcomes relate to the model."""

    name: str
    n: int
    logit_shift: float = 0.0
    feature_shift: dict[str, float] = field(default_factory=dict)
    outcome_share: float = 1.0
    invert_where: tuple[str, str, float] | None = None


def simulate(
    package: VerifiedPackage, clinics: list[Clinic], *, seed: int, months: int = 6
) -> Field:
    """Patients resampled from the package's background (shifted where a clinic says), the
    model's own predictions, outcomes drawn from the true probability (the model's, moved by
    `logit_shift`, or inverted inside `invert_where`), decided over `months` months."""
    rng = np.random.default_rng(seed)
    features = package.card.feature_ids
    background = package.background
    rows, device, truth_shift, observed_share, inverted = [], [], [], [], []
    for index, clinic in enumerate(clinics):
        x = background[rng.integers(0, len(background), clinic.n)].copy()
        for feature, shift in clinic.feature_shift.items():
            x[:, features.index(feature)] += shift
        rows.append(x)
        device.append(np.full(clinic.n, index))
        truth_shift.append(np.full(clinic.n, clinic.logit_shift))
        observed_share.append(np.full(clinic.n, clinic.outcome_share))
        mask = np.zeros(clinic.n, dtype=bool)
        if clinic.invert_where is not None:
            name, op, value = clinic.invert_where
            column = x[:, features.index(name)]
            mask = column >= value if op == ">=" else column < value
        inverted.append(mask)
    x = np.concatenate(rows)
    p = package.runner.predict(x, output_space="probability")
    q = np.clip(p, 1e-9, 1 - 1e-9)
    true = 1 / (1 + np.exp(-(np.log(q / (1 - q)) + np.concatenate(truth_shift))))
    flip = np.concatenate(inverted)
    true = np.where(flip, 1 - true, true)
    y = (rng.random(len(p)) < true).astype(float)
    y[rng.random(len(p)) >= np.concatenate(observed_share)] = np.nan
    start = np.datetime64(date(2026, 1, 1))
    day = start + rng.integers(0, months * 30, len(p)).astype("timedelta64[D]")
    return Field(
        model=package.card.id,
        version=package.card.version,
        features=features,
        devices=tuple(c.name for c in clinics),
        device=np.concatenate(device).astype(np.int64),
        day=day.astype("datetime64[D]"),
        prediction=p,
        decision=(rng.random(len(p)) < 0.1).astype(np.int64) * 2,
        estimate=np.where(rng.random(len(p)) < 0.5, np.nan, np.round(p * 2)),
        observed=y,
        inputs=x,
    )


TODAY = date(2026, 12, 1) + timedelta(days=0)
