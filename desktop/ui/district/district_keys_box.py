"""District set-up: make the district's key pairs once, and hand clinics its public key file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.sync.district_keys import (
    init_district,
    is_district,
    load_district_private,
    save_public_key,
)
from desktop.sync.errors import SyncError
from desktop.ui.widgets import sync_words
from desktop.ui.widgets.retranslating import Retranslating


class DistrictKeysBox(Retranslating, QGroupBox):
    """Whether this computer is the district (its key id), and the buttons to make it one."""

    # The district keys were just made.
    changed = Signal()

    def __init__(self, home: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.home = Path(home)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.set_up_button = QPushButton()
        self.set_up_button.clicked.connect(self.choose_public_key_file)
        self.save_key_button = QPushButton()
        self.save_key_button.clicked.connect(self.choose_public_key_copy)
        buttons = QHBoxLayout()
        buttons.addWidget(self.set_up_button)
        buttons.addWidget(self.save_key_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self._district = False
        self._idle = True
        self._retranslate()

    def _retranslate(self) -> None:
        self.setTitle(self.tr("District keys"))
        self.set_up_button.setText(self.tr("&Set up this computer as the district…"))
        self.save_key_button.setText(self.tr("Save the public &key for clinics…"))
        self.set_up_button.setAccessibleName(self.tr("Set up this computer as the district"))
        self.save_key_button.setAccessibleName(self.tr("Save the district's public key"))
        self.status.setAccessibleName(self.tr("District key status"))
        self.message.setAccessibleName(self.tr("District set-up message"))
        self.refresh()

    def is_district(self) -> bool:
        """This computer holds usable district keys (as last read)."""
        return self._district

    def set_idle(self, idle: bool) -> None:
        """Buttons work only while no job runs."""
        self._idle = idle
        self._enable()

    def _enable(self) -> None:
        self.set_up_button.setEnabled(self._idle and not self._district)
        self.save_key_button.setEnabled(self._idle and self._district)

    def refresh(self) -> None:
        """Read the district keys again."""
        self._district = False
        if not is_district(self.home):
            self.status.setText(
                self.tr(
                    "This computer holds no district keys yet. Set it up once as the district, "
                    "then give the public key file to every clinic."
                )
            )
        else:
            try:
                key_id = load_district_private(self.home).public.key_id
            except SyncError as error:
                self.status.setText(sync_words.error_sentence(error))
            else:
                self._district = True
                self.status.setText(
                    self.tr(
                        "This computer is the district (key {key_id}). Clinics encrypt their "
                        "bundles for this key; keep this computer's data folder private."
                    ).format(key_id=key_id)
                )
        self._enable()

    def _ask_where(self) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the district's public key for clinics"),
            str(Path.home() / "district.pub.json"),
            self.tr("District key (*.json)"),
        )
        return Path(path) if path else None

    def choose_public_key_file(self) -> None:
        """Ask where to save the public key file, then set up the district keys."""
        path = self._ask_where()
        if path is not None:
            self.set_up_district(path)

    def set_up_district(self, public_key_out: Path) -> bool:
        """Make the district's key pairs and write the public file; True when done."""
        try:
            key = init_district(self.home, public_key_out=public_key_out)
        except SyncError as error:
            self.message.setText(sync_words.error_sentence(error))
            self.refresh()
            return False
        self.message.setText(
            self.tr("District keys made (key {key_id}). Give {file} to every clinic.").format(
                key_id=key.key_id, file=public_key_out
            )
        )
        self.refresh()
        self.changed.emit()
        return True

    def choose_public_key_copy(self) -> None:
        """Ask where to save another copy of the public key file."""
        path = self._ask_where()
        if path is not None:
            self.save_public_key(path)

    def save_public_key(self, out: Path) -> bool:
        """Write the district's public key file to `out`; True when written."""
        try:
            key = save_public_key(self.home, out)
        except SyncError as error:
            self.message.setText(sync_words.error_sentence(error))
            return False
        self.message.setText(
            self.tr("Public key {key_id} written to {file}.").format(key_id=key.key_id, file=out)
        )
        return True
