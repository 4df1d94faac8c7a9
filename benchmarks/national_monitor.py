"""`kuona monitor --dsn` over a national store of N records (benchmarks/national.py --monitor N).

The store is built by PostgreSQL itself (generate_series, INSERT ... SELECT), not by N Python
pushes: 200 clinics, the 3 catalog models, 24 months; two thirds of the records decisions
(patients drawn from each package's background, with the model's own prediction), one third
outcomes (drawn from that prediction) for half of the decisions. Only `monitored`, the table
the report reads, and `devices` are filled (a pushed store also holds each record's canonical
JSON in `records`, which the report never reads).
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

import psycopg

from desktop.national.schema import COUNT_LAYOUTS, MONITORED_COLUMNS, ensure_partition, migrate
from models.catalog import BUILTIN_CATALOG
from models.signing import TrustStore
from models.verify import verify_package

MODELS = ("pima-diabetes-lr", "birthwt-low-gb", "heart-cad-mlp")
CLINICS, MONTHS = 200, 24
_DECISIONS = f"""INSERT INTO monitored ({MONITORED_COLUMNS})
SELECT date_trunc('month', day)::date, 'clinic-' || lpad((g %% {CLINICS})::text, 3, '0'),
    2 * (%(offset)s + g), 'd-' || (%(offset)s + g), 'decision', %(model)s, %(version)s,
    CASE WHEN r < 0.8 THEN 'accept' WHEN r < 0.9 THEN 'partial' ELSE 'override' END,
    day::text || 'T09:00:00.000000Z', b.p, NULL, day, %(keys)s, b.x, NULL, NULL, NULL, NULL
FROM (SELECT g, DATE '2025-01-01' + (g * 7919 %% {MONTHS * 30})::int AS day, random() AS r,
             floor(random() * %(rows)s)::bigint AS i
      FROM generate_series(0::bigint, %(n)s - 1) g) s
JOIN bench_background b ON b.model = %(model)s AND b.i = s.i"""
_OUTCOMES = f"""INSERT INTO monitored ({MONITORED_COLUMNS})
SELECT month, device_id, seq + 1, 'o' || uuid, 'outcome', model_id, model_version, NULL,
    created_utc, NULL, NULL, NULL, NULL, NULL, uuid, (random() < prediction)::int, NULL, seq
FROM monitored WHERE kind = 'decision' AND model_id = %(model)s AND random() < 0.5"""


def build_store(dsn: str, records: int) -> None:
    """`records` records (2/3 decisions, 1/3 outcomes) in the store at `dsn`."""
    decisions = records * 2 // 3
    with psycopg.connect(dsn) as conn, conn.transaction():
        migrate(conn)
        conn.execute("SELECT setseed(0.5)")
        for m in range(MONTHS):
            ensure_partition(conn, date(2025 + m // 12, m % 12 + 1, 1))
        conn.execute(
            "INSERT INTO devices (device_id, first_district) SELECT 'clinic-' || "
            f"lpad(g::text, 3, '0'), 'bench' FROM generate_series(0, {CLINICS - 1}) g"
        )
        conn.execute(
            "CREATE TEMP TABLE bench_background (model text, i bigint, x float8[], p float8)"
        )
        offset = 0
        for index, model in enumerate(MODELS):
            package = verify_package(BUILTIN_CATALOG / model, TrustStore.load())
            x = package.background
            p = package.runner.predict(x, output_space="probability")
            with conn.cursor().copy("COPY bench_background FROM STDIN") as copy:
                for i, (row, prob) in enumerate(zip(x.tolist(), p.tolist(), strict=True)):
                    copy.write_row((model, i, row, prob))
            n = decisions // len(MODELS) + (index < decisions % len(MODELS))
            keys = json.dumps(list(package.card.feature_ids))
            params = {
                "offset": offset,
                "model": model,
                "version": package.card.version,
                "keys": keys,
                "rows": len(x),
                "n": n,
            }
            conn.execute(_DECISIONS, params)
            conn.execute(_OUTCOMES, {"model": model})
            offset += n
        conn.execute(f"INSERT INTO monitored_layouts {COUNT_LAYOUTS}")  # as the pushes count
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE monitored")


def monitor_figures(
    server: str, records: int, home: Path, *, reuse: bool = False, report: Path | None = None
) -> dict[str, Any]:
    """Build a store of `records` records in a new database; time `kuona monitor --dsn`.
    With `reuse`, a store this benchmark built before on `server` is timed again as it is
    (built again unless it holds the decisions a build of `records` records makes); the
    report's JSON is written to `report` if given (to compare two runs)."""
    name = f"kuona_monitor_bench_{records}"  # one store per size: 2M and 10M side by side
    with psycopg.connect(server, autocommit=True) as conn:
        found = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
    dsn = server.rsplit("/", 1)[0] + f"/{name}"
    if found and reuse:
        with psycopg.connect(dsn) as conn:
            row = conn.execute("SELECT count(*) FROM monitored WHERE kind = 'decision'").fetchone()
        reuse = row is not None and row[0] == records * 2 // 3
    built: float | None = None
    if not (found and reuse):
        with psycopg.connect(server, autocommit=True) as conn:
            if found:
                conn.execute(f"DROP DATABASE {name}")
            conn.execute(f"CREATE DATABASE {name}")
        start = time.perf_counter()
        build_store(dsn, records)
        built = round(time.perf_counter() - start, 1)
    with psycopg.connect(dsn) as conn:
        row = conn.execute("SELECT count(*) FROM monitored").fetchone()
    env = dict(os.environ, KUONA_HOME=str(home / "home"))
    server_before = server_cpu(dsn)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "monitor", "--dsn", dsn, "--json"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        cwd=Path(__file__).resolve().parent.parent,
    )
    if done.returncode:
        raise SystemExit(f"kuona monitor --dsn failed:\n{done.stderr}")
    seconds = time.perf_counter() - start
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    server_after = server_cpu(dsn)
    if report is not None:
        report.write_text(done.stdout)
    found = json.loads(done.stdout)
    return {
        "monitor_store_records": row[0] if row else 0,
        "monitor_build_s": built,  # None: the store built before was reused
        "monitor_decisions": sum(m["decisions"] for m in found["models"]),
        "monitor_outcomes": sum(m["outcomes"] for m in found["models"]),
        "monitor_s": round(seconds, 2),
        "monitor_peak_mb": round(usage.ru_maxrss / 1024),
        # kuona's own CPU seconds (PostgreSQL's are not in them)
        "monitor_cpu_s": round(
            usage.ru_utime + usage.ru_stime - before.ru_utime - before.ru_stime, 1
        ),
        # PostgreSQL's (every process of a server on this machine; None: not readable)
        "monitor_postgres_cpu_s": round(server_after - server_before, 1)
        if server_before is not None and server_after is not None
        else None,
        "monitor_load_average": os.getloadavg()[0],
    }


def server_cpu(dsn: str) -> float | None:
    """The CPU seconds of the server's processes that have ended (its postmaster's children's,
    read from /proc after the backends of this connection and the report's have exited); None
    where the server is not on this machine or /proc cannot be read."""
    try:
        with psycopg.connect(dsn) as conn:
            row = conn.execute("SELECT current_setting('data_directory', true)").fetchone()
    except psycopg.Error:  # not a superuser
        return None
    if not row or not row[0]:
        return None
    time.sleep(0.5)  # the backend just closed is reaped
    try:
        pid = int((Path(row[0]) / "postmaster.pid").read_text().split()[0])
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, ValueError, IndexError):
        return None
    # after the name: state is field 3, cutime and cstime fields 16 and 17
    return (int(fields[13]) + int(fields[14])) / os.sysconf("SC_CLK_TCK")
