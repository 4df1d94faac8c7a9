"""How long a GUI test waits for a condition: generous, so a loaded 2-core machine still passes.

Tests wait on conditions (qtbot.waitUntil / waitSignal with this timeout), never on a sleep;
tests/desktop/ui/test_waiting.py checks every GUI test file for that.
"""

WAIT = 60_000  # milliseconds; a condition met early returns at once
