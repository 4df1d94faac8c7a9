"""`kuona export dhis2`: the right sums per org unit and month, as dataValueSets JSON and ADX;
a missing or malformed UID is one message naming the entry, and nothing is written."""

from __future__ import annotations

import json
import sqlite3
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from desktop.exchange.dhis2 import ADX_NS, aggregate
from desktop.exchange.dhis2_mapping import load_mapping
from tests.desktop.cli.runner import kuona
from tests.desktop.exchange.district import District, make_two_clinic_district

ROOT = Path(__file__).resolve().parents[3]
INDICATORS = {
    "decisions": "kuonaDecis1",
    "accepts": "kuonaAccep1",
    "partials": "kuonaParti1",
    "overrides": "kuonaOverr1",
    "overrides.clinical_judgement": "kuonaOvCJ01",
    "out_of_range": "kuonaOutRg1",
    "outcomes": "kuonaOutco1",
    "alarms": "kuonaAlarm1",
}


def _mapping(district: District, **changes: Any) -> dict[str, Any]:
    mapping: dict[str, Any] = {
        "data_set": "kuonaMonth1",
        "org_units": {
            district.a.store.device_id: "DiszpKrYNg8",
            district.b.store.device_id: "ImspTQPwCqd",
        },
        "data_elements": {k: {"dataElement": v} for k, v in INDICATORS.items()},
    }
    mapping["data_elements"]["overrides.clinical_judgement"]["categoryOptionCombo"] = "kuonaRsnCJ1"
    mapping.update(changes)
    return mapping


def _export(district: District, tmp: Path, mapping: dict[str, Any], *extra: str) -> Any:
    (tmp / "mapping.json").write_text(json.dumps(mapping))
    out = tmp / ("out.xml" if "adx" in extra else "out.json")
    result = kuona(
        "export",
        "dhis2",
        "--mapping",
        str(tmp / "mapping.json"),
        "--out",
        str(out),
        *extra,
        home=district.home,
    )
    return result, out


def _period(district: District) -> str:
    created = next(district.a.store.records()).data["created_utc"]
    return created[:4] + created[5:7]


@pytest.fixture(scope="module")
def district(tmp_path_factory: pytest.TempPathFactory) -> District:
    """Two clinics' records imported at a district (made once for the module)."""
    return make_two_clinic_district(tmp_path_factory.mktemp("dhis2"))


def test_json_has_the_sums_per_org_unit_and_month(district: District, tmp_path: Path) -> None:
    """dataValueSets JSON: each indicator's count per org unit for the month, zeros included."""
    result, out = _export(district, tmp_path, _mapping(district))
    assert result.returncode == 0, result.stderr
    assert "alarms is 0" in result.stdout
    document = json.loads(out.read_text())
    assert document["dataSet"] == "kuonaMonth1"
    period = _period(district)
    got = {(v["orgUnit"], v["dataElement"]): v["value"] for v in document["dataValues"]}
    assert {v["period"] for v in document["dataValues"]} == {period}
    assert len(document["dataValues"]) == 2 * len(INDICATORS)
    expected_a = {
        "decisions": 8,
        "accepts": 4,
        "partials": 2,
        "overrides": 2,
        "overrides.clinical_judgement": 2,
        "out_of_range": 2,
        "outcomes": 3,
        "alarms": 0,
    }
    expected_b = {
        "decisions": 4,
        "accepts": 2,
        "partials": 1,
        "overrides": 1,
        "overrides.clinical_judgement": 1,
        "out_of_range": 1,
        "outcomes": 0,
        "alarms": 0,
    }
    for unit, expected in (("DiszpKrYNg8", expected_a), ("ImspTQPwCqd", expected_b)):
        assert {k: int(got[(unit, INDICATORS[k])]) for k in INDICATORS} == expected
    combos = [v for v in document["dataValues"] if v["dataElement"] == "kuonaOvCJ01"]
    assert {v.get("categoryOptionCombo") for v in combos} == {"kuonaRsnCJ1"}
    assert all(isinstance(v["value"], str) for v in document["dataValues"])


def test_adx_holds_the_same_values(district: District, tmp_path: Path) -> None:
    """ADX XML (IHE namespace): one group per org unit and month, ISO period, same values."""
    result, out = _export(district, tmp_path, _mapping(district), "--format", "adx")
    assert result.returncode == 0, result.stderr
    root = ET.parse(out).getroot()
    assert root.tag == f"{{{ADX_NS}}}adx" and root.get("exported")
    groups = root.findall(f"{{{ADX_NS}}}group")
    period = _period(district)
    assert sorted(g.get("orgUnit") for g in groups) == ["DiszpKrYNg8", "ImspTQPwCqd"]
    assert {g.get("period") for g in groups} == {f"{period[:4]}-{period[4:]}-01/P1M"}
    assert {g.get("dataSet") for g in groups} == {"kuonaMonth1"}
    values = {
        (g.get("orgUnit"), v.get("dataElement")): v.get("value")
        for g in groups
        for v in g.findall(f"{{{ADX_NS}}}dataValue")
    }
    assert values[("DiszpKrYNg8", "kuonaDecis1")] == "8"
    assert values[("ImspTQPwCqd", "kuonaOverr1")] == "1"
    assert len(values) == 2 * len(INDICATORS)


@pytest.mark.parametrize(
    ("change", "entry"),
    [
        (
            {"data_elements": {"decisions": {"dataElement": "1abcdefghij"}}},
            "data_elements.decisions.dataElement",
        ),
        (
            {"data_elements": {"accepts": {"dataElement": "short"}}},
            "data_elements.accepts.dataElement",
        ),
        ({"data_elements": {"partials": {}}}, "data_elements.partials.dataElement"),
        (
            {"data_elements": {"referrals": {"dataElement": "kuonaRefer1"}}},
            "data_elements.referrals",
        ),
        ({"data_set": "kuona-Mon-1"}, "data_set"),
    ],
)
def test_a_bad_uid_is_named_and_nothing_written(
    district: District, tmp_path: Path, change: dict[str, Any], entry: str
) -> None:
    """A malformed, missing or unknown entry: exit 1, one line naming it, no output file."""
    result, out = _export(district, tmp_path, _mapping(district, **change))
    assert result.returncode == 1
    (line,) = result.stderr.strip().splitlines()
    assert entry in line and "mapping.json" in line
    assert not out.exists() and not list(tmp_path.glob(".*partial"))


def test_a_device_without_org_unit_is_named(district: District, tmp_path: Path) -> None:
    """A device of the database missing from org_units: named, nothing written."""
    mapping = _mapping(district)
    del mapping["org_units"][district.b.store.device_id]
    result, out = _export(district, tmp_path, mapping)
    assert result.returncode == 1
    assert f"org_units.{district.b.store.device_id}" in result.stderr
    assert not out.exists()


def test_adx_without_data_set_is_refused(district: District, tmp_path: Path) -> None:
    """ADX names the data set in each group: a mapping without one is refused for ADX."""
    mapping = _mapping(district)
    del mapping["data_set"]
    result, out = _export(district, tmp_path, mapping, "--format", "adx")
    assert result.returncode == 1 and "data_set" in result.stderr
    assert not out.exists()


def test_months_are_separate_periods(tmp_path: Path) -> None:
    """Records of two months and two kinds are counted in their own YYYYMM period."""
    conn = sqlite3.connect(tmp_path / "r.sqlite")
    conn.execute(
        "CREATE TABLE records (device_id, created_utc, kind, decision, reason, out_of_range)"
    )
    rows = [
        ("d", "2026-11-30T23:59:59Z", "decision", "override", "other", '["glu"]'),
        ("d", "2026-12-01T00:00:00Z", "decision", "accept", None, "[]"),
        ("d", "2026-12-02T00:00:00Z", "outcome", None, None, None),
        ("d", "2026-12-03T00:00:00Z", "catalog", None, None, None),
    ]
    conn.executemany("INSERT INTO records VALUES (?, ?, ?, ?, ?, ?)", rows)
    counts = aggregate(conn)
    assert dict(counts[("d", "202611")]) == {
        "alarms": 0,
        "decisions": 1,
        "overrides": 1,
        "overrides.other": 1,
        "out_of_range": 1,
    }
    assert dict(counts[("d", "202612")]) == {
        "alarms": 0,
        "decisions": 1,
        "accepts": 1,
        "outcomes": 1,
    }


def test_the_example_mapping_is_valid() -> None:
    """docs/dhis2-mapping.example.json parses with every UID well formed."""
    mapping = load_mapping(ROOT / "docs" / "dhis2-mapping.example.json")
    assert mapping.data_set == "kuonaMonth1"
    assert "overrides.clinical_judgement" in mapping.data_elements
