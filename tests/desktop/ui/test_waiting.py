"""GUI tests wait on conditions with a generous timeout, never on a sleep or an assumed order."""

from __future__ import annotations

import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SLEEPS = re.compile(r"\b(qWait|time\.sleep|qtbot\.wait)\(")
WAITS = re.compile(r"qtbot\.(waitUntil|waitSignal|waitSignals|waitCallback)\(")


def _calls(text: str) -> list[str]:
    """The argument text of every qtbot wait call in `text`."""
    found = []
    for match in WAITS.finditer(text):
        depth, end = 1, match.end()
        while depth:
            depth += {"(": 1, ")": -1}.get(text[end], 0)
            end += 1
        found.append(text[match.end() : end - 1])
    return found


def test_no_gui_test_sleeps() -> None:
    """No GUI test waits a fixed time: on a loaded machine the event may come later."""
    offenders = [
        f"{path.relative_to(HERE)}:{n}"
        for path in HERE.rglob("*.py")
        if path.name != Path(__file__).name
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if SLEEPS.search(line)
    ]
    assert offenders == []


def test_every_wait_names_the_generous_timeout() -> None:
    """Every waitUntil / waitSignal passes timeout=WAIT (pytest-qt's default is only 5 s)."""
    offenders = [
        f"{path.relative_to(HERE)}: {args.strip()[:60]}"
        for path in HERE.rglob("*.py")
        if path.name != Path(__file__).name
        for args in _calls(path.read_text(encoding="utf-8"))
        if "timeout=WAIT" not in args
    ]
    assert offenders == []


def test_the_checks_see_a_sleep_and_a_short_wait() -> None:
    """The two checks above would catch the patterns they are about."""
    assert SLEEPS.search("    QTest.qWait(300)")
    assert SLEEPS.search("    time.sleep(0.1)")
    assert _calls("qtbot.waitUntil(lambda: f(x), timeout=5000)") == ["lambda: f(x), timeout=5000"]
