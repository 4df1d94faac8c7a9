"""Shared recipe plumbing: split, background, ONNX conversion/check, card validation, output."""

from __future__ import annotations

import contextlib
import json
import pathlib
import warnings
from collections.abc import Iterator, Sequence
from typing import Any

import jsonschema
import numpy as np
import onnx
import onnxruntime as ort
import pandas as pd
import skl2onnx
import sklearn
from skl2onnx.common.data_types import FloatTensorType
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline

from models.card_text import LANGUAGES, human_texts, nest_texts

SEED = 20261122
TEST_SIZE = 0.3
N_BACKGROUND = 200
TOLERANCE = 1e-5
THRESHOLD = 0.5
TARGET_OPSET = {"": 17, "ai.onnx.ml": 3}
SCHEMA_PATH = pathlib.Path(__file__).resolve().parents[1] / "card.schema.json"
TRANSLATIONS = pathlib.Path(__file__).with_name("translations")
RANGE_HELP = "Validated range = minimum to maximum observed in the training data."
DEMO = "DEMONSTRATION MODEL, NOT FOR CLINICAL USE."


@contextlib.contextmanager
def no_warnings() -> Iterator[None]:
    """Fail loudly if any warning (e.g. ConvergenceWarning) is raised inside the block."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield
    if caught:
        msgs = "; ".join(f"{w.category.__name__}: {w.message}" for w in caught)
        raise RuntimeError(f"warnings raised during training/conversion: {msgs}")


def split(x: pd.DataFrame, y: pd.Series) -> tuple[pd.DataFrame, pd.DataFrame, pd.Series, pd.Series]:
    """Stratified, seeded 70/30 split into training and held-out test sets."""
    x_tr, x_te, y_tr, y_te = train_test_split(
        x, y, test_size=TEST_SIZE, stratify=y, random_state=SEED
    )
    return x_tr, x_te, y_tr, y_te


def background(x_train: pd.DataFrame) -> pd.DataFrame:
    """Seeded sample of up to N_BACKGROUND real training rows, kept in original row order."""
    n = min(N_BACKGROUND, len(x_train))
    rng = np.random.default_rng(SEED)
    pos = np.sort(rng.choice(len(x_train), size=n, replace=False))
    return x_train.iloc[pos].reset_index(drop=True)


def to_onnx(pipe: Pipeline, n_features: int, name: str) -> onnx.ModelProto:
    """Convert a fitted classifier pipeline to ONNX: input `features`, outputs label/proba."""
    onx: onnx.ModelProto = skl2onnx.convert_sklearn(
        pipe,
        initial_types=[("features", FloatTensorType([None, n_features]))],
        name=name,
        options={id(pipe): {"zipmap": False}},
        target_opset=TARGET_OPSET,
    )
    names = [o.name for o in onx.graph.output]
    if [i.name for i in onx.graph.input] != ["features"] or names != ["label", "probabilities"]:
        raise RuntimeError(f"unexpected ONNX signature: outputs {names}")
    ops: dict[str, int] = {}  # one entry per domain (skl2onnx may repeat ""), sorted: stable
    for o in onx.opset_import:
        ops[o.domain] = max(o.version, ops.get(o.domain, 0))
    del onx.opset_import[:]
    for domain, version in sorted(ops.items()):
        onx.opset_import.add(domain=domain, version=version)
    onnx.checker.check_model(onx)
    return onx


def opsets(onx: onnx.ModelProto) -> str:
    """The opsets the converted model actually imports (skl2onnx may pick lower than target)."""
    return ", ".join(f"{o.domain or 'ai.onnx'} {o.version}" for o in onx.opset_import)


def onnx_proba(onx: onnx.ModelProto, x: pd.DataFrame) -> np.ndarray:
    """Run the ONNX model with onnxruntime on float32 input; return probabilities [N, 2]."""
    sess = ort.InferenceSession(onx.SerializeToString(), providers=["CPUExecutionProvider"])
    _, proba = sess.run(["label", "probabilities"], {"features": x.to_numpy(np.float32)})
    return np.asarray(proba, dtype=float)


def check_onnx(onx: onnx.ModelProto, pipe: Pipeline, x: pd.DataFrame) -> float:
    """Max |onnxruntime(float32) - sklearn(float64)| probability gap; raise if > TOLERANCE."""
    ref = pipe.predict_proba(x.to_numpy(np.float64))
    got = onnx_proba(onx, x)
    diff = float(np.max(np.abs(ref - got)))
    if got.shape != ref.shape or diff > TOLERANCE:
        raise RuntimeError(f"ONNX differs from sklearn by {diff:.3g} (> {TOLERANCE})")
    return diff


def _num(v: float) -> int | float:
    """An integral float as int (cleaner JSON), otherwise unchanged."""
    return int(v) if v.is_integer() else v


def number(
    fid: str, label: str, unit: str, help_: str, train: pd.Series, step: float | None = None
) -> dict[str, Any]:
    """A numeric feature whose range is the min/max observed in the training data."""
    lo, hi = float(train.min()), float(train.max())
    feat: dict[str, Any] = {"id": fid, "label": label, "unit": unit, "type": "number"}
    feat["range"] = {"min": _num(lo), "max": _num(hi)}
    if step is not None:
        feat["step"] = step
    feat.update({"required": True, "help": f"{help_} {RANGE_HELP}"})
    return feat


def boolean(fid: str, label: str, help_: str) -> dict[str, Any]:
    """A yes/no feature entered as 1 (yes) or 0 (no)."""
    return {
        "id": fid,
        "label": label,
        "type": "boolean",
        "required": True,
        "help": f"{help_} Entered as 1 = yes, 0 = no.",
    }


def category(
    fid: str, label: str, help_: str, choices: Sequence[tuple[int, str]]
) -> dict[str, Any]:
    """A categorical feature entered as its numeric code."""
    return {
        "id": fid,
        "label": label,
        "type": "category",
        "choices": [{"value": v, "label": t} for v, t in choices],
        "required": True,
        "help": f"{help_} Entered as its numeric code.",
    }


def calibration_set(n_test: int) -> dict[str, Any]:
    """The card's calibration_set block (schema 2): the held-out split, as calibration.csv."""
    return {
        "description": (
            f"The {n_test} held-out test records of the split above, never used for training, "
            "with their observed outcome (calibration.csv). The plausible range of each "
            "prediction (Venn-Abers) and the check for unusual combinations of inputs are "
            "calibrated on them."
        ),
        "n": n_test,
    }


def io_blocks(columns: Sequence[str], positive_label: str) -> dict[str, Any]:
    """The card's model_inputs / output / missing_values / validation blocks."""
    return {
        "model_inputs": [{"name": "features", "dtype": "float32", "columns": list(columns)}],
        "output": {
            "kind": "binary_probability",
            "name": "probabilities",
            "class_index": 1,
            "positive_label": positive_label,
            "threshold": THRESHOLD,
        },
        "missing_values": False,
        "validation": {"tolerance": TOLERANCE},
    }


def performance_caveats(metrics: dict[str, Any]) -> list[str]:
    """Limitation sentences derived from held-out metrics (weak discrimination, miscalibration)."""
    auc, cal = metrics["auc"], metrics["calibration"]
    out = []
    if auc["ci95"][0] <= 0.5:
        out.append(
            f"Held-out discrimination is poor: AUC {auc['value']} with a 95% CI "
            f"({auc['ci95'][0]} to {auc['ci95'][1]}) that includes 0.5, i.e. the model may be "
            "no better than chance on new patients."
        )
    if cal["slope"] < 0.8:
        out.append(
            f"Predictions are too extreme on held-out data (calibration slope {cal['slope']}, "
            "ideal 1): the model is overfitted and its probabilities should not be read at "
            "face value."
        )
    elif cal["slope"] > 1.25:
        out.append(
            f"Predictions are too moderate on held-out data (calibration slope {cal['slope']}, "
            "ideal 1): true risks are more spread out than the model's probabilities."
        )
    return out


def evaluation_text(n_total: int, n_train: int, n_test: int, max_diff: float) -> str:
    """How the held-out metrics were computed."""
    return (
        f"Single stratified random split (scikit-learn train_test_split, random_state={SEED}) of "
        f"the {n_total} analysed records into {n_train} training and {n_test} held-out test "
        "records (70/30). The model never saw the test records. Metrics use the ONNX model's "
        "probabilities (onnxruntime, float32 input; max absolute difference from scikit-learn "
        f"{max_diff:.1e}). AUC 95% CI: percentile bootstrap, 2000 resamples, seed {SEED}. "
        "Calibration: unpenalised logistic regression of the outcome on logit(p); slope and "
        "intercept of that fit (ideal 1 and 0). Sensitivity/specificity at the stated threshold "
        "(p >= threshold counts as positive) with Wilson 95% CIs. Subgroup AUC only where the "
        "subgroup has at least 10 events and 10 non-events. No external validation."
    )


def recipe_text(module: str) -> str:
    """Where the model was built and with which tool versions."""
    return (
        f"models/recipes/{module}.py in the Kuona repository "
        "(python -m models.recipes STAGING_DIR); "
        f"scikit-learn {sklearn.__version__}, skl2onnx {skl2onnx.__version__} "
        f"(target opsets ai.onnx {TARGET_OPSET['']}, ai.onnx.ml {TARGET_OPSET['ai.onnx.ml']}), "
        f"seed {SEED}."
    )


def validate_card(card: dict[str, Any]) -> None:
    """Validate a card against models/card.schema.json (Draft 2020-12); raise on any error."""
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    errors = sorted(validator.iter_errors(card), key=lambda e: list(e.path))
    if errors:
        raise ValueError(
            "card invalid: "
            + "; ".join(f"{'/'.join(map(str, e.path))}: {e.message}" for e in errors)
        )
    cols = card["model_inputs"][0]["columns"]
    if cols != [f["id"] for f in card["features"]]:
        raise ValueError("model_inputs columns differ from feature order")


def translations(card: dict[str, Any]) -> dict[str, Any]:
    """The card's `translations` from translations/<id>.json, refusing stale or partial ones.

    The file maps each human-text path to its text in every language, English included; a
    path whose English differs from the card's (the recipe's wording or a computed number
    changed) is stale and must be translated again, so the build stops and names it.
    """
    path = TRANSLATIONS / f"{card['id']}.json"
    if not path.exists():
        return {}
    table: dict[str, dict[str, str]] = json.loads(path.read_text(encoding="utf-8"))
    english = human_texts(card)
    stale = sorted(p for p in english if table.get(p, {}).get("en") != english[p])
    unknown = sorted(set(table) - set(english))
    if stale or unknown:
        raise ValueError(f"{path.name}: stale {stale}, not in the card {unknown}")
    out = {}
    for lang in LANGUAGES[1:]:
        texts = {p: row[lang] for p, row in table.items() if row.get(lang)}
        if texts:
            out[lang] = nest_texts(texts)
    return out


def _csv(df: pd.DataFrame, path: pathlib.Path) -> None:
    """Write a CSV deterministically: no index, integral floats without '.0', LF line ends."""
    df.to_csv(path, index=False, float_format="%.10g", lineterminator="\n")


def write_staging(
    out_dir: pathlib.Path,
    onx: onnx.ModelProto,
    card: dict[str, Any],
    bg: pd.DataFrame,
    holdout: pd.DataFrame,
) -> None:
    """Stamp the model's actual opsets into the card, validate it, then write all four files."""
    card["model"]["recipe"] += f" ONNX opsets used by model.onnx: {opsets(onx)}."
    card["translations"] = translations(card)
    validate_card(card)
    cols = card["model_inputs"][0]["columns"]
    if list(bg.columns) != cols or list(holdout.columns) != [*cols, "outcome"]:
        raise ValueError("background/holdout columns do not match the card")
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "model.onnx").write_bytes(onx.SerializeToString())
    text = json.dumps(card, indent=2, ensure_ascii=False) + "\n"
    (out_dir / "card.json").write_text(text, encoding="utf-8")
    _csv(bg, out_dir / "background.csv")
    _csv(holdout, out_dir / "holdout.csv")
    _csv(holdout, out_dir / "calibration.csv")  # the held-out split, never training rows


def finish(
    pipe: Pipeline,
    x_tr: pd.DataFrame,
    x_te: pd.DataFrame,
    y_te: pd.Series,
    name: str,
) -> tuple[onnx.ModelProto, np.ndarray, float, pd.DataFrame, pd.DataFrame]:
    """Convert + check ONNX; return model, held-out probabilities, max diff, background, holdout."""
    with no_warnings():
        onx = to_onnx(pipe, x_tr.shape[1], name)
    diff = max(check_onnx(onx, pipe, x_tr), check_onnx(onx, pipe, x_te))
    p_te = onnx_proba(onx, x_te)[:, 1]
    holdout = x_te.reset_index(drop=True).assign(outcome=y_te.to_numpy(dtype=int))
    return onx, p_te, diff, background(x_tr), holdout
