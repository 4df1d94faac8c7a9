"""The clinician's screen: choose a model and read its facts, enter the patient, see the result,
decide. Explanations run in a worker thread; the screen follows a core Consultation.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.audit.decision import Decision
from desktop.consultation import Consultation, Stage, explain_case
from desktop.ui.clinician.case_form import CaseForm
from desktop.ui.clinician.case_report import CaseReport
from desktop.ui.clinician.decision_panel import DecisionPanel
from desktop.ui.clinician.eligibility_form import EligibilityForm
from desktop.ui.clinician.judgement import JudgementPrompt
from desktop.ui.clinician.model_list import ModelList
from desktop.ui.widgets import panes
from desktop.ui.widgets.model_facts import ModelFacts
from desktop.ui.widgets.result_view import ResultView
from desktop.ui.widgets.worker import Worker

if TYPE_CHECKING:
    from collections.abc import Callable

    from desktop.audit.store import AuditStore
    from desktop.privacy.notes_policy import NotesPolicy
    from models.catalog import CatalogEntry
    from models.verify import VerifiedPackage


class ClinicianScreen(QWidget):
    """Model list and facts | patient form | judgement, result and decision."""

    consultation_changed = Signal()

    def __init__(
        self,
        open_store: Callable[[], AuditStore],
        parent: QWidget | None = None,
        *,
        judgement_first: bool = True,
        role: str = "clinician",
        language: str = "en",
        notes_policy: Callable[[], NotesPolicy | None] = lambda: None,
    ) -> None:
        super().__init__(parent)
        self.language, self.judgement_first = language, judgement_first
        self.consultation: Consultation | None = None
        self.form: CaseForm | None = None
        self.questions: EligibilityForm | None = None
        self._open_store, self.role = open_store, role
        self.clinician: str | None = None  # who records (set_clinician); None: no account
        self._workers: list[Worker] = []
        self.models = ModelList(language=language)
        self.models.chosen.connect(self._chosen)
        self.facts = ModelFacts()
        self.form_holder = QVBoxLayout()
        self.placeholder = QLabel()
        self.placeholder.setWordWrap(True)
        self.form_holder.addWidget(self.placeholder)
        self.explain_button = QPushButton()
        self.explain_button.clicked.connect(self.explain)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_patient)
        self.pdf_button = QPushButton()
        self.pdf_button.clicked.connect(self._ask_pdf)
        self.prompt = JudgementPrompt()
        self.result = ResultView(language=language)
        self.decision = DecisionPanel(
            open_store, role=role, language=language, notes_policy=notes_policy
        )
        self.decision.saved.connect(lambda _record: self.new_patient())
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.explain)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.decision.save)
        self._layout()
        self._retranslate()
        self._update_buttons()

    def _layout(self) -> None:
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.models)
        left.addWidget(self.facts)
        left.setStretchFactor(1, 3)
        middle = QWidget()
        column = QVBoxLayout(middle)
        form_body = QWidget()
        form_body.setLayout(self.form_holder)
        self.form_holder.addStretch(1)
        self.form_area = panes.scrolled(form_body, name="form", fit_width=True)
        column.addWidget(self.form_area, 1)
        buttons = QHBoxLayout()
        for button in (self.explain_button, self.new_button):
            buttons.addWidget(button)
        column.addLayout(buttons)
        right_body = QWidget()
        right = QVBoxLayout(right_body)
        for widget in (self.prompt, self.result, self.decision, self.pdf_button):
            right.addWidget(widget)
        right.addStretch(1)
        self.right_area = panes.scrolled(right_body, name="result")
        splitter = QSplitter(Qt.Orientation.Horizontal)
        for pane in (left, middle, self.right_area):
            splitter.addWidget(pane)
        splitter.setSizes([380, 420, 560])
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)

    def show_entries(self, entries: list[CatalogEntry]) -> None:
        """List the catalog; the first verified package is chosen."""
        self.models.show_entries(entries)
        verified = [e.package for e in entries if e.package is not None]
        if verified:
            self.models.choose(verified[0].card.id)

    def _chosen(self, package: VerifiedPackage | None) -> None:
        if self.consultation is not None:
            for view in (self.prompt, self.result, self.decision):
                view.bind(None)
            self.consultation.unsubscribe(self._on_change)
        for old in (self.form, self.questions):
            if old is not None:
                self.form_holder.removeWidget(old)
                old.hide()
                old.setParent(None)
                old.deleteLater()
        self.form, self.questions = None, None
        self.consultation = None
        if package is None:
            self.facts.clear()
        else:
            self.facts.show_package(package, language=self.language)
            self.questions = EligibilityForm(package.card, language=self.language)
            self.questions.changed.connect(self._form_changed)
            self.form_holder.insertWidget(1, self.questions)  # asked before the values
            self.form = CaseForm(package.card, language=self.language)
            self.form.changed.connect(self._form_changed)
            self.form_holder.insertWidget(2, self.form)
            if self.questions.editors:
                QWidget.setTabOrder(self.questions.editors[-1], self.form.first_editor())
            self.consultation = Consultation(package, judgement_first=self.judgement_first)
            self.consultation.subscribe(self._on_change)
        self.placeholder.setVisible(package is None)
        for view in (self.prompt, self.result, self.decision):
            view.bind(self.consultation)
        self._on_change()

    def set_clinician(self, clinician: str | None) -> None:
        """The pseudonymous account id the next records carry (None: records carry none)."""
        self.clinician = self.decision.clinician = clinician

    def set_judgement_first(self, on: bool) -> None:
        """Ask for the clinician's estimate before revealing the output (from the next case)."""
        self.judgement_first = on
        if self.consultation is not None and self.consultation.stage is Stage.ENTERING:
            self.consultation.judgement_first = on

    def set_language(self, language: str) -> None:
        """Show the cards' texts in `language` (Qt's own texts follow the translator)."""
        self.language = language
        self.models.set_language(language)
        self.decision.language = language
        self.result.set_language(language)
        package = self.models.current_package()
        if package is not None:
            self.facts.show_package(package, language=language)
        if self.form is not None:
            self.form.set_language(language)
        if self.questions is not None:
            self.questions.set_language(language)

    def explain(self) -> None:
        """Check the questions and the form; if the model may be used, explain the case off the
        GUI thread, else record that it was not (an `ineligible` record) and say why."""
        consultation, form, questions = self.consultation, self.form, self.questions
        if consultation is None or form is None or questions is None:
            return
        answered = questions.check()
        if not form.check() or not answered:
            return
        values, answers = form.values(), questions.answers()
        if values is None or answers is None:
            return
        package = consultation.package
        ticket = consultation.start(values, answers)
        if consultation.stage is Stage.BLOCKED:
            self._record_blocked(consultation)
            return
        worker = Worker(lambda: explain_case(package, values), self)
        worker.done.connect(lambda result, w=worker: self._done(w, ticket, result))
        worker.error.connect(lambda exc, w=worker: self._failed(w, ticket, exc))
        self._workers.append(worker)
        worker.start()
        if self.prompt.asking():
            self.prompt.buttons["medium"].setFocus()

    def _record_blocked(self, consultation: Consultation) -> None:
        """The blocked case goes into the audit log at once (no decision is asked for)."""
        decision = Decision(
            "accept", role=self.role, language=self.language, clinician=self.clinician
        )
        with self._open_store() as store:
            consultation.record_blocked(store, decision)

    def _done(self, worker: Worker, ticket: int, result: object) -> None:
        self._forget(worker)
        if self.consultation is not None:
            self.consultation.finish(ticket, result)  # type: ignore[arg-type]

    def _failed(self, worker: Worker, ticket: int, exc: object) -> None:
        self._forget(worker)
        if self.consultation is not None:
            self.consultation.fail(ticket, type(exc).__name__)

    def _forget(self, worker: Worker) -> None:
        if worker in self._workers:
            self._workers.remove(worker)
        worker.deleteLater()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every explanation thread has ended (shutdown and tests)."""
        return all(worker.wait(msecs) for worker in list(self._workers))

    def new_patient(self) -> None:
        """Clear the form for the next patient and put the cursor in its first field."""
        if self.questions is not None:
            self.questions.clear()
        if self.form is not None:
            self.form.clear()
            first = self.questions.editors[:1] if self.questions is not None else []
            (first[0] if first else self.form.first_editor()).setFocus()
        if self.consultation is not None:
            self.consultation.edit()

    def _form_changed(self) -> None:
        if self.consultation is not None:
            self.consultation.edit()

    def _on_change(self) -> None:
        self._update_buttons()
        self.consultation_changed.emit()

    def report(self) -> CaseReport | None:
        """The paper record of the shown case, or of the last saved one when none is shown."""
        c = self.consultation
        if c is None:
            return None
        if c.revealed and c.case is not None and c.explanation is not None:
            return CaseReport(c.package, c.case, c.explanation, None, self.language)
        if c.stage is Stage.ENTERING and c.saved is not None and c.saved_explanation is not None:
            return CaseReport.of_record(c.package, c.saved, c.saved_explanation, self.language)
        return None

    def save_pdf(self, path: Path) -> bool:
        """Write the report as a PDF; False when there is nothing to print."""
        report = self.report()
        if report is None:
            return False
        report.write_pdf(path)
        return True

    def _ask_pdf(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the case as PDF"), "kuona-case.pdf", self.tr("PDF (*.pdf)")
        )
        if name:
            self.save_pdf(Path(name))

    def _update_buttons(self) -> None:
        c = self.consultation
        self.explain_button.setEnabled(c is not None)
        self.new_button.setEnabled(c is not None)
        self.pdf_button.setEnabled(self.report() is not None)

    def _retranslate(self) -> None:
        self.placeholder.setText(self.tr("Choose a verified model package in the list."))
        self.explain_button.setText(self.tr("E&xplain (Ctrl+Enter)"))
        self.explain_button.setAccessibleName(self.tr("Explain"))
        self.new_button.setText(self.tr("Ne&w patient"))
        self.new_button.setAccessibleName(self.tr("New patient"))
        self.pdf_button.setText(self.tr("Save this case as P&DF…"))
        self.pdf_button.setAccessibleName(self.tr("Save this case as PDF"))
        self.form_area.setAccessibleName(self.tr("Patient values"))
        self.right_area.setAccessibleName(self.tr("Result and decision"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Re-word on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
