"""The clinic's erasure box, on a real KUONA_HOME: an unknown reference, then a real erasure."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.audit.decision import pseudonym
from desktop.audit.local import open_local_store
from desktop.ui.clinician.clinic_sync import ClinicSyncView
from tests.desktop.audit.entries import decision_entry
from tests.desktop.privacy.scenario import NOTE, REF
from tests.desktop.ui.waiting import WAIT


def test_the_box_refuses_an_unknown_reference_then_erases_the_patient(
    qtbot: QtBot, kuona_home: Path
) -> None:
    """In the sync tab: an unknown reference is refused with the catalogue's sentence and
    nothing changes; the patient's reference erases their record, the records list shows the
    erasure, the log still verifies."""
    with open_local_store(kuona_home) as store:
        store.append(decision_entry(note=NOTE, patient_ref=pseudonym(REF)))
    view = ClinicSyncView(kuona_home)
    qtbot.addWidget(view)
    box = view.erase_box
    assert box.plan("KCH-0000-000000") is None
    assert not box.erase("KCH-0000-000000")
    assert "no record" in box.message.text() and box.message.text().startswith("⚠")
    box.reference.setText(REF)
    with qtbot.waitSignal(box.erased, timeout=WAIT):
        assert box.erase(box.reference.text())
    assert "records: 1" in box.message.text() and box.reference.text() == ""
    table = view.records.table
    shown = [table.item(row, 3).text() for row in range(table.rowCount())]  # type: ignore[union-attr]
    assert "A patient's data erased" in shown
    with open_local_store(kuona_home) as store:
        (record, erasure) = list(store.records())
        assert record.data["note"] is None and erasure.kind == "erasure"
        assert store.verify() == []
