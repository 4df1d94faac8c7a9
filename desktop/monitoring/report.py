"""`kuona monitor`: one JSON report per model version over the district database."""

from __future__ import annotations

import math
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

import numpy as np
from numpy.typing import NDArray

from desktop.monitoring.alarms import alarms
from desktop.monitoring.background import Background, not_installed
from desktop.monitoring.field import EVER, Field
from desktop.monitoring.overrides import overrides
from desktop.monitoring.partition import followup_block, followup_by, partition
from desktop.monitoring.performance import (
    binary_metrics,
    calibration_bins,
    estimated,
    number_metrics,
)
from desktop.monitoring.source import DistrictSource, FieldSource
from desktop.monitoring.stats import Recalibration, calibration_differs, recalibration
from models.card_text import in_every_language
from models.eligibility import OPS

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from models.verify import VerifiedPackage

Index = NDArray[np.int64]
#: Model versions whose reports are computed at once (a laptop's two cores: most of a
#: report is numpy, which runs beside the other thread; more threads would only queue).
REPORT_THREADS = 2


def where_mask(field: Field, where: list[dict[str, Any]]) -> NDArray[np.bool_]:
    """Decisions whose inputs meet every condition of a card subgroup (missing: not in it)."""
    mask = np.ones(field.n, dtype=bool)
    for condition in where:
        column = field.inputs[:, field.features.index(condition["feature"])]
        mask &= OPS[condition["op"]](column, float(condition["value"]))
    return mask


def fitted(
    metrics: dict[str, Any], y: NDArray[np.float64], p: NDArray[np.float64]
) -> Recalibration | None:
    """The recalibration a block of figures holds (None: not enough outcomes for one); its
    intercept and slope, the only parts a comparison of calibrations uses. Where the block
    says the slope is not estimable (every prediction the same: no figures in it), the fit
    with the slope held at 1 is made again from `y` and `p`, the block's outcomes."""
    block = metrics.get("calibration")
    if block is None:
        return None
    if block["slope"] is None:
        return recalibration(y, p)
    return Recalibration(block["intercept"], block["slope"], math.nan, math.nan, block["p_value"])


class ModelMonitor:
    """Computes one model version's report; `package` gives its card and background."""

    def __init__(self, field: Field, package: VerifiedPackage | None, *, today: date) -> None:
        """Keep the field data; read threshold, outcome kind and horizon from the card."""
        self.field, self.package, self.today = field, package, today
        card = package.card if package else None
        self.threshold = float(card.output.get("threshold", 0.5)) if card else 0.5
        self.binary = card.outcome_kind == "binary" if card else True
        self.horizon = card.horizon_days if card else 0
        self.has = ~np.isnan(field.observed)
        self.everyone_drift: dict[str, Any] | None = None  # found with the clinics' drift
        months, index = np.unique(field.day.astype("datetime64[M]"), return_inverse=True)
        self.months: list[str] = np.datetime_as_string(months, unit="M").tolist()
        self.month_index = index.astype(np.int64)
        self.background = (
            Background(package, features=field.features, binary=self.binary) if package else None
        )

    def performance(self, mask: NDArray[np.bool_]) -> dict[str, Any]:
        """The figures of the decisions in `mask` that have an outcome."""
        with_outcome = mask & self.has
        y, p = self.field.observed[with_outcome], self.field.prediction[with_outcome]
        if self.binary:
            return binary_metrics(y, p, threshold=self.threshold)
        return number_metrics(y, p)

    def followup(self, mask: NDArray[np.bool_]) -> dict[str, Any]:
        """Share of decisions past their horizon that have an outcome."""
        due = mask & self._due()
        return followup_block(int(due.sum()), int((due & self.has).sum()), horizon=self.horizon)

    def _due(self) -> NDArray[np.bool_]:
        """Decisions whose outcome's horizon has passed."""
        return np.asarray(
            self.field.day <= np.datetime64(self.today - timedelta(days=self.horizon))
        )

    def drift(self, mask: NDArray[np.bool_]) -> dict[str, Any]:
        """Inputs, predictions and the multivariate score vs the package's background."""
        if self.background is None:
            return not_installed()
        index = np.zeros(int(mask.sum()), dtype=np.int64)
        field = self.field
        return self.background.drift_by(index, 1, field.inputs[mask], field.prediction[mask])[0]

    def group(self, by: str, key: str, mask: NDArray[np.bool_]) -> dict[str, Any]:
        """Counts and figures of one group of decisions."""
        p = self.field.prediction[mask]
        return {
            "by": by,
            "key": key,
            "decisions": int(mask.sum()),
            "outcomes": int((mask & self.has).sum()),
            "metrics": self.performance(mask),
            "estimated": estimated(p, threshold=self.threshold) if self.binary else None,
        }

    def partition(self, by: str, keys: Sequence[str], index: Index) -> list[dict[str, Any]]:
        """group() of disjoint groups (decision i in group index[i]), computed all at once;
        a clinic's also with its follow-up and drift."""
        field, size = self.field, len(keys)
        found = partition(field, by, keys, index, binary=self.binary, threshold=self.threshold)
        if by == "device":
            follow = followup_by(index, size, due=self._due(), has=self.has, horizon=self.horizon)
            *shifts, self.everyone_drift = self.drift_by(index, size)
            for group, block, shift in zip(found, follow, shifts, strict=True):
                group["followup"] = block
                group["drift"] = shift
        return found

    def drift_by(self, index: Index, size: int) -> list[dict[str, Any]]:
        """drift() of disjoint groups covering every decision, computed all at once, and
        (one more, last) of all the decisions."""
        if self.background is None:
            return [not_installed() for _ in range(size + 1)]
        field = self.field
        return self.background.drift_by(index, size, field.inputs, field.prediction, total=True)

    def groups(self, overall: Recalibration | None) -> list[dict[str, Any]]:
        """Per device, per month, per card subgroup (those the card defines by inputs); a
        subgroup's calibration compared with `overall`, all patients' (fitted once)."""
        field = self.field
        found = self.partition("device", field.devices, field.device)
        found += self.partition("month", self.months, self.month_index)
        subgroups = self.package.card.raw["metrics"]["subgroups"] if self.package else []
        raw = self.package.card.raw if self.package else {}
        for index, sub in enumerate(subgroups):
            if sub.get("where"):
                mask = where_mask(field, sub["where"])
                group = self.group("subgroup", sub["name"], mask)
                group["names"] = in_every_language(raw, f"metrics/subgroups/{index}/name")
                group["where"] = sub["where"]
                group["reference"] = sub.get("auc")
                y, p = field.observed[mask & self.has], field.prediction[mask & self.has]
                fit = fitted(group["metrics"], y, p)
                if fit is not None and overall is not None:
                    group["metrics"]["calibration"]["p_value_vs_all"] = calibration_differs(
                        y, p, fit, intercept=overall.intercept, slope=overall.slope
                    )
                found.append(group)
        return found

    def report(self) -> dict[str, Any]:
        """The model's whole report (the JSON shape of DESIGN.md / issue 13)."""
        field = self.field
        everyone = np.ones(field.n, dtype=bool)
        metrics = self.performance(everyone)
        out: dict[str, Any] = {
            "model": field.model,
            "version": field.version,
            "package_installed": self.package is not None,
            "decisions": field.n,
            "outcomes": int(self.has.sum()),
            "followup": self.followup(everyone),
            "metrics": metrics,
            "estimated": estimated(field.prediction, threshold=self.threshold)
            if self.binary
            else None,
            "calibration_bins": calibration_bins(
                field.observed[self.has], field.prediction[self.has]
            )
            if self.binary
            else [],
            "groups": self.groups(
                fitted(metrics, field.observed[self.has], field.prediction[self.has])
            ),
            "drift": self.everyone_drift or self.drift(everyone),
            "overrides": overrides(
                field,
                has=self.has,
                months=self.months,
                month_index=self.month_index,
                binary=self.binary,
                threshold=self.threshold,
            ),
        }
        out["followup_completeness"] = out["followup"]["completeness"]
        out["card"] = self._card_figures()
        out["alarms"] = alarms(
            out, card_auc=out["card"].get("auroc"), card_oe=out["card"]["oe_ratio"]
        )
        return out

    def _card_figures(self) -> dict[str, Any]:
        if self.package is None:
            return {"oe_ratio": 1.0}
        m = self.package.card.raw["metrics"]
        cal = m.get("calibration", {})
        oe = cal.get("oe_ratio", {}).get("value")
        if oe is None and cal.get("mean_predicted"):
            oe = cal["observed_rate"] / cal["mean_predicted"]
        return {
            "auroc": m.get("auc"),
            "brier": m.get("brier"),
            "calibration": cal,
            "oe_ratio": oe or 1.0,
        }


def _report(field: Field, package: VerifiedPackage | None, today: date) -> dict[str, Any]:
    """One model version's report (in a worker thread of monitor())."""
    return ModelMonitor(field, package, today=today).report()


def monitor(
    connection: sqlite3.Connection | FieldSource,
    *,
    package_for: Callable[[str, str], VerifiedPackage | None],
    model: str | None = None,
    since: str | None = None,
    today: date | None = None,
) -> dict[str, Any]:
    """Every model version the district (or national store) holds decisions of (or only
    `model`); `connection` a district database or another FieldSource."""
    source: FieldSource = (
        DistrictSource(connection) if isinstance(connection, sqlite3.Connection) else connection
    )
    day = today or date.today()
    with ThreadPoolExecutor(REPORT_THREADS) as pool:  # numpy lets go of the GIL in its loops
        pending = []
        for model_id, version, _ in source.model_versions():
            if model is not None and model_id != model:
                continue
            package = package_for(model_id, version)
            features = package.card.feature_ids if package else source.stored_features(model_id)
            field = source.load_field(
                model=model_id, version=version, features=features, since=since or EVER
            )
            if field.n:
                pending.append(pool.submit(_report, field, package, day))
        reports = [report.result() for report in pending]
    catalog = [
        row
        for row in source.catalog()
        if row["state"] != "withdrawn" and (model is None or row["model"] == model)
    ]
    return {"models": reports, "since": since, "alpha": 0.01, "catalog": catalog}
