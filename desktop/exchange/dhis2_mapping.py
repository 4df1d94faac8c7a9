"""The DHIS2 mapping file: Kuona's indicators and devices to DHIS2 UIDs, strictly checked.

    {"org_units": {DEVICE_ID: UID},
     "data_elements": {INDICATOR: {"dataElement": UID, "categoryOptionCombo": UID}},
     "data_set": UID}

`categoryOptionCombo` is optional (DHIS2 then uses the default combination); `data_set` is
optional for dataValueSets JSON and required for ADX (its group names the data set).
A DHIS2 UID is 11 characters, letters and digits, a letter first. The first entry that is
missing or malformed is refused with its name (`org_units.DEVICE`, `data_elements.X.dataElement`).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.audit.record import REASONS
from desktop.exchange.errors import ExchangeError, ExchangeRefusal

UID = re.compile(r"[A-Za-z][A-Za-z0-9]{10}")
#: Kuona's indicators; `overrides.REASON` for each reason of the fixed list.
INDICATORS = (
    "decisions",
    "accepts",
    "partials",
    "overrides",
    *(f"overrides.{reason}" for reason in REASONS),
    "out_of_range",
    "outcomes",
    "alarms",
)


@dataclass(frozen=True)
class Target:
    """Where one indicator goes in DHIS2."""

    data_element: str
    category_option_combo: str | None


@dataclass(frozen=True)
class Mapping:
    """A checked mapping file."""

    org_units: dict[str, str]
    data_elements: dict[str, Target]
    data_set: str | None


def is_uid(value: object) -> bool:
    """A DHIS2 UID: 11 letters and digits, a letter first."""
    return isinstance(value, str) and UID.fullmatch(value) is not None


def _uid(value: object, entry: str, file: str) -> str:
    if value is None or value == "":
        raise ExchangeError(ExchangeRefusal.UID_MISSING, file, entry=entry)
    if not is_uid(value):
        raise ExchangeError(ExchangeRefusal.UID_MALFORMED, file, entry=entry, value=str(value))
    return str(value)


def _object(value: object, entry: str, file: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ExchangeError(ExchangeRefusal.MAPPING_INVALID, file, entry=entry)
    return value


def parse_mapping(data: object, *, file: str) -> Mapping:
    """The mapping, or ExchangeError naming the first entry that is wrong."""
    top = _object(data, "(top)", file)
    unknown = sorted(set(top) - {"org_units", "data_elements", "data_set"})
    if unknown:
        raise ExchangeError(ExchangeRefusal.MAPPING_INVALID, file, entry=unknown[0])
    units = _object(top.get("org_units"), "org_units", file)
    org_units = {str(d): _uid(u, f"org_units.{d}", file) for d, u in units.items()}
    elements = _object(top.get("data_elements"), "data_elements", file)
    targets: dict[str, Target] = {}
    for indicator, given in elements.items():
        entry = f"data_elements.{indicator}"
        if indicator not in INDICATORS:
            raise ExchangeError(ExchangeRefusal.INDICATOR_UNKNOWN, file, entry=entry)
        spec = _object(given, entry, file)
        extra = sorted(set(spec) - {"dataElement", "categoryOptionCombo"})
        if extra:
            raise ExchangeError(ExchangeRefusal.MAPPING_INVALID, file, entry=f"{entry}.{extra[0]}")
        combo = spec.get("categoryOptionCombo")
        targets[indicator] = Target(
            _uid(spec.get("dataElement"), f"{entry}.dataElement", file),
            None if combo is None else _uid(combo, f"{entry}.categoryOptionCombo", file),
        )
    data_set = top.get("data_set")
    return Mapping(
        org_units, targets, None if data_set is None else _uid(data_set, "data_set", file)
    )


def load_mapping(path: Path) -> Mapping:
    """Read and check a mapping file (ExchangeError if it cannot be read or is not JSON)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise ExchangeError(ExchangeRefusal.MAPPING_UNREADABLE, str(path)) from exc
    return parse_mapping(data, file=path.name)
