"""Start-up of the GUI (offscreen): time from process start to the window shown, to the catalog
verified, and from the first Explain to the first explanation ready, over several fresh runs.

    python benchmarks/startup.py            # figures, one line each
    python benchmarks/startup.py --json     # one JSON object
    python benchmarks/startup.py --runs 7

Targets (issue 5): window shown ≤ 1.5 s; first explanation ≤ 1 s after the first Explain.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import json, sys, time
started = float(sys.argv[1])
from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication
app = QApplication([])
from desktop.ui.widgets import translations
from desktop.ui.app import MainWindow, apply_direction
translations.install("en"); apply_direction("en")
window = MainWindow(language="en", judgement_first=False)
window.show()
app.processEvents()
shown = time.time() - started

def spin(done):
    while not done():
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)

window.start_loading()
spin(lambda: window._loaded)
loaded = time.time() - started
screen = window.clinician
firsts = {}
for model_id in sys.argv[2:]:
    screen.models.choose(model_id)
    package = screen.consultation.package
    screen.form.set_values(dict(zip(package.card.feature_ids, package.background[0].tolist())))
    t0 = time.perf_counter()
    screen.explain()
    spin(lambda: screen.consultation.revealed)
    firsts[model_id] = 1000 * (time.perf_counter() - t0)
window.close()
print(json.dumps({"shown_s": shown, "loaded_s": loaded, "first_ms": firsts}))
"""

MODELS = ("pima-diabetes-lr", "birthwt-low-gb", "heart-cad-mlp")


def one_run() -> dict[str, object]:
    """One fresh process; its figures."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    with tempfile.TemporaryDirectory() as home:
        env["KUONA_HOME"] = home
        started = time.time()
        out = subprocess.run(
            [sys.executable, "-c", CHILD, repr(started), *MODELS],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> int:
    """Run, print the medians."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    runs = [one_run() for _ in range(args.runs)]
    result = {
        "runs": args.runs,
        "window_shown_s": statistics.median(float(r["shown_s"]) for r in runs),  # type: ignore[arg-type]
        "catalog_verified_s": statistics.median(float(r["loaded_s"]) for r in runs),  # type: ignore[arg-type]
        "first_explanation_ms": {
            m: statistics.median(float(r["first_ms"][m]) for r in runs)  # type: ignore[index]
            for m in MODELS
        },
    }
    if args.json:
        print(json.dumps(result))
    else:
        print(f"window shown: {result['window_shown_s']:.2f} s (median of {args.runs} runs)")
        print(f"catalog verified: {result['catalog_verified_s']:.2f} s")
        for model, ms in result["first_explanation_ms"].items():
            print(f"first explanation, {model}: {ms:.0f} ms after Explain")
    return 0


if __name__ == "__main__":
    sys.exit(main())
