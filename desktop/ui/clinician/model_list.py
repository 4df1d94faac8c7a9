"""The list of model packages: verified ones to choose, refused ones with the reason."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from desktop import paths
from desktop.messages import describe, describe_code
from desktop.updates.state import CatalogView, ModelStatus, catalog_view

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
        self.view = CatalogView()
        self.setWordWrap(True)
        self.currentRowChanged.connect(self._row_changed)
        self._retranslate()

    def show_entries(self, entries: list[CatalogEntry], view: CatalogView | None = None) -> None:
        """Replace the list with `entries`; nothing is chosen until the user (or caller) picks.

        `view` is the trusted catalog (by default this computer's): a recalled version, or
        every version when a stale catalog blocks, is shown disabled with its banner.
        """
        self.blockSignals(True)
        self.clear()
        self.entries = list(entries)
        self.view = catalog_view(paths.home()) if view is None else view
        for row, entry in enumerate(self.entries):
            item = QListWidgetItem(self._text(entry))
            if entry.package is None:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            elif not self._usable(row):
                flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
                item.setFlags(item.flags() & ~flags)
            self.addItem(item)
        self.setCurrentRow(-1)
        self.blockSignals(False)

    def choose(self, model_id: str) -> None:
        """Select the verified package with this id."""
        for row, entry in enumerate(self.entries):
            package = entry.package
            if package is not None and package.card.id == model_id and self._usable(row):
                self.setCurrentRow(row)
                return
        raise KeyError(model_id)

    def status(self, row: int) -> ModelStatus | None:
        """What the catalog says of the package on `row` (None for a refused package)."""
        package = self.entries[row].package
        if package is None:
            return None
        return self.view.status(package.card.id, package.card.version)

    def _usable(self, row: int) -> bool:
        status = self.status(row)
        return status is not None and not status.blocked

    def current_package(self) -> VerifiedPackage | None:
        """The selected verified package, if any (never a recalled or blocked one)."""
        row = self.currentRow()
        if not 0 <= row < len(self.entries) or not self._usable(row):
            return None
        return self.entries[row].package

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
        return text + self._banner(package.card.id, package.card.version)

    def _banner(self, package_id: str, version: str) -> str:
        """The catalog's word in the user's language: recalled (date, reason) or stale."""
        status = self.view.status(package_id, version)
        if status.state == "recalled":
            params = {"date": status.recalled_on or "?", "reason": status.reason or "other"}
            return "\n" + describe_code("status:recalled", "", params, self.language)
        if status.state == "stale":
            key = "status:stale_blocked" if status.blocked else "status:stale"
            params = {"checked": status.checked or "?", "since": status.stale_since or "?"}
            return "\n" + describe_code(key, "", params, self.language)
        return ""

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
