"""`kuona audit notes-policy`: the district shares its notes policy; the clinic installs it."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop import paths
from desktop.messages import describe_code, say
from desktop.privacy.notes_policy import (
    SHARES,
    NotesPolicy,
    PickedUp,
    install_policy,
    installed_policy,
    share_policy,
)


def _state(policy: NotesPolicy | None) -> str:
    if policy is None:
        return say("cli:notes_policy_none")
    key = "cli:notes_policy_scrubbed" if policy.notes == "scrubbed" else "cli:notes_policy_home"
    return say(key, district=policy.district, issued=policy.issued_utc)


def _notes_policy(args: argparse.Namespace) -> int:
    home = paths.home()
    if args.share is not None:
        if args.out is None:
            print(f"kuona: {say('cli:notes_policy_needs_out')}", file=sys.stderr)
            return 2
        path = share_policy(home, notes=args.share, out=Path(args.out))
        print(say(f"cli:notes_policy_shared_{args.share}", file=path))
        return 0
    if args.install is not None:
        policy, changed = install_policy(home, Path(args.install))
        if not changed:
            print(say("cli:notes_policy_unchanged"))
        print(_state(policy))
        return 0
    print(_state(installed_policy(home)))
    return 0


def print_picked_up(outcome: PickedUp) -> None:
    """The sync step's lines about the policies found on the stick (refusals on stderr)."""
    for error in outcome.refused:
        print(
            f"kuona: {describe_code(error.message_key, error.file, error.params)}", file=sys.stderr
        )
    for path in outcome.older:
        print(say("cli:notes_policy_older_ignored", file=path.name))
    if outcome.installed:
        print(_state(outcome.installed[-1]))


def add_parser(audit: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `audit notes-policy` to the audit command group."""
    p = audit.add_parser(
        "notes-policy",
        help="district: share whether notes leave the clinics (scrubbed) or stay home; "
        "clinic: install that policy; without an option, show the installed one",
    )
    which = p.add_mutually_exclusive_group()
    which.add_argument("--share", choices=SHARES, help="district: sign and write a policy")
    which.add_argument("--install", metavar="FILE", help="clinic: install a policy file")
    p.add_argument("--out", metavar="FOLDER", help="where --share writes (the USB stick)")
    p.set_defaults(func=_notes_policy)
