"""Explanation speed per catalog model: warm p50/p95, first call in a fresh process, and the
same case through shap's KernelExplainer and PermutationExplainer (default settings).

    python benchmarks/explain.py          # a table
    python benchmarks/explain.py --json   # one JSON object per line, one per model
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
import warnings
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from explainers import explain  # noqa: E402
from models.catalog import BUILTIN_CATALOG, find_packages  # noqa: E402
from models.signing import TrustStore  # noqa: E402
from models.verify import VerifiedPackage, verify_package  # noqa: E402

FIRST_CALL = """
import sys, time, json
t0 = time.perf_counter()
sys.path.insert(0, {root!r})
from pathlib import Path
from explainers import explain
from models.archive import read_package
from models.background import parse_background
from models.card import parse_card
from models.runtime import load_runner
t1 = time.perf_counter()
files = read_package(Path({path!r})).files
card = parse_card(files["card.json"])
runner = load_runner(files["model.onnx"], card)
bg = parse_background(files["background.csv"], card)
t2 = time.perf_counter()
e = explain(runner, runner.spec, bg, bg[len(bg) // 2])
t3 = time.perf_counter()
print(json.dumps({{"import_ms": (t1 - t0) * 1e3, "load_ms": (t2 - t1) * 1e3,
                  "first_ms": (t3 - t2) * 1e3, "method": e.method}}))
"""


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile of values (linear interpolation)."""
    return float(np.percentile(np.array(values), q))


def warm(package: VerifiedPackage, runs: int) -> tuple[list[float], Any]:
    """Milliseconds per explanation over `runs` different background cases, after a warm-up."""
    runner, bg = package.runner, package.background
    last = explain(runner, runner.spec, bg, bg[0])
    times = []
    for i in range(runs):
        start = time.perf_counter()
        last = explain(runner, runner.spec, bg, bg[(7 * i + 1) % len(bg)])
        times.append((time.perf_counter() - start) * 1e3)
    return times, last


def first_call(path: Path) -> dict[str, Any]:
    """Import, load and first explanation timed in a fresh interpreter."""
    code = FIRST_CALL.format(root=str(ROOT), path=str(path))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def shap_timings(package: VerifiedPackage, runs: int) -> tuple[float, float]:
    """p50 ms of shap's KernelExplainer and PermutationExplainer on one case, defaults."""
    import shap  # noqa: PLC0415 - only the comparison needs it

    runner, bg = package.runner, package.background
    case = bg[len(bg) // 2 : len(bg) // 2 + 1]

    def predict(rows: np.ndarray) -> np.ndarray:
        return runner.predict(np.asarray(rows, dtype=np.float64))

    kernel, permutation = [], []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        k = shap.KernelExplainer(predict, bg)
        p = shap.PermutationExplainer(predict, shap.maskers.Independent(bg, max_samples=len(bg)))
        for _ in range(runs):
            start = time.perf_counter()
            k.shap_values(case, silent=True)
            kernel.append((time.perf_counter() - start) * 1e3)
            start = time.perf_counter()
            p(case)
            permutation.append((time.perf_counter() - start) * 1e3)
    return statistics.median(kernel), statistics.median(permutation)


def main() -> None:
    """Measure every catalog model and print a table or JSON lines."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--runs", type=int, default=60)
    parser.add_argument("--shap-runs", type=int, default=3)
    args = parser.parse_args()
    trust = TrustStore.load()
    for path in find_packages([BUILTIN_CATALOG]):
        package = verify_package(path, trust)
        times, explanation = warm(package, args.runs)
        fresh = first_call(path)
        kernel_ms, permutation_ms = shap_timings(package, args.shap_runs)
        p50 = percentile(times, 50)
        row = {
            "model": package.card.id,
            "method": explanation.method,
            "exact": explanation.exact,
            "features": len(package.card.features),
            "background_rows": len(package.background),
            "p50_ms": round(p50, 2),
            "p95_ms": round(percentile(times, 95), 2),
            "first_ms": round(fresh["first_ms"], 1),
            "import_ms": round(fresh["import_ms"], 1),
            "kernel_p50_ms": round(kernel_ms, 1),
            "permutation_p50_ms": round(permutation_ms, 1),
            "kernel_ratio": round(kernel_ms / p50, 1),
        }
        if args.json:
            print(json.dumps(row), flush=True)
        else:
            print(", ".join(f"{k}={v}" for k, v in row.items()), flush=True)


if __name__ == "__main__":
    main()
