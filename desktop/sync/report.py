"""The review report: decisions per model, device and month, with the gaps and tampering found.

Built from the district database when this computer is a district, else from the clinic's own
log. Counts and codes only; the CLI words them (and writes CSV for spreadsheets).
"""

from __future__ import annotations

import csv
import json
import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlite_utils

from desktop.audit.errors import ChainProblem
from desktop.audit.record import REASONS
from desktop.audit.store import AuditStore
from desktop.sync.district import DistrictDB

_QUERY = (
    "SELECT json_extract(model, '$.id') AS model, json_extract(model, '$.version') AS version, "
    "device_id, substr(created_utc, 1, 7) AS month, decision, reason, out_of_range FROM records"
)
_TAMPERING = {
    ChainProblem.HASH_MISMATCH,
    ChainProblem.CHAIN_BROKEN,
    ChainProblem.OTHER_DEVICE,
    ChainProblem.ACKNOWLEDGED_MISSING,
    ChainProblem.INTEGRITY,
}
DECISION_KEYS = {"accept": "accepts", "partial": "partials", "override": "overrides"}


@dataclass
class Group:
    """The decisions on one model version, on one device, in one month."""

    key: tuple[str, str, str, str]
    decisions: Counter[str] = field(default_factory=Counter)
    reasons: Counter[str] = field(default_factory=Counter)
    out_of_range: Counter[str] = field(default_factory=Counter)
    out_of_range_records: int = 0

    def to_json(self) -> dict[str, Any]:
        """One row of the breakdown."""
        model, version, device, month = self.key
        total = sum(self.decisions.values())
        row: dict[str, Any] = {
            "model": model,
            "model_version": version,
            "device_id": device,
            "month": month,
            "records": total,
        }
        for decision, name in DECISION_KEYS.items():
            row[name] = self.decisions[decision]
            row[f"{decision}_rate"] = round(self.decisions[decision] / total, 4) if total else 0.0
        row["reasons"] = dict(sorted(self.reasons.items()))
        row["out_of_range_records"] = self.out_of_range_records
        row["out_of_range_features"] = dict(sorted(self.out_of_range.items()))
        return row


def _groups(db: sqlite_utils.Database) -> list[Group]:
    groups: dict[tuple[str, str, str, str], Group] = {}
    for row in db.query(_QUERY):
        key = (str(row["model"]), str(row["version"]), str(row["device_id"]), str(row["month"]))
        group = groups.setdefault(key, Group(key))
        group.decisions[str(row["decision"])] += 1
        if row["reason"]:
            group.reasons[str(row["reason"])] += 1
        try:
            features = json.loads(row["out_of_range"] or "[]")
        except ValueError:
            features = []
        if isinstance(features, list) and features:
            group.out_of_range_records += 1
            group.out_of_range.update(str(f) for f in features)
    return [groups[k] for k in sorted(groups)]


def _totals(groups: list[Group]) -> dict[str, Any]:
    decisions: Counter[str] = Counter()
    for group in groups:
        decisions.update(group.decisions)
    total = sum(decisions.values())
    totals: dict[str, Any] = {"records": total}
    for decision, name in DECISION_KEYS.items():
        totals[name] = decisions[decision]
    totals["rates"] = {
        f"{d}_rate": round(decisions[d] / total, 4) if total else 0.0 for d in DECISION_KEYS
    }
    return totals


def district_report(district: DistrictDB) -> dict[str, Any]:
    """The report over every device the district merged."""
    groups = _groups(district.db)
    devices = district.devices()
    return {
        "source": "district",
        **_totals(groups),
        "groups": [g.to_json() for g in groups],
        "devices": [{"device_id": d.device_id, "head_seq": d.head_seq} for d in devices],
        "gaps": [
            {"device_id": d.device_id, "from": a, "to": b}
            for d in devices
            for a, b in district.gaps(d.device_id)
        ],
        "tampering": [
            {k: r[k] for k in ("device_id", "seq", "reason", "bundle_id")}
            for r in district.quarantined()
        ],
        "refused_bundles": district.refusals(),
    }


def clinic_report(store: AuditStore) -> dict[str, Any]:
    """The report over this clinic's own log (its chain check gives the gaps and tampering)."""
    conn = sqlite3.connect(f"{store.path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        groups = _groups(sqlite_utils.Database(conn, execute_plugins=False))
    finally:
        conn.close()
    problems = store.verify()
    gaps = [
        {"device_id": store.device_id, "from": int(p.params["expected"]), "to": p.seq - 1}
        for p in problems
        if p.code is ChainProblem.SEQ_GAP
    ]
    tampering = [
        {"device_id": store.device_id, "seq": p.seq, "reason": p.code.value, "bundle_id": None}
        for p in problems
        if p.code in _TAMPERING
    ]
    return {
        "source": "clinic",
        **_totals(groups),
        "groups": [g.to_json() for g in groups],
        "devices": [{"device_id": store.device_id, "head_seq": store.head()[0]}],
        "gaps": gaps,
        "tampering": tampering,
        "refused_bundles": [],
    }


def empty_report() -> dict[str, Any]:
    """The report of a computer with no audit data at all."""
    return {
        "source": "none",
        **_totals([]),
        "groups": [],
        "devices": [],
        "gaps": [],
        "tampering": [],
        "refused_bundles": [],
    }


def write_csv(report: dict[str, Any], folder: Path) -> list[Path]:
    """groups.csv, gaps.csv and tampering.csv in `folder` (for spreadsheets); their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    columns = [
        "model",
        "model_version",
        "device_id",
        "month",
        "records",
        "accepts",
        "partials",
        "overrides",
        "accept_rate",
        "partial_rate",
        "override_rate",
        "out_of_range_records",
        *[f"reason_{r}" for r in REASONS],
        "out_of_range_features",
    ]
    rows = []
    for group in report["groups"]:
        row = {k: group[k] for k in columns if k in group}
        row.update({f"reason_{r}": group["reasons"].get(r, 0) for r in REASONS})
        row["out_of_range_features"] = ";".join(
            f"{f}:{n}" for f, n in group["out_of_range_features"].items()
        )
        rows.append(row)
    tables = {
        "groups.csv": (columns, rows),
        "gaps.csv": (["device_id", "from", "to"], report["gaps"]),
        "tampering.csv": (["device_id", "seq", "reason", "bundle_id"], report["tampering"]),
    }
    written = []
    for name, (header, table) in tables.items():
        path = folder / name
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=header)
            writer.writeheader()
            writer.writerows(table)
        written.append(path)
    return written
