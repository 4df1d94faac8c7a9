"""Quiz results on screen: the session's total, each of its trainees, and each trainee over all
sessions (desktop.training.report); and the CSV export for spreadsheets."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.messages import describe_code
from desktop.observable import follow
from desktop.training.errors import TrainingError
from desktop.ui.widgets import wording

if TYPE_CHECKING:
    from collections.abc import Callable

    from desktop.training.report import SummaryLine
    from desktop.training.store import TrainingStore
    from desktop.training.walkthrough import Walkthrough

COLUMNS = 7


class QuizSummary(QWidget):
    """A table of points per session and trainee; follows a Walkthrough's stored answers."""

    def __init__(
        self,
        open_store: Callable[[], TrainingStore],
        parent: QWidget | None = None,
        *,
        language: str = "en",
    ) -> None:
        super().__init__(parent)
        self._open_store, self.language = open_store, language
        self._walkthrough: Walkthrough | None = None
        self.heading = QLabel()
        self.note = QLabel()
        self.table = QTableWidget(0, COLUMNS)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self._ask_folder)
        self.message = QLabel()
        for label in (self.heading, self.note, self.message):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bold = QFont(self.heading.font())
        bold.setBold(True)
        self.heading.setFont(bold)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.note, self.table):
            layout.addWidget(widget)
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self._retranslate()

    def bind(self, walkthrough: Walkthrough | None) -> None:
        """Follow `walkthrough` (None: no model chosen)."""
        self._walkthrough = follow(self._walkthrough, walkthrough, self._render)
        self._render()

    def lines(self) -> list[SummaryLine]:
        """The summary lines shown: this session and its trainees, then each of them over all
        sessions (scores of cases not yet revealed are left out)."""
        from desktop.training.report import summarise  # noqa: PLC0415 - loads the card schema

        w = self._walkthrough
        if w is None or w.session is None:
            return []
        names = {t.name for t in w.trainees}
        return [
            line
            for line in summarise(w.visible_history())
            if line.session_id == w.session.id
            or (line.level == "trainee" and line.trainee in names)
        ]

    def rows(self) -> list[list[str]]:
        """The table's cells as shown (for tests)."""
        return [
            [item.text() if (item := self.table.item(r, c)) else "" for c in range(COLUMNS)]
            for r in range(self.table.rowCount())
        ]

    def export_to(self, folder: Path) -> tuple[Path, Path] | None:
        """Write every stored answer and the summary as CSV into `folder` (the CLI's `kuona
        training export`); None, with the reason shown, when refused."""
        from desktop.training.report import export_csv  # noqa: PLC0415 - loads the card schema

        try:
            with self._open_store() as store:
                rows = store.answers()
            if not rows:
                self._say(self.tr("There are no quiz answers to export yet."))
                return None
            answers, summary = export_csv(rows, to_dir=folder)
        except TrainingError as error:
            self._say(describe_code(error.message_key, error.file, error.params, self.language))
            return None
        self._say(
            self.tr("Exported {count} answers to {answers} and the summary to {summary}.").format(
                count=len(rows), answers=answers, summary=summary
            )
        )
        return answers, summary

    def _ask_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export the quiz results to"))
        if folder:
            self.export_to(Path(folder))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _who(self, line: SummaryLine) -> str:
        if line.level == "session":
            return self.tr("Whole session")
        if line.level == "session_trainee":
            return self.tr("{trainee}, this session").format(trainee=line.trainee)
        return self.tr("{trainee}, all sessions").format(trainee=line.trainee)

    def _render(self) -> None:
        lines = self.lines()
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            t = line.tally
            cells = [
                self._who(line),
                wording.number(t.answers),
                wording.number(t.risk),
                wording.number(t.factor),
                wording.number(t.override),
                self.tr("{points} of {max}").format(points=t.points, max=t.max_points),
                wording.percent(t.percent / 100.0, 0),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:  # numbers line up on their trailing edge
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        w = self._walkthrough
        if w is None or w.session is None:
            self.note.setText(self.tr("Start a session with trainees to take a quiz."))
        elif not lines:
            self.note.setText(self.tr("No answers on revealed cases yet."))
        else:
            self.note.setText(
                self.tr("Points on cases not yet revealed are counted after the reveal.")
            )

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Quiz results"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Who"),
                self.tr("Answers"),
                self.tr("Risk points"),
                self.tr("Factor points"),
                self.tr("Override points"),
                self.tr("Points"),
                self.tr("Score"),
            ]
        )
        self.table.setAccessibleName(self.tr("Quiz results per session and trainee"))
        self.export_button.setText(self.tr("E&xport the results as CSV…"))
        self.export_button.setAccessibleName(self.tr("Export the results as CSV"))
        self._say("")
        self._render()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Re-word on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
