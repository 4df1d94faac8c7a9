"""The frozen app's size, time to window and peak memory (targets: 300 MB, 2 s, 400 MB).

    python benchmarks/bundle.py [--bundle dist/kuona] [--runs 5] [--json]

- size: bytes allocated on disk under the app folder, as `du` counts them;
- time to window: from just before the process is started to the moment its main window was
  shown (offscreen, via KUONA_WINDOW_PROBE), median of --runs fresh processes, each with its
  own empty data folder; their CPU time is printed too, since wall time depends on what else
  the machine is doing (the load average is printed first);
- peak memory: the largest resident set (ru_maxrss) of the window process, which verifies the
  catalog (every golden case explained) before it closes, and of `kuona explain` on the first
  golden case of each catalog model.
POSIX only (os.wait4); build the bundle first with `python packaging/build.py`.
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
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CATALOG = ROOT / "models" / "catalog"
TARGET_MB, TARGET_WINDOW_S, TARGET_PEAK_MB = 300.0, 2.0, 400.0
MAXRSS_UNIT = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB on Linux


@dataclass(frozen=True)
class Run:
    """One process of the frozen app: exit status, wall and CPU seconds, peak RSS in MB."""

    status: int
    wall_s: float
    cpu_s: float
    peak_mb: float


def measure(command: list[str], *, env: dict[str, str], log: Path) -> Run:
    """Run the command (stderr to `log`) and wait with wait4, which reports its peak RSS."""
    start = time.perf_counter()
    with log.open("wb") as stderr:
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=stderr)
        _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        tail = log.read_text(encoding="utf-8", errors="replace")[-600:]
        raise SystemExit(f"bundle: {' '.join(command[1:]) or 'the window'} failed: {tail}")
    return Run(
        status=process.returncode,
        wall_s=time.perf_counter() - start,
        cpu_s=usage.ru_utime + usage.ru_stime,
        peak_mb=usage.ru_maxrss * MAXRSS_UNIT / 1e6,
    )


def disk_mb(folder: Path) -> float:
    """MB allocated on disk under folder (a symbolic link counts as itself)."""
    return sum(p.lstat().st_blocks * 512 for p in folder.rglob("*")) / 1e6


def window_run(app: Path, work: Path, number: int) -> tuple[float, Run]:
    """Seconds from process start to window shown, and the whole run's figures."""
    home = work / f"home-{number}"
    probe = work / f"probe-{number}.json"
    env = dict(os.environ, KUONA_HOME=str(home), KUONA_WINDOW_PROBE=str(probe))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.time()
    run = measure([str(app)], env=env, log=work / f"window-{number}.log")
    if not probe.exists():
        raise SystemExit("bundle: the window did not come up (no probe file written)")
    shown = float(json.loads(probe.read_text(encoding="utf-8"))["shown"])
    return shown - started, run


def explain_run(app: Path, work: Path, model: str) -> Run:
    """`kuona explain --model MODEL --case (its first golden case) --json`."""
    validation = json.loads((CATALOG / model / "validation.json").read_text(encoding="utf-8"))
    case = work / f"{model}-case.json"
    case.write_text(json.dumps(validation["cases"][0]["inputs"]), encoding="utf-8")
    env = dict(os.environ, KUONA_HOME=str(work / f"home-{model}"))
    command = [str(app), "explain", "--model", model, "--case", str(case), "--json"]
    return measure(command, env=env, log=work / f"{model}.log")


@dataclass(frozen=True)
class Figures:
    """Everything measured on one bundle."""

    bundle: str
    load_average: tuple[float, float, float]
    size_mb: float
    window_s: list[float]
    window_cpu_s: list[float]
    window_peak_mb: float
    explain: dict[str, Run]

    @property
    def window_median_s(self) -> float:
        """Median seconds from process start to window shown."""
        return statistics.median(self.window_s)

    @property
    def peak_mb(self) -> float:
        """The largest peak RSS of any process measured."""
        return max(self.window_peak_mb, *(run.peak_mb for run in self.explain.values()))


def benchmark(bundle: Path, *, runs: int) -> Figures:
    """Measure size, time to window (`runs` times) and peak memory."""
    app = bundle / "kuona"
    if not app.exists():
        raise SystemExit(f"bundle: {app} not found; build it: python packaging/build.py")
    load = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="kuona-bench-") as tmp:
        work = Path(tmp)
        windows = [window_run(app, work, n) for n in range(runs)]
        models = sorted(p.name for p in CATALOG.iterdir() if (p / "card.json").exists())
        explains = {model: explain_run(app, work, model) for model in models}
    return Figures(
        bundle=str(bundle),
        load_average=load,
        size_mb=disk_mb(bundle),
        window_s=[seconds for seconds, _ in windows],
        window_cpu_s=[run.cpu_s for _, run in windows],
        window_peak_mb=max(run.peak_mb for _, run in windows),
        explain=explains,
    )


def _verdict(value: float, target: float) -> str:
    return "within target" if value <= target else "OVER TARGET"


def report(f: Figures) -> str:
    """The figures as the lines packaging/README.md quotes."""
    load = ", ".join(f"{x:.1f}" for x in f.load_average)
    shown = ", ".join(f"{s:.2f}" for s in f.window_s)
    window, peak = f.window_median_s, f.peak_mb
    lines = [
        f"bundle: {f.bundle}  (load average before: {load})",
        f"size on disk: {f.size_mb:.1f} MB (target <= {TARGET_MB:.0f} MB: "
        f"{_verdict(f.size_mb, TARGET_MB)})",
        f"time to window: median {window:.2f} s of [{shown}] s, CPU median "
        f"{statistics.median(f.window_cpu_s):.2f} s (target <= {TARGET_WINDOW_S:.0f} s: "
        f"{_verdict(window, TARGET_WINDOW_S)})",
        f"peak memory, window process (catalog verified, every golden case explained): "
        f"{f.window_peak_mb:.0f} MB",
    ]
    for model, run in f.explain.items():
        lines.append(
            f"peak memory, kuona explain --model {model}: {run.peak_mb:.0f} MB ({run.wall_s:.2f} s)"
        )
    lines.append(
        f"peak memory, largest: {peak:.0f} MB "
        f"(target <= {TARGET_PEAK_MB:.0f} MB: {_verdict(peak, TARGET_PEAK_MB)})"
    )
    return "\n".join(lines)


def main() -> int:
    """Measure and print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "kuona")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    figures = benchmark(args.bundle, runs=args.runs)
    as_json = dict(
        asdict(figures), window_median_s=figures.window_median_s, peak_mb=figures.peak_mb
    )
    print(json.dumps(as_json, indent=2) if args.json else report(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
