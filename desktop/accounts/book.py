"""This laptop's clinician accounts: one owner-only JSON file in KUONA_HOME, written atomically.

An account is a random pseudonymous id (32 hex digits, never derived from the name), a display
name that never leaves the laptop, and a PIN's scrypt hash (pin.py). After FREE_TRIES wrong PINs
in a row each further wrong PIN makes the account wait, 30 s doubling up to 15 min; the count
is kept in the file, so closing the app does not reset it. A right PIN clears it.
"""

from __future__ import annotations

import json
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop.accounts.errors import ACCOUNTS_FILE, AccountError, AccountProblem
from desktop.accounts.pin import check_pin, hash_pin, pin_matches
from desktop.sync.durable import replace_atomically
from desktop.sync.errors import os_reason

FORMAT = 1
NAME_LIMIT = 60
FREE_TRIES = 3
FIRST_WAIT = 30.0  # seconds, after the first wrong PIN past FREE_TRIES
LONGEST_WAIT = 900.0


@dataclass(frozen=True)
class Account:
    """What the rest of the app sees of an account: its pseudonymous id and display name."""

    id: str
    name: str


def wait_after(failures: int) -> float:
    """Seconds an account must wait after `failures` wrong PINs in a row (0 for the first few)."""
    if failures < FREE_TRIES:
        return 0.0
    return float(min(FIRST_WAIT * 2 ** (failures - FREE_TRIES), LONGEST_WAIT))


class AccountBook:
    """The accounts file of one data folder; every change is written before it returns."""

    def __init__(self, folder: Path, *, clock: Callable[[], float] = time.time) -> None:
        """Read `folder`/accounts.json (none yet: no accounts); AccountError if it is damaged."""
        self.path = Path(folder) / ACCOUNTS_FILE
        self._clock = clock
        self._entries: list[dict[str, Any]] = self._read()

    def _read(self) -> list[dict[str, Any]]:
        try:
            data = json.loads(self.path.read_bytes())
        except FileNotFoundError:
            return []
        except OSError as exc:
            raise AccountError(AccountProblem.UNREADABLE, reason=os_reason(exc)) from exc
        except ValueError as exc:
            raise AccountError(AccountProblem.UNREADABLE, reason="not_json") from exc
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise AccountError(AccountProblem.UNREADABLE, reason="format")
        entries = data.get("accounts")
        if not isinstance(entries, list):
            raise AccountError(AccountProblem.UNREADABLE, reason="format")
        return entries

    def _write(self) -> None:
        data = {"format": FORMAT, "accounts": self._entries}
        text = json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            replace_atomically(self.path, text.encode("utf-8"), mode=0o600)
        except OSError as exc:
            raise AccountError(AccountProblem.WRITE_FAILED, reason=os_reason(exc)) from exc

    def accounts(self) -> list[Account]:
        """Every account, by display name."""
        found = [Account(e["id"], e["name"]) for e in self._entries]
        return sorted(found, key=lambda a: (a.name.casefold(), a.id))

    def _entry(self, account: str) -> dict[str, Any]:
        for entry in self._entries:
            if account in (entry["id"], entry["name"]):
                return entry
        folded = [e for e in self._entries if e["name"].casefold() == account.strip().casefold()]
        if len(folded) == 1:
            return folded[0]
        raise AccountError(AccountProblem.UNKNOWN_ACCOUNT, account=account)

    def add(self, name: str, pin: str) -> Account:
        """A new account with a random id; refused for a blank, too long or taken name or a
        PIN that is not 4 to 32 digits."""
        name = " ".join(name.split())
        if not name:
            raise AccountError(AccountProblem.NAME_EMPTY)
        if len(name) > NAME_LIMIT:
            raise AccountError(AccountProblem.NAME_TOO_LONG, limit=str(NAME_LIMIT))
        if any(e["name"].casefold() == name.casefold() for e in self._entries):
            raise AccountError(AccountProblem.NAME_TAKEN, name=name)
        check_pin(pin)
        created = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        entry: dict[str, Any] = {
            "id": secrets.token_hex(16),
            "name": name,
            "created_utc": created,
            "pin": hash_pin(pin),
            "failures": 0,
            "wait_until": 0.0,
        }
        self._entries.append(entry)
        self._write()
        return Account(entry["id"], name)

    def remove(self, account: str) -> Account:
        """Delete an account (its id stays in the records it signed)."""
        entry = self._entry(account)
        self._entries.remove(entry)
        self._write()
        return Account(entry["id"], entry["name"])

    def wait_left(self, account: str) -> float:
        """Seconds before this account may try a PIN again (0: it may now)."""
        return max(0.0, float(self._entry(account)["wait_until"]) - self._clock())

    def sign_in(self, account: str, pin: str) -> Account:
        """The account, if the PIN is right and it is not waiting; else AccountError
        (locked_out with the seconds left, wrong_pin with the tries left before a wait)."""
        entry = self._entry(account)
        left = self.wait_left(account)
        if left > 0:
            raise AccountError(AccountProblem.LOCKED_OUT, seconds=str(int(left + 0.999)))
        if pin_matches(pin, entry["pin"]):
            if entry["failures"]:
                entry["failures"], entry["wait_until"] = 0, 0.0
                self._write()
            return Account(entry["id"], entry["name"])
        entry["failures"] += 1
        wait = wait_after(entry["failures"])
        entry["wait_until"] = self._clock() + wait if wait else 0.0
        self._write()
        if wait:
            raise AccountError(AccountProblem.LOCKED_OUT, seconds=str(int(wait)))
        raise AccountError(AccountProblem.WRONG_PIN, left=str(FREE_TRIES - entry["failures"]))
