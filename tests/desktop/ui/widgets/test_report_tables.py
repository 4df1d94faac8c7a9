"""The District screen's report tables show decisions per clinician pseudonym."""

from __future__ import annotations

import uuid
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.district.importer import import_paths
from desktop.district.report import district_report
from desktop.ui.widgets import translations
from desktop.ui.widgets.report_tables import ReportTables
from tests.desktop.audit.entries import decision_entry
from tests.desktop.sync.helpers import make_clinic, make_district, open_district


def test_by_clinician_table_has_one_row_per_pseudonym(qtbot: QtBot, tmp_path: Path) -> None:
    """Imported records of two accounts and none: three rows, short ids, override counts."""
    translations.install("en")
    district = make_district(tmp_path)
    clinic = make_clinic(tmp_path, 1)
    amina, juma = uuid.uuid4().hex, uuid.uuid4().hex
    for decision, reason, who in (
        ("override", "patient_context", amina),
        ("accept", None, amina),
        ("accept", None, juma),
    ):
        clinic.store.append(decision_entry(decision=decision, reason=reason, clinician=who))
    bundle = clinic.export(tmp_path / "stick", district)
    with open_district(tmp_path) as db:
        import_paths(db, [bundle], district_private=district)
        report = district_report(db)
    tables = ReportTables()
    qtbot.addWidget(tables)
    tables.show_report(report)
    table = tables.tables["by_clinician"]
    assert tables.tabText(tables.indexOf(table)) == "By clinician"
    cells = {
        table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 4).text())
        for r in range(table.rowCount())
    }
    assert cells == {
        "without an account": ("1", "0"),
        amina[:8]: ("2", "1"),
        juma[:8]: ("1", "0"),
    }
    assert table.horizontalHeaderItem(0).text() == "Clinician (pseudonymous id)"
