"""A mixin for widgets whose words are set in `_retranslate()`: set again on a language change."""

from __future__ import annotations

from PySide6.QtCore import QEvent


class Retranslating:
    """Put before the Qt widget class: `class View(Retranslating, QWidget)`."""

    def _retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Reword after a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)  # type: ignore[misc]
