"""`kuona training ...`: the case library, trainers' own cases, and the quiz results export."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from desktop.cli.explain import open_package
from desktop.messages import describe_code, say
from desktop.training.cases import LIBRARY_SOURCE, TrainingCase
from desktop.training.importer import import_cases
from desktop.training.report import export_csv, summarise
from desktop.training.session import all_cases
from desktop.training.store import TrainingStore
from models.case_category import threshold
from models.verify import VerifiedPackage


def current_predictions(package: VerifiedPackage, cases: list[TrainingCase]) -> list[float]:
    """What the package predicts for each case now (probability)."""
    if not cases:
        return []
    features = package.card.feature_ids
    rows = np.array([[c.inputs[f] for f in features] for c in cases], dtype=np.float64)
    return [float(p) for p in package.runner.predict(rows, output_space="probability")]


def _cases(args: argparse.Namespace) -> int:
    package = open_package(args.model)
    with TrainingStore.open() as store:
        cases = all_cases(store, package.card.id)
    predictions = current_predictions(package, cases)
    rows = [c.to_json() | {"prediction": p} for c, p in zip(cases, predictions, strict=True)]
    if args.json:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return 0
    card = package.card
    library = sum(c.source == LIBRARY_SOURCE for c in cases)
    print(
        say(
            "cli:training_cases_header",
            model=card.id,
            version=card.version,
            library=library,
            trainer=len(cases) - library,
            threshold=f"{threshold(card):.0%}",
        )
    )
    for row in rows:
        print(
            say(
                "cli:training_case_line",
                id=row["id"],
                category=say(f"cli:training_category_{row['category']}"),
                outcome=row["outcome"],
                risk=f"{row['prediction']:.1%}",
            )
        )
        if row["out_of_range"]:
            print(say("cli:training_out_of_range", features=", ".join(row["out_of_range"])))
    return 0


def _import(args: argparse.Namespace) -> int:
    package = open_package(args.model)
    path = Path(args.file)
    with TrainingStore.open() as store:
        result = import_cases(store, package, path, skip_bad=args.skip_bad)
    ids = [c.id for c in result.imported]
    print(
        say(
            "cli:training_imported",
            count=len(ids),
            model=package.card.id,
            file=path.name,
            first=ids[0],
            last=ids[-1],
        )
    )
    if result.skipped:
        print(say("cli:training_skipped", count=len({b.row for b in result.skipped})))
        for bad in result.skipped:
            print(f"  {describe_code(bad.message_key, path.name, bad.params())}")
    return 0


def _export(args: argparse.Namespace) -> int:
    with TrainingStore.open() as store:
        rows = store.answers()
    if not rows:
        print(say("cli:training_no_answers"))
        return 0
    answers, summary = export_csv(rows, to_dir=Path(args.dir))
    print(say("cli:training_exported", answers=len(rows), lines=len(summarise(rows))))
    print(answers)
    print(summary)
    return 0


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `kuona training` and its subcommands."""
    training = sub.add_parser(
        "training", help="training mode: case library, trainers' cases, quiz results"
    ).add_subparsers(dest="action", required=True)
    p = training.add_parser("cases", help="list a model's training cases with true outcomes")
    p.add_argument("model", metavar="MODEL_ID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_cases)
    p = training.add_parser(
        "import-cases", help="add your own cases (CSV: the card's feature ids + outcome [+ note])"
    )
    p.add_argument("model", metavar="MODEL_ID")
    p.add_argument("file", metavar="FILE.csv")
    p.add_argument(
        "--skip-bad",
        action="store_true",
        help="import the good rows and list the bad ones (default: import nothing if any is bad)",
    )
    p.set_defaults(func=_import)
    p = training.add_parser("export", help="write the quiz answers and summary as CSV files")
    p.add_argument("dir", metavar="DIR")
    p.set_defaults(func=_export)
