"""Every refusal of an export has its sentence in every language, naming the entry or file."""

from __future__ import annotations

import pytest

from desktop.exchange.errors import ExchangeError, ExchangeRefusal
from desktop.messages import catalogue, describe_code
from models.card_text import LANGUAGES


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_exchange_code_has_exactly_one_sentence(language: str) -> None:
    """The exchange: keys of the catalogue are exactly the ExchangeRefusal codes."""
    keys = {k for k in catalogue(language) if k.startswith("exchange:")}
    assert keys == {f"exchange:{code.value}" for code in ExchangeRefusal}


def test_a_refusal_names_the_file_and_the_entry() -> None:
    """A malformed UID's sentence names the mapping file, the entry and the value."""
    error = ExchangeError(ExchangeRefusal.UID_MALFORMED, "m.json", entry="org_units.x", value="bad")
    text = describe_code(error.message_key, error.file, error.params, "en")
    assert text.startswith("m.json") and "org_units.x" in text and '"bad"' in text
