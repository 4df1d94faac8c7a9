"""The `ineligible` record: the card's eligibility forbade the model for this case, so no
prediction was shown. It goes into the same hash chain as decisions (a record of another kind:
its content in `body`), and the district counts it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from desktop.audit.decision import inputs_json, model_json, pseudonym
from desktop.audit.record import AuditRecord

if TYPE_CHECKING:
    from collections.abc import Mapping

    from desktop.audit.store import AuditStore
    from models.eligibility import Eligibility
    from models.verify import VerifiedPackage

KIND = "ineligible"


def record_ineligible(  # noqa: PLR0913 - the same context fields a decision record keeps
    store: AuditStore,
    package: VerifiedPackage,
    eligibility: Eligibility,
    *,
    inputs: Mapping[str, float | None],
    answers: Mapping[str, bool],
    role: str | None = None,
    language: str | None = None,
    patient_ref: str | None = None,
    note: str | None = None,
    clinician: str | None = None,
) -> AuditRecord:
    """Append that the model was not used for this case: the inputs, the answers given and the
    rules or answers that blocked it (`body`: inputs, answers, blocked_by)."""
    blocked = [f.to_json() for f in eligibility.blocked_by]
    if not blocked:
        raise ValueError("an ineligible record needs at least one blocking rule or answer")
    entry: dict[str, Any] = {
        "kind": KIND,
        "model": model_json(package),
        "body": {
            "inputs": inputs_json(inputs),
            "answers": {str(k): bool(v) for k, v in answers.items()},
            "blocked_by": blocked,
        },
        "note": note or None,
        "role": role,
        "language": language,
        "patient_ref": pseudonym(patient_ref),
    }
    if clinician is not None:
        entry["clinician"] = clinician
    return store.append(entry)
