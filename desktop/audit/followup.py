"""Decisions still waiting for their outcome: due ones oldest first, or one patient's."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from desktop.audit.entry import from_row
from desktop.audit.outcome import current_outcomes, decision_day, outcome_rows

if TYPE_CHECKING:
    from collections.abc import Mapping

    from desktop.audit.store import AuditStore

#: Horizon of a model whose card does not give `outcome.horizon_days` (schema 1 cards): the
#: outcome is due from the day of the decision.
DEFAULT_HORIZON_DAYS = 0


@dataclass(frozen=True)
class OpenDecision:
    """A decision without an outcome in force: when it was taken and when its outcome is due."""

    record_id: str
    model_id: str
    model_version: str
    decided_on: date
    due_on: date
    prediction: float
    decision: str
    patient_ref: str | None

    def days_overdue(self, today: date) -> int:
        """Days since the outcome became due (negative: not due yet)."""
        return (today - self.due_on).days

    def to_json(self, today: date) -> dict[str, Any]:
        """Plain JSON values (dates as YYYY-MM-DD)."""
        return {
            "record_id": self.record_id,
            "model": self.model_id,
            "model_version": self.model_version,
            "decided_on": self.decided_on.isoformat(),
            "due_on": self.due_on.isoformat(),
            "days_overdue": self.days_overdue(today),
            "prediction": self.prediction,
            "decision": self.decision,
            "patient_ref": self.patient_ref,
        }


def open_decisions(
    store: AuditStore,
    *,
    horizons: Mapping[str, int],
    today: date,
    pseudonym: str | None = None,
    due_only: bool = True,
) -> list[OpenDecision]:
    """Decisions with no outcome in force, oldest due first; only those whose horizon has
    passed (`due_only`), only one patient's (`pseudonym`: the keyed pseudonym of their ref)."""
    answered = current_outcomes(outcome_rows(store))
    query = "SELECT * FROM records WHERE kind = 'decision'"
    params: list[str] = []
    if pseudonym is not None:
        query += " AND patient_ref = ?"
        params.append(pseudonym)
    found = []
    for row in store.db.query(query + " ORDER BY seq", params):
        data = from_row(row)
        if data["uuid"] in answered:
            continue
        model = data.get("model") or {}
        decided = decision_day(data)
        horizon = int(horizons.get(str(model.get("id")), DEFAULT_HORIZON_DAYS))
        item = OpenDecision(
            record_id=data["uuid"],
            model_id=str(model.get("id")),
            model_version=str(model.get("version")),
            decided_on=decided,
            due_on=decided + timedelta(days=horizon),
            prediction=float(data["prediction"]),
            decision=str(data["decision"]),
            patient_ref=data.get("patient_ref"),
        )
        if not due_only or item.due_on <= today:
            found.append(item)
    return sorted(found, key=lambda item: (item.due_on, item.decided_on))
