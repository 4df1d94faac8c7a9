"""The GUI conftest really fails a test that leaves a worker thread running."""

from __future__ import annotations

from pathlib import Path

import pytest

CONFTEST = Path(__file__).with_name("conftest.py")

LEAKY_TEST = """
import threading

from desktop.ui.widgets.worker import Worker

WAIT = 60_000  # as tests/desktop/ui/waiting.py (this file runs outside the tests package)

release = threading.Event()
kept = []  # as a window would keep it: Qt aborts if a running thread's owner is destroyed


def test_leaves_a_worker_running(qtbot):
    worker = Worker(lambda: release.wait(1))
    kept.append(worker)
    worker.start()


def test_waits_for_its_worker(qtbot):
    worker = Worker(lambda: None)
    with qtbot.waitSignal(worker.done, timeout=WAIT):
        worker.start()
"""


def test_guard_reports_the_leaking_test_only(pytester: pytest.Pytester) -> None:
    """Of two tests, the one leaving its thread running errors in teardown; the other passes."""
    pytester.makeconftest(CONFTEST.read_text(encoding="utf-8"))
    pytester.makepyfile(test_leak=LEAKY_TEST)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-W", "ignore")
    result.assert_outcomes(passed=2, errors=1)
    result.stdout.fnmatch_lines(["*test left 1 QThread(s) running*"])
