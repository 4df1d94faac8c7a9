"""Fixtures for package tests: a steward key trusted only in the test, and a small real package."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from models.build import build_package, sign_package
from models.catalog import BUILTIN_CATALOG, find_packages
from models.layout import CARD, MANIFEST, SIGNATURE
from models.manifest import make_manifest, signed_files
from models.signing import TrustStore, generate_key, load_private_key, sign_manifest


@pytest.fixture
def steward(tmp_path: Path) -> tuple[Path, TrustStore]:
    """A fresh steward key pair whose public half is trusted, and that trust store."""
    trust = tmp_path / "trust"
    trust.mkdir()
    private = tmp_path / "steward.pem"
    generate_key(private, trust / "steward.json", name="Test steward")
    return private, TrustStore.load(trust)


def resign(folder: Path, private: Path) -> None:
    """Rewrite manifest and signature for whatever the content files now hold (no card checks)."""
    present = {entry.name for entry in folder.iterdir()}
    files = {name: (folder / name).read_bytes() for name in signed_files(present)}
    card = json.loads(files[CARD])
    manifest = make_manifest(
        files, package_id=card.get("id", "?"), version=card.get("version", "?")
    )
    (folder / MANIFEST).write_bytes(manifest)
    (folder / SIGNATURE).write_bytes(sign_manifest(manifest, load_private_key(private)))


def small_inputs(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A logistic regression on 4 real breast-cancer columns: ONNX file, card and background."""
    from skl2onnx import to_onnx
    from sklearn.datasets import load_breast_cancer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    data = load_breast_cancer()
    columns = [0, 1, 4, 7]
    x = data.data[:, columns].astype(np.float32)
    y = data.target
    pipe = make_pipeline(StandardScaler(), LogisticRegression()).fit(x, y)
    onx = to_onnx(pipe, x[:1], options={id(pipe): {"zipmap": False}}, target_opset=17)
    ids = ["radius", "texture", "smoothness", "concave_points"]
    onnx_path = tmp_path / "in-model.onnx"
    onnx_path.write_bytes(onx.SerializeToString())
    card_path = tmp_path / "in-card.json"
    card = json.loads((BUILTIN_CARD_TEMPLATE).read_text())
    card["id"] = "test-breast-lr"
    card["features"] = [
        {
            "id": fid,
            "label": data.feature_names[c],
            "unit": "units",
            "type": "number",
            "range": {"min": float(x[:, i].min()), "max": float(x[:, i].max())},
            "required": True,
            "help": "From the Wisconsin diagnostic data.",
        }
        for i, (fid, c) in enumerate(zip(ids, columns, strict=True))
    ]
    card["model_inputs"] = [{"name": "X", "dtype": "float32", "columns": ids}]
    card["output"] = {
        "kind": "binary_probability",
        "name": "probabilities",
        "class_index": 1,
        "positive_label": "benign",
        "threshold": 0.5,
    }
    card["translations"] = {}
    card_path.write_text(json.dumps(card, indent=2))
    background_path = tmp_path / "in-background.csv"
    rows = "\n".join(",".join(repr(float(v)) for v in row) for row in x[::10][:40])
    background_path.write_text(",".join(ids) + "\n" + rows + "\n")
    return onnx_path, card_path, background_path


BUILTIN_CARD_TEMPLATE = Path(__file__).with_name("card_template.json")


@pytest.fixture
def small_package(tmp_path: Path, steward: tuple[Path, TrustStore]) -> Path:
    """A built and signed package folder of the small test model."""
    onnx_path, card_path, background_path = small_inputs(tmp_path)
    out = build_package(
        onnx_path=onnx_path,
        card_path=card_path,
        background_path=background_path,
        out=tmp_path / "pkg",
    )
    sign_package(out, steward[0])
    return out


def catalog_packages() -> list[Path]:
    """The shipped demonstration packages."""
    return find_packages([BUILTIN_CATALOG])


@pytest.fixture
def catalog_copy(tmp_path: Path) -> Path:
    """A private copy of the first shipped package, safe to damage."""
    source = catalog_packages()[0]
    return Path(shutil.copytree(source, tmp_path / source.name))
