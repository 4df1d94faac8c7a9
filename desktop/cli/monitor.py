"""`kuona monitor`: is each model still right here, and for whom? (district database)."""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import orjson

from desktop import paths
from desktop.app_command import app_command
from desktop.messages import catalogue, current_language, say
from desktop.monitoring.alarms import alarm_text, subgroup_names
from desktop.monitoring.run import monitor_home

GROUP_COLUMNS = (
    "model",
    "version",
    "by",
    "key",
    "decisions",
    "outcomes",
    "auroc",
    "auroc_low",
    "auroc_high",
    "brier",
    "intercept",
    "slope",
    "oe_ratio",
)


def _number(value: Any, digits: int = 3) -> str:
    return "-" if value is None else f"{float(value):.{digits}f}"


def _row(model: dict[str, Any], by: str, key: str, group: dict[str, Any]) -> dict[str, Any]:
    m = group["metrics"]
    auc = m.get("auroc", {})
    cal = m.get("calibration", {})
    return {
        "model": model["model"],
        "version": model["version"],
        "by": by,
        "key": key,
        "decisions": group["decisions"],
        "outcomes": group["outcomes"],
        "auroc": auc.get("value"),
        "auroc_low": (auc.get("ci95") or [None, None])[0],
        "auroc_high": (auc.get("ci95") or [None, None])[1],
        "brier": m.get("brier", {}).get("value"),
        "intercept": cal.get("intercept"),
        "slope": cal.get("slope"),
        "oe_ratio": cal.get("oe_ratio", {}).get("value"),
    }


def write_csv(report: dict[str, Any], folder: Path) -> list[Path]:
    """monitor_groups.csv (every model, overall and per group) and monitor_alarms.csv."""
    folder.mkdir(parents=True, exist_ok=True)
    groups, alarms = folder / "monitor_groups.csv", folder / "monitor_alarms.csv"
    with groups.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, GROUP_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for model in report["models"]:
            writer.writerow(_row(model, "all", "", model))
            for group in model["groups"]:
                writer.writerow(_row(model, group["by"], group["key"], group))
    with alarms.open("w", newline="", encoding="utf-8") as handle:
        columns = ("model", "version", "code", "group", "feature", "value", "reference")
        writer = csv.DictWriter(handle, columns, lineterminator="\n", extrasaction="ignore")
        writer.writeheader()
        for model in report["models"]:
            for alarm in model["alarms"]:
                writer.writerow({"model": model["model"], "version": model["version"], **alarm})
    return [groups, alarms]


def alarm_sentence(alarm: dict[str, Any], report: dict[str, Any]) -> str:
    """One alarm of a model's report in the user's language (subgroups as the card names them)."""
    language = current_language()
    return alarm_text(alarm, catalogue(language), subgroup_names(report, language))


def _print_model(model: dict[str, Any]) -> None:
    completeness = model["followup_completeness"]
    print(
        say(
            "cli:monitor_model",
            model=model["model"],
            version=model["version"],
            decisions=model["decisions"],
            outcomes=model["outcomes"],
            followup="-" if completeness is None else f"{completeness:.0%}",
        )
    )
    m = model["metrics"]
    if "auroc" in m:
        auc, cal = m["auroc"], m["calibration"]
        print(
            say(
                "cli:monitor_figures",
                auroc=_number(auc["value"]),
                low=_number(auc["ci95"][0]),
                high=_number(auc["ci95"][1]),
                n=auc["n"],
                brier=_number(m["brier"]["value"]),
                intercept=_number(cal["intercept"], 2),
                slope=_number(cal["slope"], 2),
                oe=_number(cal["oe_ratio"]["value"], 2),
            )
        )
    elif m.get("code") == "not_enough_outcomes":
        print(say("cli:monitor_not_enough", n=m["n"], needed=m["needed"]))
    for alarm in model["alarms"]:
        print("  " + alarm_sentence(alarm, model))
    if not model["alarms"]:
        print("  " + say("cli:monitor_no_alarms"))


def write_pdf(report: dict[str, Any], target: Path) -> bool:
    """The report as a PDF, one page per model, drawn by the Monitoring page in a child process
    (`python -m desktop --monitoring-pdf`: this module may not import Qt; offscreen when there
    is no display). False, and nothing left at `target`, if it could not be written."""
    if not target.parent.is_dir() or target.is_dir():
        return False
    env = dict(os.environ, KUONA_LANGUAGE=current_language())
    if sys.platform.startswith("linux") and not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    done = subprocess.run(
        [*app_command(), "--monitoring-pdf", str(target)],
        input=json.dumps(report, default=_plain).encode(),
        env=env,
        capture_output=True,
        check=False,
    )
    if done.returncode == 0 and target.is_file():
        return True
    target.with_name(f".{target.name}.partial").unlink(missing_ok=True)
    return False


def _national(args: argparse.Namespace) -> dict[str, Any] | None:
    """The report over the national store (None, and one line on stderr, when it fails)."""
    import psycopg  # noqa: PLC0415 - only the national store needs it

    from desktop.monitoring.run import installed_packages  # noqa: PLC0415
    from desktop.national.monitor_source import monitor_store  # noqa: PLC0415

    packages = installed_packages()
    try:
        return monitor_store(
            args.dsn,
            package_for=lambda i, v: packages.get((i, v)),
            model=args.model,
            since=args.since,
        )
    except psycopg.Error as exc:
        host = urlsplit(args.dsn).hostname or "localhost"
        reason = type(exc).__name__
        text = say("cli:monitor_store_failed", host=host, reason=reason)
        print(f"kuona: {text}", file=sys.stderr)
        return None


def _report(args: argparse.Namespace) -> dict[str, Any] | None:
    """From the national store with --dsn, else from this computer's district database."""
    if args.dsn:
        return _national(args)
    return monitor_home(paths.home(), model=args.model, since=args.since)


def _monitor(args: argparse.Namespace) -> int:
    report = _report(args)
    if report is None:
        return 1
    notes = sys.stderr if args.json else sys.stdout
    if args.csv:
        for path in write_csv(report, Path(args.csv)):
            print(say("cli:audit_csv_written", file=path), file=notes)
    if args.pdf:
        if not write_pdf(report, Path(args.pdf)):
            print(f"kuona: {say('cli:monitor_pdf_failed', file=args.pdf)}", file=sys.stderr)
            return 1
        pages = len(report["models"])
        print(say("cli:monitor_pdf_written", file=args.pdf, pages=pages), file=notes)
    if args.json:
        print(report_json(report))
        return 0
    if not report["models"]:
        print(say("cli:monitor_no_data"))
    for model in report["models"]:
        _print_model(model)
    for row in report["catalog"]:
        print(catalog_sentence(row))
    return 0


def catalog_sentence(row: dict[str, Any]) -> str:
    """A clinic still running a recalled or superseded version, in words."""
    state = "recalled" if row["state"] == "recalled" else "superseded"
    return say(
        f"cli:monitor_catalog_{state}",
        device=str(row["device_id"])[:8],
        model=row["model"],
        version=row["model_version"],
        since=row["since"],
        reason=say(f"reason:{row['reason']}"),
        decisions=row["decisions_since"],
    )


_NOT_ASCII = re.compile(r"[^\x00-\x7f]")


def report_json(report: dict[str, Any]) -> str:
    """The report as indented JSON, ASCII only (other characters as \\u escapes, as
    json.dumps writes them): the same values as json.dumps(report, indent=2, default=_plain)
    gives, written by orjson (C: the pure-Python encoder json.dumps uses when indenting took
    most of a second on a large district)."""
    options = orjson.OPT_INDENT_2 | orjson.OPT_NON_STR_KEYS
    text = orjson.dumps(report, option=options, default=_plain).decode()
    return text if text.isascii() else _NOT_ASCII.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    """One character as json.dumps escapes it (beyond U+FFFF: a surrogate pair)."""
    code = ord(match.group())
    if code > 0xFFFF:
        code -= 0x10000
        return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
    return f"\\u{code:04x}"


def _plain(value: Any) -> Any:
    return float(value) if hasattr(value, "__float__") else str(value)


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `kuona monitor`."""
    p = sub.add_parser("monitor", help="field performance, drift and alarms (district)")
    p.add_argument("--model", metavar="ID", help="only this model id")
    p.add_argument("--since", metavar="YYYY-MM-DD", help="only decisions on or after this day")
    p.add_argument(
        "--dsn", metavar="URL", help="the national store (PostgreSQL) instead of this district"
    )
    p.add_argument("--json", action="store_true")
    p.add_argument("--csv", metavar="DIR", help="also write monitor_groups.csv, monitor_alarms.csv")
    p.add_argument("--pdf", metavar="FILE", help="also write the report as PDF, one page per model")
    p.set_defaults(func=_monitor)
