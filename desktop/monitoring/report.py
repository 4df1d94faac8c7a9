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
from desktop.monitoring.drift import Reconstruction, Reference
from desktop.monitoring.field import EVER, Field
from desktop.monitoring.grouped import sums
from desktop.monitoring.grouped_drift import feature_drift as feature_drift_by
from desktop.monitoring.grouped_drift import multivariate as multivariate_by
from desktop.monitoring.performance import (
    binary_metrics,
    binary_metrics_by,
    calibration_bins,
    estimated,
    estimated_by,
    not_enough,
    number_metrics,
)
from desktop.monitoring.source import DistrictSource, FieldSource
from desktop.monitoring.stats import (
    Recalibration,
    auroc,
    calibration_differs,
    normal_cdf,
    recalibration,
    wilson,
)
from models.card_text import in_every_language
from models.eligibility import OPS

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from numpy.typing import NDArray

    from models.verify import VerifiedPackage

Index = NDArray[np.int64]
RECENT_MONTHS = 3
MIN_OVERRIDE_N = 30
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
        self.reconstruction = Reconstruction(package.background) if package else None
        if package is not None:
            space = "probability" if self.binary else None
            predictions = package.runner.predict(package.background, output_space=space)
            self.background_predictions = Reference(predictions)
            self.references = [Reference(c) for c in package.background.T]

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
        return self._followup_block(int(due.sum()), int((due & self.has).sum()))

    def _due(self) -> NDArray[np.bool_]:
        """Decisions whose outcome's horizon has passed."""
        return np.asarray(
            self.field.day <= np.datetime64(self.today - timedelta(days=self.horizon))
        )

    def _followup_block(self, n_due: int, answered: int) -> dict[str, Any]:
        return {
            "due": n_due,
            "with_outcome": answered,
            "completeness": answered / n_due if n_due else None,
            "ci95": list(wilson(answered, n_due)),
            "horizon_days": self.horizon,
        }

    def drift(self, mask: NDArray[np.bool_]) -> dict[str, Any]:
        """Inputs, predictions and the multivariate score vs the package's background."""
        if self.package is None or self.reconstruction is None:
            return {
                "code": "package_not_installed",
                "features": {},
                "prediction": {},
                "multivariate": {},
            }
        index = np.zeros(int(mask.sum()), dtype=np.int64)
        return self._drift_of(index, 1, self.field.inputs[mask], self.field.prediction[mask])[0]

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
        field, has, size = self.field, self.has, len(keys)
        decisions, outcomes = sums(index, size), sums(index[has], size)
        y, p, where = field.observed[has], field.prediction[has], index[has]
        guesses: list[dict[str, Any] | None] = [None] * size
        if self.binary:
            metrics = binary_metrics_by(where, size, y, p, threshold=self.threshold)
            guesses = list(estimated_by(index, size, field.prediction, threshold=self.threshold))
        else:
            metrics = [number_metrics(y[where == k], p[where == k]) for k in range(size)]
        found = [
            {
                "by": by,
                "key": key,
                "decisions": int(decisions[k]),
                "outcomes": int(outcomes[k]),
                "metrics": metrics[k],
                "estimated": guesses[k],
            }
            for k, key in enumerate(keys)
        ]
        if by == "device":
            due = self._due()
            n_due, answered = sums(index[due], size), sums(index[due & has], size)
            *shifts, self.everyone_drift = self.drift_by(index, size)
            for k, (group, shift) in enumerate(zip(found, shifts, strict=True)):
                group["followup"] = self._followup_block(int(n_due[k]), int(answered[k]))
                group["drift"] = shift
        return found

    def drift_by(self, index: Index, size: int) -> list[dict[str, Any]]:
        """drift() of disjoint groups covering every decision, computed all at once, and
        (one more, last) of all the decisions."""
        if self.package is None or self.reconstruction is None:
            return [self.drift(np.zeros(0, dtype=bool)) for _ in range(size + 1)]
        return self._drift_of(index, size, self.field.inputs, self.field.prediction, total=True)

    def _drift_of(
        self,
        index: Index,
        size: int,
        inputs: NDArray[np.float64],
        predictions: NDArray[np.float64],
        *,
        total: bool = False,
    ) -> list[dict[str, Any]]:
        assert self.reconstruction is not None
        features = {
            name: feature_drift_by(self.references[i], index, size, inputs[:, i], total=total)
            for i, name in enumerate(self.field.features)
        }
        shown = feature_drift_by(self.background_predictions, index, size, predictions, total=total)
        combined = multivariate_by(self.reconstruction, index, size, inputs, total=total)
        return [
            {
                "features": {name: found[k] for name, found in features.items()},
                "prediction": shown[k],
                "multivariate": combined[k],
            }
            for k in range(size + total)
        ]

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

    def overrides(self) -> dict[str, Any]:
        """Override rate, its change over the last months, who was right when they disagreed,
        and the AUROC of the clinician's own estimate (judgement first) beside the model's."""
        field = self.field
        override = field.decision == 2
        n = field.n
        out: dict[str, Any] = {
            "rate": float(override.mean()) if n else None,
            "n": n,
            "overrides": int(override.sum()),
        }
        months = self.months
        if len(months) > RECENT_MONTHS:
            recent = self.month_index >= len(months) - RECENT_MONTHS
            a, b = override[recent], override[~recent]
            change: dict[str, Any] = {
                "months": months[-RECENT_MONTHS:],
                "recent": None,
                "before": None,
                "p_value": None,
            }
            if len(a) >= MIN_OVERRIDE_N and len(b) >= MIN_OVERRIDE_N:
                pooled = override.mean()
                se = math.sqrt(pooled * (1 - pooled) * (1 / len(a) + 1 / len(b)))
                z = (a.mean() - b.mean()) / se if se > 0 else 0.0
                change.update(
                    recent=float(a.mean()),
                    before=float(b.mean()),
                    n_recent=len(a),
                    n_before=len(b),
                    p_value=2 * (1 - normal_cdf(abs(z))),
                )
            out["change"] = change
        if self.binary:
            disagreed = override & self.has
            y = field.observed[disagreed]
            model_right = ((field.prediction[disagreed] >= self.threshold) == (y == 1)).astype(
                float
            )
            out["disagreements"] = {
                "n": int(disagreed.sum()),
                "model_right": float(model_right.mean()) if len(y) else None,
                "clinician_right": float(1 - model_right.mean()) if len(y) else None,
            }
            judged = self.has & ~np.isnan(field.estimate)
            y, e = field.observed[judged], field.estimate[judged]
            if len(y) >= 100 and 10 <= y.sum() <= len(y) - 10:
                out["judgement_first"] = {
                    "n": len(y),
                    "clinician_auroc": auroc(y, e).value,
                    "model_auroc": auroc(y, field.prediction[judged]).value,
                }
            else:
                out["judgement_first"] = not_enough(len(y))
        return out

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
            "overrides": self.overrides(),
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
