"""A PIN's format, and its salted scrypt hash (the `cryptography` library's Scrypt).

Parameters: N = 2**15, r = 8, p = 1 (32 MiB of memory per check). On a 2-core laptop a check
takes about 0.1 s idle and 0.3 s under load: quick enough for every sign-in and unlock, while
each guess against a stolen accounts file costs the same 32 MiB and tenth of a second (the
online guesses are held back by the lockout in book.py). The parameters are stored with each
hash, so they can be raised later without locking anyone out.
"""

from __future__ import annotations

import base64
import hmac
import os
from typing import Any

from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from desktop.accounts.errors import AccountError, AccountProblem

PIN_DIGITS = (4, 32)  # shortest and longest PIN, in digits
SCRYPT = {"n": 2**15, "r": 8, "p": 1}
SALT_BYTES = 16
HASH_BYTES = 32


def check_pin(pin: str) -> None:
    """Refuse (AccountError pin_format) anything but 4 to 32 ASCII digits."""
    low, high = PIN_DIGITS
    if not (pin.isascii() and pin.isdigit() and low <= len(pin) <= high):
        raise AccountError(AccountProblem.PIN_FORMAT, low=str(low), high=str(high))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _derive(pin: str, *, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=HASH_BYTES, n=n, r=r, p=p).derive(pin.encode("ascii"))


def hash_pin(pin: str) -> dict[str, Any]:
    """A new random salt and the PIN's scrypt hash, with the parameters, as JSON values."""
    check_pin(pin)
    salt = os.urandom(SALT_BYTES)
    digest = _derive(pin, salt=salt, **SCRYPT)
    return {"kdf": "scrypt", **SCRYPT, "salt": _b64(salt), "hash": _b64(digest)}


def pin_matches(pin: str, stored: dict[str, Any]) -> bool:
    """The PIN gives the stored hash (compared in constant time); False for a malformed PIN."""
    if not (pin.isascii() and pin.isdigit()):
        return False
    salt = base64.b64decode(stored["salt"])
    digest = _derive(pin, salt=salt, n=int(stored["n"]), r=int(stored["r"]), p=int(stored["p"]))
    return hmac.compare_digest(digest, base64.b64decode(stored["hash"]))
