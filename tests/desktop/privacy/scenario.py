"""One clinic that records a named patient's visit, one district, and raw-byte searches."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop.audit.decision import pseudonym
from desktop.audit.local import open_local_store
from desktop.audit.outcome import Observation, record_outcome
from desktop.audit.record import AuditRecord
from desktop.audit.store import AuditStore
from desktop.district.database import DistrictDB
from desktop.district.importer import import_paths
from desktop.sync.district_keys import DistrictPrivate
from desktop.sync.export import export_bundle
from tests.desktop.audit.entries import decision_entry
from tests.desktop.sync.helpers import make_district, open_district

NOTE = "Mrs Amina Juma, phone 0712345678"
REF = "KCH-2026-004417"
#: Amina's inputs carry a value no other record holds, so it can be searched for.
AMINA_GLU = 193.77


def needles(*texts: str) -> list[bytes]:
    """Each text as UTF-8 and in its JSON-escaped (ASCII) form, and the note's two parts."""
    found: list[bytes] = []
    for text in texts:
        found += [text.encode(), json.dumps(text).encode()[1:-1]]
    return sorted(set(found))


def files_holding(root: Path, searched: list[bytes]) -> list[tuple[str, bytes]]:
    """(file, text) for every file under root whose raw bytes hold one of the texts."""
    hits = []
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        data = path.read_bytes()
        hits += [(str(path), text) for text in searched if text in data]
    return hits


@dataclass
class Scenario:
    """The clinic's log (in KUONA_HOME), its key, the district's keys, the stick folder."""

    root: Path
    home: Path
    store: AuditStore
    key: Ed25519PrivateKey
    district: DistrictPrivate
    amina: list[AuditRecord]
    other: AuditRecord

    def export(self, name: str) -> Path:
        """Export the unconfirmed records onto a stick folder `name`."""
        folder = self.root / name
        folder.mkdir()
        path = export_bundle(
            self.store, to_dir=folder, device_key=self.key, district_public=self.district.public
        )
        assert path is not None
        return path

    def import_(self, *bundles: Path) -> dict[str, Any]:
        """Import bundles at the district; the import's JSON reconciliation."""
        with self.open_district() as db:
            return import_paths(db, list(bundles), district_private=self.district).to_json()

    def open_district(self) -> DistrictDB:
        """The district's database."""
        return open_district(self.root / "district")

    @property
    def district_home(self) -> Path:
        """The district computer's data folder."""
        return self.root / "district" / "district-home"

    @property
    def secret_texts(self) -> list[bytes]:
        """What must never leave the laptop: the note's name and phone, the raw reference."""
        return needles("Amina Juma", "0712345678", REF)

    @property
    def erased_texts(self) -> list[bytes]:
        """What an erasure removes too: the patient's pseudonym and inputs."""
        return [*self.secret_texts, *needles(str(pseudonym(REF)), str(AMINA_GLU))]


def make_scenario(root: Path, home: Path) -> Scenario:
    """A decision with NOTE about REF, its outcome and an ineligible visit; another patient."""
    store = open_local_store(home)
    ref = pseudonym(REF)
    inputs = {"glu": AMINA_GLU, "bmi": 32.0, "age": None}
    decision = store.append(
        decision_entry(
            decision="override", reason="patient_context", note=NOTE, patient_ref=ref, inputs=inputs
        )
    )
    outcome = record_outcome(
        store, Observation(record_id=decision.uuid, observed="1", note="rang 0712345678")
    )
    ineligible = store.append(
        {
            "kind": "ineligible",
            "model": decision.data["model"],
            "body": {
                "inputs": inputs,
                "answers": {"pregnant": True},
                "blocked_by": [{"code": "pregnant", "rule": "pregnant"}],
            },
            "note": "Amina Juma is pregnant",
            "role": "nurse",
            "language": "sw",
            "patient_ref": ref,
        }
    )
    other = store.append(decision_entry(note="review next week", patient_ref=pseudonym("X-1")))
    district = make_district(root / "district")
    return Scenario(
        root,
        home,
        store,
        Ed25519PrivateKey.generate(),
        district,
        [decision, outcome, ineligible],
        other,
    )
