"""The Follow-up view: open decisions oldest due first, found by patient, outcome by keyboard."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop import keys
from desktop.audit.store import AuditStore
from desktop.ui.clinician.followup import FollowupView
from tests.desktop.audit.entries import DEVICE, decision_entry
from tests.desktop.ui.waiting import WAIT


def _decided(days_ago: int, ref: str | None = None) -> dict[str, object]:
    entry = decision_entry(patient_ref=keys.pseudonymise(ref) if ref else None)
    entry["explanation"] = {
        **entry["explanation"],
        "decided_on": str(date.today() - timedelta(days=days_ago)),
    }
    return entry


def _view(qtbot: QtBot, path: Path) -> FollowupView:
    view = FollowupView(lambda: AuditStore.open(path, device_id=DEVICE))
    qtbot.addWidget(view)
    view.set_horizons({"pima-diabetes-lr": 30})
    view.show()
    return view


def test_due_decisions_are_listed_oldest_first_and_a_patient_is_found_by_reference(
    qtbot: QtBot, tmp_path: Path, kuona_home: Path
) -> None:
    """Past the 30-day horizon only, oldest due first; typing a reference shows that patient's."""
    path = tmp_path / "audit.sqlite"
    with AuditStore.open(path, device_id=DEVICE) as store:
        store.append(_decided(40, "MRN-1"))
        store.append(_decided(90, "MRN-2"))
        store.append(_decided(5, "MRN-3"))
    view = _view(qtbot, path)
    assert view.table.rowCount() == 2
    assert [view.table.item(r, 1).text() for r in range(2)] == ["60", "10"]
    qtbot.keyClicks(view.search, "mrn-3")
    assert view.table.rowCount() == 1
    assert view.table.item(0, 1).text() == "-25"


def test_an_outcome_is_entered_by_keyboard_and_a_wrong_one_is_refused(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Type 2 and Enter: one sentence, nothing written; type 1 and Enter: recorded, list empty."""
    path = tmp_path / "audit.sqlite"
    with AuditStore.open(path, device_id=DEVICE) as store:
        decision = store.append(_decided(40))
    view = _view(qtbot, path)
    qtbot.keyClicks(view.observed, "2")
    qtbot.keyClick(view.observed, Qt.Key.Key_Return)
    assert "'2' is not a valid observed value" in view.message.text()
    view.observed.selectAll()
    qtbot.keyClicks(view.observed, "1")
    with qtbot.waitSignal(view.recorded, timeout=WAIT) as recorded:
        qtbot.keyClick(view.observed, Qt.Key.Key_Return)
    with AuditStore.open(path, device_id=DEVICE) as store:
        records = [r.data for r in store.records()]
    assert [r["kind"] for r in records] == ["decision", "outcome"]
    assert records[1]["uuid"] == recorded.args[0]
    assert records[1]["body"]["observes"] == decision.uuid
    assert view.table.rowCount() == 0


def test_an_outcome_carries_the_signed_in_clinicians_id(qtbot: QtBot, tmp_path: Path) -> None:
    """With an account id set (the signed-in clinician), the outcome record carries it."""
    path = tmp_path / "audit.sqlite"
    with AuditStore.open(path, device_id=DEVICE) as store:
        store.append(_decided(40))
    view = _view(qtbot, path)
    view.clinician = "0123456789abcdef0123456789abcdef"
    qtbot.keyClicks(view.observed, "1")
    with qtbot.waitSignal(view.recorded, timeout=WAIT):
        qtbot.keyClick(view.observed, Qt.Key.Key_Return)
    with AuditStore.open(path, device_id=DEVICE) as store:
        outcome = list(store.records())[-1]
        assert store.verify() == []
    assert outcome.data["clinician"] == view.clinician and outcome.intact()
