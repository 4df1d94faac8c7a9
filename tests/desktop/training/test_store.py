"""training.sqlite: its own file in KUONA_HOME, owner-only, trainees, sessions, schema guard."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from desktop.audit.local import local_log_path
from desktop.training.errors import TrainingError, TrainingRefusal
from desktop.training.store import TrainingStore, training_db_path


def test_training_data_has_its_own_file_beside_the_audit_log(
    kuona_home: Path, store: TrainingStore
) -> None:
    """KUONA_HOME/training.sqlite, not the audit log's file, readable by its owner only."""
    assert store.path == training_db_path() == kuona_home / "training.sqlite"
    assert store.path != local_log_path()
    assert not local_log_path().exists()
    if os.name == "posix":
        assert stat.S_IMODE(store.path.stat().st_mode) == 0o600


def test_a_trainee_is_found_again_by_name(store: TrainingStore) -> None:
    """Typing the same name (spaces aside) gives the same trainee; another name another one."""
    first = store.trainee("Amina  Juma")
    assert store.trainee(" Amina Juma ") == first
    assert store.trainee("Bongani").id != first.id


@pytest.mark.parametrize("name", ["", "   ", "x" * 81])
def test_blank_or_overlong_names_are_refused(store: TrainingStore, name: str) -> None:
    """A trainee needs a name of 1 to 80 characters."""
    with pytest.raises(TrainingError) as caught:
        store.trainee(name)
    assert caught.value.code is TrainingRefusal.TRAINEE_NAME_INVALID


def test_sessions_start_end_and_survive_reopening(store: TrainingStore) -> None:
    """A session is stored when it starts and keeps its end time after the file is reopened."""
    session = store.start_session(
        model="pima-diabetes-lr", model_version="1.0.0", mode="demonstration", trainer="Dr K"
    )
    assert session.ended_at is None
    ended = store.end_session(session.id)
    assert ended.ended_at is not None and ended.started_at == session.started_at
    with TrainingStore.open() as again:
        assert again.session(session.id) == ended


def test_unknown_session_and_mode_are_refused(store: TrainingStore) -> None:
    """No such session id; no such mode."""
    with pytest.raises(TrainingError) as caught:
        store.session("nope")
    assert caught.value.code is TrainingRefusal.UNKNOWN_SESSION
    with pytest.raises(ValueError, match="mode"):
        store.start_session(model="m", model_version="1", mode="exam")


def test_a_newer_schema_is_refused(kuona_home: Path) -> None:
    """A file written by a newer Kuona is not opened (nor changed)."""
    TrainingStore.open().close()
    conn = sqlite3.connect(kuona_home / "training.sqlite")
    with conn:
        conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    conn.close()
    with pytest.raises(TrainingError) as caught:
        TrainingStore.open()
    assert caught.value.code is TrainingRefusal.SCHEMA_TOO_NEW
    assert caught.value.params == {"version": "99"}


def test_a_file_that_is_not_sqlite_is_refused(kuona_home: Path) -> None:
    """A damaged training file gives a clear refusal naming it."""
    (kuona_home / "training.sqlite").write_bytes(b"not a database at all" * 100)
    with pytest.raises(TrainingError) as caught:
        TrainingStore.open()
    assert caught.value.code is TrainingRefusal.STORE_UNREADABLE
    assert caught.value.file == "training.sqlite"


def test_a_refused_write_saves_nothing_and_says_so(store: TrainingStore) -> None:
    """When SQLite refuses the write (here: a query-only connection), a coded refusal."""
    store.trainee("Amina")
    store._db.execute("PRAGMA query_only = ON")
    with pytest.raises(TrainingError) as caught:
        store.trainee("Bongani")
    assert caught.value.code is TrainingRefusal.STORE_WRITE_FAILED
    store._db.execute("PRAGMA query_only = OFF")
    assert store.trainee("Amina").name == "Amina"
    assert [r["name"] for r in store._db.query("SELECT name FROM trainees")] == ["Amina"]
