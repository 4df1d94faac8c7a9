"""Rebuild the shipped demo catalog: train every recipe, build, sign with the demo key, verify;
then choose each model's training case library from its held-out split (models/recipes/library.py).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from models.build import build_package, sign_package
from models.catalog import BUILTIN_CATALOG
from models.signing import TrustStore
from models.verify import verify_package

DEMO_KEY = Path(__file__).with_name("demo-key") / "demo-steward.pem"


def rebuild(catalog: Path = BUILTIN_CATALOG) -> list[Path]:
    """Train all recipes into a staging folder, replace each catalog package, write libraries."""
    from models.recipes import library  # noqa: PLC0415 - sklearn only when rebuilding
    from models.recipes.__main__ import train_all  # noqa: PLC0415

    built = []
    with tempfile.TemporaryDirectory(prefix="kuona-recipes-") as tmp:
        staging = Path(tmp)
        for folder in train_all(staging):
            out = catalog / folder.name
            build_package(
                onnx_path=folder / "model.onnx",
                card_path=folder / "card.json",
                background_path=folder / "background.csv",
                calibration_path=folder / "calibration.csv",
                out=out,
                overwrite=True,
            )
            sign_package(out, DEMO_KEY)
            package = verify_package(out, TrustStore.load())
            print(
                f"{package.card.id} {package.card.version}: verified, "
                f"{package.golden_cases} golden cases",
                flush=True,
            )
            built.append(out)
            holdout = folder / "holdout.csv"
            if holdout.exists():
                shutil.copy(holdout, Path(__file__).with_name("holdout") / f"{folder.name}.csv")
    library.write_all(catalog=catalog)
    return built


if __name__ == "__main__":
    rebuild()
    sys.exit(0)
