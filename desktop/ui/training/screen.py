"""The training tab: choose a model, run a session, step through its training cases, what-if,
the lesson and the quiz results; import a trainer's cases; present on a projector (F5).

It follows plain state (desktop.training: Walkthrough, Exploration, LessonReader) and works on
training.sqlite only: it is never given the audit log, so nothing here can be written to it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.training.cases import load_library
from desktop.training.errors import TrainingError
from desktop.training.reading import LessonReader
from desktop.training.walkthrough import Walkthrough
from desktop.ui.training import training_words
from desktop.ui.training.case_import import CaseImporter
from desktop.ui.training.case_stepper import CaseStepper
from desktop.ui.training.lesson_view import LessonView, lesson_for
from desktop.ui.training.presentation import PresentationWindow
from desktop.ui.training.quiz_summary import QuizSummary
from desktop.ui.training.whatif_panel import WhatIfPanel
from desktop.ui.widgets.latest_job import LatestJob
from desktop.ui.widgets.panes import wrapped
from explainers import Explanation

if TYPE_CHECKING:
    from collections.abc import Callable

    from desktop.training.explore import Exploration
    from desktop.training.store import TrainingStore
    from models.catalog import CatalogEntry
    from models.verify import VerifiedPackage


# The training core loads the numerical stack and sqlite_utils; the window imports it only once
# the catalog worker has loaded those (nothing training-related is imported at start-up).


def open_training_store() -> TrainingStore:
    """This computer's training.sqlite (never the audit log)."""
    from desktop.training.store import TrainingStore  # noqa: PLC0415

    return TrainingStore.open()


def _has_library(package: VerifiedPackage) -> bool:
    try:
        load_library(package.card.id)
    except TrainingError:
        return False
    return True


class TrainingView(QWidget):
    """Banner | model, import, presentation | Cases · What-if · Lesson · Results."""

    def __init__(
        self,
        open_store: Callable[[], TrainingStore] = open_training_store,
        parent: QWidget | None = None,
        *,
        language: str = "en",
    ) -> None:
        super().__init__(parent)
        self._open_store, self.language = open_store, language
        self.walkthrough: Walkthrough | None = None
        self.exploration: Exploration | None = None
        self.reader = LessonReader(lesson_for(language))
        self.presentation: PresentationWindow | None = None
        self.packages: list[VerifiedPackage] = []
        self._started = False
        self.job = LatestJob(self)
        self._serial = 0
        self._jobs: dict[int, tuple[Walkthrough, int]] = {}
        self.job.done.connect(self._explained)
        self.job.failed.connect(self._explain_failed)
        self.banner = wrapped(bold=True)
        self.banner_box = QFrame()
        self.banner_box.setFrameShape(QFrame.Shape.Box)
        self.banner_box.setLineWidth(2)
        QVBoxLayout(self.banner_box).addWidget(self.banner)
        self.model_label, self.model = QLabel(), QComboBox()
        self.model_label.setBuddy(self.model)
        self.model.currentIndexChanged.connect(self._model_changed)
        self.importer = CaseImporter(open_store, language=language)
        self.present_button = QPushButton()
        self.present_button.clicked.connect(self.toggle_presentation)
        self.cases = CaseStepper(open_store, language=language)
        self.cases.navigate.connect(self.go_to)
        self.whatif = WhatIfPanel(language=language)
        self.lesson = LessonView()
        self.lesson.bind(self.reader)
        self.results = QuizSummary(open_store, language=language)
        self.tabs = QTabWidget()
        for page in (self.cases, self.whatif, self.lesson, self.results):
            self.tabs.addTab(page, "")
        for keys, slot in (
            ("F5", self.toggle_presentation),
            ("Alt+Right", lambda: self.cases.step(+1)),
            ("Alt+Left", lambda: self.cases.step(-1)),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.cases if "Alt" in keys else self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._layout()
        self._retranslate()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.model_label)
        top.addWidget(self.model, 1)
        for widget in (self.importer, self.present_button):
            top.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner_box)
        layout.addLayout(top)
        layout.addWidget(self.importer.report)
        layout.addWidget(self.tabs, 1)

    # --- models and cases ---------------------------------------------------------------

    def show_entries(self, entries: list[CatalogEntry]) -> None:
        """Offer every verified package that has a case library; the first is chosen once the
        tab is first shown (a clinician who never opens it costs nothing)."""
        self.packages = [e.package for e in entries if e.package is not None]
        self.packages = [p for p in self.packages if _has_library(p)]
        self.model.blockSignals(True)
        self.model.clear()
        for package in self.packages:
            self.model.addItem(self._model_text(package), package.card.id)
            self.model.setItemData(
                self.model.count() - 1, self._model_text(package), Qt.ItemDataRole.ToolTipRole
            )
        self.model.setCurrentIndex(0 if self.packages else -1)
        self.model.blockSignals(False)
        self._started = False
        if self.isVisible():
            self._start()

    def _start(self) -> None:
        if not self._started:
            self._started = True
            self._model_changed(self.model.currentIndex())

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """The first time the tab is shown, the chosen model's first case is explained."""
        super().showEvent(event)
        self._start()

    def choose(self, model_id: str) -> None:
        """Train on the package with this id."""
        index = self.model.findData(model_id)
        if index < 0:
            raise KeyError(model_id)
        if index == self.model.currentIndex() and not self._started:
            self._start()
        self.model.setCurrentIndex(index)
        self._started = True

    def _model_text(self, package: VerifiedPackage) -> str:
        card = package.card
        title = card.raw.get("translations", {}).get(self.language, {}).get("title") or card.title
        if package.demonstration:
            return self.tr(  # the warning first: a narrow list cuts the end off
                "Demonstration — not for clinical use: {title} (version {version})"
            ).format(title=title, version=card.version)
        return self.tr("{title} (version {version})").format(title=title, version=card.version)

    def _model_changed(self, index: int) -> None:
        if self.walkthrough is not None and self.cases.session.running():
            self.cases.session.end()
        from desktop.training.explore import Exploration  # noqa: PLC0415
        from desktop.training.session import all_cases  # noqa: PLC0415

        package = self.packages[index] if 0 <= index < len(self.packages) else None
        self.walkthrough, self.exploration = None, None
        if package is not None:
            with self._open_store() as store:
                cases = all_cases(store, package.card.id)
            self.walkthrough = Walkthrough(package, cases)
            self.exploration = Exploration(package)
        for view in (self.cases, self.results, self.importer):
            view.bind(self.walkthrough)
        self.whatif.bind(self.exploration)
        if self.walkthrough is not None:
            self.walkthrough.subscribe(self._follow)
            self.go_to(0)
        self._follow()

    def go_to(self, index: int) -> None:
        """Show case `index` and explain it off the GUI thread (fast steps coalesce)."""
        w, e = self.walkthrough, self.exploration
        if w is None or e is None or not 0 <= index < len(w.cases):
            return
        ticket = w.go_to(index)
        package, inputs = w.package, dict(w.case.inputs)
        e.start(inputs, None)

        def run() -> Explanation:
            from desktop.training.session import explain_case  # noqa: PLC0415

            return explain_case(package, inputs)

        self._serial += 1  # tickets are per walkthrough; a job of another model's is dropped
        self._jobs[self._serial] = (w, ticket)
        self.job.submit(run, self._serial)

    def _explained(self, serial: int, explanation: object) -> None:
        w, ticket = self._jobs.pop(serial)
        for older in [s for s in self._jobs if s < serial]:  # replaced while waiting
            del self._jobs[older]
        e = self.exploration
        assert isinstance(explanation, Explanation)
        if w is self.walkthrough and w.explained(ticket, explanation) and e is not None:
            e.start(w.case.inputs, w.explanation)

    def _explain_failed(self, serial: int, exc: object) -> None:
        w, ticket = self._jobs.pop(serial)
        if w is self.walkthrough:
            w.failed(ticket, type(exc).__name__)

    def _follow(self) -> None:
        running = self.walkthrough is not None and self.cases.session.running()
        self.model.setEnabled(not running and bool(self.packages))

    # --- presentation, language, shutdown -------------------------------------------------

    def toggle_presentation(self) -> None:
        """Open the full-screen presentation of the current case (or of the lesson when it is
        the open page), or close it."""
        if self.presentation is not None:
            self.presentation.close()
            return
        window = PresentationWindow(language=self.language)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.navigate.connect(self.go_to)
        window.closed.connect(self._presentation_closed)
        if self.tabs.currentWidget() is self.lesson:
            window.show_lesson(self.reader)
        elif self.walkthrough is not None:
            window.show_walkthrough(self.walkthrough)
        else:
            window.deleteLater()
            return
        self.presentation = window
        window.showFullScreen()
        window.activateWindow()
        window.setFocus()

    def _presentation_closed(self) -> None:
        self.presentation = None
        self.window().activateWindow()
        self.present_button.setFocus()

    def set_language(self, language: str) -> None:
        """Show the cards' texts and the lesson in `language`."""
        self.language = language
        self.reader.set_lesson(lesson_for(language))
        for view in (self.cases, self.whatif):
            view.set_language(language)
        self.results.language = self.importer.language = language
        if self.presentation is not None:
            self.presentation.language = language
        for index, package in enumerate(self.packages):
            self.model.setItemText(index, self._model_text(package))

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every worker thread of the tab has ended (shutdown and tests)."""
        views = (self.job, self.whatif, self.cases.quiz, self.importer)
        return all([view.wait(msecs) for view in views])

    def _retranslate(self) -> None:
        self.banner.setText(f"⚠ {training_words.banner()}")
        self.banner_box.setAccessibleName(training_words.banner())
        self.model_label.setText(self.tr("&Model"))
        self.model.setAccessibleName(self.tr("Model"))
        self.present_button.setText(self.tr("Presentation mode (F5)"))
        self.present_button.setAccessibleName(self.tr("Presentation mode"))
        self.tabs.setAccessibleName(self.tr("Training pages"))
        for index, text in enumerate(
            (self.tr("&Cases"), self.tr("&What-if"), self.tr("&Lesson"), self.tr("Res&ults"))
        ):
            self.tabs.setTabText(index, text)
        for index, package in enumerate(self.packages):
            self.model.setItemText(index, self._model_text(package))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Re-word on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
