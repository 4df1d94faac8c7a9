"""The main window: the screens, the door, the menus (desktop/ui/launch.py starts it)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox, QTabWidget

from desktop import paths
from desktop.audit.local import open_local_store
from desktop.privacy.notes_policy import installed_policy
from desktop.ui.clinician.clinic_sync import ClinicSyncView
from desktop.ui.clinician.followup import FollowupView
from desktop.ui.clinician.screen import ClinicianScreen
from desktop.ui.district.monitoring import MonitoringPage
from desktop.ui.district.screen import DistrictView
from desktop.ui.door import MINUTE, SessionDoor
from desktop.ui.training.screen import TrainingView
from desktop.ui.widgets import sentences, translations
from desktop.ui.widgets.model_update import ModelUpdate
from desktop.ui.widgets.worker import Worker

if TYPE_CHECKING:
    from collections.abc import Callable

    from desktop.accounts.session import Session
    from models.catalog import CatalogEntry

#: Each language named in itself, as the language menu shows it.
NATIVE_NAMES = {
    "en": "English",
    "fr": "Français",
    "pt": "Português",
    "es": "Español",
    "sw": "Kiswahili",
    "ar": "العربية",
}
RIGHT_TO_LEFT = ("ar",)


def _load() -> list[CatalogEntry]:
    """Verify every package (in the worker thread: onnx, onnxruntime and numpy load here)."""
    from models.catalog import load_catalog  # noqa: PLC0415
    from models.signing import TrustStore  # noqa: PLC0415

    entries = load_catalog(paths.model_folders(), TrustStore.load(paths.trust_folder()))
    import sqlite_utils  # noqa: F401, PLC0415 - warm the audit log's import (pandas) off the GUI

    return entries


def apply_direction(language: str) -> None:
    """Lay the whole application out right to left for Arabic, left to right otherwise."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        rtl = language in RIGHT_TO_LEFT
        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )


class MainWindow(QMainWindow):
    """Shown at once; the catalog is verified in a worker thread and then listed."""

    def __init__(
        self,
        *,
        language: str = "en",
        judgement_first: bool = True,
        on_preference: Callable[[str, Any], None] | None = None,
        session: Session | None = None,
        lock_after_ms: int = 5 * MINUTE,
    ) -> None:
        """`session`: who is signed in (default: no one, so the door asks); the session
        locks after `lock_after_ms` without keyboard or mouse."""
        super().__init__()
        self.language = language
        self._on_preference = on_preference or (lambda _key, _value: None)
        self.status = QLabel()
        self.statusBar().addWidget(self.status, 1)
        self.clinician = ClinicianScreen(
            open_local_store,
            judgement_first=judgement_first,
            language=language,
            notes_policy=lambda: installed_policy(paths.home()),
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(self.clinician, "")
        self.followup = FollowupView(open_local_store)  # outcomes of past decisions
        self.tabs.addTab(self.followup, "")
        self.training = TrainingView(language=language)  # training.sqlite only, no audit log
        self.tabs.addTab(self.training, "")
        self.sync = ClinicSyncView(paths.home())  # the clinic's side of the USB trip
        self.sync.policy_changed.connect(self.clinician.decision.refresh_policy)
        self.tabs.addTab(self.sync, "")
        self.district = DistrictView(paths.home())  # district staff: import and review
        self.tabs.addTab(self.district, "")
        self.monitoring = MonitoringPage(paths.home())  # district: is each model still right?
        self.tabs.addTab(self.monitoring, "")
        self.door = SessionDoor(
            self,
            tabs=self.tabs,
            clinician=self.clinician,
            followup=self.followup,
            training=self.training,
            session=session,
            lock_after_ms=lock_after_ms,
            language=language,
            # late-bound: set_preference_handler replaces the handler after construction
            on_preference=lambda key, value: self._on_preference(key, value),  # noqa: PLW0108
        )
        self.model_update = ModelUpdate(self, home=paths.home(), language=language)
        self.model_update.finished.connect(self._models_updated)
        self._menus(judgement_first)
        self.tabs.currentChanged.connect(lambda _index: self._retranslate())
        self.resize(1360, 760)
        self._loaded = False
        self._new_loader()
        self._retranslate()

    def _new_loader(self) -> None:
        self.loader = Worker(_load, self)
        self.loader.done.connect(self._on_loaded)
        self.loader.error.connect(self._on_failed)

    def _models_updated(self, changed: bool, text: str) -> None:
        """Say what the update did; list the packages again when it changed any."""
        self.say(text)
        if changed and not self.loader.is_running():
            self._new_loader()
            self.loader.start()

    def _menus(self, judgement_first: bool) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.pdf_action = QAction(self, shortcut=QKeySequence("Ctrl+Shift+S"))
        self.pdf_action.triggered.connect(self.clinician.pdf_button.click)
        self.print_action = QAction(self, shortcut=QKeySequence(QKeySequence.StandardKey.Print))
        self.print_action.triggered.connect(self._print)
        self.quit_action = QAction(self, shortcut=QKeySequence(QKeySequence.StandardKey.Quit))
        self.quit_action.triggered.connect(self.close)
        self.door.guarded = [self.pdf_action, self.print_action]
        door = (self.door.switch_action, self.door.lock_action)
        actions = [self.model_update.action, self.pdf_action, self.print_action, *door]
        actions.append(self.quit_action)
        for action in actions:
            self.file_menu.addAction(action)
        self.view_menu = bar.addMenu("")
        self.language_menu = self.view_menu.addMenu("")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code in translations.available():
            action = QAction(NATIVE_NAMES.get(code, code), self, checkable=True)
            action.setChecked(code == self.language)
            action.triggered.connect(lambda _c=False, lang=code: self.set_language(lang))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        self.settings_menu = bar.addMenu("")
        self.judgement_action = QAction(self, checkable=True)
        self.judgement_action.setChecked(judgement_first)
        self.judgement_action.toggled.connect(self._judgement_toggled)
        self.settings_menu.addAction(self.judgement_action)
        self.settings_menu.addAction(self.door.lock_time_action)
        self.help_menu = bar.addMenu("")
        self.reading_action = QAction(
            self, shortcut=QKeySequence(QKeySequence.StandardKey.HelpContents)
        )
        self.reading_action.triggered.connect(self._how_to_read)
        self.help_menu.addAction(self.reading_action)

    def set_preference_handler(self, handler: Callable[[str, Any], None]) -> None:
        """Who remembers the language and settings chosen in the menus."""
        self._on_preference = handler

    def say(self, text: str) -> None:
        """Show a passing message (a settings problem, say) in the status bar."""
        self.statusBar().showMessage(text, 0)

    def start_loading(self) -> None:
        """Verify the catalog off the GUI thread."""
        self.loader.start()

    def set_language(self, language: str) -> None:
        """Switch the interface and the cards' texts to `language`, without a restart."""
        if not translations.install(language):
            return
        apply_direction(language)
        self.language = self.model_update.language = language
        self.clinician.set_language(language)
        self.training.set_language(language)
        self.door.set_language(language)
        if language in self.language_actions:
            self.language_actions[language].setChecked(True)
        self._on_preference("language", language)

    def _judgement_toggled(self, on: bool) -> None:
        self.clinician.set_judgement_first(on)
        self._on_preference("judgement_first", on)

    def _on_loaded(self, entries: list[CatalogEntry]) -> None:
        self._loaded = True
        self.entries = entries
        self.clinician.show_entries(entries)
        self.training.show_entries(entries)
        self.followup.set_horizons(
            {e.package.card.id: e.package.card.horizon_days for e in entries if e.package}
        )
        self._status()

    def _status(self) -> None:
        if not self._loaded:
            self.status.setText(self.tr("Checking model packages…"))
            return
        verified = sum(e.package is not None for e in self.entries)
        text = self.tr("%n model package(s) verified", "", verified)
        refused = len(self.entries) - verified
        if refused:
            text += " · " + self.tr("%n refused (see the list)", "", refused)
        if self.tabs.currentWidget() is self.training:
            text = self.tr("Training mode") + " · " + text
        self.status.setText(text)

    def _on_failed(self, exc: object) -> None:
        self.status.setText(
            self.tr("The model packages could not be checked: {error}").format(
                error=type(exc).__name__
            )
        )

    def _print(self) -> None:
        report = self.clinician.report()
        if report is None:
            return
        printer = QPrinter()
        if QPrintDialog(printer, self).exec():
            report.print_to(printer)

    def _how_to_read(self) -> None:
        QMessageBox.information(
            self, self.tr("How to read an explanation"), sentences.how_to_read()
        )

    def _retranslate(self) -> None:
        training = self.tabs.currentWidget() is self.training
        self.setWindowTitle(self.tr("Kuona — training mode") if training else self.tr("Kuona"))
        self.tabs.setTabText(0, self.tr("Patient"))
        self.tabs.setTabText(self.tabs.indexOf(self.training), self.tr("Training"))
        self.tabs.setTabText(self.tabs.indexOf(self.sync), self.tr("USB sync"))
        self.tabs.setTabText(self.tabs.indexOf(self.district), self.tr("District"))
        self.tabs.setTabText(self.tabs.indexOf(self.followup), self.tr("Follow-up"))
        self.tabs.setTabText(self.tabs.indexOf(self.monitoring), self.tr("Monitoring"))
        self.tabs.setAccessibleName(self.tr("Screens"))
        self.tabs.tabBar().setAccessibleName(self.tr("Screens"))
        self.file_menu.setTitle(self.tr("&File"))
        self.pdf_action.setText(self.tr("Save the case as PDF…"))
        self.print_action.setText(self.tr("Print the case…"))
        self.quit_action.setText(self.tr("Quit"))
        self.model_update.retranslate()
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("Language"))
        self.settings_menu.setTitle(self.tr("Se&ttings"))
        self.judgement_action.setText(self.tr("Ask for my own judgement before showing the model"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.reading_action.setText(self.tr("How to read an explanation"))
        self.door.retranslate()
        self._status()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Re-word on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        """Wait for running work so no thread outlives the window."""
        self.door.shutdown()
        self.loader.wait()
        self.model_update.wait()
        self.clinician.wait()
        self.training.wait()
        self.sync.shutdown()
        self.district.shutdown()
        self.monitoring.shutdown()
        super().closeEvent(event)
