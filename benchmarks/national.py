"""National store speed: `kuona national push` of a district database of 1,000,000 records
(100 devices, 12 months) into an empty PostgreSQL store, then the same push again (every
record a duplicate); with --monitor N, `kuona monitor --dsn` over a store of N records.
The records are format 3 (sealed, as clinics write them, the note left at home as the export
does); `--format 2` builds them unsealed, as clinics wrote them before.

    python benchmarks/national.py                    # a throw-away server (as the tests start it)
    python benchmarks/national.py --dsn URL          # an existing, empty database
    python benchmarks/national.py --records 100000 --json
    python benchmarks/national.py --records 200000 --format 2
    python benchmarks/national.py --records 0 --monitor 10000000
    python benchmarks/national.py --dsn URL --records 0 --monitor 10000000 --reuse  # again
    python benchmarks/national.py --dsn URL --district /tmp/d.sqlite  # built once, then reused

The district database is built directly in SQLite (hash-chained per device, as the importer
would have stored it); only the push is timed. The monitoring store is built in PostgreSQL
itself (benchmarks/national_monitor.py); `kuona monitor --dsn URL --json` then runs as its own
process, its wall time and peak resident memory printed.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sqlite3
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.audit import entry  # noqa: E402
from benchmarks.national_monitor import monitor_figures, server_cpu  # noqa: E402
from desktop import __version__  # noqa: E402
from desktop.audit.entry import to_row  # noqa: E402
from desktop.audit.record import FORMAT, GENESIS, record_hash, seal, without  # noqa: E402
from desktop.district.database import DistrictDB  # noqa: E402
from desktop.national.push import push  # noqa: E402
from tests.desktop.national.postgres import running_server  # noqa: E402

DEVICES = 100


def build_district(path: Path, count: int, *, record_format: int = FORMAT) -> None:
    """A district database of `count` records: DEVICES chains, spread over 12 months (format 3:
    sealed, without the note, as a clinic exports them)."""
    DistrictDB.open(path).close()
    conn = sqlite3.connect(path)
    per_device = count // DEVICES
    for d in range(DEVICES):
        device, prev, rows = str(uuid.UUID(int=d + 1, version=4)), GENESIS, []
        for seq in range(1, per_device + 1):
            month = 1 + (seq - 1) * 12 // per_device
            data: dict[str, Any] = {
                **entry(seq),
                "uuid": str(uuid.uuid4()),
                "device_id": device,
                "seq": seq,
                "prev_hash": prev,
                "created_utc": f"2026-{month:02d}-15T10:00:00.000000Z",
                "local_offset_min": 180,
                "app_version": __version__,
            }
            data["prediction"] = float(data["prediction"])
            if record_format == FORMAT:
                data = without(seal(data), ["note"])
            data["hash"] = prev = record_hash(data)
            rows.append({**to_row(data), "bundle_id": "bench"})
        columns = list(rows[0])
        marks = ",".join("?" * len(columns))
        with conn:
            conn.executemany(
                f"INSERT INTO records ({','.join(columns)}) VALUES ({marks})",
                [tuple(r[c] for c in columns) for r in rows],
            )
    conn.close()


@contextlib.contextmanager
def _store(dsn: str | None) -> Iterator[str]:
    if dsn:
        yield dsn
    else:
        with running_server() as server:
            yield server


def main() -> None:
    """Build the district database, push it twice, print the rates."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--dsn", help="an empty database (default: a throw-away server)")
    parser.add_argument("--monitor", type=int, default=0, metavar="N", help="records (0: skip)")
    parser.add_argument(
        "--reuse", action="store_true", help="--monitor: time again the store built before"
    )
    parser.add_argument("--report", type=Path, help="--monitor: write the report's JSON there")
    parser.add_argument("--format", type=int, choices=(2, FORMAT), default=FORMAT)
    parser.add_argument(
        "--district",
        type=Path,
        help="the district database: built there if missing, else reused as it is",
    )
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    figures: dict[str, Any] = {"load_average": os.getloadavg()[0], "format": args.format}
    with tempfile.TemporaryDirectory() as tmp, _store(args.dsn) as dsn:
        if args.monitor:
            figures.update(
                monitor_figures(dsn, args.monitor, Path(tmp), reuse=args.reuse, report=args.report)
            )
        path = args.district or Path(tmp) / "district.sqlite"
        start = time.perf_counter()
        if args.records and not path.exists():
            build_district(path, args.records, record_format=args.format)
            figures["build_s"] = round(time.perf_counter() - start, 1)
        for name in ("push", "push_again") if args.records else ():
            server_before = server_cpu(dsn)
            cpu_before = time.process_time()
            start = time.perf_counter()
            result = push(path, dsn, district="bench")
            seconds = time.perf_counter() - start
            cpu = time.process_time() - cpu_before
            server_after = server_cpu(dsn)
            figures[f"{name}_records"] = result.records
            figures[f"{name}_added"] = sum(t.added for t in result.devices.values())
            figures[f"{name}_s"] = round(seconds, 2)
            figures[f"{name}_records_per_s"] = round(result.records / seconds)
            # CPU time per record: kuona's own, and the server's (None: not readable). At
            # R records a second on C cores, the two together can be at most C / R seconds.
            figures[f"{name}_cpu_us_per_record"] = round(cpu / result.records * 1e6, 1)
            figures[f"{name}_postgres_cpu_us_per_record"] = (
                round((server_after - server_before) / result.records * 1e6, 1)
                if server_before is not None and server_after is not None
                else None
            )
    figures["load_average_after"] = os.getloadavg()[0]
    if args.json:
        print(json.dumps(figures))
    else:
        for key, value in figures.items():
            print(f"{key:28} {value}")


if __name__ == "__main__":
    main()
