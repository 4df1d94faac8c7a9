"""Every alarm code is worded in all six catalogues, with the parameters monitoring gives."""

from __future__ import annotations

import json

import pytest

from desktop.messages import CATALOGUES
from desktop.monitoring.alarms import message

CODES = (
    "discrimination_below_card",
    "miscalibration",
    "subgroup_gap",
    "input_drift",
    "prediction_drift",
    "override_rate_change",
    "low_followup",
)
ENGLISH = json.loads((CATALOGUES / "en.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("language", ["en", "fr", "pt", "es", "sw", "ar"])
def test_every_alarm_is_a_sentence_in_every_language(language: str) -> None:
    """Each code (and the multivariate drift) renders with its group and figures filled in."""
    words = json.loads((CATALOGUES / f"{language}.json").read_text(encoding="utf-8"))
    alarms = [
        {"code": c, "group": "device:x", "feature": "age", "value": 0.5, "reference": 1}
        for c in CODES
    ]
    alarms.append({**alarms[3], "measure": "multivariate"})
    for alarm in alarms:
        key, params = message(alarm)
        text = words[key].format(**params)
        assert "device:x" in text and "{" not in text
        assert text != ENGLISH[key] or language == "en"


def test_the_catalogue_has_no_monitor_sentence_without_an_alarm() -> None:
    """monitor: keys are exactly the alarm codes and the multivariate drift."""
    keys = {k.removeprefix("monitor:") for k in ENGLISH if k.startswith("monitor:")}
    assert keys == {*CODES, "input_drift_multivariate"}


@pytest.mark.parametrize("language", ["en", "fr", "pt", "es", "sw", "ar"])
def test_an_alarm_names_its_group_in_words(language: str) -> None:
    """The group code (all, device:ID, month:M, subgroup:S) is worded, never shown raw."""
    from desktop.monitoring.alarms import alarm_text

    words = json.loads((CATALOGUES / f"{language}.json").read_text(encoding="utf-8"))
    base = {"code": "miscalibration", "value": 1.8, "reference": 1.0}
    device = alarm_text({**base, "group": "device:5e1f0c2a-77d1"}, words)
    assert "device:" not in device and "5e1f0c2a" in device and "-77d1" not in device
    overall = alarm_text({**base, "group": "all"}, words)
    assert overall.startswith(words["monitor_group:all"])
    month = alarm_text({**base, "group": "month:2026-11"}, words)
    assert "month:" not in month and "2026-11" in month
