"""Crash safety: a writer killed with SIGKILL at random moments never loses a returned record."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.audit.store import AuditStore
from tests.desktop.audit.entries import DEVICE

ROOT = Path(__file__).resolve().parents[3]
TRIALS = 200
LANES = 2  # writers killed side by side, each on its own database
FRESH_EVERY = 10  # trials per database, so kills also land while a new file is being set up
EARLY = 0.2  # share of kills at spawn + U(0, 0.2 s): start-up, opening, schema creation
APPEND_WINDOW = 0.08  # the others: once the store is open, after U(0, 80 ms) of appending

# Prints each seq once append() has returned. pandas and numpy are hidden only so that
# sqlite-utils (which uses them when present) starts in 0.1 s instead of 0.4 s.
WRITER = """
import sys
sys.modules["pandas"] = None
sys.modules["numpy"] = None
from pathlib import Path
from desktop.audit.store import AuditStore
from tests.desktop.audit.entries import DEVICE, decision_entry
store = AuditStore.open(Path(sys.argv[1]), device_id=DEVICE)
print("open", flush=True)
while True:
    print(store.append(decision_entry()).seq, flush=True)
"""

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs SIGKILL")


@dataclass
class Trial:
    """One writer process and when it will be killed."""

    process: subprocess.Popen[str]
    early: bool
    delay: float


def _spawn(path: Path, rng: random.Random) -> Trial:
    process = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    if rng.random() < EARLY:
        return Trial(process, True, time.monotonic() + rng.uniform(0.0, 0.2))
    return Trial(process, False, rng.uniform(0.0, APPEND_WINDOW))


def _kill_and_collect(trial: Trial) -> list[int]:
    """SIGKILL the writer at its moment; the seqs it printed (complete lines only)."""
    assert trial.process.stdout is not None
    if trial.early:  # delay is a deadline on the monotonic clock
        time.sleep(max(0.0, trial.delay - time.monotonic()))
    else:  # delay counts from the moment the store is open
        assert trial.process.stdout.readline() == "open\n"
        time.sleep(trial.delay)
    trial.process.send_signal(signal.SIGKILL)
    out = trial.process.stdout.read()  # not communicate(): it would skip what readline buffered
    trial.process.stdout.close()
    assert trial.process.wait(timeout=30) == -signal.SIGKILL  # not an early crash of the writer
    lines = [line for line in out.splitlines(keepends=True) if line.endswith("\n")]
    return [int(line) for line in lines if line != "open\n"]


@pytest.mark.slow
def test_sigkill_at_random_moments_loses_no_returned_record(tmp_path: Path) -> None:
    """After 200 random SIGKILLs the log opens, verifies, and holds every seq the writer printed."""
    rng = random.Random(20261123)
    heads = dict.fromkeys(range(LANES), 0)
    killed_while_appending = 0
    for batch in range(TRIALS // LANES):
        paths = {lane: tmp_path / f"lane{lane}-{batch // FRESH_EVERY}.sqlite" for lane in heads}
        if batch % FRESH_EVERY == 0:
            heads = dict.fromkeys(heads, 0)
        trials = {lane: _spawn(paths[lane], rng) for lane in heads}
        for lane in heads:
            printed = _kill_and_collect(trials[lane])
            killed_while_appending += bool(printed)
            with AuditStore.open(paths[lane], device_id=DEVICE) as store:
                assert store.verify() == [], f"batch {batch} lane {lane}"
                head = store.head()[0]
            expected = list(range(heads[lane] + 1, heads[lane] + 1 + len(printed)))
            assert printed == expected, f"batch {batch} lane {lane}: printed out of order"
            assert head >= heads[lane] + len(printed), f"batch {batch} lane {lane}: lost records"
            heads[lane] = head
    # Most kills must land mid-append, or the test proves little.
    assert killed_while_appending >= TRIALS // 2
