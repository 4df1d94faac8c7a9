"""The Monitoring page: alarms first as sentences, then the charts, from a real database."""

from __future__ import annotations

import os
import re
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.ui.district.monitoring import MonitoringPage
from desktop.ui.district.monitoring_charts import subgroup_label
from desktop.ui.widgets import translations
from models.catalog import BUILTIN_CATALOG
from models.signing import TrustStore
from models.verify import verify_package
from tests.desktop.monitoring.district_sim import write_district
from tests.desktop.monitoring.simulate import Clinic, simulate
from tests.desktop.ui.waiting import WAIT


def test_the_page_shows_the_alarms_as_sentences_and_draws_the_charts(
    qtbot: QtBot, kuona_home: Path, tmp_path: Path
) -> None:
    """A miscalibrated clinic and an older one: their alarms are worded; the charts get the
    report and paint (`KUONA_SHOTS=docs/screenshots` saves the README's picture)."""
    pima = verify_package(BUILTIN_CATALOG / "pima-diabetes-lr", TrustStore.load())
    clinics = [
        Clinic("clinic-a", 600),
        Clinic("clinic-b", 600, logit_shift=1.5),
        Clinic("clinic-c", 600, feature_shift={"age": 12.0}),
    ]
    write_district(kuona_home / "district" / "district.sqlite", simulate(pima, clinics, seed=1))
    page = MonitoringPage(kuona_home)
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    with qtbot.waitSignal(page.finished, timeout=WAIT):
        assert page.refresh()
    assert page.model_box.currentText() == "pima-diabetes-lr 1.0.0"
    text = page.alarms.text()
    assert "Clinic clinic-b: the predicted risks do not match what happened" in text
    assert "Clinic clinic-c: the input 'age' is distributed unlike" in text
    assert page.charts.report is page.current()
    shots = Path(os.environ.get("KUONA_SHOTS", tmp_path))  # KUONA_SHOTS=docs/screenshots
    assert page.grab().save(str(shots / "monitoring.png"))


def test_an_empty_district_says_so(qtbot: QtBot, kuona_home: Path) -> None:
    """Without a district database the page says there are no decisions yet."""
    page = MonitoringPage(kuona_home)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.finished, timeout=WAIT):
        assert page.refresh()
    assert page.model_box.count() == 0
    assert "No decisions" in page.summary.text()


def test_the_report_is_saved_as_one_pdf_page_per_model(
    qtbot: QtBot, kuona_home: Path, tmp_path: Path
) -> None:
    """Two models in the district: the PDF for the district health team has two A4 pages,
    is written whole (no partial file left), and a folder that does not exist is said."""
    trust = TrustStore.load()
    pima = verify_package(BUILTIN_CATALOG / "pima-diabetes-lr", trust)
    birthwt = verify_package(BUILTIN_CATALOG / "birthwt-low-gb", trust)
    database = kuona_home / "district" / "district.sqlite"
    write_district(database, simulate(pima, [Clinic("clinic-a", 300)], seed=2))
    write_district(database, simulate(birthwt, [Clinic("clinic-x", 300)], seed=3))
    page = MonitoringPage(kuona_home)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.finished, timeout=WAIT):
        assert page.refresh()
    assert len(page.reports) == 2
    target = tmp_path / "monitoring.pdf"
    assert page.save_pdf(target)
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and len(re.findall(rb"/Type\s*/Page[^s]", data)) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["monitoring.pdf"]
    assert page.message.text() == f"Report saved: {target}"
    missing = tmp_path / "no-such-folder" / "report.pdf"
    assert not page.save_pdf(missing)
    assert page.message.text().startswith("⚠ The report could not be saved")
    assert not missing.parent.exists()


def test_subgroups_are_named_in_the_interface_language(qtbot: QtBot, kuona_home: Path) -> None:
    """In French the forest plot's labels and the subgroup alarm use the card's French names
    of the subgroups (Arabic: the Arabic ones), not its English names or ids."""
    pima = verify_package(BUILTIN_CATALOG / "pima-diabetes-lr", TrustStore.load())
    clinics = [Clinic("clinic-a", 1500, invert_where=("age", ">=", 30.0))]
    write_district(kuona_home / "district" / "district.sqlite", simulate(pima, clinics, seed=0))
    page = MonitoringPage(kuona_home)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.finished, timeout=WAIT):
        assert page.refresh()
    report = page.current()
    assert report is not None
    groups = [g for g in report["groups"] if g["by"] == "subgroup"]
    translations.install("fr")
    try:
        page._retranslate()
        assert [subgroup_label(g, "fr") for g in groups] == [
            "Âge < 30 ans",
            "Âge >= 30 ans",
            "IMC < 30 kg/m²",
            "IMC >= 30 kg/m²",
        ]
        assert "Patients : Âge >= 30 ans" in page.alarms.text()
        assert "Age >= 30 years" not in page.alarms.text()
        arabic = pima.card.raw["translations"]["ar"]["metrics"]["subgroups"][1]["name"]
        assert subgroup_label(groups[1], "ar") == arabic != groups[1]["key"]
    finally:
        translations.install("en")
        page._retranslate()
    assert "Patients: Age >= 30 years" in page.alarms.text()
