"""`kuona export fhir`: one FHIR R4B Bundle (type collection) per device and month.

Each Bundle holds a Device per model package used, and per record: a RiskAssessment and a
Provenance for a decision, an Observation for an outcome, an AuditEvent for a catalog change
(records of other kinds are left out). Every Bundle is validated with fhir.resources' R4B
models before any file is written; files are named kuona-DEVICE-YYYY-MM.json.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from desktop.audit.entry import from_row
from desktop.exchange.dhis2 import write_file
from desktop.exchange.errors import ExchangeError, ExchangeRefusal
from desktop.exchange.fhir_resources import (
    KUONA,
    audit_event,
    device_url,
    full_url,
    model_device,
    outcome_observation,
    provenance,
    risk_assessment,
)
from desktop.sync.errors import os_reason


@dataclass(frozen=True)
class BundleFile:
    """One Bundle written: where, for which device and month, and its resources by type."""

    path: Path
    device_id: str
    month: str
    resources: dict[str, int]


def since_date(text: str | None) -> str:
    """A --since value (YYYY-MM-DD) as the lower bound of created_utc ("" for none)."""
    if text is None:
        return ""
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError as exc:
        raise ExchangeError(ExchangeRefusal.DATE_INVALID, text) from exc


def _entries(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The Bundle's entries: Devices of the model packages first, then each record's resources."""
    devices: dict[str, dict[str, Any]] = {}
    decisions = {r["uuid"] for r in records if r.get("kind") == "decision"}
    entries: list[dict[str, Any]] = []
    for data in records:
        kind, model = data.get("kind"), data.get("model")
        if isinstance(model, dict) and kind in ("decision", "catalog"):
            devices.setdefault(device_url(model), model_device(model))
        if kind == "decision":
            entries.append({"fullUrl": full_url(data["uuid"]), "resource": risk_assessment(data)})
            entries.append(
                {"fullUrl": full_url(data["uuid"], "provenance"), "resource": provenance(data)}
            )
        elif kind == "outcome":
            resource = outcome_observation(data, decisions)
            entries.append({"fullUrl": full_url(data["uuid"]), "resource": resource})
        elif kind == "catalog":
            entries.append({"fullUrl": full_url(data["uuid"]), "resource": audit_event(data)})
    return [{"fullUrl": u, "resource": d} for u, d in devices.items()] + entries


def _bundle(device: str, month: str, records: list[dict[str, Any]]) -> Any:
    from fhir.resources.R4B.bundle import Bundle  # noqa: PLC0415 - heavy (pydantic models)

    return Bundle.model_validate(
        {
            "resourceType": "Bundle",
            "identifier": {"system": f"{KUONA}/bundle", "value": f"{device}/{month}"},
            "type": "collection",
            "timestamp": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "entry": _entries(records),
        }
    )


def export_fhir(conn: sqlite3.Connection, *, out: Path, since: str = "") -> list[BundleFile]:
    """Write one validated Bundle per device and month of the records made on or after
    `since` into `out` (created if needed); nothing is written unless every Bundle validates."""
    groups: dict[tuple[str, str], list[dict[str, Any]]] = {}
    query = "SELECT * FROM records WHERE created_utc >= ? ORDER BY device_id, seq"
    for row in conn.execute(query, [since]):
        data = from_row(dict(row))
        groups.setdefault((data["device_id"], data["created_utc"][:7]), []).append(data)
    bundles = [(key, _bundle(*key, records)) for key, records in sorted(groups.items())]
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExchangeError(ExchangeRefusal.WRITE_FAILED, str(out), reason=os_reason(exc)) from exc
    written = []
    for (device, month), bundle in bundles:
        path = out / f"kuona-{device}-{month}.json"
        write_file(bundle.model_dump_json(indent=1, exclude_none=True).encode("utf-8"), path)
        types = Counter(e.resource.get_resource_type() for e in bundle.entry or [])
        written.append(BundleFile(path, device, month, dict(types)))
    return written
