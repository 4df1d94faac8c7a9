"""The door of a shared clinic laptop: first account, sign-in, and the lock screen.

It follows a core Session (desktop.accounts): signing in, unlocking and adding an account go
through the AccountBook, which checks the PIN. Everything is reached by keyboard: the name list
and the PIN field take Tab, Enter signs in. Training needs no account.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.accounts.errors import AccountError, AccountProblem
from desktop.messages import describe_code

if TYPE_CHECKING:
    from desktop.accounts.book import AccountBook
    from desktop.accounts.session import Session

ACCOUNT_ID = Qt.ItemDataRole.UserRole


class Mode(Enum):
    """What the door asks for."""

    FIRST = "first"  # no account yet: create one
    CREATE = "create"  # another account, from the sign-in page
    SIGN_IN = "sign_in"  # choose your name, give your PIN
    LOCKED = "locked"  # the signed-in account's PIN unlocks


def _pin_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(32)
    hints = Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData
    field.setInputMethodHints(hints | Qt.InputMethodHint.ImhNoPredictiveText)
    return field


class AccountGate(QWidget):
    """Shown instead of the work while no one is signed in or the session is locked."""

    entered = Signal()  # someone signed in, or the session was unlocked
    training_chosen = Signal()  # training mode, without an account

    def __init__(self, book: AccountBook | None, session: Session, *, language: str = "en") -> None:
        super().__init__()
        self.book, self.session, self.language = book, session, language
        self.mode = Mode.FIRST
        self.heading, self.intro, self.message = QLabel(), QLabel(), QLabel()
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        for label in (self.intro, self.message):
            label.setWordWrap(True)
        self.names = QListWidget()
        self.name, self.pin, self.pin_again = QLineEdit(), _pin_field(), _pin_field()
        self.names.setMaximumHeight(self.names.fontMetrics().height() * 10)
        self.names.itemActivated.connect(lambda _item: self.pin.setFocus())
        self.name.setMaxLength(60)
        self.name.returnPressed.connect(self.pin.setFocus)
        self.pin.returnPressed.connect(self._pin_entered)
        self.pin_again.returnPressed.connect(self.go)
        self.go_button, self.new_button = QPushButton(), QPushButton()
        self.back_button, self.switch_button = QPushButton(), QPushButton()
        self.training_button = QPushButton()
        self.go_button.setDefault(True)
        self.go_button.clicked.connect(self.go)
        self.new_button.clicked.connect(lambda: self.show_mode(Mode.CREATE))
        self.back_button.clicked.connect(self._back)
        self.switch_button.clicked.connect(lambda: self.show_mode(Mode.SIGN_IN))
        self.training_button.clicked.connect(self.training_chosen.emit)
        self._layout()
        self._retranslate()
        self.show_mode(Mode.FIRST)

    def _layout(self) -> None:
        self.form = QFormLayout()
        self.names_label, self.name_label = QLabel(), QLabel()
        self.pin_label, self.pin_again_label = QLabel(), QLabel()
        for label, field in (
            (self.names_label, self.names),
            (self.name_label, self.name),
            (self.pin_label, self.pin),
            (self.pin_again_label, self.pin_again),
        ):
            label.setBuddy(field)
            self.form.addRow(label, field)
        buttons = QHBoxLayout()
        for button in (self.go_button, self.new_button, self.switch_button, self.back_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        panel = QWidget()
        panel.setMaximumWidth(560)
        column = QVBoxLayout(panel)
        for widget in (self.heading, self.intro):
            column.addWidget(widget)
        column.addLayout(self.form)
        column.addWidget(self.message)
        column.addLayout(buttons)
        column.addSpacing(24)
        column.addWidget(self.training_button, 0, Qt.AlignmentFlag.AlignLeading)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        middle = QVBoxLayout()
        middle.addStretch(1)
        middle.addWidget(panel)
        middle.addStretch(2)
        outer.addLayout(middle, 3)
        outer.addStretch(1)

    def show_mode(self, mode: Mode) -> None:
        """Ask for what `mode` needs; the first field gets the keyboard."""
        if mode is Mode.SIGN_IN and self.book is not None and not self.book.accounts():
            mode = Mode.FIRST
        self.mode = mode
        creating = mode in (Mode.FIRST, Mode.CREATE)
        rows = {
            self.names: mode is Mode.SIGN_IN,
            self.name: creating,
            self.pin: True,
            self.pin_again: creating,
        }
        for field, shown in rows.items():
            self.form.setRowVisible(field, shown)
        self.new_button.setVisible(mode is Mode.SIGN_IN)
        self.switch_button.setVisible(mode is Mode.LOCKED)
        locked_behind = mode is Mode.SIGN_IN and self.session.locked
        self.back_button.setVisible(mode is Mode.CREATE or locked_behind)
        self.training_button.setVisible(mode is not Mode.LOCKED)
        for field in (self.name, self.pin, self.pin_again):
            field.clear()
        if mode is Mode.SIGN_IN:
            self._list_accounts()
        self._say("")
        self._retranslate()
        first = {Mode.SIGN_IN: self.names, Mode.LOCKED: self.pin}.get(mode, self.name)
        first.setFocus()

    def _list_accounts(self) -> None:
        self.names.clear()
        for account in self.book.accounts() if self.book is not None else []:
            item = QListWidgetItem(account.name)
            item.setData(ACCOUNT_ID, account.id)
            self.names.addItem(item)
        current = self.session.account
        chosen = 0
        for row in range(self.names.count()):
            if current is not None and self.names.item(row).data(ACCOUNT_ID) == current.id:
                chosen = row
        self.names.setCurrentRow(chosen)

    def _pin_entered(self) -> None:
        if self.mode in (Mode.FIRST, Mode.CREATE):
            self.pin_again.setFocus()
        else:
            self.go()

    def _back(self) -> None:
        self.show_mode(Mode.LOCKED if self.session.locked else Mode.SIGN_IN)

    def go(self) -> None:
        """Create, sign in or unlock, as the mode asks; a refusal is said under the fields."""
        if self.book is None:
            return
        pin = self.pin.text()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # scrypt: a few tenths of a s
        try:
            if self.mode in (Mode.FIRST, Mode.CREATE):
                if pin != self.pin_again.text():
                    raise AccountError(AccountProblem.PINS_DIFFER)
                account = self.book.add(self.name.text(), pin)
                self.session.sign_in(self.book, account.id, pin)
            elif self.mode is Mode.SIGN_IN:
                item = self.names.currentItem()
                if item is None:
                    return
                self.session.sign_in(self.book, str(item.data(ACCOUNT_ID)), pin)
            else:
                self.session.unlock(self.book, pin)
        except AccountError as error:
            self.pin.clear()
            self.pin_again.clear()
            self._say(describe_code(error.message_key, error.file, error.params, self.language))
            (self.name if error.code.value.startswith("name") else self.pin).setFocus()
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.pin.clear()
        self.pin_again.clear()
        self.entered.emit()

    def say_problem(self, text: str) -> None:
        """Show a problem that stops accounts (a damaged accounts file)."""
        self._say(text)

    def _say(self, text: str) -> None:
        self.message.setText(f"⚠ {text}" if text else "")
        self.message.setVisible(bool(text))

    def set_language(self, language: str) -> None:
        """Word refusals in `language` (Qt's own texts follow the translator)."""
        self.language = language

    def _retranslate(self) -> None:
        headings = {
            Mode.FIRST: self.tr("Create the first account"),
            Mode.CREATE: self.tr("New account"),
            Mode.SIGN_IN: self.tr("Sign in"),
            Mode.LOCKED: self.tr("Locked"),
        }
        account = self.session.account
        intros = {
            Mode.FIRST: self.tr(
                "Kuona records who decided. Your name stays on this laptop: the records "
                "carry only a random number for your account."
            ),
            Mode.CREATE: self.tr(
                "Your name stays on this laptop. Choose a PIN of 4 or more digits."
            ),
            Mode.SIGN_IN: self.tr("Choose your name and enter your PIN."),
            Mode.LOCKED: self.tr(
                "Signed in: {name}. Enter your PIN to go back to your work."
            ).format(name=account.name if account is not None else ""),
        }
        go = {
            Mode.FIRST: self.tr("&Create account"),
            Mode.CREATE: self.tr("&Create account"),
            Mode.SIGN_IN: self.tr("&Sign in"),
            Mode.LOCKED: self.tr("&Unlock"),
        }
        self.heading.setText(headings[self.mode])
        self.intro.setText(intros[self.mode])
        self.go_button.setText(go[self.mode])
        self.names_label.setText(self.tr("&Name"))
        self.name_label.setText(self.tr("&Your name"))
        self.pin_label.setText(self.tr("&PIN"))
        self.pin_again.setAccessibleName(self.tr("PIN again"))
        self.pin_again_label.setText(self.tr("PIN &again"))
        self.names.setAccessibleName(self.tr("Accounts on this laptop"))
        self.pin.setAccessibleName(self.tr("PIN"))
        self.name.setAccessibleName(self.tr("Your name"))
        self.new_button.setText(self.tr("&New account…"))
        self.switch_button.setText(self.tr("S&witch user"))
        self.back_button.setText(self.tr("&Back"))
        self.training_button.setText(self.tr("&Training, without an account"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Re-word on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
