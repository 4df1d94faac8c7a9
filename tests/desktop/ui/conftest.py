"""GUI tests run offscreen and fail if a test leaves a QThread running or a QTimer active."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def no_leftover_threads_or_timers(qapp: object) -> Iterator[None]:
    """After each GUI test, no QThread may still run and no QTimer may still be active."""
    from PySide6.QtCore import QThread, QTimer
    from PySide6.QtWidgets import QApplication

    yield
    QApplication.processEvents()
    objects = [w for w in QApplication.topLevelWidgets()]
    running = [t for o in objects for t in o.findChildren(QThread) if t.isRunning()]
    timers = [t for o in objects for t in o.findChildren(QTimer) if t.isActive()]
    assert not running, f"test left {len(running)} QThread(s) running"
    assert not timers, f"test left {len(timers)} QTimer(s) active"
