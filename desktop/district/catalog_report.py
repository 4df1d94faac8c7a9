"""Which clinics still run a recalled or superseded model version, and since when.

Read from the `catalog` records the clinics' bundles carry (installed, withdrawn, refused,
stale) and their decisions: a version is recalled once any clinic withdrew it at a steward's
recall, superseded once any clinic installed a newer version of the same model.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite_utils

# Ordered in Python: ORDER BY device_id, seq would walk the whole (device_id, seq) index of a
# large district to find its few catalog records.
_EVENTS = "SELECT device_id, seq, created_utc, body FROM records WHERE kind = 'catalog'"
# Counted per clinic (device_id leads the unique (device_id, seq) index), only for the rows
# the report shows: a district of a million decisions is not read whole.
_DECISIONS_SINCE = (
    "SELECT count(*) FROM records WHERE device_id = ? AND kind = 'decision' "
    "AND json_extract(model, '$.id') = ? AND json_extract(model, '$.version') = ? "
    "AND substr(created_utc, 1, 10) >= ?"
)


def _version_key(version: str) -> tuple[tuple[int, str], ...]:
    """1.10.0 after 1.9.0: numeric parts compare as numbers."""
    return tuple((int(p), "") if p.isdigit() else (-1, p) for p in version.split("."))


@dataclass
class _Seen:
    installed: dict[tuple[str, str, str], str] = field(default_factory=dict)  # dev,id,ver
    withdrawn: dict[tuple[str, str, str], str] = field(default_factory=dict)
    recalls: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)  # date, why
    stale: dict[str, str] = field(default_factory=dict)  # device: stale since


def _read(db: sqlite_utils.Database) -> _Seen:
    seen = _Seen()
    events = sorted(db.query(_EVENTS), key=lambda r: (str(r["device_id"]), int(r["seq"])))
    for row in events:
        try:
            body = json.loads(row["body"]) if isinstance(row["body"], str) else {}
        except ValueError:
            continue
        event, day = body.get("event"), str(row["created_utc"])[:10]
        key = (str(row["device_id"]), str(body.get("model_id")), str(body.get("version")))
        if event == "installed":
            seen.installed.setdefault(key, day)
        elif event == "withdrawn":
            seen.withdrawn.setdefault(key, day)
            recall = seen.recalls.get(key[1:])
            if recall is None or day < recall[0]:
                seen.recalls[key[1:]] = (day, str(body.get("reason")))
        elif event == "stale":
            seen.stale[key[0]] = str(body.get("stale_since"))
    return seen


def _newer(seen: _Seen, model: str, version: str) -> str | None:
    """The first day any clinic installed a newer version of `model`, if one did."""
    days = [
        day
        for (_, m, v), day in seen.installed.items()
        if m == model and _version_key(v) > _version_key(version)
    ]
    return min(days) if days else None


def catalog_report(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """One row per clinic and model version it installed that was recalled or superseded:
    `state` withdrawn (the recall reached it, on `withdrawn_on`), recalled (it still runs a
    version recalled `since`), or superseded (`since`: a newer version was first installed);
    with the decisions it recorded on that version after that day."""
    seen = _read(db)
    rows = []
    for (device, model, version), installed in sorted(seen.installed.items()):
        recall = seen.recalls.get((model, version))
        withdrawn = seen.withdrawn.get((device, model, version))
        newer = _newer(seen, model, version)
        if recall is not None:
            state = "withdrawn" if withdrawn else "recalled"
            since, reason = recall
        elif newer is not None:
            state, since, reason = "superseded", newer, "superseded"
        else:
            continue
        after = db.execute(_DECISIONS_SINCE, [device, model, version, since]).fetchone()[0]
        rows.append({
            "device_id": device,
            "model": model,
            "model_version": version,
            "state": state,
            "reason": reason,
            "since": since,
            "installed_on": installed,
            "withdrawn_on": withdrawn,
            "decisions_since": after,
            "catalog_stale_since": seen.stale.get(device),
        })  # fmt: skip
    return rows
