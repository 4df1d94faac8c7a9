"""Write simulated field data straight into a district database, as an import would leave it."""

from __future__ import annotations

import uuid
from pathlib import Path

import numpy as np

from desktop.audit.entry import to_row
from desktop.district.database import DistrictDB
from desktop.monitoring.field import Field

DECISIONS = ("accept", "partial", "override")
ESTIMATES = ("low", "medium", "high")


def write_district(path: Path, field: Field, *, correct_first: int = 0) -> list[str]:
    """Every decision of `field` and an outcome for each observed one (each device its own
    chain); the first `correct_first` outcomes are recorded wrong, then corrected. Returns
    the decisions' ids in field order."""
    rows, ids = [], []
    seqs = dict.fromkeys(range(len(field.devices)), 0)
    for i in range(field.n):
        device = int(field.device[i])
        seqs[device] += 1
        record_id = str(uuid.uuid4())
        ids.append(record_id)
        day = str(field.day[i])
        model = {"id": field.model, "version": field.version, "package_hash": "ab" * 32}
        estimate = field.estimate[i]
        rows.append(
            {
                "uuid": record_id,
                "device_id": field.devices[device],
                "seq": seqs[device],
                "prev_hash": "0" * 64,
                "created_utc": f"{day}T10:00:00.000000Z",
                "local_offset_min": 0,
                "app_version": "test",
                "kind": "decision",
                "model": model,
                "inputs": {
                    f: None if np.isnan(v) else float(v)
                    for f, v in zip(field.features, field.inputs[i], strict=True)
                },
                "prediction": float(field.prediction[i]),
                "output_space": "probability",
                "explanation": {"base_value": 0.3, "method": "test", "exact": True, "top": []},
                "out_of_range": [],
                "decision": DECISIONS[int(field.decision[i])],
                "clinician_estimate": None if np.isnan(estimate) else ESTIMATES[int(estimate)],
                "reason": None,
                "note": None,
                "role": None,
                "language": None,
                "patient_ref": None,
                "hash": uuid.uuid4().hex * 2,
            }
        )
        if np.isnan(field.observed[i]):
            continue
        values = [int(field.observed[i])]
        if correct_first > 0:
            values.insert(0, 1 - values[0])
            correct_first -= 1
        previous = None
        for value in values:
            seqs[device] += 1
            outcome_id = str(uuid.uuid4())
            rows.append(
                {
                    "uuid": outcome_id,
                    "device_id": field.devices[device],
                    "seq": seqs[device],
                    "prev_hash": "0" * 64,
                    "created_utc": f"{day}T11:00:00.000000Z",
                    "local_offset_min": 0,
                    "app_version": "test",
                    "kind": "outcome",
                    "model": model,
                    "body": {
                        "observes": record_id,
                        "observed": value,
                        "on": day,
                        "source": "lab",
                        "supersedes": previous,
                    },
                    "note": None,
                    "role": None,
                    "language": None,
                    "patient_ref": None,
                    "hash": uuid.uuid4().hex * 2,
                }
            )
            previous = outcome_id
    with DistrictDB.open(path) as district, district.transaction():
        district.db.table("records").insert_all(
            [{**to_row(r), "bundle_id": "sim"} for r in rows], batch_size=2000
        )
    return ids
