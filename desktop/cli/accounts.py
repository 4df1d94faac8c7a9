"""`kuona accounts add | list | remove`, and the `--clinician` option of the record commands.

A PIN is never an argument (it would stay in the shell's history and the process list): it is
read without echo from the terminal, or as one line of standard input for scripts.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys

from desktop import paths
from desktop.accounts.book import AccountBook
from desktop.accounts.errors import AccountError, AccountProblem
from desktop.messages import say


def read_pin(prompt: str) -> str:
    """A PIN typed without echo at a terminal, else the next line of standard input."""
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    return sys.stdin.readline().rstrip("\r\n")


def signed_clinician(account: str | None) -> str | None:
    """The pseudonymous id of `account` (id or name) once its PIN is given; None for none."""
    if account is None:
        return None
    book = AccountBook(paths.home())
    return book.sign_in(account, read_pin(say("cli:accounts_pin_prompt"))).id


def add_clinician_option(parser: argparse._ActionsContainer) -> None:
    """`--clinician NAME|ID`: record in that account's name (its PIN is asked for)."""
    parser.add_argument(
        "--clinician",
        metavar="ACCOUNT",
        help="record in this local account's name (display name or id); asks for its PIN",
    )


def _add(args: argparse.Namespace) -> int:
    book = AccountBook(paths.home())
    pin = read_pin(say("cli:accounts_pin_prompt"))
    if read_pin(say("cli:accounts_pin_again")) != pin:
        raise AccountError(AccountProblem.PINS_DIFFER)
    account = book.add(args.name, pin)
    print(say("cli:accounts_added", name=account.name, id=account.id))
    return 0


def _list(args: argparse.Namespace) -> int:
    accounts = AccountBook(paths.home()).accounts()
    if args.json:
        print(json.dumps([{"id": a.id, "name": a.name} for a in accounts], ensure_ascii=False))
        return 0
    for account in accounts:
        print(f"{account.id}  {account.name}")
    if not accounts:
        print(say("cli:accounts_none"))
    return 0


def _remove(args: argparse.Namespace) -> int:
    account = AccountBook(paths.home()).remove(args.account)
    print(say("cli:accounts_removed", name=account.name, id=account.id))
    return 0


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `accounts` command group."""
    accounts = sub.add_parser(
        "accounts", help="clinician accounts on this laptop (names stay here)"
    ).add_subparsers(dest="action", required=True)
    p = accounts.add_parser("add", help="add an account; asks for its PIN twice")
    p.add_argument("name", help="the display name (shown on this laptop only)")
    p.set_defaults(func=_add)
    p = accounts.add_parser("list", help="every account: pseudonymous id and display name")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_list)
    p = accounts.add_parser("remove", help="remove an account (its records keep its id)")
    p.add_argument("account", help="display name or id")
    p.set_defaults(func=_remove)
