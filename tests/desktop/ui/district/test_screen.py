"""The district screen: set-up, import in a worker with progress and Cancel, reconciliation,
and the report as tables and a chart, all built from real keys, bundles and databases."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desktop.district.importer import import_paths
from desktop.sync.district_keys import init_district
from desktop.ui.district.screen import DistrictView
from i18n.update import release
from tests.desktop.audit.entries import decision_entry
from tests.desktop.sync.helpers import (
    append,
    make_clinic,
    make_district,
    open_district,
    raw_edit,
)
from tests.desktop.ui.waiting import WAIT


def view_of(qtbot: QtBot, home: Path) -> DistrictView:
    """A district view on `home`, shown, with its first report read."""
    view = DistrictView(home)
    qtbot.addWidget(view)
    view.resize(1300, 800)
    with qtbot.waitSignal(view.finished, timeout=WAIT):
        view.show()
    return view


def run_import(qtbot: QtBot, view: DistrictView, *paths: Path) -> None:
    """Import through the view and wait for the reconciliation and the report."""
    with qtbot.waitSignal(view.finished, timeout=WAIT):
        assert view.import_paths(list(paths))


def shot(widget: QWidget, tmp_path: Path, name: str) -> None:
    """Save a screenshot (in $KUONA_SHOTS when set, to look at)."""
    folder = Path(os.environ.get("KUONA_SHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(folder / name))


def findings(view: DistrictView) -> list[str]:
    """The texts of the findings list."""
    items = view.reconciliation.findings
    return [items.item(i).text() for i in range(items.count())]


def test_set_up_the_district_from_the_screen(qtbot: QtBot, tmp_path: Path) -> None:
    """A computer without keys offers set-up only; after it, the key id shows and import works."""
    home = tmp_path / "district-home"
    view = view_of(qtbot, home)
    assert view.keys.set_up_button.isEnabled()
    assert not view.import_folder_button.isEnabled()
    assert "no district keys" in view.keys.status.text()
    out = tmp_path / "for-clinics.pub.json"
    with qtbot.waitSignal(view.finished, timeout=WAIT):
        assert view.keys.set_up_district(out)
    assert out.exists()
    assert "This computer is the district" in view.keys.status.text()
    assert view.import_folder_button.isEnabled() and not view.keys.set_up_button.isEnabled()
    assert view.keys.save_public_key(tmp_path / "copy.json")
    assert (tmp_path / "copy.json").read_bytes() == out.read_bytes()
    assert not view.keys.set_up_district(tmp_path / "again.json")
    assert "already has district keys" in view.keys.message.text()


def test_every_control_has_an_accessible_name(qtbot: QtBot, tmp_path: Path) -> None:
    """Buttons and tables can be found by a screen reader, and buttons have keyboard mnemonics."""
    make_district(tmp_path)
    view = view_of(qtbot, tmp_path / "district-home")
    buttons = view.findChildren(QPushButton)
    assert len(buttons) >= 6
    assert all(b.accessibleName() for b in buttons)
    assert all("&" in b.text() for b in buttons)
    for table in (view.reconciliation.devices, *view.report.tables.tables.values()):
        assert table.accessibleName()
    assert view.report.chart.accessibleName()


def test_import_shows_the_reconciliation_and_the_report(qtbot: QtBot, tmp_path: Path) -> None:
    """Two clinics' bundles: counts per device, receipts written, totals, chart and tables."""
    district = make_district(tmp_path)
    a, b = make_clinic(tmp_path, 12, name="a"), make_clinic(tmp_path, 8, name="b")
    stick = tmp_path / "stick"
    a.export(stick, district), b.export(stick, district)
    view = view_of(qtbot, tmp_path / "district-home")
    assert view.report.shown()["records"] == 0
    run_import(qtbot, view, stick)
    table = view.reconciliation.devices
    rows = {
        table.item(r, 0).toolTip(): [table.item(r, c).text() for c in range(1, 8)]
        for r in range(table.rowCount())
    }
    assert rows == {
        a.store.device_id: ["1", "12", "0", "0", "0", "0", "12"],
        b.store.device_id: ["1", "8", "0", "0", "0", "0", "8"],
    }
    assert "No gaps, no tampering, no refused bundles." in view.reconciliation.summary.text()
    assert [t for t in findings(view) if t.startswith("Receipt for device")] == findings(view)
    assert len(list(stick.glob("*.kuonareceipt"))) == 2
    report = view.report.shown()
    assert (report["records"], report["accepts"], report["partials"]) == (20, 10, 5)
    assert "20 record" in view.report.totals.text()
    assert [(r.accepts, r.partials, r.overrides) for r in view.report.chart.rows()] == [(10, 5, 5)]
    by_device = view.report.tables.tables["by_device"]
    assert by_device.rowCount() == 2
    shot(view, tmp_path, "district-import.png")
    run_import(qtbot, view, stick)  # again: only duplicates
    assert {table.item(r, 3).text() for r in range(table.rowCount())} == {"12", "8"}
    assert view.report.shown()["records"] == 20


def test_gaps_tampering_and_refusals_are_shown_in_words(qtbot: QtBot, tmp_path: Path) -> None:
    """A deleted record, a hand-edited one and a cut bundle each appear in words, in the
    reconciliation and in the report's problems table."""
    district = make_district(tmp_path)
    clinic = make_clinic(tmp_path, 10)
    raw_edit(clinic.store.path, "DELETE FROM records WHERE seq = 4")
    raw_edit(clinic.store.path, "UPDATE records SET decision = 'accept' WHERE seq = 8")
    stick = tmp_path / "stick"
    good = clinic.export(stick, district)
    (stick / "cut.kuonabundle").write_bytes(good.read_bytes()[:-10])
    view = view_of(qtbot, tmp_path / "district-home")
    run_import(qtbot, view, stick)
    texts = findings(view)
    short = clinic.store.device_id[:8]
    assert f"Gap on device {short}: record 4 missing." in texts
    assert f"Tampering on device {short}, record 8: changed after it was written." in texts
    assert any(t.startswith("Refused: cut.kuonabundle: the bundle is cut short") for t in texts)
    assert "3 problem" in view.reconciliation.summary.text()
    problems = view.report.tables.tables["problems"]
    cells = [problems.item(r, 2).text() for r in range(problems.rowCount())]
    assert cells[0] == "Gap: these records never reached the district"
    assert cells[1] == "Tampering: changed after it was written"
    assert cells[2].startswith("Refused bundle: cut.kuonabundle:")
    assert "problem" in view.report.totals.text()
    view.report.tables.setCurrentIndex(3)
    shot(view, tmp_path, "district-problems.png")


def test_cancel_keeps_finished_bundles_and_nothing_of_the_next(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Cancel after the first bundle: the import stops, says so, and every bundle is in the
    district database whole or not at all."""
    district = make_district(tmp_path)
    stick = tmp_path / "stick"
    for name in "abcd":
        make_clinic(tmp_path, 300, name=name).export(stick, district)
    view = view_of(qtbot, tmp_path / "district-home")

    def cancel_after_first_bundle(value: int) -> None:
        if view.job.kind() == "import" and value >= 1:
            view.cancel()

    view.job.bar.valueChanged.connect(cancel_after_first_bundle)
    run_import(qtbot, view, stick)
    assert "Import stopped after" in view.reconciliation.summary.text()
    db = sqlite3.connect(tmp_path / "district-home" / "district" / "district.sqlite")
    stored, imported, bundles = db.execute(
        "SELECT (SELECT count(*) FROM records), (SELECT sum(added) FROM imports), "
        "(SELECT count(*) FROM imports)"
    ).fetchone()
    db.close()
    assert 1 <= bundles < 4
    assert stored == imported == 300 * bundles
    assert view.report.shown()["records"] == stored


def test_view_follows_the_database_it_does_not_own(qtbot: QtBot, tmp_path: Path) -> None:
    """Records imported by another program (the CLI) appear after refresh()."""
    district = make_district(tmp_path)
    view = view_of(qtbot, tmp_path / "district-home")
    clinic = make_clinic(tmp_path, 3)
    clinic.store.append(
        decision_entry(
            model={
                "id": "other-model",
                "version": "2.0",
                "package_hash": "cd" * 32,
                "demonstration": True,
            },
            decision="override",
            reason="other",
        )
    )
    append(clinic.store, 1)
    with open_district(tmp_path) as db:
        import_paths(db, [clinic.export(tmp_path / "stick", district)], district_private=district)
    assert view.report.shown()["records"] == 0
    with qtbot.waitSignal(view.finished, timeout=WAIT):
        assert view.refresh()
    assert view.report.shown()["records"] == 5
    labels = [r.label for r in view.report.chart.rows()]
    assert labels == ["other-model 2.0", "pima-diabetes-lr 1.0.0"]
    assert view.report.tables.tables["by_model"].rowCount() == 2


def test_report_saved_as_csv_or_a_clear_failure(qtbot: QtBot, tmp_path: Path) -> None:
    """Save as CSV writes the files and says where; a file in the way is named in the message."""
    init_district(tmp_path / "district-home", public_key_out=tmp_path / "pub.json")
    view = view_of(qtbot, tmp_path / "district-home")
    assert view.report.save_csv(tmp_path / "csv")
    assert (tmp_path / "csv" / "by_model.csv").exists()
    assert "8 CSV file" in view.report.note.text()  # by_clinician.csv since accounts
    assert (tmp_path / "csv" / "by_clinician.csv").exists()
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    assert not view.report.save_csv(blocker)
    assert view.report.note.text().startswith(f"{blocker}: the report's CSV files could not")


def test_language_change_rewords_the_screen(qtbot: QtBot, tmp_path: Path) -> None:
    """Installing the French catalogue rewords buttons, tables and the report at once."""
    make_district(tmp_path)
    view = view_of(qtbot, tmp_path / "district-home")
    (qm,) = [p for p in release(tmp_path) if p.name == "kuona_fr.qm"]
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        qtbot.waitUntil(
            lambda: view.import_files_button.text() == "Importer des &fichiers de lots…",
            timeout=WAIT,
        )
        assert view.report.tables.tabText(0) == "Par modèle"
        assert view.job.cancel_button.text() == "&Annuler"
        assert view.report.totals.text().startswith("0 enregistrement de 0 appareil")
    finally:
        QCoreApplication.removeTranslator(translator)
    qtbot.waitUntil(
        lambda: view.import_files_button.text() == "Import bundle &files…", timeout=WAIT
    )
