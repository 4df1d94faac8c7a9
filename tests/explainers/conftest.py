"""Session-scoped fixtures: small real models shared by the explainer tests."""

from __future__ import annotations

import pytest
from explainer_models import Fitted, cancer, diabetes, fit
from sklearn.ensemble import (
    GradientBoostingClassifier,
    GradientBoostingRegressor,
    RandomForestClassifier,
)
from sklearn.linear_model import LinearRegression, LogisticRegression
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tree_models import Data, onnxmltools_model, sklearn_model


@pytest.fixture(scope="session")
def logreg() -> Fitted:
    """Logistic regression behind a StandardScaler on 6 breast cancer columns."""
    model = make_pipeline(StandardScaler(), LogisticRegression(C=0.05, max_iter=1000))
    return fit(model, cancer(6), kind="binary")


@pytest.fixture(scope="session")
def forest() -> Fitted:
    """A random forest on 6 breast cancer columns, with spec.features in reversed order."""
    data = cancer(6)
    model = RandomForestClassifier(n_estimators=25, max_depth=5, random_state=0)
    return fit(model, data, kind="binary", features=tuple(reversed(data[2])))


@pytest.fixture(scope="session")
def boosting() -> Fitted:
    """A gradient boosting regressor on 8 diabetes columns."""
    model = GradientBoostingRegressor(n_estimators=40, max_depth=3, random_state=0)
    return fit(model, diabetes(8), kind="regression")


@pytest.fixture(scope="session")
def mlp() -> Fitted:
    """A small MLP classifier behind a StandardScaler on 8 breast cancer columns."""
    model = make_pipeline(
        StandardScaler(),
        MLPClassifier(hidden_layer_sizes=(16,), alpha=1.0, max_iter=3000, random_state=0),
    )
    return fit(model, cancer(8), kind="binary")


@pytest.fixture(scope="session")
def linear14() -> Fitted:
    """A linear regression on 14 breast cancer columns, whose SHAP values have a closed form."""
    return fit(LinearRegression(), cancer(14), kind="regression")


@pytest.fixture(scope="session")
def rf_clf() -> Data:
    """Random forest classifier (averaged probabilities, one column), features reversed."""
    model = RandomForestClassifier(n_estimators=30, max_depth=4, random_state=0)
    return sklearn_model(model, 6, "binary", reverse=True)


@pytest.fixture(scope="session")
def gb_clf() -> Data:
    """Gradient boosting classifier: one logit column, LOGISTIC, base value from the prior."""
    return sklearn_model(
        GradientBoostingClassifier(n_estimators=40, max_depth=3, random_state=0), 7, "binary"
    )


@pytest.fixture(scope="session")
def xgb_clf() -> Data:
    """XGBoost classifier with base_score 0.3 (BRANCH_LT splits), via onnxmltools."""
    import xgboost

    data = cancer(6)
    model = xgboost.XGBClassifier(n_estimators=40, max_depth=3, base_score=0.3, random_state=0)
    return onnxmltools_model(model, data), data[0]


@pytest.fixture(scope="session")
def lgbm_clf() -> Data:
    """LightGBM classifier (LOGISTIC, NaN-tracks-true splits, a Mul by 1), via onnxmltools."""
    import lightgbm

    data = cancer(6)
    model = lightgbm.LGBMClassifier(n_estimators=30, max_depth=3, num_leaves=8, verbose=-1)
    return onnxmltools_model(model, data), data[0]
