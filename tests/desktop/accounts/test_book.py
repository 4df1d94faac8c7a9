"""Local clinician accounts: PIN hashing, back-off after wrong PINs, the file on disk."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from desktop.accounts.book import FREE_TRIES, AccountBook, wait_after
from desktop.accounts.errors import AccountError, AccountProblem
from desktop.accounts.pin import SCRYPT, hash_pin, pin_matches
from desktop.accounts.session import Session
from desktop.messages import CATALOGUES, describe_code

NAME, PIN = "Dr Amina Juma", "482916"


class Clock:
    """A settable clock, so waits are tested without sleeping."""

    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def test_pin_hash_is_not_the_pin_and_verifies() -> None:
    """The stored value is a salted scrypt hash: not the PIN, per-salt, and only the PIN fits."""
    first, second = hash_pin(PIN), hash_pin(PIN)
    assert PIN not in json.dumps(first)
    assert (first["kdf"], first["n"], first["r"], first["p"]) == ("scrypt", *SCRYPT.values())
    assert first["salt"] != second["salt"] and first["hash"] != second["hash"]
    assert pin_matches(PIN, first) and pin_matches(PIN, second)
    assert not pin_matches("482917", first) and not pin_matches("", first)


@pytest.mark.parametrize("pin", ["123", "12a4", "\uff11\uff12\uff13\uff14", "1" * 33, " 1234"])
def test_pin_must_be_four_to_thirty_two_digits(tmp_path: Path, pin: str) -> None:
    """Short, long, non-digit or non-ASCII-digit PINs are refused with pin_format."""
    with pytest.raises(AccountError) as caught:
        AccountBook(tmp_path).add(NAME, pin)
    assert caught.value.code is AccountProblem.PIN_FORMAT
    assert not (tmp_path / "accounts.json").exists()


def test_account_file_is_private_and_holds_no_pin(tmp_path: Path) -> None:
    """accounts.json is owner-only, has the name and hash, never the PIN; ids are random."""
    book = AccountBook(tmp_path)
    amina = book.add(f"  {NAME} ", PIN)
    other = book.add("Juma", PIN)
    path = tmp_path / "accounts.json"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    text = path.read_text(encoding="utf-8")
    assert PIN not in text and NAME in text
    assert amina.name == NAME and len(amina.id) == 32 and int(amina.id, 16) >= 0
    assert amina.id != other.id and "amina" not in amina.id.lower()
    assert [a.name for a in AccountBook(tmp_path).accounts()] == [NAME, "Juma"]
    assert not list(tmp_path.glob(".*partial"))


def test_names_must_be_given_and_unique(tmp_path: Path) -> None:
    """A blank name, a name already used (any case) or one over 60 characters is refused."""
    book = AccountBook(tmp_path)
    book.add(NAME, PIN)
    for name, code in (
        ("   ", AccountProblem.NAME_EMPTY),
        (NAME.upper(), AccountProblem.NAME_TAKEN),
        ("x" * 61, AccountProblem.NAME_TOO_LONG),
    ):
        with pytest.raises(AccountError) as caught:
            book.add(name, PIN)
        assert caught.value.code is code


def test_wrong_pin_is_refused_then_the_account_waits(tmp_path: Path) -> None:
    """Three wrong PINs are refused with tries left; then waits of 30 s doubling, kept in the
    file across a restart; even the right PIN waits; a right PIN afterwards clears the count."""
    clock = Clock()
    book = AccountBook(tmp_path, clock=clock)
    account = book.add(NAME, PIN)
    lefts = []
    for _ in range(FREE_TRIES - 1):
        with pytest.raises(AccountError) as caught:
            book.sign_in(NAME, "000000")
        assert caught.value.code is AccountProblem.WRONG_PIN
        lefts.append(caught.value.params["left"])
    assert lefts == ["2", "1"]
    with pytest.raises(AccountError) as caught:
        book.sign_in(NAME, "000000")
    assert caught.value.code is AccountProblem.LOCKED_OUT
    assert caught.value.params == {"seconds": "30"}
    reopened = AccountBook(tmp_path, clock=clock)  # closing the app does not reset it
    with pytest.raises(AccountError) as caught:
        reopened.sign_in(account.id, PIN)
    assert caught.value.code is AccountProblem.LOCKED_OUT
    clock.now += 31
    with pytest.raises(AccountError) as caught:
        reopened.sign_in(account.id, "111111")
    assert caught.value.params == {"seconds": "60"}
    assert [wait_after(n) for n in (2, 3, 4, 5, 20)] == [0.0, 30.0, 60.0, 120.0, 900.0]
    clock.now += 61
    assert reopened.sign_in(account.id, PIN) == account
    assert json.loads((tmp_path / "accounts.json").read_text())["accounts"][0]["failures"] == 0


def test_session_locks_and_unlocks_with_the_same_pin(tmp_path: Path) -> None:
    """Locked, the session gives no clinician id; only the signed-in account's PIN unlocks it;
    signing in as another account changes the id."""
    book = AccountBook(tmp_path)
    amina, juma = book.add(NAME, PIN), book.add("Juma", "775533")
    session = Session()
    assert session.clinician is None
    session.sign_in(book, NAME, PIN)
    assert session.clinician == amina.id
    session.lock()
    assert session.locked and session.clinician is None
    with pytest.raises(AccountError):
        session.unlock(book, "775533")  # Juma's PIN does not unlock Amina's session
    session.unlock(book, PIN)
    assert session.clinician == amina.id
    session.sign_in(book, juma.id, "775533")
    assert session.clinician == juma.id


def test_remove_and_unknown_account(tmp_path: Path) -> None:
    """A removed account is gone; an unknown name is refused with unknown_account."""
    book = AccountBook(tmp_path)
    account = book.add(NAME, PIN)
    assert book.remove(NAME) == account
    assert AccountBook(tmp_path).accounts() == []
    with pytest.raises(AccountError) as caught:
        book.sign_in(NAME, PIN)
    assert caught.value.code is AccountProblem.UNKNOWN_ACCOUNT


def test_damaged_file_is_refused_not_replaced(tmp_path: Path) -> None:
    """An accounts file that is not the expected JSON is refused (unreadable), left as it is."""
    path = tmp_path / "accounts.json"
    for text in ("{not json", "[]", '{"format": 1}'):
        path.write_text(text)
        with pytest.raises(AccountError) as caught:
            AccountBook(tmp_path)
        assert caught.value.code is AccountProblem.UNREADABLE
        assert path.read_text() == text


def test_every_account_code_is_worded_in_six_languages_naming_the_file() -> None:
    """accounts:* in each catalogue is exactly the AccountProblem codes, each naming the file."""
    for language in ("en", "fr", "pt", "es", "sw", "ar"):
        catalogue = json.loads((CATALOGUES / f"{language}.json").read_text(encoding="utf-8"))
        keys = {k for k in catalogue if k.startswith("accounts:")}
        assert keys == {f"accounts:{c.value}" for c in AccountProblem}, language
    for code in AccountProblem:
        params = {"limit": "60", "name": "X", "low": "4", "high": "32", "left": "2"}
        params |= {"seconds": "30", "account": "X", "reason": "disk_full"}
        text = describe_code(f"accounts:{code.value}", "accounts.json", params, "fr")
        assert text.startswith("accounts.json") and "{" not in text
