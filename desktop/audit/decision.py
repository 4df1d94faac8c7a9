"""Turn a clinician's decision on one explained case into an audit record (CLI and GUI alike)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop import keys
from desktop.audit.errors import AuditError, AuditRefusal
from desktop.audit.record import DECISIONS, ESTIMATES, REASONS, AuditRecord

if TYPE_CHECKING:
    from collections.abc import Mapping

    from desktop.audit.store import AuditStore
    from explainers import Explanation
    from models.verify import VerifiedPackage

KIND = "decision"
TOP_CONTRIBUTIONS = 5
#: Decisions that depart from the model, in part or whole, and so need a reason.
NEEDS_REASON = ("partial", "override")
#: What a refused decision names as its "file": the form the clinician filled in.
FORM = "decision"


def _choice(field: str, value: str | None, allowed: tuple[str, ...], *, optional: bool) -> None:
    if (value is None and optional) or value in allowed:
        return
    raise AuditError(
        AuditRefusal.VALUE_NOT_ALLOWED,
        FORM,
        field=field,
        value=str(value),
        allowed=", ".join(allowed),
    )


def check_decision(*, decision: str, reason: str | None, estimate: str | None) -> None:
    """Refuse (AuditError) a decision, reason or estimate outside the fixed lists of record.py."""
    _choice("decision", decision, DECISIONS, optional=False)
    _choice("reason", reason, REASONS, optional=True)
    _choice("clinician_estimate", estimate, ESTIMATES, optional=True)
    if decision in NEEDS_REASON and reason is None:
        raise AuditError(
            AuditRefusal.REASON_REQUIRED, FORM, decision=decision, allowed=", ".join(REASONS)
        )


def summary(explanation: Explanation) -> dict[str, Any]:
    """What the record keeps of an explanation: base value, method, the 5 largest effects, the
    warnings (by code, with their numbers and features) and the prediction's range."""
    ranked = sorted(explanation.contributions.items(), key=lambda kv: (-abs(kv[1]), kv[0]))
    plain = explanation.to_json()
    return {
        "base_value": float(explanation.base_value),
        "method": explanation.method,
        "exact": bool(explanation.exact),
        "top": [[str(f), float(v)] for f, v in ranked[:TOP_CONTRIBUTIONS]],
        "warnings": plain["warnings"],
        "interval": plain["interval"],
    }


def inputs_json(case: Mapping[str, float | None]) -> dict[str, float | None]:
    """The case's values, missing (None or NaN) as null."""
    return {str(k): None if v is None or math.isnan(v) else float(v) for k, v in case.items()}


def model_json(package: VerifiedPackage) -> dict[str, Any]:
    """Which package a record is about: id, version, package hash, demonstration or not."""
    card = package.card
    return {
        "id": card.id,
        "version": card.version,
        "package_hash": package.package_hash,
        "demonstration": package.demonstration,
    }


def pseudonym(patient_ref: str | None) -> str | None:
    """The keyed pseudonym kept instead of a patient reference; None for none or a blank one."""
    return keys.pseudonymise(patient_ref) if patient_ref and patient_ref.strip() else None


@dataclass(frozen=True)
class Decision:
    """What the clinician decided about one prediction, as entered in the form or on the CLI."""

    decision: str
    reason: str | None = None
    note: str | None = None
    estimate: str | None = None
    role: str | None = None
    language: str | None = None
    patient_ref: str | None = None
    clinician: str | None = None  # the signed-in account's pseudonymous id, never a name

    def check(self) -> None:
        """Refuse (AuditError) values outside record.py's lists, or a missing required reason."""
        check_decision(decision=self.decision, reason=self.reason, estimate=self.estimate)


def record_decision(
    store: AuditStore,
    package: VerifiedPackage,
    explanation: Explanation,
    *,
    inputs: Mapping[str, float | None],
    decision: Decision,
    late: Mapping[str, Any] | None = None,
) -> AuditRecord:
    """Append the clinician's decision on this case; only a pseudonym of patient_ref is kept.

    A blank patient_ref counts as none; a blank note is stored as null. `late` (a decision
    entered afterwards from paper) is kept beside the explanation summary's own keys. The
    record carries `clinician` only when the decision names one.
    """
    decision.check()
    entry: dict[str, Any] = {
        "kind": KIND,
        "model": model_json(package),
        "inputs": inputs_json(inputs),
        "prediction": float(explanation.prediction),
        "output_space": explanation.output_space,
        "explanation": {**summary(explanation), **(late or {})},
        "out_of_range": sorted(
            {w["feature"] for w in explanation.warnings if w.get("code") == "out_of_range"}
        ),
        "decision": decision.decision,
        "clinician_estimate": decision.estimate,
        "reason": decision.reason,
        "note": decision.note or None,
        "role": decision.role,
        "language": decision.language,
        "patient_ref": pseudonym(decision.patient_ref),
    }
    if decision.clinician is not None:
        entry["clinician"] = decision.clinician
    return store.append(entry)
