"""The list of model packages: verified ones to choose, refused ones with the reason."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from desktop.messages import describe
from models.catalog import CatalogEntry


class ModelList(QListWidget):
    """Shows catalog entries; demonstration packages carry their warning in the text itself."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Model packages"))
        self.entries: list[CatalogEntry] = []

    def show_entries(self, entries: list[CatalogEntry]) -> None:
        """Replace the list with `entries`."""
        self.clear()
        self.entries = list(entries)
        for entry in self.entries:
            item = QListWidgetItem(self._text(entry))
            if entry.package is None:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            self.addItem(item)

    def _text(self, entry: CatalogEntry) -> str:
        package = entry.package
        if package is None:
            assert entry.error is not None
            return self.tr("Refused: {path}\n{reason}").format(
                path=entry.path.name, reason=describe(entry.error)
            )
        text = self.tr("{title} (version {version})").format(
            title=package.card.title, version=package.card.version
        )
        if package.demonstration:
            text += "\n" + self.tr("Demonstration - not for clinical use")
        return text
