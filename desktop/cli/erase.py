"""`kuona audit erase --patient-ref REF [--yes]`: a patient's erasure at the clinic."""

from __future__ import annotations

import argparse
import sys

from desktop.audit.erasure import erase_patient, plan_erasure
from desktop.audit.local import open_local_store
from desktop.messages import say


def _erase(args: argparse.Namespace) -> int:
    """Erase the patient's private values (after a confirmation unless --yes); refusals (an
    unknown reference, only old-format records) reach main() as AuditError: nothing written."""
    with open_local_store() as store:
        plan = plan_erasure(store, patient_ref=args.patient_ref)
        if not args.yes:
            print(say("cli:audit_erase_confirm", records=len(plan.erasable)), end=" ", flush=True)
            answer = sys.stdin.readline().strip().casefold()
            if answer != "yes":
                print(say("cli:audit_erase_not_confirmed"), file=sys.stderr)
                return 1
        done = erase_patient(store, patient_ref=args.patient_ref)
    print(say("cli:audit_erased", records=len(done.erased), record_id=done.record.uuid))
    if done.old_format:
        print(say("cli:audit_erase_old_format", records=len(done.old_format)))
    if not done.cleaned:
        print(say("cli:audit_erase_clean_later"))
    return 0


def add_erase_parser(audit: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `audit erase` to the audit command group."""
    p = audit.add_parser(
        "erase", help="erase one patient's inputs, notes and reference, chain kept (clinic)"
    )
    p.add_argument("--patient-ref", required=True, metavar="REF")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(func=_erase)
