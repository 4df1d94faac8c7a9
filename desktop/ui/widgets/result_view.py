"""The result for one patient: the risk and what it means, how sure, warnings beside the number,
the waterfall chart, the main factors in sentences and how to read it all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from desktop.consultation import Consultation, Stage, ranked_factors
from desktop.observable import follow
from desktop.ui.widgets import card_texts, sentences, trust_words, wording
from desktop.ui.widgets.model_facts import localised
from desktop.ui.widgets.waterfall import WaterfallChart

if TYPE_CHECKING:
    from explainers import Explanation
    from models.verify import VerifiedPackage

TOP_FACTORS = 3


def _label(*, wrap: bool = True, name: str = "") -> QLabel:
    label = QLabel()
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setObjectName(name)
    return label


def _scaled(label: QLabel, factor: float, *, bold: bool = False) -> None:
    """Make `label`'s text larger than the application font by `factor` (it follows the font)."""
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    label.setFont(font)


class ResultView(QWidget):
    """Shows the consultation's explanation once it is revealed; subscribes to the consultation."""

    def __init__(self, parent: QWidget | None = None, *, language: str = "en") -> None:
        super().__init__(parent)
        self.language = language
        self._consultation: Consultation | None = None
        self.status = _label(name="status")
        self.risk = _label(wrap=False, name="risk")
        _scaled(self.risk, 2.2, bold=True)
        self.meaning = _label(name="meaning")
        _scaled(self.meaning, 1.1, bold=True)
        self.frequency = _label(name="frequency")
        self.range = _label(name="range")
        self.average = _label(name="average")
        self.threshold = _label(name="threshold")
        self.sure = _label(name="sure")
        self.warnings = _label(name="warnings")
        self.warnings.setFrameShape(QFrame.Shape.Box)
        self.warnings.setMargin(6)
        self.chart = WaterfallChart()
        self.factors_heading = _label(name="factors_heading")
        self.factors_heading.setFont(_bold(self.factors_heading.font()))
        self.factors = _label(name="factors")
        self.reading = _label(name="reading")
        layout = QVBoxLayout(self)
        for widget in (  # warnings first: read before the number
            self.status,
            self.warnings,
            self.risk,
            self.meaning,
            self.frequency,
            self.range,
            self.average,
            self.threshold,
            self.sure,
            self.chart,
            self.factors_heading,
            self.factors,
            self.reading,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        self._render()

    def bind(self, consultation: Consultation | None) -> None:
        """Follow `consultation` (None: show nothing)."""
        self._consultation = follow(self._consultation, consultation, self._render)
        self._render()

    def set_language(self, language: str) -> None:
        """Use the card's texts in `language` (the Qt texts follow the installed translator)."""
        self.language = language
        self._render()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Re-word everything when the interface language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)

    def texts(self) -> list[str]:
        """Every text shown, in reading order (for tests and the printed report)."""
        labels = [w for w in self.findChildren(QLabel) if not w.isHidden() and w.text()]
        layout = self.layout()
        assert layout is not None
        return [w.text() for w in sorted(labels, key=layout.indexOf)]

    def _status_text(self, consultation: Consultation | None) -> str:
        if consultation is None:
            return self.tr("Choose a model to start.")
        stage = consultation.stage
        if stage is Stage.ENTERING:
            return self.tr("Enter the patient's values, then press Explain (Ctrl+Enter).")
        if stage is Stage.EXPLAINING and (
            not consultation.judgement_first or consultation.estimate is not None
        ):
            return self.tr("Computing the explanation…")
        if stage in (Stage.EXPLAINING, Stage.AWAITING_ESTIMATE):
            return self.tr("The model's output is hidden until you give your own estimate.")
        if stage is Stage.FAILED:
            return self.tr("The explanation could not be computed ({error}).").format(
                error=consultation.error or "?"
            )
        return ""

    def _blocked_text(self, consultation: Consultation) -> str:
        """Why no result is shown: each rule or answer that forbids the model, in words."""
        assert consultation.eligibility is not None
        reasons = trust_words.blocked_lines(
            consultation.package.card,
            consultation.eligibility,
            consultation.answers or {},
            self.language,
        )
        return "\n".join([f"⛔ {sentences.blocked()}", *(f"• {r}" for r in reasons)])

    def _render(self) -> None:
        consultation = self._consultation
        blocked = consultation is not None and consultation.stage is Stage.BLOCKED
        self.status.setText(
            self._blocked_text(consultation)  # type: ignore[arg-type]
            if blocked
            else self._status_text(consultation)
        )
        self.status.setVisible(bool(self.status.text()))
        shown = consultation is not None and consultation.revealed
        for widget in self.findChildren(QWidget):
            if widget is not self.status and widget.parent() is self:
                widget.setVisible(shown)
        if not shown or consultation is None:
            self.chart.clear()
            return
        self._fill(consultation)

    def _fill(self, consultation: Consultation) -> None:
        explanation, case = consultation.explanation, consultation.case
        assert explanation is not None and case is not None
        card = consultation.package.card
        raw = localised(card.raw, self.language)
        labels = card_texts.labels(card, self.language)
        values = card_texts.shown_values(card, case, self.language)
        self.risk.setText(wording.amount(explanation.prediction, explanation.output_space))
        self.risk.setAccessibleName(self.tr("This patient's risk"))
        self.meaning.setText(sentences.risk_meaning(explanation, outcome=raw["outcome"]["label"]))
        self.frequency.setText(sentences.frequency(explanation))
        self.range.setText("" if self.frequency.text() else sentences.plausible_range(explanation))
        self.range.setAccessibleName(self.tr("Plausible range"))
        self.average.setText(sentences.average(explanation))
        self.threshold.setText(sentences.threshold(explanation, value=card.output.get("threshold")))
        self.sure.setText(sentences.how_sure(card.raw.get("metrics", {})))
        self.warnings.setText("\n".join(self._warning_lines(consultation)))
        self.chart.set_explanation(explanation, labels=labels, values=values)
        self.factors_heading.setText(self.tr("Main factors for this patient"))
        self.factors.setText("\n".join(factor_lines(explanation, labels=labels, values=values)))
        self.reading.setText(sentences.how_to_read())
        for label in (self.frequency, self.range, self.threshold, self.warnings):
            label.setVisible(bool(label.text()))

    def _warning_lines(self, consultation: Consultation) -> list[str]:
        explanation = consultation.explanation
        assert explanation is not None
        return warning_lines(consultation.package, explanation, language=self.language)


def factor_lines(
    explanation: Explanation,
    *,
    labels: dict[str, str],
    values: dict[str, str],
    top: int = TOP_FACTORS,
) -> list[str]:
    """The `top` factors with the largest effect, one sentence each ("• Glucose 180 mg/dL
    raised the risk by 9.4 percentage points."), with the margin of an approximate one."""
    lines = []
    for feature_id, contribution in ranked_factors(explanation)[:top]:
        line = sentences.factor(
            labels[feature_id],
            values[feature_id],
            contribution,
            output_space=explanation.output_space,
        )
        if explanation.errors is not None:
            error = explanation.errors[feature_id]
            line += " " + sentences.uncertainty(error, output_space=explanation.output_space)
        lines.append(f"• {line}")
    return lines


def warning_lines(
    package: VerifiedPackage, explanation: Explanation, *, language: str
) -> list[str]:
    """Every warning beside a result, in words: a demonstration model, then the explanation's."""
    card = package.card
    lines = [f"⚠ {sentences.demonstration()}"] if package.demonstration else []
    for item in explanation.warnings:
        feature_id = item.get("feature", "")
        feature = next((f for f in card.features if f.id == feature_id), None)
        label, valid = "", ""
        if feature is not None:
            texts = card_texts.feature_texts(card, feature, language)
            label, valid = texts["label"], wording.range_text(feature, texts["unit"])
        details = trust_words.warning_details(card, item, language)
        text = sentences.warning(item["code"], label=label, valid_range=valid, **details)
        lines.append(f"⚠ {text}")
    return lines


def _bold(font: QFont) -> QFont:
    out = QFont(font)
    out.setBold(True)
    return out
