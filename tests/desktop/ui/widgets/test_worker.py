"""The worker thread: plain jobs as before, and jobs with progress reports and cancellation."""

from __future__ import annotations

import threading
from collections.abc import Callable

from pytestqt.qtbot import QtBot

from desktop.ui.widgets.worker import Worker
from tests.desktop.ui.waiting import WAIT


def test_plain_job_is_called_without_callbacks(qtbot: QtBot) -> None:
    """Worker(func) calls func() with no arguments, as the catalog loader needs."""
    worker = Worker(lambda: 41 + 1)
    with qtbot.waitSignal(worker.done, timeout=WAIT) as blocker:
        worker.start()
    assert blocker.args == [42]
    assert worker.wait(5000)


def test_progress_arrives_in_order_on_the_gui_thread(qtbot: QtBot) -> None:
    """on_progress calls from the job become `progress` signals, in order, on the GUI thread."""
    gui = threading.get_ident()
    seen: list[tuple[int, int, bool]] = []

    def job(*, on_progress: Callable[[int, int], None], should_stop: Callable[[], bool]) -> str:
        for done in range(1, 4):
            on_progress(done, 3)
        return "ok"

    worker = Worker(job, reports_progress=True)
    worker.progress.connect(lambda d, t: seen.append((d, t, threading.get_ident() == gui)))
    with qtbot.waitSignal(worker.done, timeout=WAIT) as blocker:
        worker.start()
    assert blocker.args == ["ok"]
    assert seen == [(1, 3, True), (2, 3, True), (3, 3, True)]


def test_cancel_makes_should_stop_true(qtbot: QtBot) -> None:
    """After cancel() the job's should_stop() returns True and the job can give up."""
    started = threading.Event()

    def job(*, on_progress: Callable[[int, int], None], should_stop: Callable[[], bool]) -> int:
        started.set()
        polls = 0
        while not should_stop():
            polls += 1
            threading.Event().wait(0.001)
        return polls

    worker = Worker(job, reports_progress=True)
    with qtbot.waitSignal(worker.done, timeout=WAIT):
        worker.start()
        assert started.wait(5)
        assert not worker.cancelled()
        worker.cancel()
    assert worker.cancelled()


def test_failure_is_reported_not_raised(qtbot: QtBot) -> None:
    """An exception in the job arrives as `error`, and the thread still ends."""

    def job() -> None:
        raise OSError(28, "No space left on device")

    worker = Worker(job)
    with qtbot.waitSignal(worker.error, timeout=WAIT) as blocker:
        worker.start()
    assert isinstance(blocker.args[0], OSError)
    assert worker.wait(5000)
