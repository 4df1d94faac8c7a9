"""Every refusal code has a sentence naming the file, and every reason code has words."""

from __future__ import annotations

import json
import re
import string
from pathlib import Path

import pytest

from desktop.messages import CATALOGUES, describe, describe_code
from desktop.training.errors import BadRow, RowProblem, TrainingRefusal
from explainers.errors import Problem
from models.errors import Check, PackageError

ENGLISH: dict[str, str] = json.loads((CATALOGUES / "en.json").read_text(encoding="utf-8"))
CODES = [c.value for c in Check] + [p.value for p in Problem]
MODELS = Path(__file__).resolve().parents[2] / "models"


def test_catalogue_covers_exactly_the_codes() -> None:
    """en.json has one sentence per refusal code, no more, no fewer (reasons aside)."""
    prefixes = ("reason:", "cli:", "warning:", "audit:", "training:", "settings:")
    prefixes += ("catalog:", "repo:", "update:", "status:")  # model updates (issue 14)
    prefixes += ("exchange:",)  # FHIR and DHIS2 exports (issue 16)
    prefixes += ("outcome:", "monitor:", "monitor_group:")  # tests/desktop/monitoring
    prefixes += ("privacy:",)  # the notes policy (issue 19), checked below
    prefixes += ("accounts:",)  # clinician accounts: tests/desktop/accounts
    assert {k for k in ENGLISH if not k.startswith(prefixes)} == set(CODES)


def test_every_catalog_refusal_has_a_sentence_naming_its_file() -> None:
    """catalog:* holds exactly the update refusals, each naming the file or model concerned."""
    from desktop.updates.errors import CatalogRefusal

    assert {k for k in ENGLISH if k.startswith("catalog:")} == {
        f"catalog:{c.value}" for c in CatalogRefusal
    }
    for code in CatalogRefusal:
        fields = {f for _, f, _, _ in string.Formatter().parse(ENGLISH[f"catalog:{code}"]) if f}
        assert "file" in fields, code


def test_every_notes_policy_refusal_has_a_sentence_naming_its_file() -> None:
    """privacy:* holds exactly the notes policy refusals, each naming the file concerned."""
    from desktop.privacy.notes_policy import PolicyRefusal

    assert {k for k in ENGLISH if k.startswith("privacy:")} == {
        f"privacy:{c.value}" for c in PolicyRefusal
    }
    for code in PolicyRefusal:
        fields = {f for _, f, _, _ in string.Formatter().parse(ENGLISH[f"privacy:{code}"]) if f}
        assert "file" in fields, code


@pytest.mark.parametrize("code", CODES)
def test_every_sentence_names_the_file(code: str) -> None:
    """Each template uses {file}, so the user always learns which file failed."""
    fields = {f for _, f, _, _ in string.Formatter().parse(ENGLISH[code]) if f}
    assert "file" in fields
    text = describe_code(code, "card.json", {f: "X" for f in fields - {"file"}})
    assert text.startswith("card.json")
    assert "{" not in text


def _reason_tokens() -> set[str]:
    sources = (MODELS / "background.py").read_text() + (MODELS / "card.py").read_text()
    return set(re.findall(r"_(?:refuse|inconsistent)\(.*?,\s*f?\"([a-z_0-9]+)(?::|\")", sources))


def test_every_reason_code_has_words() -> None:
    """Reason codes raised by the background and card checks are worded in en.json."""
    tokens = _reason_tokens()
    assert {"not_a_number", "unknown_feature", "duplicate_feature"} <= tokens
    missing = {t for t in tokens if f"reason:{t}" not in ENGLISH}
    assert not missing


def test_reason_with_detail_is_worded() -> None:
    """A reason like unknown_feature:glu becomes a sentence that names glu."""
    error = PackageError(
        Check.CARD_INCONSISTENT,
        "card.json",
        {"field": "model_inputs", "reason": "unknown_feature:glu"},
    )
    assert describe(error) == (
        "card.json: field 'model_inputs' is inconsistent ('glu' is not a feature of the card)."
    )


TRAINING_KEYS = [f"training:{c.value}" for c in TrainingRefusal] + [
    BadRow(2, "glu", c).message_key for c in RowProblem
]


def test_training_codes_are_exactly_the_training_sentences() -> None:
    """Every training refusal and CSV row problem has a sentence, and no sentence is orphaned."""
    assert {k for k in ENGLISH if k.startswith("training:")} == set(TRAINING_KEYS)


@pytest.mark.parametrize("key", TRAINING_KEYS)
def test_every_training_sentence_names_the_file(key: str) -> None:
    """Training refusals and row problems start with the file (or form) they concern."""
    fields = {f for _, f, _, _ in string.Formatter().parse(ENGLISH[key]) if f}
    text = describe_code(key, "cases.csv", {f: "X" for f in fields - {"file"}})
    assert text.startswith("cases.csv: ")
    assert "{" not in text
