"""What-if latency in the GUI path (offscreen Qt): from a value changed in the what-if panel to
its re-explanation shown (worker thread, explanation, signal back, labels and chart updated).

Two ways of changing a value, per catalog model, on the first library cases:

- **single**: one change, then wait until it is shown (a click, a typed value, a list choice);
  every feature is set to 5 values across its range (yes/no and lists: each value).
- **drag**: a number slider moved one step every 16 ms (a 60 Hz drag) across its range; moves
  coalesce while a re-explanation runs. Reported: moves, re-explanations run, latency of each
  result shown, and the catch-up (last move to its result shown).

The core alone (no Qt) is `benchmarks/whatif.py`. Target: at most 100 ms per update.

    python benchmarks/whatif_gui.py [--json] [--cases 5]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("KUONA_HOME", tempfile.mkdtemp(prefix="kuona-bench-"))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QSlider  # noqa: E402

from desktop.ui.training.screen import TrainingView  # noqa: E402
from desktop.ui.widgets import translations  # noqa: E402
from models.catalog import BUILTIN_CATALOG, load_catalog  # noqa: E402
from models.signing import TrustStore  # noqa: E402

TARGET_MS = 100.0
FRAME_S = 0.016
SINGLE_VALUES = 5
DRAG_MOVES = 30


def settled(view: TrainingView) -> bool:
    """Every change asked for has been shown."""
    e = view.exploration
    return e is not None and not e.busy and not view.whatif.job.busy()


def wait_for(view: TrainingView, done: Callable[[], bool], *, timeout_ms: int = 30_000) -> None:
    """Run the event loop (sleeping between events, as the app does) until `done()`, checked
    after each re-explanation or case explanation has been shown."""
    if done():
        return
    loop = QEventLoop()

    def check(*_args: object) -> None:
        if done():
            loop.quit()

    jobs = (view.whatif.job, view.job)
    for job in jobs:
        job.done.connect(check)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    for job in jobs:
        job.done.disconnect(check)
    if not done():
        raise TimeoutError("the what-if panel did not settle")


def drag(view: TrainingView, slider: QSlider, moves: int) -> float:
    """Move `slider` one step per frame (60 Hz) `moves` times; the ms from the last move to
    its result shown."""
    timer, loop, last = QTimer(), QEventLoop(), [0.0]
    timer.setInterval(round(FRAME_S * 1000))

    def move() -> None:
        slider.setValue(slider.value() + 1)
        if slider.value() >= moves:
            timer.stop()
            last[0] = time.perf_counter()
            loop.quit()

    timer.timeout.connect(move)
    timer.start()
    loop.exec()
    wait_for(view, lambda: settled(view))
    return (time.perf_counter() - last[0]) * 1e3


def single_values(feature: Any) -> list[float]:
    """The values one feature is set to, one change at a time."""
    if feature.type == "boolean":
        return [0.0, 1.0]
    if feature.type == "category":
        return [v for v, _ in feature.choices]
    return [float(v) for v in np.linspace(feature.minimum, feature.maximum, SINGLE_VALUES)]


def measure(view: TrainingView, model_id: str, cases: int) -> dict[str, Any]:
    """Single changes and drags on the first `cases` library cases of one model."""
    view.choose(model_id)
    panel, single, dragged, catch_up = view.whatif, [], [], []
    moves = runs = 0
    for index in range(cases):
        view.go_to(index)
        wait_for(view, lambda: view.walkthrough.explanation is not None and settled(view))
        card = view.walkthrough.package.card
        for feature in card.features:
            for value in single_values(feature):
                before = len(panel.latencies_ms)
                panel.set_value(feature.id, value)
                wait_for(view, lambda: settled(view))
                single.extend(panel.latencies_ms[before:])
        panel.reset()
        for control in panel.controls.values():
            if control.slider is None:
                continue
            control.slider.setValue(0)
            wait_for(view, lambda: settled(view))
            before, started = len(panel.latencies_ms), panel.job.started
            count = min(DRAG_MOVES, control.slider.maximum())
            catch_up.append(drag(view, control.slider, count))
            moves += count
            dragged.extend(panel.latencies_ms[before:])
            runs += panel.job.started - started
            panel.reset()
    return {
        "model": model_id,
        "single_updates": len(single),
        "single_p50_ms": round(float(np.percentile(single, 50)), 1),
        "single_p95_ms": round(float(np.percentile(single, 95)), 1),
        "single_max_ms": round(max(single), 1),
        "drag_moves": moves,
        "drag_explanations": runs,
        "drag_p50_ms": round(float(np.percentile(dragged, 50)), 1),
        "drag_p95_ms": round(float(np.percentile(dragged, 95)), 1),
        "drag_catch_up_p95_ms": round(float(np.percentile(catch_up, 95)), 1),
        "target_ms": TARGET_MS,
        "within_target": float(np.percentile(single, 95)) <= TARGET_MS,
    }


def main() -> None:
    """Measure every catalog model; one line (or JSON object) per model."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--cases", type=int, default=5, help="library cases per model")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    translations.install("en")
    view = TrainingView(language="en")
    view.resize(1366, 720)
    view.show()
    view.tabs.setCurrentWidget(view.whatif)
    entries = load_catalog([BUILTIN_CATALOG], TrustStore.load())
    view.show_entries(entries)
    for package in view.packages:
        row = measure(view, package.card.id, args.cases)
        if args.json:
            print(json.dumps(row), flush=True)
        else:
            print(", ".join(f"{k}={v}" for k, v in row.items()), flush=True)
    view.wait()
    view.close()


if __name__ == "__main__":
    main()
