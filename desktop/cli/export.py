"""`kuona export ...`: the records in the health system's standards (DHIS2, FHIR)."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop import paths
from desktop.exchange.dhis2 import FORMATS, export_dhis2
from desktop.exchange.dhis2_mapping import load_mapping
from desktop.exchange.fhir import export_fhir, since_date
from desktop.exchange.records_source import open_read_only, records_database
from desktop.messages import say


def _dhis2(args: argparse.Namespace) -> int:
    mapping_path = Path(args.mapping)
    mapping = load_mapping(mapping_path)
    conn = open_read_only(records_database(paths.home()))
    try:
        values = export_dhis2(
            conn, mapping, out=Path(args.out), fmt=args.format, mapping_file=mapping_path.name
        )
    finally:
        conn.close()
    units = {v["orgUnit"] for v in values}
    periods = {v["period"] for v in values}
    print(
        say(
            "cli:export_dhis2_written",
            values=len(values),
            org_units=len(units),
            periods=len(periods),
            file=args.out,
        )
    )
    if "alarms" in mapping.data_elements:
        print(say("cli:export_alarms_zero"))
    return 0


def _fhir(args: argparse.Namespace) -> int:
    since = since_date(args.since)
    conn = open_read_only(records_database(paths.home()))
    try:
        written = export_fhir(conn, out=Path(args.out), since=since)
    finally:
        conn.close()
    for item in written:
        counts = ", ".join(f"{kind} {n}" for kind, n in sorted(item.resources.items()))
        print(say("cli:export_fhir_bundle", file=item.path.name, month=item.month, counts=counts))
    print(say("cli:export_fhir_done", bundles=len(written), folder=args.out))
    return 0


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `export` command group."""
    export = sub.add_parser(
        "export", help="records as DHIS2 aggregates or FHIR resources"
    ).add_subparsers(dest="action", required=True)
    p = export.add_parser("dhis2", help="indicators per org unit and month for DHIS2")
    p.add_argument(
        "--mapping", required=True, metavar="FILE", help="indicators and devices to UIDs"
    )
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--format", choices=FORMATS, default="json")
    p.add_argument("--period", choices=("monthly",), default="monthly")
    p.set_defaults(func=_dhis2)
    p = export.add_parser("fhir", help="one FHIR R4B Bundle per device and month")
    p.add_argument("--out", required=True, metavar="DIR")
    p.add_argument("--since", metavar="DATE", help="only records made on or after YYYY-MM-DD")
    p.set_defaults(func=_fhir)
