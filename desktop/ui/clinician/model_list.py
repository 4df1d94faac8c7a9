"""The list of model packages: verified ones to choose, refused ones with the reason."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from desktop.messages import describe

if TYPE_CHECKING:
    from models.catalog import CatalogEntry
    from models.verify import VerifiedPackage


class ModelList(QListWidget):
    """Shows catalog entries; demonstration packages carry their warning in the text itself."""

    chosen = Signal(object)  # the VerifiedPackage now selected, or None

    def __init__(self, parent: QWidget | None = None, *, language: str = "en") -> None:
        super().__init__(parent)
        self.language = language
        self.entries: list[CatalogEntry] = []
        self.setWordWrap(True)
        self.currentRowChanged.connect(self._row_changed)
        self._retranslate()

    def show_entries(self, entries: list[CatalogEntry]) -> None:
        """Replace the list with `entries`; nothing is chosen until the user (or caller) picks."""
        self.blockSignals(True)
        self.clear()
        self.entries = list(entries)
        for entry in self.entries:
            item = QListWidgetItem(self._text(entry))
            if entry.package is None:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            self.addItem(item)
        self.setCurrentRow(-1)
        self.blockSignals(False)

    def choose(self, model_id: str) -> None:
        """Select the verified package with this id."""
        for row, entry in enumerate(self.entries):
            if entry.package is not None and entry.package.card.id == model_id:
                self.setCurrentRow(row)
                return
        raise KeyError(model_id)

    def current_package(self) -> VerifiedPackage | None:
        """The selected verified package, if any."""
        row = self.currentRow()
        return self.entries[row].package if 0 <= row < len(self.entries) else None

    def _row_changed(self, _row: int) -> None:
        self.chosen.emit(self.current_package())

    def _text(self, entry: CatalogEntry) -> str:
        package = entry.package
        if package is None:
            assert entry.error is not None
            return self.tr("Refused: {path}\n{reason}").format(
                path=entry.path.name, reason=describe(entry.error, self.language)
            )
        title = package.card.raw.get("translations", {}).get(self.language, {}).get("title")
        text = self.tr("{title} (version {version})").format(
            title=title or package.card.title, version=package.card.version
        )
        if package.demonstration:
            text += "\n" + self.tr("Demonstration — not for clinical use")
        return text

    def set_language(self, language: str) -> None:
        """Show the cards' titles in `language`."""
        self.language = language
        self._retranslate()

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Model packages"))
        for row, entry in enumerate(self.entries):
            self.item(row).setText(self._text(entry))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Re-word the entries on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
