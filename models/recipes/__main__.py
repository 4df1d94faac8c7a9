"""Run all demonstration-model recipes: python -m models.recipes STAGING_DIR."""

from __future__ import annotations

import argparse
import pathlib
from collections.abc import Callable

from models.recipes import birthwt_low_gb, heart_cad_mlp, pima_diabetes_lr

RECIPES: dict[str, Callable[[pathlib.Path], None]] = {
    pima_diabetes_lr.MODEL_ID: pima_diabetes_lr.train,
    birthwt_low_gb.MODEL_ID: birthwt_low_gb.train,
    heart_cad_mlp.MODEL_ID: heart_cad_mlp.train,
}


def train_all(staging: pathlib.Path) -> list[pathlib.Path]:
    """Train every recipe into staging/<model id>/ and return the folders written."""
    folders = []
    for model_id, train in RECIPES.items():
        out = staging / model_id
        train(out)
        print(f"{model_id}: wrote {out}", flush=True)
        folders.append(out)
    return folders


def main(argv: list[str] | None = None) -> None:
    """Parse STAGING_DIR from the command line and train all recipes into it."""
    parser = argparse.ArgumentParser(prog="python -m models.recipes", description=__doc__)
    parser.add_argument("staging_dir", type=pathlib.Path)
    train_all(parser.parse_args(argv).staging_dir)


if __name__ == "__main__":
    main()
