"""`kuona audit record | outcome | followup`: late decisions, outcomes and what is still open."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from desktop import paths
from desktop.audit.followup import DEFAULT_HORIZON_DAYS, open_decisions
from desktop.audit.late import record_cases
from desktop.audit.local import open_local_store
from desktop.audit.outcome import SOURCES, Observation, record_outcome
from desktop.audit.outcome_batch import record_file
from desktop.audit.outcome_errors import BatchError
from desktop.cli.accounts import add_clinician_option, signed_clinician
from desktop.cli.explain import open_package
from desktop.messages import current_language, describe_code, say
from models.catalog import load_catalog
from models.signing import TrustStore


def horizons() -> dict[str, int]:
    """Model id -> days until its outcome is known, from the installed cards (schema 2 field
    `outcome.horizon_days`; cards without it: DEFAULT_HORIZON_DAYS)."""
    trust = TrustStore.load(paths.trust_folder())
    found: dict[str, int] = {}
    for entry in load_catalog(paths.model_folders(), trust):
        if entry.package is not None:
            card = entry.package.card
            days = card.raw["outcome"].get("horizon_days", DEFAULT_HORIZON_DAYS)
            found[card.id] = int(days)
    return found


def print_batch_error(error: BatchError) -> None:
    """The headline and one line per wrong line of the file, on stderr."""
    print(f"kuona: {describe_code(error.message_key, error.file, error.params)}", file=sys.stderr)
    for problem in error.problems:
        print(f"  {describe_code(problem.key, problem.file, problem.params)}", file=sys.stderr)


def _record(args: argparse.Namespace) -> int:
    package = open_package(args.model)
    with open_local_store() as store:
        try:
            records = record_cases(
                store,
                package,
                Path(args.cases),
                language=current_language(),
                clinician=signed_clinician(args.clinician),
            )
        except BatchError as error:
            print_batch_error(error)
            return 1
    for record in records:
        print(record.uuid)
    return 0


def _outcome(args: argparse.Namespace) -> int:
    if (args.record_id is None) == (args.source_file is None):
        raise SystemExit("kuona: " + say("cli:outcome_usage"))
    if args.source_file is None and args.observed is None:
        raise SystemExit("kuona: " + say("cli:outcome_usage"))
    clinician = signed_clinician(args.clinician)
    with open_local_store() as store:
        if args.source_file is not None:
            try:
                records = record_file(store, Path(args.source_file), clinician=clinician)
            except BatchError as error:
                print_batch_error(error)
                return 1
        else:
            observation = Observation(
                record_id=args.record_id,
                observed=args.observed,
                on=args.on,
                source=args.source,
                supersedes=args.supersedes,
                note=args.note,
                language=current_language(),
                clinician=clinician,
            )
            records = [record_outcome(store, observation)]
    for record in records:
        print(record.uuid)
    return 0


def _followup(args: argparse.Namespace) -> int:
    today = date.today()
    with open_local_store() as store:
        items = open_decisions(store, horizons=horizons(), today=today)
    if args.json:
        print(json.dumps([item.to_json(today) for item in items], indent=2))
        return 0
    for item in items:
        print(
            say(
                "cli:followup_line",
                record_id=item.record_id,
                model=item.model_id,
                decided=item.decided_on.isoformat(),
                days=item.days_overdue(today),
            )
        )
    print(say("cli:followup_total", count=len(items)))
    return 0


def add_parsers(audit: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `record`, `outcome` and `followup` to the `audit` group."""
    p = audit.add_parser("record", help="record decisions entered late from paper (JSON lines)")
    p.add_argument("--model", required=True, metavar="PKG")
    p.add_argument("--cases", required=True, metavar="FILE.jsonl")
    add_clinician_option(p)
    p.set_defaults(func=_record)
    p = audit.add_parser("outcome", help="record what happened to the patient of a decision")
    p.add_argument("record_id", nargs="?", metavar="RECORD_ID")
    p.add_argument("--from", dest="source_file", metavar="FILE.csv")
    p.add_argument("--observed", metavar="V", help="0 or 1 (binary outcome), or a number")
    p.add_argument("--on", metavar="YYYY-MM-DD", help="when it was observed (default: today)")
    p.add_argument("--source", default="other", metavar="CODE", help=", ".join(SOURCES))
    p.add_argument("--supersedes", metavar="ID", help="the outcome this one corrects")
    p.add_argument("--note", metavar="TEXT")
    add_clinician_option(p)
    p.set_defaults(func=_outcome)
    p = audit.add_parser("followup", help="decisions past their horizon with no outcome")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_followup)
