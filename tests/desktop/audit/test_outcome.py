"""Outcome records: linked to a decision, checked before writing, corrected by superseding."""

from __future__ import annotations

import json
import string
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop import keys
from desktop.audit.followup import open_decisions
from desktop.audit.outcome import Observation, record_outcome
from desktop.audit.outcome_batch import record_file
from desktop.audit.outcome_errors import BatchError, OutcomeError, OutcomeRefusal
from desktop.audit.store import AuditStore
from tests.desktop.audit.entries import DEVICE, decision_entry

TODAY = date.today()
LANGUAGES = ("en", "fr", "pt", "es", "sw", "ar")


@pytest.fixture(autouse=True)
def _today() -> None:
    """TODAY is the day each test starts, not the day the module was collected (a run may
    cross midnight)."""
    global TODAY  # noqa: PLW0603 - the tests below read it as a plain name
    TODAY = date.today()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[AuditStore]:
    """A real log with nothing in it yet."""
    with AuditStore.open(tmp_path / "audit.sqlite", device_id=DEVICE) as opened:
        yield opened


def test_an_outcome_is_chained_after_its_decision_with_its_body(store: AuditStore) -> None:
    """The outcome names the decision, keeps value, day and source, and the chain is intact."""
    decision = store.append(decision_entry())
    outcome = record_outcome(
        store, Observation(decision.uuid, "1", on=TODAY.isoformat(), source="lab")
    )
    assert outcome.kind == "outcome" and outcome.prev_hash == decision.hash
    assert outcome.data["body"] == {
        "observes": decision.uuid,
        "observed": 1,
        "on": TODAY.isoformat(),
        "source": "lab",
        "supersedes": None,
    }
    assert outcome.data["model"] == decision.data["model"]
    assert store.verify() == []


@pytest.mark.parametrize(
    ("observation", "code"),
    [
        (Observation("no-such-id", "1"), OutcomeRefusal.UNKNOWN_RECORD),
        (Observation("{id}", "2"), OutcomeRefusal.WRONG_VALUE),
        (Observation("{id}", "yes"), OutcomeRefusal.WRONG_VALUE),
        (
            Observation("{id}", "1", on="{yesterday}"),
            OutcomeRefusal.BEFORE_DECISION,
        ),
        (Observation("{id}", "1", on="{tomorrow}"), OutcomeRefusal.IN_FUTURE),
        (Observation("{id}", "1", on="05/12/2026"), OutcomeRefusal.BAD_DATE),
        (Observation("{id}", "1", source="gossip"), OutcomeRefusal.BAD_SOURCE),
        (Observation("{id}", "1", supersedes="nothing"), OutcomeRefusal.SUPERSEDES_UNKNOWN),
    ],
)
def test_a_wrong_outcome_is_one_coded_refusal_and_nothing_is_written(
    store: AuditStore, observation: Observation, code: OutcomeRefusal
) -> None:
    """Unknown id, wrong kind of value, a date before the decision or ahead: refused, no write."""
    decision = store.append(decision_entry())
    days = {"yesterday": TODAY - timedelta(days=1), "tomorrow": TODAY + timedelta(days=1)}
    wanted = Observation(
        **{
            **observation.__dict__,
            "record_id": observation.record_id.format(id=decision.uuid),
            "on": observation.on and observation.on.format(**days),
        }
    )
    with pytest.raises(OutcomeError) as caught:
        record_outcome(store, wanted)
    assert caught.value.code is code
    assert store.count() == 1


def test_a_regression_outcome_takes_any_number_but_not_text(store: AuditStore) -> None:
    """A decision on a raw (regression) output keeps the observed number as it is."""
    decision = store.append(decision_entry(output_space="raw", prediction=2.4))
    outcome = record_outcome(store, Observation(decision.uuid, "3.25"))
    assert outcome.data["body"]["observed"] == 3.25
    with pytest.raises(OutcomeError) as caught:
        record_outcome(store, Observation(decision.uuid, "n/a"))
    assert caught.value.params["expected"] == "number"


def test_an_outcome_on_an_outcome_is_refused(store: AuditStore) -> None:
    """An outcome must name a decision, not another kind of record."""
    decision = store.append(decision_entry())
    first = record_outcome(store, Observation(decision.uuid, "0"))
    with pytest.raises(OutcomeError) as caught:
        record_outcome(store, Observation(first.uuid, "1"))
    assert caught.value.code is OutcomeRefusal.NOT_A_DECISION


def test_a_correction_supersedes_the_outcome_in_force_and_nothing_is_edited(
    store: AuditStore,
) -> None:
    """A second outcome must name the first; the first stays; an old one cannot be re-corrected."""
    decision = store.append(decision_entry())
    first = record_outcome(store, Observation(decision.uuid, "0"))
    with pytest.raises(OutcomeError) as caught:
        record_outcome(store, Observation(decision.uuid, "1"))
    assert caught.value.code is OutcomeRefusal.OUTCOME_EXISTS
    second = record_outcome(store, Observation(decision.uuid, "1", supersedes=first.uuid))
    assert second.data["body"]["supersedes"] == first.uuid
    with pytest.raises(OutcomeError) as caught:
        record_outcome(store, Observation(decision.uuid, "0", supersedes=first.uuid))
    assert caught.value.code is OutcomeRefusal.ALREADY_SUPERSEDED
    other = store.append(decision_entry())
    with pytest.raises(OutcomeError) as caught:
        record_outcome(store, Observation(other.uuid, "0", supersedes=second.uuid))
    assert caught.value.code is OutcomeRefusal.SUPERSEDES_OTHER
    assert [r.kind for r in store.records()] == ["decision", "outcome", "outcome", "decision"]


def test_followup_lists_open_decisions_oldest_due_first(store: AuditStore) -> None:
    """Decisions with an outcome drop out; a horizon not yet passed keeps one off the list."""
    late = decision_entry()
    late["explanation"] = {**late["explanation"], "decided_on": str(TODAY - timedelta(days=9))}
    answered = store.append(decision_entry())
    recent = store.append(decision_entry())
    old = store.append(late)
    record_outcome(store, Observation(answered.uuid, "1"))
    due = open_decisions(store, horizons={}, today=TODAY)
    assert [d.record_id for d in due] == [old.uuid, recent.uuid]
    assert due[0].days_overdue(TODAY) == 9
    waiting = open_decisions(store, horizons={"pima-diabetes-lr": 5}, today=TODAY)
    assert [d.record_id for d in waiting] == [old.uuid]


def _csv(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_csv_with_one_bad_row_writes_nothing_and_names_each_line(
    store: AuditStore, tmp_path: Path
) -> None:
    """Every row is checked first; the error names line 3 and line 4, and no outcome is written."""
    a, b = store.append(decision_entry()), store.append(decision_entry())
    path = _csv(
        tmp_path / "outcomes.csv",
        [
            "record_id,observed,on,source",
            f"{a.uuid},1,{TODAY},lab",
            f"{b.uuid},7,{TODAY},lab",
            f"unknown,1,{TODAY},lab",
        ],
    )
    with pytest.raises(BatchError) as caught:
        record_file(store, path)
    problems = caught.value.problems
    assert [p.file for p in problems] == ["outcomes.csv:3", "outcomes.csv:4"]
    assert [p.key for p in problems] == ["outcome:wrong_value", "outcome:unknown_record"]
    assert store.count() == 2


def test_a_csv_finds_the_decision_through_the_keyed_pseudonym(
    store: AuditStore, tmp_path: Path, kuona_home: Path
) -> None:
    """A patient_ref row reaches the patient's one open decision; a second row for it is refused."""
    pseudonym = keys.pseudonymise("MRN-77", home=kuona_home)
    decision = store.append(decision_entry(patient_ref=pseudonym))
    ok = _csv(tmp_path / "ok.csv", ["patient_ref,observed,on,source", f" mrn-77 ,0,{TODAY},phone"])
    (outcome,) = record_file(store, ok, home=kuona_home)
    assert outcome.data["body"]["observes"] == decision.uuid
    assert outcome.data["patient_ref"] == pseudonym
    again = _csv(
        tmp_path / "again.csv", ["patient_ref,observed,on,source", f"MRN-77,1,{TODAY},lab"]
    )
    with pytest.raises(BatchError) as caught:
        record_file(store, again, home=kuona_home)
    assert caught.value.problems[0].key == "outcome:unknown_patient"


def test_a_csv_without_its_columns_is_refused_whole(store: AuditStore, tmp_path: Path) -> None:
    """A header without record_id or patient_ref names the missing column."""
    path = _csv(tmp_path / "bad.csv", ["id,observed,on,source", "x,1,,"])
    with pytest.raises(OutcomeError) as caught:
        record_file(store, path)
    assert caught.value.code is OutcomeRefusal.MISSING_COLUMN
    assert "record_id|patient_ref" in caught.value.params["column"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_outcome_refusal_has_a_sentence_in_every_language(language: str) -> None:
    """Each code of OutcomeRefusal is worded in all six catalogues, with its own placeholders."""
    path = Path(__file__).parents[3] / "i18n" / "messages" / f"{language}.json"
    words = json.loads(path.read_text(encoding="utf-8"))
    english = json.loads(path.with_name("en.json").read_text(encoding="utf-8"))
    for code in OutcomeRefusal:
        key = f"outcome:{code.value}"
        assert key in words, key
        assert sorted(_fields(words[key])) == sorted(_fields(english[key])), key


def _fields(template: str) -> list[str]:
    return [name for _, name, _, _ in string.Formatter().parse(template) if name]
