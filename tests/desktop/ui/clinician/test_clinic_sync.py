"""The clinic's sync screen, built on a real KUONA_HOME: key, export, receipts, confirmation."""

from __future__ import annotations

import json
import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from desktop.audit.local import open_local_store
from desktop.district.database import DistrictDB, district_db_path
from desktop.district.importer import import_paths
from desktop.sync.district_keys import init_district, load_district_private
from desktop.sync.receipts import issue_receipts, write_receipt
from desktop.ui.clinician.clinic_sync import ClinicSyncView
from desktop.ui.widgets import translations
from tests.desktop.sync.helpers import append
from tests.desktop.ui.waiting import WAIT


def clinic(tmp_path: Path, records: int) -> Path:
    """A clinic KUONA_HOME with `records` decisions, and a district (keys in tmp/district)."""
    init_district(tmp_path / "district", public_key_out=tmp_path / "district.pub.json")
    home = tmp_path / "clinic"
    with open_local_store(home) as store:
        append(store, records)
    return home


def view_of(qtbot: QtBot, home: Path) -> ClinicSyncView:
    """The view on `home`, shown, in English (plural forms as the English catalogue words them)."""
    translations.install("en")
    view = ClinicSyncView(home)
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    return view


def export(qtbot: QtBot, view: ClinicSyncView, folder: Path) -> str:
    """Export through the view, wait, and return the message shown."""
    with qtbot.waitSignal(view.finished, timeout=WAIT):
        assert view.export_to(folder)
    return view.message.text()


def district_receipts(tmp_path: Path, stick: Path) -> None:
    """The district imports the stick and writes its receipts onto it."""
    private = load_district_private(tmp_path / "district")
    with DistrictDB.open(district_db_path(tmp_path / "district")) as db:
        result = import_paths(db, [stick], district_private=private)
    assert issue_receipts(result, district=private).written


def test_without_a_district_key_only_installing_is_offered(qtbot: QtBot, tmp_path: Path) -> None:
    """No key: export and receipts are disabled and the screen says what to do; a bad key file
    is refused by name; the right one enables export."""
    home = clinic(tmp_path, 3)
    view = view_of(qtbot, home)
    assert "No district key is installed" in view.key_status.text()
    assert not view.export_button.isEnabled() and not view.receipts_button.isEnabled()
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"kind": "something else"}))
    assert not view.install_key(bad)
    assert view.message.text() == "bad.json: is not a valid Kuona district key file."
    assert view.install_key(tmp_path / "district.pub.json")
    assert "is installed" in view.key_status.text()
    assert view.export_button.isEnabled()
    buttons = view.findChildren(QPushButton)
    assert all(b.accessibleName() and "&" in b.text() for b in buttons)


def test_export_writes_a_bundle_and_says_where(qtbot: QtBot, tmp_path: Path) -> None:
    """Export to a folder: the bundle is there, the message names it and the record count, and
    the records are still waiting for the district."""
    home = clinic(tmp_path, 7)
    view = view_of(qtbot, home)
    view.install_key(tmp_path / "district.pub.json")
    stick = tmp_path / "stick"
    stick.mkdir()
    message = export(qtbot, view, stick)
    (bundle,) = stick.glob("*.kuonabundle")
    assert message.startswith(f"✔ Bundle written: {bundle} (7 record")
    assert set(view.records.statuses().values()) == {"waiting for the district's receipt"}
    assert "has not confirmed any record yet. 7 record" in view.confirmed.text()


def test_failed_export_says_why_and_leaves_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    """A missing folder, or a file where the folder should be: a sentence naming it and why."""
    home = clinic(tmp_path, 2)
    view = view_of(qtbot, home)
    view.install_key(tmp_path / "district.pub.json")
    message = export(qtbot, view, tmp_path / "not-mounted")
    assert message.startswith(f"⚠ {tmp_path / 'not-mounted'}: the bundle could not be written")
    assert "does not exist" in message and "stay on this computer" in message
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    assert "could not be written" in export(qtbot, view, blocker)
    assert blocker.read_text() == "x"


def test_cancelled_export_writes_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    """Cancel right after starting: the stick stays empty and the screen says so."""
    home = clinic(tmp_path, 1500)
    view = view_of(qtbot, home)
    view.install_key(tmp_path / "district.pub.json")
    stick = tmp_path / "stick"
    stick.mkdir()
    with qtbot.waitSignal(view.finished, timeout=WAIT):
        assert view.export_to(stick)
        view.cancel()
    assert view.message.text() == "Export cancelled: nothing was written to the stick."
    assert os.listdir(stick) == []


def test_receipts_confirm_records_and_new_ones_wait(qtbot: QtBot, tmp_path: Path) -> None:
    """After the district's receipt the screen shows confirmed up to N; records added later
    (by the decision screen, through the core) show as waiting once the view refreshes."""
    home = clinic(tmp_path, 5)
    view = view_of(qtbot, home)
    view.install_key(tmp_path / "district.pub.json")
    stick = tmp_path / "stick"
    stick.mkdir()
    export(qtbot, view, stick)
    district_receipts(tmp_path, stick)
    assert view.apply_receipts([stick])
    assert view.message.text() == "1 receipt applied."
    assert "confirmed the records up to record 5. No record is waiting." in view.confirmed.text()
    assert set(view.records.statuses().values()) == {"✔ confirmed"}
    with open_local_store(home) as store:
        append(store, 2)
    view.refresh()
    statuses = view.records.statuses()
    assert [statuses[s] for s in (7, 6, 5)] == [
        "waiting for the district's receipt",
        "waiting for the district's receipt",
        "✔ confirmed",
    ]
    assert view.confirmed_bar.text() == "5 of 7 records confirmed"
    assert "2 record" in view.confirmed.text()
    message = export(qtbot, view, stick)
    assert "(2 record" in message


def test_a_forged_receipt_is_refused_in_words(qtbot: QtBot, tmp_path: Path) -> None:
    """A receipt that is not signed by the installed district key changes nothing and says so."""
    home = clinic(tmp_path, 2)
    view = view_of(qtbot, home)
    view.install_key(tmp_path / "district.pub.json")
    other = tmp_path / "other"
    init_district(other, public_key_out=tmp_path / "other.pub.json")
    with open_local_store(home) as store:
        head = store.head()
        device = store.device_id
    path = write_receipt(
        tmp_path / "s", device_id=device, head=head, district=load_district_private(other)
    )
    assert not view.apply_receipts([path])
    assert "the receipt is not signed by the installed district key" in view.message.text()
    assert "has not confirmed any record yet" in view.confirmed.text()


def test_tab_reaches_every_button(qtbot: QtBot, tmp_path: Path) -> None:
    """The keyboard alone (Tab) reaches every enabled button of the screen."""
    home = clinic(tmp_path, 2)
    view = view_of(qtbot, home)
    view.install_key(tmp_path / "district.pub.json")
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=WAIT)
    buttons = {b for b in view.findChildren(QPushButton) if b.isEnabled() and b.isVisible()}
    assert len(buttons) == 4  # install, export, receipts, erase
    view.install_button.setFocus()
    reached = set()
    for _ in range(12):
        widget = QApplication.focusWidget()
        assert widget is not None
        reached.add(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert buttons <= reached


def test_an_unreadable_audit_log_is_said_not_crashed_on(qtbot: QtBot, tmp_path: Path) -> None:
    """A damaged audit.sqlite: the screen says the log cannot be opened, and so does export."""
    home = clinic(tmp_path, 2)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{home / 'audit.sqlite'}{suffix}").unlink(missing_ok=True)
    (home / "audit.sqlite").write_bytes(b"not a database, " * 100)
    view = view_of(qtbot, home)
    assert view.confirmed.text().startswith("⚠ audit.sqlite: the audit log cannot be opened")
    view.install_key(tmp_path / "district.pub.json")
    stick = tmp_path / "stick"
    stick.mkdir()
    assert export(qtbot, view, stick).startswith("⚠ audit.sqlite: the audit log cannot be opened")
    assert os.listdir(stick) == []
