"""Notices when no one has touched the keyboard or mouse of the application for a while."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

#: What counts as someone at the laptop.
INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatch(QObject):
    """Emits `idle` once `msecs` pass without input, while it is watching (start/stop)."""

    idle = Signal()

    def __init__(self, parent: QObject, *, msecs: int) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(msecs)
        self.timer.timeout.connect(self._expired)

    def set_msecs(self, msecs: int) -> None:
        """Wait this long from now on (counting again from now if watching)."""
        self.timer.setInterval(msecs)
        if self.timer.isActive():
            self.timer.start()

    def start(self) -> None:
        """Watch the whole application's input; the wait starts now."""
        app = QApplication.instance()
        if app is not None and not self.timer.isActive():
            app.installEventFilter(self)
        self.timer.start()

    def stop(self) -> None:
        """Stop watching (signed out, locked, or the window closed)."""
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def _expired(self) -> None:
        self.stop()
        self.idle.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Any input starts the wait again; nothing is ever swallowed."""
        if event.type() in INPUT_EVENTS and self.timer.isActive():
            self.timer.start()
        return super().eventFilter(watched, event)
