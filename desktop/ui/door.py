"""Who is at the main window: the door page (first account, sign-in, lock), the idle lock,
Switch user, and the signed-in name in the status bar (desktop.accounts.Session)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QTabWidget,
)

from desktop import paths
from desktop.accounts.book import AccountBook
from desktop.accounts.errors import AccountError
from desktop.accounts.session import Session
from desktop.messages import describe_code
from desktop.settings import LOCK_MINUTES
from desktop.ui.clinician.sign_in import AccountGate, Mode
from desktop.ui.widgets.idle_watch import IdleWatch

if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

    from PySide6.QtWidgets import QWidget

    from desktop.ui.clinician.followup import FollowupView
    from desktop.ui.clinician.screen import ClinicianScreen

MINUTE = 60_000


class SessionDoor(QObject):
    """Shows the work (the tabs) only to a signed-in, unlocked account; training to anyone."""

    def __init__(  # noqa: PLR0913 - the window's parts the door stands between
        self,
        window: QMainWindow,
        *,
        tabs: QTabWidget,
        clinician: ClinicianScreen,
        followup: FollowupView,
        training: QWidget,
        session: Session | None,
        lock_after_ms: int,
        language: str,
        on_preference: Callable[[str, Any], None],
    ) -> None:
        super().__init__(window)
        self.window, self.tabs, self.clinician, self.training = window, tabs, clinician, training
        self.followup = followup
        self.session = session or Session()
        self._on_preference = on_preference
        self.training_only = False
        self._last_id: str | None = None
        self._was_locked = False
        problem: AccountError | None = None
        try:
            book: AccountBook | None = AccountBook(paths.home())
        except AccountError as error:
            book, problem = None, error
        self.gate = AccountGate(book, self.session, language=language)
        self.gate.training_chosen.connect(self.open_training)
        self.pages = QStackedWidget()
        self.pages.addWidget(tabs)
        self.pages.addWidget(self.gate)
        window.setCentralWidget(self.pages)
        self.who = QLabel()
        window.statusBar().addPermanentWidget(self.who)
        self.idle = IdleWatch(self, msecs=lock_after_ms)
        self.idle.idle.connect(self.session.lock)
        self.switch_action = QAction(window, shortcut=QKeySequence("Ctrl+Shift+L"))
        self.switch_action.triggered.connect(self.switch_user)
        self.lock_action = QAction(window, shortcut=QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.session.lock)
        self.lock_time_action = QAction(window)
        self.lock_time_action.triggered.connect(self._ask_lock_time)
        self.guarded: list[QAction] = []  # actions on the case, off while the door is shown
        self.session.subscribe(self._changed)
        if book is not None and not book.accounts():
            self.gate.show_mode(Mode.FIRST)
        elif book is not None:
            self.gate.show_mode(Mode.SIGN_IN)
        if problem is not None:
            self.gate.say_problem(
                describe_code(problem.message_key, problem.file, problem.params, language)
            )
        self._changed()

    def _changed(self) -> None:
        session, account = self.session, self.session.account
        self.clinician.set_clinician(session.clinician)
        self.followup.clinician = session.clinician
        inside = account is not None and not session.locked
        if account is not None and inside:
            self.training_only = False
            if account.id != self._last_id and self._last_id is not None:
                self.clinician.new_patient()  # another clinician starts from an empty form
            self._last_id = account.id
            self.idle.start()
        else:
            self.idle.stop()
            if session.locked and not self._was_locked:  # just locked: ask for the PIN
                self._cancel_dialogs()
                self.gate.show_mode(Mode.LOCKED)
        self._was_locked = session.locked
        open_tabs = inside or self.training_only
        for index in range(self.tabs.count()):
            training = self.tabs.widget(index) is self.training
            self.tabs.setTabEnabled(index, training or not self.training_only)
        self.pages.setCurrentWidget(self.tabs if open_tabs else self.gate)
        for action in self.guarded:
            action.setEnabled(inside)
        self.lock_action.setEnabled(inside)
        self.retranslate()

    def _cancel_dialogs(self) -> None:
        """A dialog of this window left open would show the work above the lock: each is
        cancelled, as if Esc were pressed (every dialog here then does nothing)."""
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible() and self._owns(widget):
                widget.reject()

    def _owns(self, widget: QWidget) -> bool:
        parent = widget.parentWidget()
        while parent is not None and parent is not self.window:
            parent = parent.parentWidget()
        return parent is self.window

    def open_training(self) -> None:
        """Training mode without an account: only the Training tab is open."""
        self.training_only = True
        self._changed()
        self.tabs.setCurrentWidget(self.training)

    def switch_user(self) -> None:
        """Hide the work and ask who is at the laptop (the current case waits behind the lock)."""
        self.training_only = False
        if self.session.account is not None:
            self.session.lock()
        self.gate.show_mode(Mode.SIGN_IN)
        self._changed()

    def set_lock_minutes(self, minutes: int) -> None:
        """Lock after this many idle minutes from now on."""
        self.idle.set_msecs(minutes * MINUTE)

    def _ask_lock_time(self) -> None:
        low, high = LOCK_MINUTES
        current = max(low, self.idle.timer.interval() // MINUTE)
        minutes, ok = QInputDialog.getInt(
            self.window,
            self.tr("Lock when idle"),
            self.tr("Lock the screen after this many minutes without use:"),
            current,
            low,
            high,
        )
        if ok:
            self.set_lock_minutes(minutes)
            self._on_preference("lock_after_min", minutes)

    def set_language(self, language: str) -> None:
        """Word refusals in `language`."""
        self.gate.set_language(language)

    def retranslate(self) -> None:
        """Re-word the actions and the status label."""
        account = self.session.account
        if account is None:
            who = self.tr("Training only, no one signed in") if self.training_only else ""
        elif self.session.locked:
            who = self.tr("Locked: {name}").format(name=account.name)
        else:
            who = self.tr("Signed in: {name}").format(name=account.name)
        self.who.setText(who)
        self.who.setAccessibleName(self.tr("Who is signed in"))
        self.switch_action.setText(self.tr("S&witch user…"))
        self.lock_action.setText(self.tr("&Lock now"))
        self.lock_time_action.setText(self.tr("Lock when idle…"))

    def shutdown(self) -> None:
        """Stop watching for idleness (the window closes)."""
        self.idle.stop()
        self.session.unsubscribe(self._changed)
