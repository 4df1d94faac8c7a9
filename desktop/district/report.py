"""The review report: decisions per model, device and month, with the gaps and tampering found.

Built from the district database when this computer is a district, else from the clinic's own
log. Counts and codes only; the CLI words them (and writes CSV for spreadsheets), the GUI
draws them. The JSON carries the totals (`records`, `accepts`, `partials`, `overrides`) at its
top level, beside `groups` (model x device x month) and the breakdowns `by_model`,
`by_device`, `by_month` and `by_clinician` (the pseudonymous id of the local account that
recorded it; "" for records made without an account), and `catalog`: the clinics that still
run a recalled or superseded model version, and since when (catalog_report).
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from desktop.audit.errors import ChainProblem
from desktop.audit.store import AuditStore
from desktop.district.catalog_report import catalog_report
from desktop.district.database import DistrictDB
from desktop.sync.errors import Cancelled

if TYPE_CHECKING:
    import sqlite_utils

_QUERY = (
    "SELECT json_extract(model, '$.id') AS model, json_extract(model, '$.version') AS version, "
    "device_id, substr(created_utc, 1, 7) AS month, kind, decision, reason, out_of_range, "
    "json_extract(explanation, '$.warnings') AS warnings, clinician FROM records "
    "WHERE kind IN ('decision', 'ineligible')"
)
#: Warning codes whose decisions are counted: how often clinicians acted on uncertain or
#: unusual cases.
COUNTED_WARNINGS = {"uncertain": "uncertain_records", "out_of_population": "unusual_records"}
_TAMPERING = {
    ChainProblem.HASH_MISMATCH,
    ChainProblem.CHAIN_BROKEN,
    ChainProblem.OTHER_DEVICE,
    ChainProblem.ACKNOWLEDGED_MISSING,
    ChainProblem.INTEGRITY,
}
DECISION_KEYS = {"accept": "accepts", "partial": "partials", "override": "overrides"}
#: The label columns of each breakdown, and which part of a group's key each one takes.
BREAKDOWNS: dict[str, tuple[tuple[str, int], ...]] = {
    "by_model": (("model", 0), ("model_version", 1)),
    "by_device": (("device_id", 2),),
    "by_month": (("month", 3),),
    "by_clinician": (("clinician", 4),),
}
GROUP_LABELS = (("model", 0), ("model_version", 1), ("device_id", 2), ("month", 3))
PROGRESS_EVERY = 2000  # rows between two on_progress calls (and should_stop polls)

Progress = Callable[[int, int], None]
Stop = Callable[[], bool]


@dataclass
class Counts:
    """Decisions, reasons and out-of-range inputs of some set of records."""

    decisions: Counter[str] = field(default_factory=Counter)
    reasons: Counter[str] = field(default_factory=Counter)
    out_of_range: Counter[str] = field(default_factory=Counter)
    out_of_range_records: int = 0
    warned: Counter[str] = field(default_factory=Counter)  # decisions per COUNTED_WARNINGS code
    ineligible: int = 0  # cases the card's eligibility blocked (no prediction shown)

    def add(self, other: Counts) -> None:
        """Add another set's counts to these."""
        self.decisions.update(other.decisions)
        self.reasons.update(other.reasons)
        self.out_of_range.update(other.out_of_range)
        self.out_of_range_records += other.out_of_range_records
        self.warned.update(other.warned)
        self.ineligible += other.ineligible

    def to_json(self) -> dict[str, Any]:
        """records, accepts, partials, overrides, their rates, reasons and out-of-range inputs."""
        total = sum(self.decisions.values())
        row: dict[str, Any] = {"records": total}
        for decision, name in DECISION_KEYS.items():
            row[name] = self.decisions[decision]
        for decision in DECISION_KEYS:
            row[f"{decision}_rate"] = round(self.decisions[decision] / total, 4) if total else 0.0
        row["reasons"] = dict(sorted(self.reasons.items()))
        row["out_of_range_records"] = self.out_of_range_records
        row["out_of_range_features"] = dict(sorted(self.out_of_range.items()))
        for code, name in COUNTED_WARNINGS.items():
            row[name] = self.warned[code]
        row["ineligible"] = self.ineligible
        return row


Key = tuple[str, str, str, str, str]  # model, version, device, month, clinician


def _count_rows(
    db: sqlite_utils.Database, on_progress: Progress | None, should_stop: Stop | None
) -> dict[Key, Counts]:
    """Counts per (model, version, device, month, clinician); Cancelled when should_stop()
    says so."""
    query = "SELECT count(*) AS n FROM records WHERE kind IN ('decision', 'ineligible')"
    total = int(next(db.query(query))["n"])
    groups: dict[Key, Counts] = {}
    done = 0
    for done, row in enumerate(db.query(_QUERY), start=1):
        if done % PROGRESS_EVERY == 0:
            if should_stop is not None and should_stop():
                raise Cancelled
            if on_progress is not None:
                on_progress(done, total)
        key = (
            str(row["model"]),
            str(row["version"]),
            str(row["device_id"]),
            str(row["month"]),
            str(row["clinician"] or ""),
        )
        counts = groups.setdefault(key, Counts())
        if row["kind"] == "ineligible":
            counts.ineligible += 1
            continue
        counts.decisions[str(row["decision"])] += 1
        counts.warned.update(_warning_codes(row["warnings"]))
        if row["reason"]:
            counts.reasons[str(row["reason"])] += 1
        try:
            features = json.loads(row["out_of_range"] or "[]")
        except ValueError:
            features = []
        if isinstance(features, list) and features:
            counts.out_of_range_records += 1
            counts.out_of_range.update(str(f) for f in features)
    if on_progress is not None:
        on_progress(done, max(done, total))
    return groups


def _warning_codes(text: str | None) -> set[str]:
    """The counted warning codes of a decision's stored warnings (JSON text)."""
    try:
        warnings = json.loads(text or "[]")
    except ValueError:
        return set()
    if not isinstance(warnings, list):
        return set()
    return {str(w.get("code")) for w in warnings if isinstance(w, dict)} & set(COUNTED_WARNINGS)


def _rows(groups: dict[Key, Counts], labels: Iterable[tuple[str, int]]) -> list[dict[str, Any]]:
    """One row per distinct value of the labelled key parts, counts added up, sorted."""
    labels = tuple(labels)
    merged: dict[tuple[str, ...], Counts] = {}
    for key, counts in groups.items():
        merged.setdefault(tuple(key[i] for _, i in labels), Counts()).add(counts)
    return [
        {**{name: value for (name, _), value in zip(labels, k, strict=True)}, **merged[k].to_json()}
        for k in sorted(merged)
    ]


def _decisions(groups: dict[Key, Counts]) -> dict[str, Any]:
    """The totals, the breakdowns and the finest groups."""
    total = Counts()
    for counts in groups.values():
        total.add(counts)
    top = total.to_json()
    rates = {f"{d}_rate": top.pop(f"{d}_rate") for d in DECISION_KEYS}
    return {
        **top,
        "rates": rates,
        "groups": _rows(groups, GROUP_LABELS),
        **{name: _rows(groups, labels) for name, labels in BREAKDOWNS.items()},
    }


def district_report(
    district: DistrictDB,
    *,
    on_progress: Progress | None = None,
    should_stop: Stop | None = None,
) -> dict[str, Any]:
    """The report over every device the district merged.

    on_progress(done, total) counts records read; should_stop() raises Cancelled.
    """
    decisions = _decisions(_count_rows(district.db, on_progress, should_stop))
    devices = district.devices()
    return {
        "source": "district",
        **decisions,
        "devices": [{"device_id": d.device_id, "head_seq": d.head_seq} for d in devices],
        "gaps": [
            {"device_id": d.device_id, "from": a, "to": b}
            for d in devices
            for a, b in district.gaps(d.device_id)
        ],
        "tampering": district.tampering(),
        "refused_bundles": district.refusals(),
        "catalog": catalog_report(district.db),
    }


def clinic_report(
    store: AuditStore,
    *,
    on_progress: Progress | None = None,
    should_stop: Stop | None = None,
) -> dict[str, Any]:
    """The report over this clinic's own log (its chain check gives the gaps and tampering)."""
    import sqlite_utils  # noqa: PLC0415 - it imports pandas when present (start-up time)

    conn = sqlite3.connect(f"{store.path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        db = sqlite_utils.Database(conn, execute_plugins=False)
        decisions = _decisions(_count_rows(db, on_progress, should_stop))
        catalog = catalog_report(db)
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
        **decisions,
        "devices": [{"device_id": store.device_id, "head_seq": store.head()[0]}],
        "gaps": gaps,
        "tampering": tampering,
        "refused_bundles": [],
        "catalog": catalog,
    }


def empty_report() -> dict[str, Any]:
    """The report of a computer with no audit data at all."""
    return {
        "source": "none",
        **_decisions({}),
        "devices": [],
        "gaps": [],
        "tampering": [],
        "refused_bundles": [],
        "catalog": [],
    }
