"""GUI test set-up: no worker thread and no active timer may outlive a test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop.ui.worker import running_threads


@pytest.fixture(autouse=True)
def no_leftover_threads_or_timers(qapp: QApplication) -> Iterator[None]:
    """Fail the test that leaves a running worker thread or an active QTimer behind."""
    yield
    qapp.processEvents()
    threads = running_threads()
    timers = [
        timer
        for widget in qapp.topLevelWidgets()
        for timer in widget.findChildren(QTimer)
        if timer.isActive()
    ]
    for thread in threads:  # stop them so the next test starts clean, then fail this one
        thread.quit()
        thread.wait(5000)
    assert not threads, f"{len(threads)} worker thread(s) still running after the test"
    assert not timers, f"{len(timers)} active QTimer(s) left behind: {timers}"
