"""Who is signed in on this laptop now, and whether the screen is locked (views follow it)."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.accounts.book import Account, AccountBook
from desktop.observable import Listener, Observable


@dataclass
class Session(Observable):
    """The signed-in account (None: no one, as in training mode) and the lock.

    Signing in, unlocking and switching all check the PIN through the book; locking keeps the
    account (and whatever case is open) until the same account's PIN unlocks it.
    """

    account: Account | None = None
    locked: bool = False
    _listeners: list[Listener] = field(default_factory=list)

    @property
    def clinician(self) -> str | None:
        """The pseudonymous id that goes into records (None when no one is signed in)."""
        return None if self.account is None or self.locked else self.account.id

    def sign_in(self, book: AccountBook, account: str, pin: str) -> Account:
        """Sign `account` in (AccountError if refused); whoever was signed in is replaced."""
        self.account = book.sign_in(account, pin)
        self.locked = False
        self._changed()
        return self.account

    def lock(self) -> None:
        """Hide the work until the same account's PIN is given again (nothing if no one)."""
        if self.account is not None and not self.locked:
            self.locked = True
            self._changed()

    def unlock(self, book: AccountBook, pin: str) -> None:
        """Unlock with the signed-in account's PIN (AccountError if refused)."""
        if self.account is None:
            return
        book.sign_in(self.account.id, pin)
        self.locked = False
        self._changed()

    def sign_out(self) -> None:
        """No one is signed in any more."""
        self.account, self.locked = None, False
        self._changed()
