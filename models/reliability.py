"""How far to trust one prediction: a range from the calibration set, and an unusual-case check.

Everything that can be is computed once when the package is verified (the model's scores on
the calibration rows, the Venn-Abers tables, the conformal quantile, the population check's
statistics), so a case costs one model call and a few numpy lookups, and no training library.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
from numpy.typing import NDArray

from models.background import parse_table
from models.errors import Check, PackageError
from models.layout import CALIBRATION, MAX_CALIBRATION_ROWS
from models.population import DEFAULT_RATE, PopulationCheck
from models.venn_abers import VennAbers, calibrated

if TYPE_CHECKING:
    from explainers.runner import GraphRunner
    from models.card import Card

OUTCOME = "outcome"
DEFAULT_COVERAGE = 0.9
DEFAULT_UNCERTAIN_WIDTH = 0.2
UNCERTAIN = "uncertain"
#: The warning of a package that has no calibration set: no range can be given.
NO_RANGE = "no_range"


@dataclass(frozen=True)
class Reliability:
    """The precomputed range and population check of one package."""

    method: str  # "venn-abers" | "split-conformal"
    n: int
    venn_abers: VennAbers | None
    half_width: float | None  # split-conformal: the quantile of |observed - predicted|
    coverage: float | None
    uncertain_width: float | None
    population: PopulationCheck

    def interval(self, score: float) -> dict[str, Any]:
        """`{"low", "high", "method", "coverage"}` (+ "calibrated" for Venn-Abers)."""
        if self.venn_abers is not None:
            p0, p1 = self.venn_abers.interval(score)
            return {
                "low": p0,
                "high": p1,
                "method": self.method,
                "coverage": None,
                "calibrated": calibrated(p0, p1),
            }
        half = float(self.half_width or 0.0)
        return {
            "low": score - half,
            "high": score + half,
            "method": self.method,
            "coverage": self.coverage,
        }

    def assess(
        self, case: NDArray[np.float64], score: float
    ) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        """The case's interval, and its `uncertain` / `out_of_population` warnings."""
        interval = self.interval(score)
        warnings: list[dict[str, Any]] = []
        width = interval["high"] - interval["low"]
        if self.uncertain_width is not None and width > self.uncertain_width:
            warnings.append(
                {"code": UNCERTAIN, "width": round(width, 4), "limit": self.uncertain_width}
            )
        unusual = self.population.assess(case)
        if unusual is not None:
            warnings.append(unusual)
        return interval, warnings


def conformal_half_width(residuals: NDArray[np.float64], coverage: float) -> float | None:
    """The split-conformal half-width: the ceil((n + 1) coverage)-th smallest |residual|
    (None when n is too small for that coverage)."""
    ordered = np.sort(np.abs(np.asarray(residuals, dtype=np.float64)))
    rank = math.ceil((len(ordered) + 1) * coverage)
    return None if rank > len(ordered) else float(ordered[rank - 1])


def _refuse(row: int, column: str, reason: str) -> PackageError:
    params = {"row": str(row), "column": column, "reason": reason}
    return PackageError(Check.CALIBRATION_INVALID, CALIBRATION, params)


def parse_calibration(raw: bytes, card: Card) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """Rows (card feature order) and observed outcomes of `calibration.csv`; refuse naming why."""
    expected = (*card.feature_ids, OUTCOME)
    try:
        _, table = parse_table(
            raw,
            file=CALIBRATION,
            expected=expected,
            allow_missing=bool(card.raw["missing_values"]),
            spellings={f.id: f.spellings for f in card.features if f.type == "category"},
            max_rows=MAX_CALIBRATION_ROWS,
        )
    except PackageError as error:
        raise PackageError(Check.CALIBRATION_INVALID, CALIBRATION, error.params) from error
    rows, outcome = table[:, :-1], table[:, -1]
    for r, value in enumerate(outcome.tolist()):
        binary = card.output["kind"] == "binary_probability"
        if math.isnan(value) or (binary and value not in (0.0, 1.0)):
            raise _refuse(r + 2, OUTCOME, "not_0_or_1" if binary else "missing_value")
    return rows, outcome


def build_reliability(
    raw: bytes, card: Card, runner: GraphRunner, background: NDArray[np.float64]
) -> Reliability:
    """Score the calibration rows with the model and precompute the range and the check."""
    rows, outcome = parse_calibration(raw, card)
    settings: dict[str, Any] = card.raw.get("calibration_set", {})
    if "n" in settings and settings["n"] != len(rows):
        raise _refuse(len(rows) + 1, "", f"rows_differ_from_card:{settings['n']}")
    population = PopulationCheck.fit(
        features=card.feature_ids,
        background=background,
        calibration=rows,
        rate=float(settings.get("population_flag_rate", DEFAULT_RATE)),
    )
    binary = card.output["kind"] == "binary_probability"
    scores = runner.predict(rows, output_space="probability" if binary else "raw")
    if binary:
        width = float(settings.get("uncertain_width", DEFAULT_UNCERTAIN_WIDTH))
        return Reliability(
            "venn-abers", len(rows), VennAbers.fit(scores, outcome), None, None, width, population
        )
    coverage = float(settings.get("coverage", DEFAULT_COVERAGE))
    half_width = conformal_half_width(outcome - scores, coverage)
    if half_width is None:  # too few rows for this coverage: the interval would be unbounded
        needed = math.ceil(1 / (1 - coverage)) - 1
        raise _refuse(len(rows) + 1, "", f"too_few_rows_for_coverage:{needed}")
    limit = settings.get("uncertain_width")
    return Reliability(
        "split-conformal",
        len(rows),
        None,
        half_width,
        coverage,
        None if limit is None else float(limit),
        population,
    )
