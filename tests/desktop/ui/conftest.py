"""GUI tests run offscreen and fail if a test leaves a QThread running or a QTimer active."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThread, QTimer
from PySide6.QtWidgets import QApplication

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
