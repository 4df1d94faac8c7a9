"""Session-scoped fixtures: small real models shared by the explainer tests."""

from __future__ import annotations

import pytest
from explainer_models import Fitted, cancer, diabetes, fit
from sklearn.ensemble import GradientBoostingRegressor, RandomForestClassifier
from sklearn.linear_model import LinearRegression, LogisticRegression
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


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
