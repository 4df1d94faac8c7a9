"""`kuona audit ...`: district keys, USB export and import, receipts, and the review report."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from desktop import keys, paths
from desktop.audit.errors import AuditError
from desktop.audit.local import local_log_path, open_local_store
from desktop.cli.notes_policy import print_picked_up
from desktop.district.database import DistrictDB, district_db_path
from desktop.district.importer import import_paths
from desktop.district.report import clinic_report, district_report, empty_report
from desktop.district.report_csv import write_csv
from desktop.messages import describe_code, say
from desktop.privacy.notes_policy import note_sharer, pick_up_policies
from desktop.sync.district_keys import (
    district_folder,
    init_district,
    install_district_key,
    is_district,
    load_district_private,
    load_district_public,
    save_public_key,
)
from desktop.sync.errors import SyncError, SyncRefusal, os_reason
from desktop.sync.export import export_bundle
from desktop.sync.receipts import apply_receipts, issue_receipts
from desktop.sync.reconciliation import DeviceTally, ImportResult


def _error_line(error: SyncError | AuditError) -> str:
    return describe_code(error.message_key, error.file, error.params)


def _init_district(args: argparse.Namespace) -> int:
    key = init_district(paths.home(), public_key_out=Path(args.public_key_out))
    folder = district_folder(paths.home())
    print(
        say("cli:audit_district_made", key_id=key.key_id, file=args.public_key_out, folder=folder)
    )
    return 0


def _public_key(args: argparse.Namespace) -> int:
    key = save_public_key(paths.home(), Path(args.out))
    print(say("cli:audit_public_key_saved", key_id=key.key_id, file=args.out))
    return 0


def _set_district_key(args: argparse.Namespace) -> int:
    key = install_district_key(paths.home(), Path(args.file))
    print(say("cli:audit_district_key_installed", key_id=key.key_id))
    return 0


def _export(args: argparse.Namespace) -> int:
    home = paths.home()
    district = load_district_public(home)
    with open_local_store() as store:
        path = export_bundle(
            store,
            to_dir=Path(args.to),
            device_key=keys.signing_key(),
            district_public=district,
            share_note=note_sharer(home),
        )
        acknowledged = store.acknowledged()[0]
    if path is None:
        print(say("cli:audit_nothing_to_export", seq=acknowledged))
        return 0
    print(path)
    return 0


def _tamper_line(device: str, item: dict[str, Any]) -> str:
    what = say(f"cli:audit_tamper_{item['reason']}")
    return say("cli:audit_tampering", device=device, seq=item["seq"], what=what)


def _print_tally(tally: DeviceTally) -> None:
    print(
        say(
            "cli:audit_device",
            device=tally.device_id,
            added=tally.added,
            duplicates=tally.duplicates,
            head=tally.head[0],
        )
    )
    for start, end in tally.gaps:
        print(say("cli:audit_gap", device=tally.device_id, start=start, end=end))
    for item in tally.tampering:
        print(_tamper_line(tally.device_id, item))
    for item in tally.refused:
        print(say("cli:audit_refused", message=_refusal_words(item)))


def _refusal_words(item: dict[str, str]) -> str:
    return describe_code(f"audit:{item['code']}", Path(item["file"]).name, {})


def _write_receipts(result: ImportResult, args: argparse.Namespace) -> list[str]:
    """One signed receipt per device that has a confirmed head; problems as lines for stderr."""
    to_dir = Path(args.receipts_to) if args.receipts_to else None
    issued = issue_receipts(result, district=load_district_private(paths.home()), to_dir=to_dir)
    if not args.json:
        for device, seq, path in issued.written:
            print(say("cli:audit_receipt_written", device=device, seq=seq, file=path))
    return [_error_line(error) for error in issued.failed]


def _import(args: argparse.Namespace) -> int:
    home = paths.home()
    private = load_district_private(home)
    with DistrictDB.open(district_db_path(home)) as db:
        result = import_paths(db, [Path(p) for p in args.paths], district_private=private)
    if args.json:
        print(json.dumps(result.to_json(), indent=2))
    else:
        for device in sorted(result.devices):
            _print_tally(result.devices[device])
        for item in result.refused:
            print(say("cli:audit_refused", message=_refusal_words(item)))
        if not result.devices and not result.refused:
            print(say("cli:audit_no_bundles"))
    problems = _write_receipts(result, args)
    for line in problems:
        print(f"kuona: {line}", file=sys.stderr)
    return import_status(result, receipts_failed=bool(problems))


#: Exit status of `kuona audit import` (README "Exit status"): 0 every bundle imported and
#: every device's chain complete; 1 tampering, a refused bundle or a receipt not written (or the
#: command could not run); 4 only gaps (records missing that a later bundle may bring).
IMPORT_CLEAN, IMPORT_PROBLEM, IMPORT_GAPS = 0, 1, 4


def import_status(result: ImportResult, *, receipts_failed: bool) -> int:
    """The exit status of an import: the worst thing it found."""
    tallies = result.devices.values()
    refused = bool(result.refused) or any(t.refused for t in tallies)
    if refused or receipts_failed or any(t.tampering for t in tallies):
        return IMPORT_PROBLEM
    return IMPORT_GAPS if any(t.gaps for t in tallies) else IMPORT_CLEAN


def _acknowledge(args: argparse.Namespace) -> int:
    district = load_district_public(paths.home())
    with open_local_store() as store:
        outcome = apply_receipts(store, [Path(p) for p in args.paths], district=district)
    policies = pick_up_policies(paths.home(), [Path(p) for p in args.paths])
    print_picked_up(policies)
    for error in outcome.refused:
        print(f"kuona: {_error_line(error)}", file=sys.stderr)
    for path, device in outcome.other_device:
        print(say("cli:audit_receipt_other_device", file=path.name, device=device))
    if not (outcome.applied or outcome.refused or outcome.other_device):
        print(say("cli:audit_no_receipts"))
    print(say("cli:audit_acknowledged", seq=outcome.confirmed, pending=outcome.pending))
    return 1 if outcome.refused or policies.refused else 0


def _report_data() -> dict[str, Any]:
    home = paths.home()
    if is_district(home) or district_db_path(home).exists():
        with DistrictDB.open(district_db_path(home)) as db:
            return district_report(db)
    if local_log_path().exists():
        with open_local_store() as store:
            return clinic_report(store)
    return empty_report()


def _report(args: argparse.Namespace) -> int:
    report = _report_data()
    if args.csv:
        try:
            written = write_csv(report, Path(args.csv))
        except OSError as exc:
            raise SyncError(
                SyncRefusal.REPORT_WRITE_FAILED, str(args.csv), reason=os_reason(exc)
            ) from exc
        for path in written:
            print(
                say("cli:audit_csv_written", file=path),
                file=sys.stderr if args.json else sys.stdout,
            )
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    print(
        say(
            "cli:audit_report_totals",
            **{k: report[k] for k in ("records", "accepts", "partials", "overrides")},
        )
    )
    print(
        say(
            "cli:audit_report_trust",
            **{k: report[k] for k in ("ineligible", "unusual_records", "uncertain_records")},
        )
    )
    for group in report["groups"]:
        print(say("cli:audit_report_group", **group))
    for gap in report["gaps"]:
        print(say("cli:audit_gap", device=gap["device_id"], start=gap["from"], end=gap["to"]))
    for item in report["tampering"]:
        print(_tamper_line(item["device_id"], item))
    for item in report["refused_bundles"]:
        print(
            say(
                "cli:audit_refused",
                message=_refusal_words({"file": item["file_name"], "code": item["code"]}),
            )
        )
    if not (report["gaps"] or report["tampering"] or report["refused_bundles"]):
        print(say("cli:audit_report_clean"))
    return 0


def add_parser(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
) -> argparse._SubParsersAction[argparse.ArgumentParser]:
    """Add the `audit` command group and its sync subcommands; return the group (for `verify`)."""
    audit = sub.add_parser("audit", help="the audit log of clinicians' decisions").add_subparsers(
        dest="action", required=True
    )
    p = audit.add_parser("init-district", help="make the district's key pairs (district only)")
    p.add_argument("--public-key-out", required=True, metavar="FILE")
    p.set_defaults(func=_init_district)
    p = audit.add_parser("public-key", help="write the district's public key file again")
    p.add_argument("--out", required=True, metavar="FILE")
    p.set_defaults(func=_public_key)
    p = audit.add_parser("set-district-key", help="install the district's public key (clinic)")
    p.add_argument("file")
    p.set_defaults(func=_set_district_key)
    p = audit.add_parser("export", help="write the unconfirmed records as one bundle (clinic)")
    p.add_argument("--to", required=True, metavar="DIR")
    p.set_defaults(func=_export)
    p = audit.add_parser("import", help="import bundles from files or folders (district)")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--json", action="store_true")
    p.add_argument("--receipts-to", metavar="DIR", help="write receipts here, not beside bundles")
    p.set_defaults(func=_import)
    p = audit.add_parser(
        "acknowledge", help="apply the district's receipts and notes policy (clinic)"
    )
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.set_defaults(func=_acknowledge)
    p = audit.add_parser("report", help="decisions per model, device and month; gaps; tampering")
    p.add_argument("--json", action="store_true")
    p.add_argument("--csv", metavar="DIR")
    p.set_defaults(func=_report)
    return audit
