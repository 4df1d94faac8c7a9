"""Field monitoring speed: `kuona monitor --json` over a district database of 1,000,000
decisions and 500,000 outcomes from 200 clinics, 3 models (the demo catalog), 24 months; and
the Monitoring page on the same database (offscreen Qt, its own process): its first paint, the
report shown (computed in the page's worker thread), and the longest the window's event loop
went without running (a 16 ms timer's largest gap while the report was computed).

    python benchmarks/monitor.py                 # the figures, one per line
    python benchmarks/monitor.py --json          # one JSON object
    python benchmarks/monitor.py --decisions 100000 --dir /tmp/x
    python benchmarks/monitor.py --home DIR      # an existing KUONA_HOME: nothing built

The database is built directly in SQLite (rows as an import leaves them; the records are not
hash-chained, which monitoring does not read). Patients are resampled from each package's
background with the model's own predictions; outcomes drawn from them. The monitor runs as a
separate `kuona` process; its wall time and peak resident memory (ru_maxrss) are printed, and
its CPU seconds with those of the child process it starts on a large district (which reads
the inputs and the outcomes meanwhile: desktop/monitoring/input_reader.py).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.audit.entry import COLUMNS  # noqa: E402
from desktop.district.database import DistrictDB  # noqa: E402
from models.catalog import BUILTIN_CATALOG  # noqa: E402
from models.signing import TrustStore  # noqa: E402
from models.verify import verify_package  # noqa: E402

MODELS = ("pima-diabetes-lr", "birthwt-low-gb", "heart-cad-mlp")
CLINICS, MONTHS = 200, 24
DECISIONS = ("accept", "partial", "override")


def _rows(
    model: str, n: int, rng: np.random.Generator, seq: dict[int, int]
) -> list[tuple[Any, ...]]:
    """n decisions of one model, and an outcome for half of them, as `records` rows."""
    package = verify_package(BUILTIN_CATALOG / model, TrustStore.load())
    features = package.card.feature_ids
    x = package.background[rng.integers(0, len(package.background), n)]
    p = package.runner.predict(x, output_space="probability")
    y = (rng.random(n) < p).astype(int)
    device = rng.integers(0, CLINICS, n)
    day = np.datetime64("2025-01-01") + rng.integers(0, MONTHS * 30, n).astype("timedelta64[D]")
    decision = rng.choice(3, n, p=[0.8, 0.1, 0.1])
    observed = rng.random(n) < 0.5
    model_json = json.dumps({"id": model, "version": package.card.version}, separators=(",", ":"))
    names = list(COLUMNS)
    rows = []
    for i in range(n):
        d = int(device[i])
        seq[d] += 1
        record_id = str(uuid.uuid4())
        created = f"{day[i]}T09:00:00.000000Z"
        inputs = json.dumps(dict(zip(features, x[i].tolist(), strict=True)), separators=(",", ":"))
        values = {
            "uuid": record_id,
            "device_id": f"clinic-{d:03d}",
            "seq": seq[d],
            "prev_hash": "0" * 64,
            "created_utc": created,
            "local_offset_min": 0,
            "app_version": "bench",
            "kind": "decision",
            "model": model_json,
            "inputs": inputs,
            "prediction": float(p[i]),
            "output_space": "probability",
            "explanation": '{"base_value":0.3}',
            "out_of_range": "[]",
            "decision": DECISIONS[int(decision[i])],
            "hash": uuid.uuid4().hex * 2,
        }
        rows.append((*(values.get(c) for c in names), "bench"))
        if observed[i]:
            seq[d] += 1
            body = {
                "observes": record_id,
                "observed": int(y[i]),
                "on": str(day[i]),
                "source": "register",
                "supersedes": None,
            }
            outcome = {
                "uuid": str(uuid.uuid4()),
                "device_id": f"clinic-{d:03d}",
                "seq": seq[d],
                "prev_hash": "0" * 64,
                "created_utc": created,
                "local_offset_min": 0,
                "app_version": "bench",
                "kind": "outcome",
                "model": model_json,
                "body": json.dumps(body, separators=(",", ":")),
                "hash": uuid.uuid4().hex * 2,
            }
            rows.append((*(outcome.get(c) for c in names), "bench"))
    return rows


def build(path: Path, decisions: int, seed: int = 1) -> None:
    """The district database with `decisions` decisions split over the three models."""
    DistrictDB.open(path).close()
    rng = np.random.default_rng(seed)
    seq = dict.fromkeys(range(CLINICS), 0)
    names = [*COLUMNS, "bundle_id"]
    sql = f"INSERT INTO records ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA synchronous = OFF")
    for index, model in enumerate(MODELS):
        n = decisions // len(MODELS) + (index < decisions % len(MODELS))
        connection.executemany(sql, _rows(model, n, rng, seq))
        connection.commit()
    connection.close()


def page(home: Path) -> dict[str, Any]:
    """The Monitoring page over `home` (run in a child process): seconds to its first paint,
    to the report shown, the longest event-loop stall (ms) meanwhile, and peak memory (MB)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["KUONA_HOME"] = str(home)
    start = time.perf_counter()
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from desktop.ui.district.monitoring import MonitoringPage  # noqa: PLC0415

    app = QApplication.instance() or QApplication([])
    view = MonitoringPage(home)
    view.resize(1100, 800)
    view.show()
    view.grab()  # painted once
    app.processEvents()
    first_paint = time.perf_counter() - start
    loop, ticks, clock, longest = QEventLoop(), QTimer(), QElapsedTimer(), [0]

    def tick() -> None:
        longest[0] = max(longest[0], clock.restart())

    ticks.timeout.connect(tick)
    ticks.start(16)
    view.finished.connect(loop.quit)
    clock.start()
    started = time.perf_counter()
    assert view.refresh()
    loop.exec()
    ticks.stop()
    view.grab()  # the report's alarms and charts painted
    shown = time.perf_counter() - started
    return {
        "page_first_paint_seconds": round(first_paint, 2),
        "page_report_shown_seconds": round(shown, 2),
        "page_longest_stall_ms": longest[0],
        "page_models": len(view.reports),
        "page_peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }


def _run_monitor(home: Path) -> tuple[dict[str, Any], float, float, float]:
    """`kuona monitor --json` over `home` in its own process: report, seconds, peak MB, and
    its CPU seconds (user and system: on a shared machine, less swayed by the others' load)."""
    env = dict(os.environ, KUONA_HOME=str(home))
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "monitor", "--json"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    peak_mb = max(after.ru_maxrss, before) / 1024
    cpu = after.ru_utime + after.ru_stime - used.ru_utime - used.ru_stime
    return json.loads(done.stdout), seconds, peak_mb, cpu


def _run_page(home: Path) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, __file__, "--page", str(home)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    figures: dict[str, Any] = json.loads(done.stdout)
    return figures


def _figures(home: Path, built: float | None) -> dict[str, Any]:
    report, seconds, peak_mb, cpu = _run_monitor(home)
    return {
        "decisions": sum(m["decisions"] for m in report["models"]),
        "outcomes": sum(m["outcomes"] for m in report["models"]),
        "models": len(report["models"]),
        "clinics": len(
            {g["key"] for m in report["models"] for g in m["groups"] if g["by"] == "device"}
        ),
        "build_seconds": None if built is None else round(built, 1),
        "monitor_seconds": round(seconds, 2),
        "monitor_cpu_seconds": round(cpu, 2),
        "monitor_peak_mb": round(peak_mb),
        **_run_page(home),
        "load_average": [round(v, 2) for v in os.getloadavg()],
    }


def main() -> None:
    """Build the database (unless --home), run `kuona monitor --json` and the page, print."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--decisions", type=int, default=1_000_000)
    parser.add_argument("--dir")
    parser.add_argument("--home", help="a KUONA_HOME whose district database exists already")
    parser.add_argument("--page", help=argparse.SUPPRESS)  # the page's child process
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if args.page:
        print(json.dumps(page(Path(args.page))))
        return
    if args.home:
        figures = _figures(Path(args.home), None)
    else:
        with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
            home = Path(tmp)
            start = time.perf_counter()
            build(home / "district" / "district.sqlite", args.decisions)
            figures = _figures(home, time.perf_counter() - start)
    if args.json:
        print(json.dumps(figures))
    else:
        for key, value in figures.items():
            print(f"{key}: {value}")


if __name__ == "__main__":
    main()
