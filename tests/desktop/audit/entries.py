"""A decision entry as the GUI or CLI would hand it to the store, for the audit tests."""

from __future__ import annotations

from typing import Any

DEVICE = "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f"


def decision_entry(**changes: Any) -> dict[str, Any]:
    """A valid accept decision on a small explained case; keyword arguments replace fields."""
    entry: dict[str, Any] = {
        "kind": "decision",
        "model": {
            "id": "pima-diabetes-lr",
            "version": "1.0.0",
            "package_hash": "ab" * 32,
            "demonstration": True,
        },
        "inputs": {"glu": 187.0, "bmi": 32.0, "age": None},
        "prediction": 0.829,
        "output_space": "probability",
        "explanation": {
            "base_value": 0.331,
            "method": "linear-exact-enumeration",
            "exact": True,
            "top": [["glu", 0.4315], ["bmi", -0.01]],
            "warnings": [],
        },
        "out_of_range": [],
        "decision": "accept",
        "clinician_estimate": None,
        "reason": None,
        "note": None,
        "role": "clinical_officer",
        "language": "en",
        "patient_ref": None,
    }
    entry.update(changes)
    return entry
