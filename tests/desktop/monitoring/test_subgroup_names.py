"""Card subgroups are named in the reader's language: in the report, the alarms and the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.messages import CATALOGUES
from desktop.monitoring.alarms import alarm_text, subgroup_names
from desktop.monitoring.report import ModelMonitor
from models.card_text import LANGUAGES, flatten_translation
from models.catalog import BUILTIN_CATALOG
from models.signing import TrustStore
from models.verify import VerifiedPackage, verify_package
from tests.desktop.cli.runner import kuona
from tests.desktop.monitoring.district_sim import write_district
from tests.desktop.monitoring.simulate import TODAY, Clinic, simulate

DEMO = ("pima-diabetes-lr", "birthwt-low-gb", "heart-cad-mlp")


def _package(model: str) -> VerifiedPackage:
    return verify_package(BUILTIN_CATALOG / model, TrustStore.load())


@pytest.mark.parametrize("model", DEMO)
def test_every_demo_subgroup_has_its_name_in_all_six_languages(model: str) -> None:
    """Each subgroup the card defines by inputs is named in the report in all six languages,
    outside English by the card's own translation of that subgroup."""
    package = _package(model)
    field = simulate(package, [Clinic("a", 200)], seed=1)
    report = ModelMonitor(field, package, today=TODAY).report()
    raw = package.card.raw
    defined = [i for i, s in enumerate(raw["metrics"]["subgroups"]) if s.get("where")]
    groups = [g for g in report["groups"] if g["by"] == "subgroup"]
    assert len(groups) == len(defined) > 0
    for index, group in zip(defined, groups, strict=True):
        assert set(group["names"]) == set(LANGUAGES)
        assert group["names"]["en"] == group["key"] == raw["metrics"]["subgroups"][index]["name"]
        for language in LANGUAGES[1:]:
            own = flatten_translation(raw["translations"][language])
            assert group["names"][language] == own[f"metrics/subgroups/{index}/name"]
            assert subgroup_names(report, language)[group["key"]] == group["names"][language]


def test_a_subgroup_alarm_names_the_subgroup_as_the_card_does_in_each_language() -> None:
    """subgroup_gap for "Age >= 30 years" reads "Âge >= 30 ans" in French; without names (or
    for a subgroup the card does not name) the key is shown as before."""
    package = _package("pima-diabetes-lr")
    field = simulate(package, [Clinic("a", 1500, invert_where=("age", ">=", 30.0))], seed=0)
    report = ModelMonitor(field, package, today=TODAY).report()
    (gap,) = [a for a in report["alarms"] if a["group"] == "subgroup:Age >= 30 years"]
    for language in LANGUAGES:
        words = json.loads((CATALOGUES / f"{language}.json").read_text(encoding="utf-8"))
        names = subgroup_names(report, language)
        text = alarm_text(gap, words, names)
        assert names["Age >= 30 years"] in text and "subgroup:" not in text
        if language != "en":
            assert "Age >= 30 years" not in text
    french = json.loads((CATALOGUES / "fr.json").read_text(encoding="utf-8"))
    assert "Âge >= 30 ans" in alarm_text(gap, french, subgroup_names(report, "fr"))
    assert "Age >= 30 years" in alarm_text(gap, french)


def test_kuona_monitor_names_subgroups_in_the_chosen_language(tmp_path: Path) -> None:
    """`kuona --lang fr monitor` words the subgroup alarm with the card's French name."""
    package = _package("pima-diabetes-lr")
    field = simulate(package, [Clinic("a", 1500, invert_where=("age", ">=", 30.0))], seed=0)
    write_district(tmp_path / "district" / "district.sqlite", field)
    result = kuona("--lang", "fr", "monitor", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Patients : Âge >= 30 ans" in result.stdout
    assert "Age >= 30 years" not in result.stdout
