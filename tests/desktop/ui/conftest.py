"""GUI tests run offscreen and fail if a test leaves a QThread running or a QTimer active."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThread, QTimer
from PySide6.QtWidgets import QApplication

from desktop.accounts.book import AccountBook
from desktop.accounts.session import Session
from desktop.ui.widgets.worker import running_threads

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def no_leftover_threads_or_timers(qapp: QApplication) -> Iterator[None]:
    """Fail the test that leaves a worker thread (or any child QThread) or a QTimer running."""
    yield
    qapp.processEvents()
    widgets = qapp.topLevelWidgets()
    threads = set(running_threads())
    threads |= {t for w in widgets for t in w.findChildren(QThread) if t.isRunning()}
    timers = [t for w in widgets for t in w.findChildren(QTimer) if t.isActive()]
    for thread in threads:  # stop them so the next test starts clean, then fail this one
        thread.quit()
        thread.wait(5000)
    assert not threads, f"test left {len(threads)} QThread(s) running"
    assert not timers, f"test left {len(timers)} QTimer(s) active: {timers}"


#: The clinician account the GUI tests sign in with.
CLINICIAN_NAME, CLINICIAN_PIN = "Dr Amina Juma", "482916"


@pytest.fixture(scope="session")
def account_file(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """An accounts.json with one account, hashed once per run (scrypt takes a few tenths)."""
    folder = tmp_path_factory.mktemp("accounts")
    AccountBook(folder).add(CLINICIAN_NAME, CLINICIAN_PIN)
    return (folder / "accounts.json").read_bytes()


@pytest.fixture
def signed_in(kuona_home: Path, account_file: bytes) -> Session:
    """This test's home holds one clinician account, signed in with its PIN (checked)."""
    (kuona_home / "accounts.json").write_bytes(account_file)
    session = Session()
    session.sign_in(AccountBook(kuona_home), CLINICIAN_NAME, CLINICIAN_PIN)
    return session
