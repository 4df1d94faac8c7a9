"""Every refusal code has a sentence, and each sentence names the file."""

from __future__ import annotations

import json
import string

import pytest

from desktop.messages import CATALOGUES, describe
from models.errors import Check, PackageError


def test_catalogue_covers_exactly_the_codes() -> None:
    """en.json has one template per Check code, no more, no fewer."""
    english = json.loads((CATALOGUES / "en.json").read_text(encoding="utf-8"))
    assert set(english) == {c.value for c in Check}


@pytest.mark.parametrize("check", list(Check))
def test_every_sentence_names_the_file(check: Check) -> None:
    """Each template uses {file}, so the user always learns which file failed."""
    english = json.loads((CATALOGUES / "en.json").read_text(encoding="utf-8"))
    fields = {f for _, f, _, _ in string.Formatter().parse(english[check.value]) if f}
    assert "file" in fields
    text = describe(PackageError(check, "card.json", {f: "X" for f in fields - {"file"}}))
    assert text.startswith("card.json")
    assert "{" not in text
