"""Training mode's own SQLite file, KUONA_HOME/training.sqlite: trainers' cases, trainees,
sessions and quiz answers.

Kept apart from the clinical audit log (audit.sqlite) on purpose: nothing here is a clinical
decision, nothing here is hash-chained, and nothing here is ever put in an audit bundle (the
audit export reads only the audit store). Deleting this file loses training history only.
"""

from __future__ import annotations

import json
import os
import sqlite3
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Self

from desktop import paths
from desktop.training.cases import TrainingCase
from desktop.training.errors import TrainingError, TrainingRefusal
from desktop.training.records import (
    AnswerRow,
    NewCase,
    Session,
    Trainee,
    answer_row,
    now,
    trainer_case,
)

if TYPE_CHECKING:
    import sqlite_utils

TRAINING_FILE = "training.sqlite"
SCHEMA_VERSION = 1
MODES = ("demonstration", "quiz")
MAX_NAME = 80
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
CREATE TABLE IF NOT EXISTS cases (
    id INTEGER PRIMARY KEY, model TEXT NOT NULL, inputs TEXT NOT NULL, outcome INTEGER NOT NULL,
    note TEXT, prediction REAL NOT NULL, category TEXT NOT NULL, tags TEXT NOT NULL,
    out_of_range TEXT NOT NULL, source_file TEXT NOT NULL, source_row INTEGER NOT NULL,
    imported_at TEXT NOT NULL) STRICT;
CREATE TABLE IF NOT EXISTS trainees (
    id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL) STRICT;
CREATE TABLE IF NOT EXISTS sessions (
    id TEXT PRIMARY KEY, model TEXT NOT NULL, model_version TEXT NOT NULL, mode TEXT NOT NULL,
    trainer TEXT, started_at TEXT NOT NULL, ended_at TEXT) STRICT;
CREATE TABLE IF NOT EXISTS answers (
    id INTEGER PRIMARY KEY, session_id TEXT NOT NULL REFERENCES sessions(id),
    trainee_id TEXT NOT NULL REFERENCES trainees(id), case_id TEXT NOT NULL,
    case_source TEXT NOT NULL, category TEXT NOT NULL, truth TEXT NOT NULL,
    answer_risk TEXT NOT NULL, answer_factor TEXT NOT NULL, answer_override INTEGER NOT NULL,
    risk_point INTEGER NOT NULL, factor_point INTEGER NOT NULL,
    override_point INTEGER NOT NULL, answered_at TEXT NOT NULL,
    UNIQUE (session_id, trainee_id, case_id)) STRICT;
"""


def training_db_path() -> Path:
    """Where this computer keeps its training data (never the audit log's file)."""
    return paths.home() / TRAINING_FILE


class TrainingStore:
    """Read and write training.sqlite (one connection; each write is one transaction)."""

    def __init__(self, db: sqlite_utils.Database, *, path: Path) -> None:
        """Use `open()`."""
        self._db = db
        self.path = path

    @classmethod
    def open(cls, path: Path | None = None) -> TrainingStore:
        """Open (creating if needed, owner-only) the training database; default KUONA_HOME's."""
        path = training_db_path() if path is None else Path(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(path, timeout=30.0, isolation_level=None)
        except (OSError, sqlite3.Error) as exc:
            raise TrainingError(
                TrainingRefusal.STORE_UNREADABLE, path.name, reason=str(exc)
            ) from exc
        try:
            if os.name == "posix":
                path.chmod(0o600)
            import sqlite_utils  # noqa: PLC0415 - it imports pandas when present (start-up time)

            db = sqlite_utils.Database(conn, execute_plugins=False)
            db.execute("PRAGMA foreign_keys=ON")
            db.enable_wal()
            store = cls(db, path=path)
            store._ensure_schema()
        except BaseException as exc:
            conn.close()
            if isinstance(exc, OSError | sqlite3.Error):
                raise TrainingError(
                    TrainingRefusal.STORE_UNREADABLE, path.name, reason=str(exc)
                ) from exc
            raise
        return store

    def close(self) -> None:
        """Close the database connection."""
        self._db.close()

    def __enter__(self) -> Self:
        """Use as a context manager that closes the store."""
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        """Close on leaving the block."""
        self.close()

    @contextmanager
    def _write(self) -> Iterator[None]:
        """One write transaction; a write SQLite refuses (disk full, read-only) saves nothing."""
        try:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield
                self._db.execute("COMMIT")
            except BaseException:
                if self._db.conn.in_transaction:
                    self._db.execute("ROLLBACK")
                raise
        except sqlite3.IntegrityError:
            raise
        except sqlite3.Error as exc:
            raise TrainingError(
                TrainingRefusal.STORE_WRITE_FAILED, self.path.name, reason=str(exc)
            ) from exc

    def _ensure_schema(self) -> None:
        with self._write():
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    self._db.execute(statement)
            self._db.execute(
                "INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)]
            )
        version = next(self._db.query("SELECT value FROM meta WHERE key = 'schema_version'"))
        if int(version["value"]) > SCHEMA_VERSION:
            raise TrainingError(
                TrainingRefusal.SCHEMA_TOO_NEW, self.path.name, version=version["value"]
            )

    def add_cases(
        self, model: str, cases: Sequence[NewCase], *, source_file: str
    ) -> list[TrainingCase]:
        """Store a trainer's checked cases for `model`, all in one transaction."""
        stamp, ids = now(), []
        with self._write():
            for case in cases:
                ids.append(
                    self._db.table("cases")
                    .insert(
                        {
                            "model": model,
                            "inputs": json.dumps(case.inputs),
                            "outcome": case.outcome,
                            "note": case.note,
                            "prediction": case.prediction,
                            "category": case.kind.category,
                            "tags": json.dumps(case.kind.tags),
                            "out_of_range": json.dumps(case.kind.out_of_range),
                            "source_file": source_file,
                            "source_row": case.row,
                            "imported_at": stamp,
                        }
                    )
                    .last_pk
                )
        return [c for c in self.trainer_cases(model) if c.id in {f"t{i}" for i in ids}]

    def trainer_cases(self, model: str) -> list[TrainingCase]:
        """A trainer's own cases for `model`, in import order (ids t1, t2, ...)."""
        rows = self._db.query("SELECT * FROM cases WHERE model = ? ORDER BY id", [model])
        return [trainer_case(row) for row in rows]

    def trainee(self, name: str) -> Trainee:
        """The trainee of this name (surrounding spaces ignored), created on first use."""
        clean = " ".join(name.split())
        if not clean or len(clean) > MAX_NAME:
            raise TrainingError(TrainingRefusal.TRAINEE_NAME_INVALID, "quiz", limit=str(MAX_NAME))
        with self._write():
            self._db.execute(
                "INSERT OR IGNORE INTO trainees VALUES (?, ?, ?)",
                [str(uuid.uuid4()), clean, now()],
            )
        row = next(self._db.query("SELECT id, name FROM trainees WHERE name = ?", [clean]))
        return Trainee(id=row["id"], name=row["name"])

    def start_session(
        self, *, model: str, model_version: str, mode: str, trainer: str | None = None
    ) -> Session:
        """Begin a demonstration or quiz on `model`."""
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}")
        session = Session(str(uuid.uuid4()), model, model_version, mode, trainer, now(), None)
        with self._write():
            self._db.table("sessions").insert(session.__dict__)
        return session

    def session(self, session_id: str) -> Session:
        """A stored session; refused when there is none with this id."""
        rows = list(self._db.query("SELECT * FROM sessions WHERE id = ?", [session_id]))
        if not rows:
            raise TrainingError(TrainingRefusal.UNKNOWN_SESSION, "quiz", session=session_id)
        return Session(**rows[0])

    def end_session(self, session_id: str) -> Session:
        """Mark a session ended (no more answers are taken)."""
        self.session(session_id)
        with self._write():
            self._db.execute(
                "UPDATE sessions SET ended_at = ? WHERE id = ? AND ended_at IS NULL",
                [now(), session_id],
            )
        return self.session(session_id)

    def save_answer(self, row: AnswerRow) -> None:
        """Store one scored answer; refused when this trainee already answered this case here."""
        data = {
            "session_id": row.session.id,
            "trainee_id": row.trainee.id,
            "case_id": row.case_id,
            "case_source": row.case_source,
            "category": row.category,
            "truth": json.dumps(row.truth.__dict__),
            "answer_risk": row.answer.risk,
            "answer_factor": row.answer.factor,
            "answer_override": int(row.answer.override),
            "risk_point": row.score.risk,
            "factor_point": row.score.factor,
            "override_point": row.score.override,
            "answered_at": row.answered_at,
        }
        try:
            with self._write():
                self._db.table("answers").insert(data)
        except sqlite3.IntegrityError as exc:
            if "UNIQUE" not in str(exc):
                raise
            raise TrainingError(
                TrainingRefusal.ALREADY_ANSWERED, "quiz", case=row.case_id, trainee=row.trainee.name
            ) from exc

    def answers(self) -> list[AnswerRow]:
        """Every stored answer, by session start, trainee name and answer time."""
        rows = self._db.query(
            "SELECT a.*, t.name AS trainee_name, s.model, s.model_version, s.mode, s.trainer, "
            "s.started_at, s.ended_at FROM answers a JOIN sessions s ON s.id = a.session_id "
            "JOIN trainees t ON t.id = a.trainee_id "
            "ORDER BY s.started_at, s.id, t.name, a.answered_at, a.id"
        )
        return [answer_row(row) for row in rows]
