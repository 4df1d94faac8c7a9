"""monitor() computes each model's report in parts, in two threads beside the other models'
parts: the reports equal ModelMonitor.report()'s, computed alone, float for float."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from desktop.monitoring.field import Field
from desktop.monitoring.report import ModelMonitor, monitor
from models.catalog import BUILTIN_CATALOG
from models.signing import TrustStore
from models.verify import VerifiedPackage, verify_package
from tests.desktop.monitoring.simulate import TODAY, Clinic, simulate

MODELS = ("birthwt-low-gb", "heart-cad-mlp", "pima-diabetes-lr")


class Fields:
    """A FieldSource of simulated fields, one per model version."""

    def __init__(self, fields: list[Field]) -> None:
        """Keep the fields."""
        self.fields = {(f.model, f.version): f for f in fields}

    def model_versions(self) -> list[tuple[str, str, int]]:
        """Every model version, sorted."""
        return sorted((m, v, f.n) for (m, v), f in self.fields.items())

    def load_field(self, *, model: str, version: str, features: Sequence[str], since: str) -> Field:
        """The whole field of the model version (the simulation's features are the card's)."""
        del since
        field = self.fields[(model, version)]
        assert tuple(features) == field.features
        return field

    def stored_features(self, model_id: str) -> tuple[str, ...]:
        """The features of the model's field."""
        return next(f.features for (m, _), f in self.fields.items() if m == model_id)

    def catalog(self) -> list[dict[str, Any]]:
        """No catalog records."""
        return []


def test_the_reports_made_in_parts_and_threads_equal_each_report_made_alone() -> None:
    """Three models (one shifted clinic, one clinic with few outcomes, a model whose package
    is not installed here): monitor()'s JSON equals the reports computed one by one."""
    trust = TrustStore.load()
    packages = {m: verify_package(BUILTIN_CATALOG / m, trust) for m in MODELS}
    clinics = [
        Clinic("a", 900),
        Clinic("b", 700, logit_shift=1.0),
        Clinic("c", 300, outcome_share=0.2),
    ]
    fields = [simulate(p, clinics, seed=i, months=7) for i, p in enumerate(packages.values())]
    installed = {m: p for m, p in packages.items() if m != "heart-cad-mlp"}

    def package_for(model: str, version: str) -> VerifiedPackage | None:
        return installed.get(model)

    together = monitor(Fields(fields), package_for=package_for, today=TODAY)["models"]
    alone = [
        ModelMonitor(f, installed.get(f.model), today=TODAY).report()
        for f in sorted(fields, key=lambda f: (f.model, f.version))
    ]
    assert [r["model"] for r in together] == list(MODELS)
    assert not together[1]["package_installed"] and together[1]["groups"]
    assert json.dumps(together) == json.dumps(alone)
