"""Kuona's audit records as FHIR R4B resources (plain dicts; fhir.py validates them).

- a decision: a RiskAssessment (the prediction, the interval where the explanation has one,
  `method` the model, `performer` the model package as a Device, `basis` the inputs as
  contained Observations, subject only as the keyed pseudonym) and a Provenance (the
  clinician's role, the decision as its activity, the reason as a coded concept);
- an outcome: an Observation whose `focus` is the decision's RiskAssessment;
- a catalog change: an AuditEvent.
No resource holds a name, a date of birth or a free-text note: the clinician's note may name
the patient, so it stays in the audit log.
"""

from __future__ import annotations

import uuid
from typing import Any

KUONA = "https://kuona.health/fhir"
CS = f"{KUONA}/CodeSystem"
SD = f"{KUONA}/StructureDefinition"
RECORD_ID = f"{KUONA}/record-id"
PSEUDONYM = f"{KUONA}/patient-pseudonym"
MODEL_ID, PACKAGE_HASH, DEVICE_ID = f"{KUONA}/model-id", f"{KUONA}/package-hash", f"{KUONA}/device"
ABSENT = "http://terminology.hl7.org/CodeSystem/data-absent-reason"
_NAMESPACE = uuid.UUID("7d0e0a5e-3c55-4b1a-9a1f-6b75f0c4e001")

Resource = dict[str, Any]


def full_url(record_uuid: str, kind: str = "") -> str:
    """urn:uuid of a record's resource (a Provenance gets its own, derived from the record's)."""
    return f"urn:uuid:{uuid.uuid5(_NAMESPACE, kind + record_uuid) if kind else record_uuid}"


def device_url(model: dict[str, Any]) -> str:
    """urn:uuid of the Device of one model package (same package, same Device)."""
    key = f"{model.get('id')}|{model.get('version')}|{model.get('package_hash')}"
    return f"urn:uuid:{uuid.uuid5(_NAMESPACE, key)}"


def model_device(model: dict[str, Any]) -> Resource:
    """The model package as a Device: its id, version and package hash."""
    identifiers = [{"system": MODEL_ID, "value": str(model.get("id"))}]
    if model.get("package_hash"):
        identifiers.append({"system": PACKAGE_HASH, "value": str(model["package_hash"])})
    return {
        "resourceType": "Device",
        "identifier": identifiers,
        "deviceName": [{"name": str(model.get("id")), "type": "model-name"}],
        "version": [{"value": str(model.get("version"))}],
        "type": {"coding": [{"system": f"{CS}/device-kind", "code": "model-package"}]},
    }


def _subject(patient_ref: str | None) -> dict[str, Any]:
    if patient_ref:
        return {"type": "Patient", "identifier": {"system": PSEUDONYM, "value": patient_ref}}
    return {
        "type": "Patient",
        "extension": [
            {
                "url": "http://hl7.org/fhir/StructureDefinition/data-absent-reason",
                "valueCode": "unknown",
            }
        ],
    }


def _input(feature: str, value: object, index: int) -> Resource:
    observation: Resource = {
        "resourceType": "Observation",
        "id": f"input-{index}",
        "status": "final",
        "code": {"coding": [{"system": f"{CS}/feature", "code": feature}], "text": feature},
    }
    if isinstance(value, bool):
        observation["valueBoolean"] = value
    elif isinstance(value, int | float):
        observation["valueQuantity"] = {"value": value}
    elif isinstance(value, str):
        observation["valueString"] = value
    else:
        observation["dataAbsentReason"] = {"coding": [{"system": ABSENT, "code": "unknown"}]}
    return observation


def _prediction(data: dict[str, Any]) -> dict[str, Any]:
    explanation = data.get("explanation") or {}
    prediction: dict[str, Any] = {}
    extensions = []
    if data.get("output_space") == "probability":
        prediction["probabilityDecimal"] = data["prediction"]
    else:
        extensions.append({"url": f"{SD}/predicted-value", "valueDecimal": data["prediction"]})
    interval = explanation.get("interval")
    if isinstance(interval, dict) and {"low", "high"} <= set(interval):
        extensions.append(
            {
                "url": f"{SD}/prediction-interval",
                "valueRange": {
                    "low": {"value": interval["low"]},
                    "high": {"value": interval["high"]},
                },
            }
        )
        if interval.get("method"):
            extensions.append(
                {"url": f"{SD}/interval-method", "valueCode": str(interval["method"])}
            )
    if extensions:
        prediction["extension"] = extensions
    return prediction


def risk_assessment(data: dict[str, Any]) -> Resource:
    """A decision's RiskAssessment."""
    model = data.get("model") or {}
    inputs = data.get("inputs") or {}
    contained = [_input(str(k), v, i) for i, (k, v) in enumerate(sorted(inputs.items()))]
    return {
        "resourceType": "RiskAssessment",
        "identifier": [{"system": RECORD_ID, "value": data["uuid"]}],
        "status": "final",
        "method": {
            "coding": [
                {
                    "system": f"{CS}/model",
                    "code": str(model.get("id")),
                    "version": str(model.get("version")),
                }
            ]
        },
        "subject": _subject(data.get("patient_ref")),
        "occurrenceDateTime": data["created_utc"],
        "performer": {"reference": device_url(model), "type": "Device"},
        "contained": contained,
        "basis": [{"reference": f"#{o['id']}"} for o in contained],
        "prediction": [_prediction(data)],
    }


def provenance(data: dict[str, Any]) -> Resource:
    """The clinician's decision on the RiskAssessment: role, accept/partial/override, reason."""
    agent: dict[str, Any] = {"who": {"display": str(data.get("role") or "clinician")}}
    if data.get("role"):
        agent["role"] = [{"coding": [{"system": f"{CS}/role", "code": data["role"]}]}]
    resource: Resource = {
        "resourceType": "Provenance",
        "target": [{"reference": full_url(data["uuid"])}],
        "recorded": data["created_utc"],
        "activity": {"coding": [{"system": f"{CS}/decision", "code": data["decision"]}]},
        "agent": [agent],
        "entity": [{"role": "source", "what": {"reference": device_url(data.get("model") or {})}}],
    }
    if data.get("reason"):
        resource["reason"] = [
            {"coding": [{"system": f"{CS}/decision-reason", "code": data["reason"]}]}
        ]
    return resource


def _value(observed: object) -> dict[str, Any]:
    if isinstance(observed, bool):
        return {"valueBoolean": observed}
    if isinstance(observed, int | float):
        return {"valueQuantity": {"value": observed}}
    if isinstance(observed, str):
        return {"valueString": observed}
    return {"dataAbsentReason": {"coding": [{"system": ABSENT, "code": "unknown"}]}}


def outcome_observation(data: dict[str, Any], in_bundle: set[str]) -> Resource:
    """An outcome record: what was observed, on the decision it names (`body.observes`, as
    desktop/audit/outcome.py writes it; `body.record_id` is read too)."""
    body = data.get("body") or {}
    decision = str(body.get("observes") or body.get("record_id") or "")
    focus: dict[str, Any] = {"reference": full_url(decision)}
    if decision not in in_bundle:
        focus = {"type": "RiskAssessment", "identifier": {"system": RECORD_ID, "value": decision}}
    model = data.get("model") or {}
    resource: Resource = {
        "resourceType": "Observation",
        "identifier": [{"system": RECORD_ID, "value": data["uuid"]}],
        "status": "amended" if body.get("supersedes") else "final",
        "code": {
            "coding": [{"system": f"{CS}/outcome", "code": str(model.get("id") or "outcome")}]
        },
        "subject": _subject(data.get("patient_ref")),
        "focus": [focus],
        "issued": data["created_utc"],
        **_value(body.get("observed")),
    }
    if isinstance(body.get("on"), str) and body["on"]:
        resource["effectiveDateTime"] = body["on"]
    return resource


def audit_event(data: dict[str, Any]) -> Resource:
    """A catalog record (a model installed, withdrawn, refused or stale) as an AuditEvent."""
    body = data.get("body") or {}
    event = str(body.get("event") or body.get("action") or "change")
    resource: Resource = {
        "resourceType": "AuditEvent",
        "type": {"system": f"{CS}/catalog-event", "code": event},
        "recorded": data["created_utc"],
        "agent": [
            {
                "requestor": False,
                "who": {"identifier": {"system": DEVICE_ID, "value": data["device_id"]}},
            }
        ],
        "source": {"observer": {"identifier": {"system": DEVICE_ID, "value": data["device_id"]}}},
    }
    if data.get("model"):
        resource["entity"] = [{"what": {"reference": device_url(data["model"])}}]
    return resource
