"""Training never reaches the clinical audit log: after a full training session the audit
store holds the same records, and the USB bundle `kuona audit export` writes, decrypted with
the district's key, contains no training record and no trace of the session."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from desktop import keys
from desktop.audit.decision import Decision, record_decision
from desktop.audit.local import local_log_path, open_local_store
from desktop.sync.bundle import read_bundle
from desktop.sync.district_keys import install_district_key
from desktop.training.cases import load_library
from desktop.training.session import answer_case, explain_case
from desktop.training.store import TrainingStore
from desktop.training.whatif import what_if
from models.verify import VerifiedPackage
from tests.desktop.cli.runner import kuona
from tests.desktop.sync.helpers import make_district
from tests.desktop.training.answers import right_answer, wrong_answer

TRAINEE = "Trainee Zebra-7781"
NOTE = "TRAINING-NOTE-MARKER-42"
CLINIC_CASE = {"npreg": 7, "glu": 187, "bp": 90, "skin": 41, "bmi": 32, "ped": 0.391, "age": 39}


def _training_session(pima: VerifiedPackage, home: Path, tmp_path: Path) -> list[str]:
    """Import a trainer's case (CLI), run a quiz with what-if on five cases; the traces left."""
    csv_file = tmp_path / "mine.csv"
    csv_file.write_text(
        f"npreg,glu,bp,skin,bmi,ped,age,outcome,note\n4,133,66,29,31.2,0.311,41,1,{NOTE}\n"
    )
    imported = kuona("training", "import-cases", pima.card.id, str(csv_file), home=home)
    assert imported.returncode == 0, imported.stderr
    with TrainingStore.open() as store:
        session = store.start_session(
            model=pima.card.id, model_version=pima.card.version, mode="quiz", trainer="Dr K"
        )
        trainee = store.trainee(TRAINEE)
        cases = [*load_library(pima.card.id).cases[:4], *store.trainer_cases(pima.card.id)]
        for i, case in enumerate(cases):
            what_if(pima, case.inputs, feature="glu", value=150.0)
            answer = right_answer(pima, case) if i % 2 else wrong_answer(pima, case)
            answer_case(store, pima, session=session, trainee=trainee, case=case, answer=answer)
        store.end_session(session.id)
        assert len(store.answers()) == 5
    return [TRAINEE, NOTE, session.id, trainee.id, "Dr K"]


def _bundle_text(path: Path, district_home: Path) -> tuple[list[dict[str, object]], str]:
    from desktop.sync.district_keys import load_district_private

    bundle = read_bundle(path, district_private=load_district_private(district_home))
    records = [r.data for r in bundle.records]
    return records, json.dumps(records) + json.dumps(bundle.header.__dict__, default=str)


def test_training_session_leaves_audit_store_and_bundle_untouched(
    kuona_home: Path, tmp_path: Path, pima: VerifiedPackage
) -> None:
    """One clinical decision before training; after training still one record, and the bundle
    carries exactly that decision and none of the session's names, ids or notes."""
    make_district(tmp_path)
    install_district_key(kuona_home, tmp_path / "district.pub.json")
    keys.ensure_identity()
    explanation = explain_case(pima, CLINIC_CASE)
    with open_local_store() as audit:
        record_decision(
            audit, pima, explanation, inputs=CLINIC_CASE, decision=Decision(decision="accept")
        )
        before = audit.count()
    assert before == 1

    traces = _training_session(pima, kuona_home, tmp_path)

    with open_local_store() as audit:
        assert audit.count() == before
        assert audit.verify() == []
    conn = sqlite3.connect(local_log_path())
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    conn.close()
    assert tables == {"meta", "records", "acknowledged"}

    stick = tmp_path / "stick"
    stick.mkdir()
    exported = kuona("audit", "export", "--to", str(stick), home=kuona_home)
    assert exported.returncode == 0, exported.stderr
    (bundle_path,) = stick.iterdir()
    records, text = _bundle_text(bundle_path, tmp_path / "district-home")
    assert len(records) == before
    assert [r["kind"] for r in records] == ["decision"]
    assert records[0]["inputs"] == {k: float(v) for k, v in CLINIC_CASE.items()}
    for trace in traces:
        assert trace not in text, trace
    with open_local_store() as audit:
        assert audit.count() == before
