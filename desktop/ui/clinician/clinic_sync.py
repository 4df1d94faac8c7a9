"""The clinic's sync screen: install the district key, export to a USB stick, apply receipts.

Records stay exportable until a receipt from the district confirms them (ODK #1017); the
screen says up to which record the district has confirmed and how many are still waiting.
The state lives in KUONA_HOME (audit log, keys); the view reads it, and exports in a worker.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import keys
from desktop.audit.errors import AuditError
from desktop.audit.local import local_log_path, open_local_store
from desktop.privacy.notes_policy import note_sharer, pick_up_policies
from desktop.sync.district_keys import install_district_key, load_district_public
from desktop.sync.errors import Cancelled, SyncError, SyncRefusal
from desktop.sync.export import export_bundle
from desktop.sync.receipts import apply_receipts, confirmation
from desktop.ui.clinician.erase_patient import ErasePatientBox
from desktop.ui.clinician.sync_records import RecentRecords
from desktop.ui.widgets import sync_words
from desktop.ui.widgets.job_bar import JobBar
from desktop.ui.widgets.retranslating import Retranslating


def run_export(
    home: Path,
    folder: Path,
    *,
    on_progress: Callable[[int, int], None],
    should_stop: Callable[[], bool],
) -> tuple[Path | None, int]:
    """Export the unconfirmed records to `folder`: (bundle path or None, records in it)."""
    district = load_district_public(home)
    with open_local_store(home) as store:
        pending = confirmation(store)[1]
        path = export_bundle(
            store,
            to_dir=folder,
            device_key=keys.signing_key(home),
            district_public=district,
            on_progress=on_progress,
            should_stop=should_stop,
            share_note=note_sharer(home),
        )
    return path, pending


class ClinicSyncView(Retranslating, QWidget):
    """District key, export to a folder, receipts, and which records the district confirmed."""

    # An export ended (written, nothing to write, failed or cancelled) and is shown.
    finished = Signal()
    # The sync step installed a new notes policy (the note field's words follow it).
    policy_changed = Signal()

    def __init__(self, home: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.home = Path(home)
        self.key_status = QLabel()
        self.key_status.setWordWrap(True)
        self.install_button = QPushButton()
        self.install_button.clicked.connect(self.choose_key_file)
        self.confirmed = QLabel()
        self.confirmed.setWordWrap(True)
        self.confirmed_bar = QProgressBar()
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.choose_folder)
        self.receipts_button = QPushButton()
        self.receipts_button.clicked.connect(self.choose_receipts)
        self.job = JobBar(self)
        self.job.finished.connect(self._export_finished)
        self.message = QLabel()
        self.message.setWordWrap(True)
        # Made before the records table, which keeps Tab for its cells: Tab reaches it first.
        self.erase_box = ErasePatientBox(self.home, self)
        self.erase_box.erased.connect(self.refresh)
        self.records = RecentRecords(self)
        self._layout()
        self._retranslate()

    def _layout(self) -> None:
        self.key_box = QGroupBox()
        key = QVBoxLayout(self.key_box)
        key.addWidget(self.key_status)
        row = QHBoxLayout()
        row.addWidget(self.install_button)
        row.addStretch(1)
        key.addLayout(row)
        self.sync_box = QGroupBox()
        sync = QVBoxLayout(self.sync_box)
        sync.addWidget(self.confirmed)
        sync.addWidget(self.confirmed_bar)
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addWidget(self.receipts_button)
        row.addStretch(1)
        sync.addLayout(row)
        sync.addWidget(self.job)
        sync.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.addWidget(self.key_box)
        layout.addWidget(self.sync_box)
        layout.addWidget(self.erase_box)
        layout.addWidget(self.records, 1)

    def _retranslate(self) -> None:
        self.key_box.setTitle(self.tr("District key"))
        self.sync_box.setTitle(self.tr("Carry the records to the district"))
        self.install_button.setText(self.tr("&Install the district key…"))
        self.export_button.setText(self.tr("&Export to a folder (USB stick)…"))
        self.receipts_button.setText(self.tr("Apply &receipts from the district…"))
        for widget, name in (
            (self.install_button, self.tr("Install the district key")),
            (self.export_button, self.tr("Export the unconfirmed records to a folder")),
            (self.receipts_button, self.tr("Apply receipts from the district")),
            (self.key_status, self.tr("District key status")),
            (self.confirmed, self.tr("Records confirmed by the district")),
            (self.confirmed_bar, self.tr("Share of records confirmed by the district")),
            (self.message, self.tr("Export and receipt messages")),
        ):
            widget.setAccessibleName(name)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """Read the state again whenever the screen is shown (decisions may have been added)."""
        super().showEvent(event)
        self.refresh()

    # --- state ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the district key, the log's confirmation and its latest records again."""
        try:
            key_id: str | None = load_district_public(self.home).key_id
        except SyncError as error:
            key_id = None
            self.key_status.setText(
                self.tr(
                    "No district key is installed yet: ask the district for its public key file."
                )
                if error.code is SyncRefusal.DISTRICT_KEY_MISSING
                else sync_words.error_sentence(error)
            )
        else:
            self.key_status.setText(
                self.tr("District key {key_id} is installed: bundles are encrypted for it.").format(
                    key_id=key_id
                )
            )
        self._key = key_id
        try:
            self._show_confirmation()
        except AuditError as error:  # the log cannot be opened: say so, keep the window
            self._pending = 0
            self.confirmed.setText("⚠ " + sync_words.error_sentence(error))
            self.records.show_records([], confirmed=0)
        self._enable()

    def _show_confirmation(self) -> None:
        if not local_log_path(self.home).exists():
            self.confirmed.setText(self.tr("No decision has been recorded on this computer yet."))
            self.confirmed_bar.setRange(0, 1)
            self.confirmed_bar.setValue(0)
            self.confirmed_bar.setFormat(self.tr("No records"))
            self.records.show_records([], confirmed=0)
            self._pending = 0
            return
        with open_local_store(self.home) as store:
            seq, pending = confirmation(store)
            total = store.count()
            self.records.show_records(self.records.latest(store), confirmed=seq)
        self._pending = pending
        done = (
            self.tr("The district has confirmed the records up to record {seq}.").format(
                seq=sync_words.integer(seq)
            )
            if seq
            else self.tr("The district has not confirmed any record yet.")
        )
        self.confirmed.setText(
            done
            + " "
            + (
                self.tr(
                    "%n record(s) are waiting for the district's receipt and will be exported "
                    "again.",
                    "",
                    pending,
                )
                if pending
                else self.tr("No record is waiting.")
            )
        )
        self.confirmed_bar.setRange(0, max(total, 1))
        self.confirmed_bar.setValue(total - pending)
        self.confirmed_bar.setFormat(self.tr("%v of %m records confirmed"))

    def _enable(self) -> None:
        idle = not self.job.busy()
        self.install_button.setEnabled(idle)
        self.export_button.setEnabled(idle and self._key is not None)
        self.receipts_button.setEnabled(idle and self._key is not None)

    # --- district key ---------------------------------------------------------------------

    def choose_key_file(self) -> None:
        """Pick the district's public key file and install it."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Install the district key"), "", self.tr("District key (*.json)")
        )
        if path:
            self.install_key(Path(path))

    def install_key(self, path: Path) -> bool:
        """Check and install the district's public key file; True when installed."""
        try:
            key = install_district_key(self.home, path)
        except SyncError as error:
            self.message.setText(sync_words.error_sentence(error))
            return False
        self.message.setText(self.tr("District key {key_id} installed.").format(key_id=key.key_id))
        self.refresh()
        return True

    # --- export ---------------------------------------------------------------------------

    def choose_folder(self) -> None:
        """Pick a folder (the USB stick) and export to it."""
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export to a folder (USB stick)"))
        if folder:
            self.export_to(Path(folder))

    def export_to(self, folder: Path) -> bool:
        """Export the unconfirmed records into `folder` in the worker; False if busy."""
        home, folder = self.home, Path(folder)
        started = self.job.start(
            lambda **callbacks: run_export(home, folder, **callbacks),
            kind="export",
            text=self.tr("Reading records: %v of %m"),
        )
        if started:
            self.message.setText(self.tr("Writing the bundle to {folder}…").format(folder=folder))
            self._enable()
        return started

    def cancel(self) -> None:
        """Stop the running export (nothing is left on the stick)."""
        self.job.cancel()

    def shutdown(self) -> None:
        """Stop and wait for a running export (before the window closes)."""
        self.job.shutdown()

    def _export_finished(self, kind: str, outcome: object, error: object) -> None:
        self.message.setText(self._export_words(outcome, error))
        self.refresh()
        self.finished.emit()

    def _export_words(self, outcome: object, error: object) -> str:
        if isinstance(error, Cancelled):
            return self.tr("Export cancelled: nothing was written to the stick.")
        if isinstance(error, SyncError | AuditError):
            return "⚠ " + sync_words.error_sentence(error)
        if error is not None:
            return "⚠ " + self.tr("The export failed: {error}").format(
                error=f"{type(error).__name__}: {error}"
            )
        assert isinstance(outcome, tuple)
        path, count = outcome
        if path is None:
            return self.tr("Nothing to export: the district has confirmed every record.")
        return self.tr(
            "✔ Bundle written: {file} (%n record(s)). Take the stick to the district; the records "
            "stay on this computer and are exported again until its receipt confirms them.",
            "",
            count,
        ).format(file=path)

    # --- receipts -------------------------------------------------------------------------

    def choose_receipts(self) -> None:
        """Pick receipt files (from the stick) and apply them."""
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Apply receipts from the district"),
            "",
            self.tr("Kuona receipts (*.kuonareceipt)"),
        )
        if files:
            self.apply_receipts([Path(f) for f in files])

    def apply_receipts(self, paths: list[Path]) -> bool:
        """Apply the receipts named or inside the folders named; True if all were good."""
        try:
            district = load_district_public(self.home)
            with open_local_store(self.home) as store:
                outcome = apply_receipts(store, list(paths), district=district)
        except (SyncError, AuditError) as error:
            self.message.setText("⚠ " + sync_words.error_sentence(error))
            return False
        lines = [sync_words.error_sentence(e) for e in outcome.refused]
        lines += [
            self.tr("{file}: a receipt for another device ({device}); ignored.").format(
                file=path.name, device=sync_words.short_id(device)
            )
            for path, device in outcome.other_device
        ]
        policies = pick_up_policies(self.home, [*paths, *{Path(p).parent for p in paths}])
        lines += [sync_words.error_sentence(e) for e in policies.refused]
        if policies.installed:
            lines.append(self._policy_words(policies.installed[-1].notes))
        applied = self.tr("%n receipt(s) applied.", "", len(outcome.applied))
        self.message.setText("\n".join([applied, *lines]))
        self.refresh()
        if policies.installed:
            self.policy_changed.emit()
        return not (outcome.refused or policies.refused)

    def _policy_words(self, notes: str) -> str:
        if notes == "scrubbed":
            return self.tr(
                "The district's notes policy is installed: notes are now sent to the district "
                "with phone numbers, e-mail addresses, dates and ID numbers removed (names are "
                "not removed)."
            )
        return self.tr("The district's notes policy is installed: notes stay on this laptop.")
