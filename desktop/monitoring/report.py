"""`kuona monitor`: one JSON report per model version over the district database."""

from __future__ import annotations

import sqlite3
import threading
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

import numpy as np
from numpy.typing import NDArray

from desktop.monitoring.alarms import alarms
from desktop.monitoring.background import Background, not_installed
from desktop.monitoring.field import EVER, Field
from desktop.monitoring.overrides import overrides
from desktop.monitoring.partition import (
    Shared,
    followup_block,
    followup_by,
    months_of,
    partition,
)
from desktop.monitoring.performance import (
    binary_fit,
    calibration_bins,
    estimated,
    number_metrics,
)
from desktop.monitoring.source import DistrictSource, FieldSource
from desktop.monitoring.stats import Logits, Recalibration, calibration_differs
from models.card_text import in_every_language
from models.eligibility import OPS

if TYPE_CHECKING:
    from collections.abc import Callable

    from models.verify import VerifiedPackage

Index = NDArray[np.int64]
#: Parts of reports computed at once (a laptop's two cores: most of a report is numpy, which
#: runs beside the other thread; more threads would only queue).
REPORT_THREADS = 2


def where_mask(field: Field, where: list[dict[str, Any]]) -> NDArray[np.bool_]:
    """Decisions whose inputs meet every condition of a card subgroup (missing: not in it)."""
    mask = np.ones(field.n, dtype=bool)
    for condition in where:
        column = field.inputs[:, field.features.index(condition["feature"])]
        mask &= OPS[condition["op"]](column, float(condition["value"]))
    return mask


class ModelMonitor:
    """Computes one model version's report; `package` gives its card and background.

    The report is made of independent parts (parts(): the whole model's figures and its card
    subgroups', the clinics', the months', the clinics' drift), which monitor() runs in its
    threads beside other models' parts; join() puts them together as report() does."""

    def __init__(self, field: Field, package: VerifiedPackage | None, *, today: date) -> None:
        """Keep the field data; read threshold, outcome kind and horizon from the card."""
        self.field, self.package, self.today = field, package, today
        card = package.card if package else None
        self.threshold = float(card.output.get("threshold", 0.5)) if card else 0.5
        self.binary = card.outcome_kind == "binary" if card else True
        self.horizon = card.horizon_days if card else 0
        self.has = ~np.isnan(field.observed)
        self.months, self.month_index = months_of(field.day)
        self._shared: Shared | None = None
        self._making = threading.Lock()

    def shared(self) -> Shared:
        """What the parts share (the outcomes' logits, the predictions' orders), made by the
        first part that needs it."""
        with self._making:
            if self._shared is None:
                p = self.field.prediction
                logits = Logits.of(p[self.has], sort=True) if self.binary else None
                self._shared = Shared(logits, np.argsort(p))
            return self._shared

    def logits(self) -> Logits | None:
        """The logits of the predictions of the decisions with an outcome, with their order
        (None: a regression model)."""
        return self.shared().logits

    def figures(
        self, y: NDArray[np.float64], p: NDArray[np.float64], logits: Logits | None
    ) -> tuple[dict[str, Any], Recalibration | None]:
        """The figures of outcomes `y` and predictions `p` (`logits`: Logits.of(p); None: a
        regression model) and the recalibration they hold (None: not enough outcomes)."""
        if logits is None:
            return number_metrics(y, p), None
        return binary_fit(y, p, threshold=self.threshold, logits=logits)

    def _due(self) -> NDArray[np.bool_]:
        """Decisions whose outcome's horizon has passed."""
        return np.asarray(
            self.field.day <= np.datetime64(self.today - timedelta(days=self.horizon))
        )

    def parts(self) -> list[Callable[[], Any]]:
        """The report's parts, each independent of the others, the longest first."""
        return [self.overall, self.drift_by_device, self.devices, self.by_month]

    def drift_by_device(self) -> list[dict[str, Any]]:
        """The drift of each clinic's decisions vs the package's background, and (one more,
        last) of all the decisions."""
        field = self.field
        size = len(field.devices)
        if self.package is None:
            return [not_installed() for _ in range(size + 1)]
        background = Background(self.package, features=field.features, binary=self.binary)
        return background.drift_by(field.device, size, field.inputs, field.prediction, total=True)

    def devices(self) -> list[dict[str, Any]]:
        """Each clinic's counts, figures and follow-up (its drift: drift_by_device)."""
        field = self.field
        found = partition(
            field,
            "device",
            field.devices,
            field.device,
            threshold=self.threshold,
            shared=self.shared(),
        )
        follow = followup_by(
            field.device, len(field.devices), due=self._due(), has=self.has, horizon=self.horizon
        )
        for group, block in zip(found, follow, strict=True):
            group["followup"] = block
        return found

    def by_month(self) -> list[dict[str, Any]]:
        """Each month's counts and figures."""
        return partition(
            self.field,
            "month",
            self.months,
            self.month_index,
            threshold=self.threshold,
            shared=self.shared(),
        )

    def overall(self) -> dict[str, Any]:
        """All the decisions' figures, follow-up and overrides, and the card subgroups'."""
        field, has = self.field, self.has
        y, p, logits = field.observed[has], field.prediction[has], self.logits()
        metrics, fit = self.figures(y, p, logits)
        due = self._due()
        return {
            "followup": followup_block(
                int(due.sum()), int((due & has).sum()), horizon=self.horizon
            ),
            "metrics": metrics,
            "estimated": estimated(field.prediction, threshold=self.threshold)
            if self.binary
            else None,
            "calibration_bins": calibration_bins(y, p) if self.binary else [],
            "subgroups": self.subgroups(fit, y, p, logits),
            "overrides": overrides(
                field,
                has=has,
                months=self.months,
                month_index=self.month_index,
                binary=self.binary,
                threshold=self.threshold,
            ),
        }

    def subgroups(
        self,
        overall: Recalibration | None,
        y: NDArray[np.float64],
        p: NDArray[np.float64],
        logits: Logits | None,
    ) -> list[dict[str, Any]]:
        """Per card subgroup (those the card defines by inputs): counts and figures, its
        calibration compared with `overall`, all patients' (fitted once); `y`, `p` and
        `logits`: those of all the decisions with an outcome."""
        field, found = self.field, []
        subgroups = self.package.card.raw["metrics"]["subgroups"] if self.package else []
        raw = self.package.card.raw if self.package else {}
        for index, sub in enumerate(subgroups):
            if not sub.get("where"):
                continue
            mask = where_mask(field, sub["where"])
            among = np.flatnonzero(mask[self.has])  # its decisions among those with an outcome
            mine, outcomes, predictions = logits.take(among) if logits else None, y[among], p[among]
            metrics, fit = self.figures(outcomes, predictions, mine)
            guess = field.prediction[mask]
            group = {
                "by": "subgroup",
                "key": sub["name"],
                "decisions": int(mask.sum()),
                "outcomes": len(among),
                "metrics": metrics,
                "estimated": estimated(guess, threshold=self.threshold) if self.binary else None,
                "names": in_every_language(raw, f"metrics/subgroups/{index}/name"),
                "where": sub["where"],
                "reference": sub.get("auc"),
            }
            if fit is not None and overall is not None:
                metrics["calibration"]["p_value_vs_all"] = calibration_differs(
                    outcomes,
                    predictions,
                    fit,
                    intercept=overall.intercept,
                    slope=overall.slope,
                    logits=mine,
                )
            found.append(group)
        return found

    def join(self, done: list[Any]) -> dict[str, Any]:
        """The model's whole report from the results of parts(), in their order."""
        whole, (*shifts, everyone_drift), devices, months = done
        for group, shift in zip(devices, shifts, strict=True):
            group["drift"] = shift
        field = self.field
        out: dict[str, Any] = {
            "model": field.model,
            "version": field.version,
            "package_installed": self.package is not None,
            "decisions": field.n,
            "outcomes": int(self.has.sum()),
            "followup": whole["followup"],
            "metrics": whole["metrics"],
            "estimated": whole["estimated"],
            "calibration_bins": whole["calibration_bins"],
            "groups": devices + months + whole["subgroups"],
            "drift": everyone_drift,
            "overrides": whole["overrides"],
        }
        out["followup_completeness"] = out["followup"]["completeness"]
        out["card"] = self._card_figures()
        out["alarms"] = alarms(
            out, card_auc=out["card"].get("auroc"), card_oe=out["card"]["oe_ratio"]
        )
        return out

    def report(self) -> dict[str, Any]:
        """The model's whole report (the JSON shape of DESIGN.md / issue 13)."""
        return self.join([part() for part in self.parts()])

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
    # numpy lets go of the GIL in its loops; each model's parts run beside the other models'
    reports: list[dict[str, Any]] = []
    with ThreadPoolExecutor(REPORT_THREADS) as pool:
        pending: deque[tuple[ModelMonitor, list[Future[Any]]]] = deque()
        for model_id, version, _ in source.model_versions():
            if model is not None and model_id != model:
                continue
            while len(pending) >= REPORT_THREADS:  # no more versions' fields held at once
                one, parts = pending.popleft()
                reports.append(one.join([part.result() for part in parts]))
            package = package_for(model_id, version)
            features = package.card.feature_ids if package else source.stored_features(model_id)
            field = source.load_field(
                model=model_id, version=version, features=features, since=since or EVER
            )
            if field.n:
                one = ModelMonitor(field, package, today=day)
                pending.append((one, [pool.submit(part) for part in one.parts()]))
        reports += [one.join([part.result() for part in parts]) for one, parts in pending]
    catalog = [
        row
        for row in source.catalog()
        if row["state"] != "withdrawn" and (model is None or row["model"] == model)
    ]
    return {"models": reports, "since": since, "alpha": 0.01, "catalog": catalog}
