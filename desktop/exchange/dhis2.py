"""Kuona's indicators per org unit (device) and month, as DHIS2 imports them.

Indicators (DESIGN.md "More CLI"): `decisions`, `accepts`, `partials`, `overrides`,
`overrides.REASON`, `out_of_range` (decisions with an input outside its validated range),
`outcomes` (records of kind `outcome`), `alarms` (always 0: Kuona has no monitoring yet).
Periods are DHIS2 monthly periods YYYYMM of the record's UTC time. Only the indicators the
mapping names are written, for every device and month holding at least one record.

Two files DHIS2 imports as they are: dataValueSets JSON (`POST /api/dataValueSets`) and ADX
XML (IHE, namespace urn:ihe:qrph:adx:2015; `Content-Type: application/adx+xml`).
"""

from __future__ import annotations

import json
import os
import sqlite3
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop.exchange.dhis2_mapping import INDICATORS, Mapping
from desktop.exchange.errors import ExchangeError, ExchangeRefusal
from desktop.sync.errors import os_reason

ADX_NS = "urn:ihe:qrph:adx:2015"
FORMATS = ("json", "adx")
_QUERY = (
    "SELECT device_id, substr(created_utc, 1, 4) || substr(created_utc, 6, 2) AS period, "
    "kind, decision, reason, coalesce(out_of_range, '[]') NOT IN ('[]', 'null') AS out, "
    "count(*) AS n FROM records GROUP BY 1, 2, 3, 4, 5, 6"
)

Counts = dict[tuple[str, str], Counter[str]]


def aggregate(conn: sqlite3.Connection) -> Counts:
    """Every indicator's count per (device id, period YYYYMM) of the `records` table."""
    counts: Counts = {}
    for device, period, kind, decision, reason, out, n in conn.execute(_QUERY):
        cell = counts.setdefault((str(device), str(period)), Counter({"alarms": 0}))
        if kind == "outcome":
            cell["outcomes"] += n
        if kind != "decision":
            continue
        cell["decisions"] += n
        cell[{"accept": "accepts", "partial": "partials"}.get(decision, "overrides")] += n
        if decision == "override" and reason:
            cell[f"overrides.{reason}"] += n
        if out:
            cell["out_of_range"] += n
    return counts


def data_values(counts: Counts, mapping: Mapping, *, file: str) -> list[dict[str, str]]:
    """The DHIS2 data values (mapped indicators, zeros included); ExchangeError naming the
    first device that has no org unit in the mapping."""
    missing = sorted(d for d, _ in counts if d not in mapping.org_units)
    if missing:
        raise ExchangeError(ExchangeRefusal.UID_MISSING, file, entry=f"org_units.{missing[0]}")
    values = []
    for (device, period), cell in sorted(counts.items()):
        for indicator in INDICATORS:
            target = mapping.data_elements.get(indicator)
            if target is None:
                continue
            value = {
                "dataElement": target.data_element,
                "period": period,
                "orgUnit": mapping.org_units[device],
                "value": str(cell[indicator]),
            }
            if target.category_option_combo is not None:
                value["categoryOptionCombo"] = target.category_option_combo
            values.append(value)
    return values


def to_json(values: list[dict[str, str]], mapping: Mapping) -> bytes:
    """A dataValueSets document."""
    document: dict[str, Any] = {"dataValues": values}
    if mapping.data_set is not None:
        document = {"dataSet": mapping.data_set, **document}
    return (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def adx_period(period: str) -> str:
    """YYYYMM as an ADX period (ISO 8601 start and duration): 2026-12-01/P1M."""
    return f"{period[:4]}-{period[4:]}-01/P1M"


def to_adx(values: list[dict[str, str]], mapping: Mapping, *, file: str) -> bytes:
    """An ADX document: one group per org unit and period (ADX needs the mapping's data set)."""
    if mapping.data_set is None:
        raise ExchangeError(ExchangeRefusal.DATA_SET_MISSING, file, entry="data_set")
    ET.register_namespace("", ADX_NS)
    exported = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    root = ET.Element(f"{{{ADX_NS}}}adx", {"exported": exported})
    groups: dict[tuple[str, str], ET.Element] = {}
    for value in values:
        key = (value["orgUnit"], value["period"])
        if key not in groups:
            groups[key] = ET.SubElement(
                root,
                f"{{{ADX_NS}}}group",
                {"orgUnit": key[0], "period": adx_period(key[1]), "dataSet": mapping.data_set},
            )
        attributes = {"dataElement": value["dataElement"], "value": value["value"]}
        if "categoryOptionCombo" in value:
            attributes["categoryOptionCombo"] = value["categoryOptionCombo"]
        ET.SubElement(groups[key], f"{{{ADX_NS}}}dataValue", attributes)
    ET.indent(root)
    data: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return data + b"\n"


def write_file(data: bytes, out: Path) -> None:
    """Write `data` to `out` whole or not at all (a temporary name, then renamed)."""
    temp = out.with_name(f".{out.name}.partial")
    try:
        temp.write_bytes(data)
        os.replace(temp, out)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise ExchangeError(ExchangeRefusal.WRITE_FAILED, str(out), reason=os_reason(exc)) from exc


def export_dhis2(
    conn: sqlite3.Connection, mapping: Mapping, *, out: Path, fmt: str, mapping_file: str
) -> list[dict[str, str]]:
    """Aggregate, check against the mapping and write `out` (json or adx); the values written.
    Nothing is written when the mapping lacks a device or ADX lacks the data set."""
    values = data_values(aggregate(conn), mapping, file=mapping_file)
    adx = fmt == "adx"
    data = to_adx(values, mapping, file=mapping_file) if adx else to_json(values, mapping)
    write_file(data, out)
    return values
