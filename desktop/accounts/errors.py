"""Why an account could not be added, found, signed in to or saved: codes the UI words."""

from __future__ import annotations

from enum import StrEnum

from desktop.refusal import RefusalError

#: The file every error names (in KUONA_HOME).
ACCOUNTS_FILE = "accounts.json"


class AccountProblem(StrEnum):
    """What went wrong; each code is worded as `accounts:<code>` in i18n/messages."""

    NAME_EMPTY = "name_empty"  # a display name of only spaces
    NAME_TOO_LONG = "name_too_long"  # {limit} characters at most
    NAME_TAKEN = "name_taken"  # another account has this name ({name})
    PIN_FORMAT = "pin_format"  # not {low} to {high} digits
    PINS_DIFFER = "pins_differ"  # the PIN typed twice differs
    WRONG_PIN = "wrong_pin"  # {left} more tries before the wait begins
    LOCKED_OUT = "locked_out"  # too many wrong PINs: wait {seconds} s
    UNKNOWN_ACCOUNT = "unknown_account"  # no account named or numbered {account}
    UNREADABLE = "unreadable"  # the file is damaged or cannot be read ({reason})
    WRITE_FAILED = "write_failed"  # the file could not be written ({reason})


class AccountError(RefusalError):
    """An account refusal: a code and its parameters (about accounts.json), never a sentence."""

    namespace = "accounts"

    def __init__(self, code: AccountProblem, **params: str) -> None:
        """Keep the code and parameters; the file is always the accounts file."""
        super().__init__(code, ACCOUNTS_FILE, **params)
