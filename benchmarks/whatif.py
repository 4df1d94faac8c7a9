"""What-if latency per catalog model: one update = one value changed, the case re-explained and
the differences computed (desktop.training.whatif.what_if), as a slider drag or an edit does.

For each library case, every number feature is dragged in STEPS steps across its validated
range and every yes/no or category feature is set to each of its values, each update starting
from the previous one (as in the panel). Target: at most 100 ms per update on this machine.

    python benchmarks/whatif.py          # one line per model
    python benchmarks/whatif.py --json   # one JSON object per line, one per model
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.training.cases import load_library  # noqa: E402
from desktop.training.session import explain_case  # noqa: E402
from desktop.training.whatif import what_if  # noqa: E402
from models.card import Feature  # noqa: E402
from models.catalog import BUILTIN_CATALOG, find_packages  # noqa: E402
from models.signing import TrustStore  # noqa: E402
from models.verify import VerifiedPackage, verify_package  # noqa: E402

STEPS = 10
WARM_UP = 5
TARGET_MS = 100.0


def slider_values(feature: Feature) -> list[float]:
    """The values one drag (or edit) of this feature goes through."""
    if feature.type == "boolean":
        return [0.0, 1.0]
    if feature.type == "category":
        return [v for v, _ in feature.choices]
    assert feature.minimum is not None and feature.maximum is not None
    return [float(v) for v in np.linspace(feature.minimum, feature.maximum, STEPS)]


def updates(package: VerifiedPackage, cases: int) -> Iterator[float]:
    """Milliseconds of each what-if update over the first `cases` library cases."""
    library = load_library(package.card.id).cases[:cases]
    for case in library:
        start = explain_case(package, case.inputs)
        for feature in package.card.features:
            inputs, before = dict(case.inputs), start
            for value in slider_values(feature):
                t0 = time.perf_counter()
                result = what_if(package, inputs, feature=feature.id, value=value, before=before)
                yield (time.perf_counter() - t0) * 1e3
                inputs, before = result.inputs, result.after


def measure(package: VerifiedPackage, cases: int) -> dict[str, Any]:
    """p50/p95/max over every update, after a few untimed ones."""
    times = list(updates(package, cases))[WARM_UP:]
    p95 = float(np.percentile(times, 95))
    return {
        "model": package.card.id,
        "method": explain_case(package, load_library(package.card.id).cases[0].inputs).method,
        "updates": len(times),
        "p50_ms": round(float(np.percentile(times, 50)), 2),
        "p95_ms": round(p95, 2),
        "max_ms": round(max(times), 2),
        "target_ms": TARGET_MS,
        "within_target": p95 <= TARGET_MS,
    }


def main() -> None:
    """Measure every catalog model and print a line or a JSON object per model."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--cases", type=int, default=10, help="library cases per model")
    args = parser.parse_args()
    trust = TrustStore.load()
    for path in find_packages([BUILTIN_CATALOG]):
        row = measure(verify_package(path, trust), args.cases)
        if args.json:
            print(json.dumps(row), flush=True)
        else:
            print(", ".join(f"{k}={v}" for k, v in row.items()), flush=True)


if __name__ == "__main__":
    main()
