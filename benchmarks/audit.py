"""Audit log and USB sync speed: append latency (p50, p99 over 1,000 appends, each committed
with synchronous=FULL), export of 100,000 records as one bundle, import of 100 bundles of
1,000 records into a fresh district database (records per second, wall clock and per CPU
second of this process, beside the load average: on a shared machine the CPU figure moves less).

    python benchmarks/audit.py                 # the figures, one per line
    python benchmarks/audit.py --json          # one JSON object
    python benchmarks/audit.py --dir /media/x  # work in that folder (default: a temp folder)

The 100,000-record log is built directly in SQLite (sealed in format 3 and hash-chained as the
store would), since appending them one by one with an fsync each is what the first figure
already measures.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop import __version__  # noqa: E402
from desktop.audit.entry import to_row  # noqa: E402
from desktop.audit.record import GENESIS, record_hash, seal  # noqa: E402
from desktop.audit.store import AuditStore, utc_now  # noqa: E402
from desktop.district.database import DistrictDB  # noqa: E402
from desktop.district.importer import import_paths  # noqa: E402
from desktop.sync.bundle import write_bundle  # noqa: E402
from desktop.sync.district_keys import init_district, load_district_private  # noqa: E402
from desktop.sync.export import export_bundle  # noqa: E402

DEVICE = "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f"


def entry(i: int) -> dict[str, Any]:
    """A decision as the CLI records it for the pima model (varied a little per record)."""
    decision = ("accept", "partial", "accept", "override")[i % 4]
    return {
        "kind": "decision",
        "model": {
            "id": "pima-diabetes-lr",
            "version": "1.0.0",
            "package_hash": "ab" * 32,
            "demonstration": True,
        },
        "inputs": {
            "npreg": 7.0,
            "glu": 100.0 + i % 90,
            "bp": 90.0,
            "skin": 41.0,
            "bmi": 32.0,
            "ped": 0.391,
            "age": 39.0,
        },
        "prediction": (i % 1000) / 1000,
        "output_space": "probability",
        "explanation": {
            "base_value": 0.331,
            "method": "linear-exact-enumeration",
            "exact": True,
            "top": [["glu", 0.43], ["bmi", 0.05], ["age", 0.04], ["npreg", 0.02], ["ped", 0.01]],
            "warnings": [],
        },
        "out_of_range": [],
        "decision": decision,
        "clinician_estimate": None,
        "reason": None if decision == "accept" else "clinical_judgement",
        "note": None,
        "role": "clinical_officer",
        "language": "en",
        "patient_ref": None,
    }


def bench_append(folder: Path, count: int) -> dict[str, float]:
    """Latency of `count` appends to a fresh log, each durable when it returns."""
    times = []
    with AuditStore.open(folder / "append.sqlite", device_id=DEVICE) as store:
        for i in range(count):
            start = time.perf_counter()
            store.append(entry(i))
            times.append((time.perf_counter() - start) * 1e3)
    cuts = statistics.quantiles(times, n=100)
    return {"append_p50_ms": round(cuts[49], 3), "append_p99_ms": round(cuts[98], 3)}


def build_log(path: Path, count: int) -> AuditStore:
    """A log of `count` chained records, inserted in one transaction."""
    store = AuditStore.open(path, device_id=DEVICE)
    conn = sqlite3.connect(path)
    prev, rows = GENESIS, []
    created, offset = utc_now()
    for seq in range(1, count + 1):
        data = seal(
            {
                **entry(seq),
                "uuid": str(uuid.uuid4()),
                "device_id": DEVICE,
                "seq": seq,
                "prev_hash": prev,
                "created_utc": created,
                "local_offset_min": offset,
                "app_version": __version__,
                "prediction": (seq % 1000) / 1000,
            }
        )
        data["hash"] = prev = record_hash(data)
        rows.append(to_row(data))
    columns = list(rows[0])
    marks = ",".join("?" * len(columns))
    with conn:
        conn.executemany(
            f"INSERT INTO records ({','.join(columns)}) VALUES ({marks})",
            [tuple(r[c] for c in columns) for r in rows],
        )
    conn.close()
    return store


def main() -> None:
    """Run the three measurements and print them."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--dir", type=Path, help="folder to work in (default: a temp folder)")
    parser.add_argument("--records", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        work = Path(tmp)
        figures: dict[str, Any] = bench_append(work, 1000)
        init_district(work / "district", public_key_out=work / "district.pub.json")
        district = load_district_private(work / "district")
        key = Ed25519PrivateKey.generate()
        store = build_log(work / "clinic.sqlite", args.records)
        (work / "stick").mkdir()
        start = time.perf_counter()
        path = export_bundle(
            store, to_dir=work / "stick", device_key=key, district_public=district.public
        )
        figures["export_records"] = args.records
        figures["export_s"] = round(time.perf_counter() - start, 3)
        figures["export_bundle_mb"] = round(path.stat().st_size / 1e6, 3) if path else 0.0
        records = list(store.records())
        store.close()
        (work / "bundles").mkdir()
        for at in range(0, len(records), 1000):
            write_bundle(
                records[at : at + 1000],
                to_dir=work / "bundles",
                device_key=key,
                district_public=district.public,
            )
        with DistrictDB.open(work / "district" / "district" / "district.sqlite") as db:
            start, cpu = time.perf_counter(), time.process_time()
            result = import_paths(db, [work / "bundles"], district_private=district)
            wall, cpu = time.perf_counter() - start, time.process_time() - cpu
            added = sum(t.added for t in result.devices.values())
            figures["import_bundles"] = sum(t.bundles for t in result.devices.values())
            figures["import_records"] = added
            figures["import_s"] = round(wall, 3)
            figures["import_records_per_s"] = round(added / wall)
            figures["import_records_per_cpu_s"] = round(added / cpu)
            figures["load_average"] = " ".join(f"{x:.2f}" for x in os.getloadavg())
    if args.json:
        print(json.dumps(figures))
    else:
        for name, value in figures.items():
            print(f"{name:20} {value}")


if __name__ == "__main__":
    main()
