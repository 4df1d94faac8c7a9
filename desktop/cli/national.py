"""`kuona national push`: a district's records into the national PostgreSQL store."""

from __future__ import annotations

import argparse
import json
import sys
from urllib.parse import urlsplit

from desktop import paths
from desktop.cli.audit import IMPORT_CLEAN, IMPORT_GAPS, IMPORT_PROBLEM
from desktop.district.database import district_db_path
from desktop.messages import say
from desktop.national.push import PushResult, push
from desktop.sync.district_keys import is_district, load_district_private
from desktop.sync.errors import SyncError, SyncRefusal


def _district_name(args: argparse.Namespace) -> str:
    if args.district:
        return str(args.district)
    return load_district_private(paths.home()).public.key_id


def _print(result: PushResult) -> None:
    for tally in sorted(result.devices.values(), key=lambda t: t.device_id):
        print(
            say(
                "cli:national_device",
                device=tally.device_id,
                added=tally.added,
                duplicates=tally.duplicates,
            )
        )
        for start, end in tally.gaps:
            print(say("cli:audit_gap", device=tally.device_id, start=start, end=end))
        for item in tally.tampering:
            what = say(f"cli:audit_tamper_{item['reason']}")
            print(say("cli:audit_tampering", device=tally.device_id, seq=item["seq"], what=what))
    print(say("cli:national_pushed", records=result.records, district=result.district))


def _push(args: argparse.Namespace) -> int:
    import psycopg  # noqa: PLC0415 - only the national push needs it

    home = paths.home()
    source = district_db_path(home)
    if not (is_district(home) and source.exists()):
        raise SyncError(SyncRefusal.NOT_A_DISTRICT, str(home))
    try:
        result = push(source, args.dsn, district=_district_name(args))
    except psycopg.Error as exc:
        host = urlsplit(args.dsn).hostname or "localhost"
        reason = type(exc).__name__
        print(f"kuona: {say('cli:national_failed', host=host, reason=reason)}", file=sys.stderr)
        return IMPORT_PROBLEM
    if args.json:
        print(json.dumps(result.to_json(), indent=2))
    else:
        _print(result)
    tallies = result.devices.values()
    if any(t.tampering for t in tallies):
        return IMPORT_PROBLEM
    return IMPORT_GAPS if any(t.gaps for t in tallies) else IMPORT_CLEAN


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `national` command group."""
    national = sub.add_parser(
        "national", help="the national store (PostgreSQL) of every district's records"
    ).add_subparsers(dest="action", required=True)
    p = national.add_parser("push", help="push this district's records (one transaction)")
    p.add_argument("--dsn", required=True, metavar="URL", help="postgresql://USER@HOST/DB")
    p.add_argument("--district", metavar="NAME", help="default: the district's key id")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_push)
