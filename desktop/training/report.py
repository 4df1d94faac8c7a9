"""Quiz results: totals per trainee and per session, and their CSV export for spreadsheets.

The CSV files are UTF-8 with a byte-order mark (so Excel opens accents and Arabic script
correctly), comma-separated, one header row; text typed by people (names) that a spreadsheet
would run as a formula (starting with = + - @) is prefixed with an apostrophe.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from desktop.training.errors import TrainingError, TrainingRefusal
from desktop.training.quiz import POINTS_PER_CASE
from desktop.training.records import AnswerRow

ANSWER_COLUMNS = (
    "session_id",
    "session_mode",
    "session_started_utc",
    "model",
    "model_version",
    "trainee",
    "case_id",
    "case_source",
    "category",
    "true_outcome",
    "model_prediction",
    "threshold",
    "model_risk",
    "answer_risk",
    "risk_point",
    "model_top_factor",
    "answer_factor",
    "factor_point",
    "model_wrong",
    "answer_override",
    "override_point",
    "points",
    "answered_utc",
)
SUMMARY_COLUMNS = (
    "level",
    "session_id",
    "session_started_utc",
    "model",
    "trainee",
    "answers",
    "risk_points",
    "factor_points",
    "override_points",
    "points",
    "max_points",
    "percent",
)
#: Summary levels: a whole session, one trainee in one session, one trainee over all sessions.
LEVELS = ("session", "session_trainee", "trainee")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Tally:
    """Points on a group of answers, per question and in all."""

    answers: int
    risk: int
    factor: int
    override: int

    @property
    def points(self) -> int:
        """All points earned."""
        return self.risk + self.factor + self.override

    @property
    def max_points(self) -> int:
        """Points available (POINTS_PER_CASE per answer)."""
        return POINTS_PER_CASE * self.answers

    @property
    def percent(self) -> float:
        """Points as a percentage of those available (0 when there are no answers)."""
        return 100.0 * self.points / self.max_points if self.answers else 0.0


@dataclass(frozen=True)
class SummaryLine:
    """One line of the summary: a level, what it groups, and its tally."""

    level: str
    session_id: str
    session_started: str
    model: str
    trainee: str
    tally: Tally


def tally(rows: Iterable[AnswerRow]) -> Tally:
    """Add up the points of these answers."""
    items = list(rows)
    return Tally(
        answers=len(items),
        risk=sum(r.score.risk for r in items),
        factor=sum(r.score.factor for r in items),
        override=sum(r.score.override for r in items),
    )


def _groups(
    rows: list[AnswerRow], key: Callable[[AnswerRow], tuple[str, ...]]
) -> dict[tuple[str, ...], list[AnswerRow]]:
    groups: dict[tuple[str, ...], list[AnswerRow]] = {}
    for row in rows:
        groups.setdefault(key(row), []).append(row)
    return groups


def summarise(rows: list[AnswerRow]) -> list[SummaryLine]:
    """Each session's total, then each of its trainees; then each trainee over all sessions."""
    lines = []
    for group in _groups(rows, lambda r: (r.session.id,)).values():
        first = group[0].session
        lines.append(
            SummaryLine("session", first.id, first.started_at, first.model, "", tally(group))
        )
        for (_, name), items in _groups(group, lambda r: (r.session.id, r.trainee.name)).items():
            lines.append(
                SummaryLine(
                    "session_trainee", first.id, first.started_at, first.model, name, tally(items)
                )
            )
    by_trainee = _groups(rows, lambda r: (r.trainee.name,))
    for (name,), items in sorted(by_trainee.items()):
        lines.append(SummaryLine("trainee", "", "", "", name, tally(items)))
    return lines


def _text(value: str) -> str:
    """A typed name as a safe spreadsheet cell (never run as a formula)."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def answer_cells(row: AnswerRow) -> list[str]:
    """One answer as CSV cells, in ANSWER_COLUMNS order."""
    truth, answer, score = row.truth, row.answer, row.score
    return [
        row.session.id,
        row.session.mode,
        row.session.started_at,
        row.session.model,
        row.session.model_version,
        _text(row.trainee.name),
        row.case_id,
        row.case_source,
        row.category,
        str(truth.outcome),
        f"{truth.prediction:.4f}",
        f"{truth.threshold:g}",
        "high" if truth.model_high else "low",
        answer.risk,
        str(score.risk),
        " ".join(truth.top_factors),
        answer.factor,
        str(score.factor),
        "yes" if truth.model_wrong else "no",
        "yes" if answer.override else "no",
        str(score.override),
        str(score.total),
        row.answered_at,
    ]


def summary_cells(line: SummaryLine) -> list[str]:
    """One summary line as CSV cells, in SUMMARY_COLUMNS order."""
    t = line.tally
    return [
        line.level,
        line.session_id,
        line.session_started,
        line.model,
        _text(line.trainee),
        str(t.answers),
        str(t.risk),
        str(t.factor),
        str(t.override),
        str(t.points),
        str(t.max_points),
        f"{t.percent:.1f}",
    ]


def _csv_bytes(header: tuple[str, ...], rows: Iterable[list[str]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8-sig")


def _write_both(files: list[tuple[Path, bytes]]) -> None:
    """Write each file beside its target, then rename all into place; on any failure none is
    left behind, and an existing file is never replaced."""
    done: list[Path] = []
    current = files[0][0]
    try:
        for path, data in files:
            current = path
            if path.exists():
                raise FileExistsError(path)
            temp = path.with_name(f".{path.name}.partial")
            done.append(temp)
            temp.write_bytes(data)
        for path, _ in files:
            current = path
            os.replace(path.with_name(f".{path.name}.partial"), path)
            done.append(path)
    except OSError as exc:
        for path in done:
            path.unlink(missing_ok=True)
        reason = "exists" if isinstance(exc, FileExistsError) else exc.strerror or str(exc)
        raise TrainingError(TrainingRefusal.EXPORT_FAILED, current.name, reason=reason) from exc


def export_csv(rows: list[AnswerRow], *, to_dir: Path) -> tuple[Path, Path]:
    """Write the answers CSV (one row per answer) and the summary CSV into `to_dir`."""
    if not to_dir.is_dir():
        raise TrainingError(TrainingRefusal.EXPORT_FAILED, str(to_dir), reason="folder_missing")
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    answers = to_dir / f"kuona-training-answers-{stamp}.csv"
    summary = to_dir / f"kuona-training-summary-{stamp}.csv"
    _write_both(
        [
            (answers, _csv_bytes(ANSWER_COLUMNS, (answer_cells(r) for r in rows))),
            (summary, _csv_bytes(SUMMARY_COLUMNS, (summary_cells(s) for s in summarise(rows)))),
        ]
    )
    return answers, summary
