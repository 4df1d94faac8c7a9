"""The "model facts" panel (after Sendak et al. 2020): what, for whom, how well, and its limits."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.widgets import wording
from models.card_text import localise

if TYPE_CHECKING:
    from models.verify import VerifiedPackage


def localised(raw: dict[str, Any], language: str) -> dict[str, Any]:
    """The card with its human texts in `language`, English where the card lacks one."""
    return localise(raw, language).card


def _label(text: str, *, rich: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class _Banner(QFrame):
    """A boxed warning with an icon and words, so it never relies on its colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.Box)
        self.setLineWidth(2)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.ToolTipBase))
        palette.setColor(
            QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.ToolTipText)
        )
        self.setPalette(palette)
        self.icon = QLabel()
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = _label("", rich=True)
        layout = QHBoxLayout(self)
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the words (again, after a language change) and an icon sized to the font."""
        title = self.tr("Demonstration — not for clinical use")
        detail = self.tr(
            "This package is signed with the public demonstration key. Do not use its output "
            "for any patient."
        )
        self.text.setText(f"<b>{escape(title)}</b><br>{escape(detail)}")
        self.setAccessibleName(title)
        self.setAccessibleDescription(detail)
        size = int(self.fontMetrics().height() * 1.5)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.icon.setPixmap(icon.pixmap(size, size))


class _SubgroupGrid(QFrame):
    """Subgroup results as a grid of wrapping labels: every word shows, however narrow."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._grid = QGridLayout(self)
        self._grid.setColumnStretch(0, 2)
        self._grid.setColumnStretch(3, 3)
        self._cells: list[list[QLabel]] = []

    def show_rows(self, rows: list[tuple[str, str, str, str]], headings: list[str]) -> None:
        """Replace the content: a bold heading row, then one row per subgroup."""
        for column, heading in enumerate(headings):
            label = _label(f"<b>{escape(heading)}</b>", rich=True)
            self._grid.addWidget(label, 0, column, Qt.AlignmentFlag.AlignTop)
        self._cells = []
        for r, row in enumerate(rows, start=1):
            cells = []
            for c, text in enumerate(row):
                label = _label(text)
                align = Qt.AlignmentFlag.AlignHCenter if 0 < c < 3 else Qt.AlignmentFlag.AlignLeft
                self._grid.addWidget(label, r, c, align | Qt.AlignmentFlag.AlignTop)
                cells.append(label)
            self._cells.append(cells)

    def rowCount(self) -> int:  # noqa: N802 - the name QTableWidget uses
        """How many subgroups are shown."""
        return len(self._cells)

    def text(self, row: int, column: int) -> str:
        """The text shown in one cell."""
        return self._cells[row][column].text()


class ModelFacts(QWidget):
    """Shows one verified package's card; every section is always open, in one scroll area."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._package: VerifiedPackage | None = None
        self._language = "en"
        self.banner = _Banner()
        self.title = _label("", rich=True)
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        self.subgroups: _SubgroupGrid | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.title)
        layout.addWidget(self.area, 1)
        self._retranslate()
        self.clear()

    def show_package(self, package: VerifiedPackage, *, language: str = "en") -> None:
        """Show `package`'s card, in `language` where the card has translations."""
        self._package, self._language = package, language
        self._render()

    def clear(self) -> None:
        """Show no package."""
        self._package = None
        self._render()

    def _retranslate(self) -> None:
        self.area.setAccessibleName(self.tr("Model facts"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Rebuild every text when the interface language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.banner.retranslate()
            self._render()
        super().changeEvent(event)

    def _render(self) -> None:
        body = QWidget()
        self._body = QVBoxLayout(body)
        package = self._package
        self.subgroups = None
        if package is None:
            self.banner.hide()
            self.title.setText(escape(self.tr("No model chosen.")))
        else:
            shown = localise(package.card.raw, self._language)
            card = shown.card
            self.banner.setVisible(package.demonstration)
            version = self.tr("Version {version}, signed by {signer}").format(
                version=package.card.version, signer=package.signer.name
            )
            title = f"<h2>{escape(card['title'])}</h2>{escape(version)}"
            if shown.fallback:
                missing = self.tr(
                    "Parts of this model card are not available in your language; they are "
                    "shown in English (%n text(s)).",
                    "",
                    len(shown.fallback),
                )
                title += f"<p><i>{escape(missing)}</i></p>"
            self.title.setText(title)
            self._sections(card)
        self._body.addStretch(1)
        self.area.setWidget(body)

    def _section(self, heading: str, items: list[tuple[str, str]]) -> None:
        """A heading and its items; an item is (name, text), or ("", text) for a bullet."""
        self._body.addWidget(_label(f"<h3>{escape(heading)}</h3>", rich=True))
        for name, text in items:
            if name:
                self._body.addWidget(_label(f"<b>{escape(name)}</b> {escape(text)}", rich=True))
                continue
            row = QHBoxLayout()
            bullet = QLabel("•")
            bullet.setAlignment(Qt.AlignmentFlag.AlignTop)
            row.addWidget(bullet)
            row.addWidget(_label(text), 1)
            self._body.addLayout(row)

    def _sections(self, card: dict[str, Any]) -> None:
        n = wording.number
        self._body.addWidget(_label(card["summary"]))
        outcome, population, use = card["outcome"], card["population"], card["intended_use"]
        share = wording.percent(outcome["prevalence"], None)
        patients = self.tr("{total} ({train} to train the model, {test} to test it)").format(
            total=n(population["n_total"]),
            train=n(population["n_train"]),
            test=n(population["n_test"]),
        )
        what = [
            (self.tr("Outcome:"), outcome["label"]),
            (self.tr("Definition:"), outcome["definition"]),
            (self.tr("Time horizon:"), outcome["horizon"]),
            (
                self.tr("How common:"),
                self.tr("{share} of the patients studied").format(share=share),
            ),
        ]
        whom = [
            (self.tr("Population:"), population["description"]),
            (self.tr("Setting:"), population["setting"]),
            (self.tr("Period:"), population["period"]),
            (self.tr("Patients:"), patients),
            (self.tr("Intended use:"), use["purpose"]),
            (self.tr("Intended users:"), use["users"]),
            (self.tr("Decision support:"), use["decision_support"]),
        ]
        data = [(self.tr("Source:"), card["data"]["source"])]
        data.append((self.tr("Licence:"), card["data"]["licence"]))
        self._section(self.tr("What it predicts"), what)
        self._section(self.tr("For whom"), whom)
        self._section(self.tr("Do not use"), [("", text) for text in card["contraindications"]])
        self._section(self.tr("Limitations"), [("", text) for text in card["limitations"]])
        self._section(self.tr("How well it works"), self._performance(card))
        self._subgroups(card["metrics"]["subgroups"])
        self._section(self.tr("The data it learned from"), data)

    def _ci(self, ci: dict[str, Any], *, as_percent: bool = False) -> str:
        """A value with its 95% confidence interval, as plain numbers or as percentages."""
        low, high = ci["ci95"]
        if as_percent:
            values = [wording.percent(v, None) for v in (ci["value"], low, high)]
        else:
            values = [wording.number(v) for v in (ci["value"], low, high)]
        return self.tr("{value} (95% CI {low} to {high})").format(
            value=values[0], low=values[1], high=values[2]
        )

    def _performance(self, card: dict[str, Any]) -> list[tuple[str, str]]:
        n, metrics = wording.number, card["metrics"]
        cal = metrics["calibration"]
        tested = self.tr("{n} patients not used for training, {events} with the outcome").format(
            n=n(metrics["n"]), events=n(metrics["events"])
        )
        calibration = self.tr("slope {slope}, intercept {intercept} (ideal: 1 and 0)").format(
            slope=n(cal["slope"]), intercept=n(cal["intercept"])
        )
        brier = self.tr("{value} (0 is perfect)").format(value=n(metrics["brier"]))
        items = [
            (self.tr("Tested on:"), tested),
            (self.tr("Discrimination (AUC):"), self._ci(metrics["auc"])),
            (self.tr("Calibration:"), calibration),
            (self.tr("Brier score:"), brier),
        ]
        threshold = card["output"].get("threshold")
        at_threshold = metrics.get("at_threshold", {})
        for key, name in (
            ("sensitivity", self.tr("Sensitivity")),
            ("specificity", self.tr("Specificity")),
        ):
            if key not in at_threshold or threshold is None:
                continue
            heading = self.tr("{measure} at the threshold of {threshold}:").format(
                measure=name, threshold=wording.percent(threshold, None)
            )
            items.append((heading, self._ci(at_threshold[key], as_percent=True)))
        items.append((self.tr("How it was tested:"), metrics["evaluation"]))
        return items

    def _subgroups(self, subgroups: list[dict[str, Any]]) -> None:
        if not subgroups:
            return
        n = wording.number
        rows = []
        for group in subgroups:
            auc = group.get("auc")
            result = group.get("note", "") if auc is None else self._ci(auc)
            name, result = wording.isolate(group["name"]), wording.isolate(result)
            rows.append((name, n(group["n"]), n(group["events"]), result))
        headings = [
            self.tr("Subgroup"),
            self.tr("Patients"),
            self.tr("With outcome"),
            self.tr("AUC (95% CI) or note"),
        ]
        self._body.addWidget(
            _label(f"<h3>{escape(self.tr('Results in subgroups'))}</h3>", rich=True)
        )
        self.subgroups = _SubgroupGrid()
        self.subgroups.setAccessibleName(self.tr("Results in subgroups"))
        self._body.addWidget(self.subgroups)
        self.subgroups.show_rows(rows, headings)
