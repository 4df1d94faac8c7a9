"""A one-page paper record of one case (inputs, risk, factors, warnings, decision), printed or
saved as PDF with Qt's own writer.
"""

from __future__ import annotations

import html
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from desktop.consultation import ranked_factors
from desktop.ui.clinician import decision_words
from desktop.ui.widgets import card_texts, sentences, trust_words, wording
from desktop.ui.widgets.model_facts import localised

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtPrintSupport import QPrinter

    from desktop.audit.record import AuditRecord
    from explainers import Explanation
    from models.verify import VerifiedPackage

MARGIN_MM = 15.0


@dataclass(frozen=True)
class CaseReport:
    """What the paper record shows; `record` is set once the decision is in the audit log."""

    package: VerifiedPackage
    case: dict[str, float]
    explanation: Explanation
    record: AuditRecord | None = None
    language: str = "en"

    @classmethod
    def of_record(
        cls, package: VerifiedPackage, record: AuditRecord, explanation: Explanation, language: str
    ) -> CaseReport:
        """The report of a saved decision, with the inputs exactly as the audit log holds them."""
        inputs = {k: math.nan if v is None else float(v) for k, v in record.data["inputs"].items()}
        return cls(package, inputs, explanation, record, language)

    def html(self) -> str:
        """The report as simple HTML for QTextDocument."""
        card, e, lang = self.package.card, self.explanation, self.language
        raw = localised(card.raw, lang)
        labels = card_texts.labels(card, lang)
        values = card_texts.shown_values(card, self.case, lang)
        esc = html.escape
        heading = {
            "values": QCoreApplication.translate("CaseReport", "Patient values"),
            "result": QCoreApplication.translate("CaseReport", "Result"),
            "factors": QCoreApplication.translate("CaseReport", "Factors, largest first"),
            "decision": QCoreApplication.translate("CaseReport", "Decision"),
        }
        identity = QCoreApplication.translate(
            "CaseReport", "Model {id} version {version}, package {hash}"
        ).format(id=card.id, version=card.version, hash=self.package.package_hash[:16])
        parts = [f"<h2>{esc(raw['title'])}</h2>", f"<p>{esc(identity)}</p>"]
        if self.package.demonstration:
            parts.append(f"<p><b>⚠ {esc(sentences.demonstration())}</b></p>")
        parts.append(f"<h3>{esc(heading['values'])}</h3><table cellpadding='2'>")
        for fid in card.feature_ids:
            parts.append(f"<tr><td>{esc(labels[fid])}</td><td>{esc(values[fid])}</td></tr>")
        parts.append("</table>")
        meaning = sentences.risk_meaning(e, outcome=raw["outcome"]["label"])
        parts.append(f"<h3>{esc(heading['result'])}</h3>")
        parts.extend(f"<p>⚠ {esc(text)}</p>" for text in self._warnings(labels))
        parts.append(
            f"<p><b>{esc(wording.amount(e.prediction, e.output_space))}</b> — "
            f"{esc(meaning)}. {esc(sentences.average(e))}</p>"
        )
        shown_range = sentences.frequency(e) or sentences.plausible_range(e)
        if shown_range:
            parts.append(f"<p>{esc(shown_range)}</p>")
        parts.append(f"<p>{esc(sentences.how_sure(card.raw.get('metrics', {})))}</p>")
        parts.append(f"<h3>{esc(heading['factors'])}</h3><ul>")
        for fid, value in ranked_factors(e):
            line = sentences.factor(labels[fid], values[fid], value, output_space=e.output_space)
            parts.append(f"<li>{esc(line)}</li>")
        parts.append("</ul>")
        parts.append(f"<h3>{esc(heading['decision'])}</h3><p>{esc(self._decision_text())}</p>")
        parts.append(f"<p><small>{esc(sentences.how_to_read())}</small></p>")
        return "\n".join(parts)

    def _warnings(self, labels: dict[str, str]) -> list[str]:
        card = self.package.card
        out = []
        for item in self.explanation.warnings:
            feature = next((f for f in card.features if f.id == item.get("feature")), None)
            valid = wording.range_text(feature) if feature is not None else ""
            label = labels.get(item.get("feature", ""), "")
            details = trust_words.warning_details(card, item, self.language)
            out.append(sentences.warning(item["code"], label=label, valid_range=valid, **details))
        return out

    def _decision_text(self) -> str:
        if self.record is None:
            return QCoreApplication.translate(
                "CaseReport", "Not recorded yet: this page is not the audit record."
            )
        data = self.record.data
        reason = decision_words.reasons().get(data["reason"], "—") if data["reason"] else "—"
        return QCoreApplication.translate(
            "CaseReport", "{decision}. Reason: {reason}. Audit record {seq} ({uuid}), {time}."
        ).format(
            decision=decision_words.decisions()[data["decision"]],
            reason=reason,
            seq=data["seq"],
            uuid=data["uuid"],
            time=wording.when(str(data["created_utc"])),
        )

    def write_pdf(self, path: Path) -> None:
        """Save as an A4 PDF at `path`."""
        writer = QPdfWriter(str(path))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageMargins(QMarginsF(*(MARGIN_MM,) * 4), QPageLayout.Unit.Millimeter)
        writer.setTitle(QCoreApplication.translate("CaseReport", "Kuona case record"))
        document = QTextDocument()
        document.setHtml(self.html())
        document.print_(writer)

    def print_to(self, printer: QPrinter) -> None:
        """Send to a printer the user chose."""
        document = QTextDocument()
        document.setHtml(self.html())
        document.print_(printer)
