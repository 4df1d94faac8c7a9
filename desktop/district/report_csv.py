"""The review report as CSV files for spreadsheets (`kuona audit report --csv DIR`)."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from desktop.audit.record import REASONS
from desktop.district.report import BREAKDOWNS, COUNTED_WARNINGS, DECISION_KEYS, GROUP_LABELS
from desktop.sync.durable import replace_atomically

COUNT_COLUMNS = [
    "records",
    *DECISION_KEYS.values(),
    *(f"{d}_rate" for d in DECISION_KEYS),
    "out_of_range_records",
    *(f"reason_{r}" for r in REASONS),
    "out_of_range_features",
    *COUNTED_WARNINGS.values(),
    "ineligible",
]
PROBLEM_TABLES = {
    "gaps.csv": ("gaps", ["device_id", "from", "to"]),
    "tampering.csv": ("tampering", ["device_id", "seq", "reason", "bundle_id"]),
    "refused_bundles.csv": (
        "refused_bundles",
        ["file_name", "code", "device_id", "found_utc", "file_sha256"],
    ),
}


def _flat(row: dict[str, Any], labels: list[str]) -> dict[str, Any]:
    """A breakdown row with one column per reason and the out-of-range features as text."""
    flat = {k: row[k] for k in (*labels, *COUNT_COLUMNS) if k in row}
    flat.update({f"reason_{r}": row["reasons"].get(r, 0) for r in REASONS})
    flat["out_of_range_features"] = ";".join(
        f"{f}:{n}" for f, n in row["out_of_range_features"].items()
    )
    return flat


def _csv_bytes(header: list[str], rows: list[dict[str, Any]]) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=header, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def write_csv(report: dict[str, Any], folder: Path) -> list[Path]:
    """groups, by_model, by_device, by_month, by_clinician, gaps, tampering and refused_bundles
    as .csv in `folder`, each written whole (temp name, fsync, rename); their paths (OSError
    as is)."""
    folder.mkdir(parents=True, exist_ok=True)
    tables: dict[str, tuple[list[str], list[dict[str, Any]]]] = {}
    for name, labels in {"groups": GROUP_LABELS, **BREAKDOWNS}.items():
        columns = [label for label, _ in labels]
        rows = [_flat(row, columns) for row in report[name]]
        tables[f"{name}.csv"] = ([*columns, *COUNT_COLUMNS], rows)
    for file, (key, header) in PROBLEM_TABLES.items():
        tables[file] = (header, report[key])
    written = []
    for file, (header, rows) in tables.items():
        path = folder / file
        replace_atomically(path, _csv_bytes(header, rows))
        written.append(path)
    return written
