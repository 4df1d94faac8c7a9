"""The settings file: typed values with defaults, atomic saves, damaged files that never crash."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from desktop.messages import catalogue, describe_code
from desktop.settings import (
    SETTINGS_FILE,
    Settings,
    SettingsIssue,
    SettingsProblem,
    SettingsWriteError,
    resolve_language,
)
from models.card_text import LANGUAGES


def test_a_new_user_gets_the_defaults(tmp_path: Path) -> None:
    """Without a settings file: follow the system language, judgement first, no problems."""
    settings = Settings(tmp_path)
    assert settings.language is None
    assert settings.judgement_first is True
    assert settings.problems == ()
    assert not (tmp_path / SETTINGS_FILE).exists()


def test_values_are_remembered_across_restarts(tmp_path: Path) -> None:
    """What is set is written at once and read back by the next start."""
    Settings(tmp_path).set_language("sw")
    settings = Settings(tmp_path)
    settings.set_judgement_first(False)
    again = Settings(tmp_path)
    assert (again.language, again.judgement_first, again.problems) == ("sw", False, ())
    assert json.loads((tmp_path / SETTINGS_FILE).read_text("utf-8")) == {
        "judgement_first": False,
        "language": "sw",
    }
    again.set_language(None)
    assert Settings(tmp_path).language is None


@pytest.mark.parametrize("content", [b"{not json", b"", b"[1, 2]", b"\xff\xfe", b'"fr"'])
def test_a_damaged_file_gives_defaults_and_says_so(tmp_path: Path, content: bytes) -> None:
    """Unparsable JSON or a non-object file: every default, and the code `corrupt`."""
    (tmp_path / SETTINGS_FILE).write_bytes(content)
    settings = Settings(tmp_path)
    assert (settings.language, settings.judgement_first) == (None, True)
    assert settings.problems == (SettingsIssue(SettingsProblem.CORRUPT),)


def test_saving_over_a_damaged_file_keeps_it_aside(tmp_path: Path) -> None:
    """The next save writes good settings and keeps the damaged file as settings.json.corrupt."""
    (tmp_path / SETTINGS_FILE).write_bytes(b"{broken")
    settings = Settings(tmp_path)
    settings.set_language("ar")
    assert (tmp_path / "settings.json.corrupt").read_bytes() == b"{broken"
    again = Settings(tmp_path)
    assert (again.language, again.problems) == ("ar", ())


def test_an_unknown_value_falls_back_for_that_setting_only(tmp_path: Path) -> None:
    """A language Kuona lacks or a non-boolean flag is replaced by its default, by name."""
    (tmp_path / SETTINGS_FILE).write_text(
        json.dumps({"language": "de", "judgement_first": "yes"}), "utf-8"
    )
    settings = Settings(tmp_path)
    assert (settings.language, settings.judgement_first) == (None, True)
    assert settings.problems == (
        SettingsIssue(SettingsProblem.VALUE_INVALID, "language"),
        SettingsIssue(SettingsProblem.VALUE_INVALID, "judgement_first"),
    )
    (tmp_path / SETTINGS_FILE).write_text(json.dumps({"language": "pt", "x": 1}), "utf-8")
    assert Settings(tmp_path).language == "pt"


def test_keys_of_a_newer_version_survive_a_save(tmp_path: Path) -> None:
    """A setting this version does not know is kept when it saves, not wiped."""
    (tmp_path / SETTINGS_FILE).write_text(json.dumps({"font_scale": 1.25}), "utf-8")
    Settings(tmp_path).set_judgement_first(False)
    saved = json.loads((tmp_path / SETTINGS_FILE).read_text("utf-8"))
    assert saved == {"font_scale": 1.25, "judgement_first": False}


def test_setting_a_value_kuona_does_not_offer_is_refused(tmp_path: Path) -> None:
    """Only the six languages (or None) and booleans are accepted; nothing is written."""
    settings = Settings(tmp_path)
    with pytest.raises(ValueError, match="language"):
        settings.set_language("xx")
    with pytest.raises(ValueError, match="judgement_first"):
        settings.set_judgement_first(1)  # type: ignore[arg-type]
    assert not (tmp_path / SETTINGS_FILE).exists()


def test_a_save_leaves_no_temporary_file(tmp_path: Path) -> None:
    """The file is replaced atomically: after a save only settings.json is in the folder."""
    settings = Settings(tmp_path)
    for language in LANGUAGES:
        settings.set_language(language)
    assert sorted(p.name for p in tmp_path.iterdir()) == [SETTINGS_FILE]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores permissions")
def test_a_failed_save_has_a_code_and_keeps_the_old_file(tmp_path: Path) -> None:
    """In a read-only folder the save fails with read_only; the old settings are intact."""
    Settings(tmp_path).set_language("fr")
    tmp_path.chmod(0o500)
    try:
        settings = Settings(tmp_path)
        with pytest.raises(SettingsWriteError) as caught:
            settings.set_language("es")
        assert caught.value.reason == "read_only"
        assert settings.language == "es"  # holds for this session
    finally:
        tmp_path.chmod(0o700)
    assert Settings(tmp_path).language == "fr"


def test_a_failed_save_when_the_folder_is_a_file(tmp_path: Path) -> None:
    """When the data folder cannot be created the error carries a reason code, not a crash."""
    blocker = tmp_path / "home"
    blocker.write_text("not a folder", "utf-8")
    with pytest.raises(SettingsWriteError) as caught:
        Settings(blocker).set_language("fr")
    assert caught.value.reason
    assert caught.value.message_key == "settings:write_failed"


def test_an_unreadable_settings_path_gives_defaults(tmp_path: Path) -> None:
    """A settings.json that is a folder: defaults, the code `unreadable`, and a save that fails."""
    (tmp_path / SETTINGS_FILE).mkdir()
    settings = Settings(tmp_path)
    assert settings.language is None
    assert settings.problems == (SettingsIssue(SettingsProblem.UNREADABLE),)
    with pytest.raises(SettingsWriteError) as caught:
        settings.set_language("fr")
    assert caught.value.reason == "EISDIR"
    assert sorted(p.name for p in tmp_path.iterdir()) == [SETTINGS_FILE]  # no temp file left


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_problem_code_has_a_sentence(language: str) -> None:
    """Each settings code is worded in every language, naming the file."""
    keys = [SettingsIssue(code).message_key for code in SettingsProblem]
    keys.append(SettingsWriteError("settings.json", "disk_full").message_key)
    for key in keys:
        assert key in catalogue(language)
        params = {"field": "language", "reason": "disk_full"}
        text = describe_code(key, "settings.json", params, language)
        assert text.startswith("settings.json")


@pytest.mark.parametrize(
    ("chosen", "system", "shown"),
    [
        ("fr", "sw_TZ", "fr"),
        (None, "sw_TZ", "sw"),
        (None, "pt-MZ", "pt"),
        (None, "ar_EG", "ar"),
        (None, "de_DE", "en"),
        (None, "C", "en"),
        ("xx", "es_419", "es"),
    ],
)
def test_the_language_shown(chosen: str | None, system: str, shown: str) -> None:
    """The chosen language wins; otherwise the system's if Kuona has it; otherwise English."""
    assert resolve_language(chosen, system) == shown


def test_the_idle_lock_time_is_remembered_and_bounded(tmp_path: Path) -> None:
    """lock_after_min: 5 by default, remembered; 0, 241, a float or a bool are refused on
    set and give the default when found in the file."""
    settings = Settings(tmp_path)
    assert settings.lock_after_min == 5
    settings.set_lock_after_min(12)
    assert Settings(tmp_path).lock_after_min == 12
    for bad in (0, 241, 2.5, True):
        with pytest.raises(ValueError):
            settings.set_lock_after_min(bad)  # type: ignore[arg-type]
    (tmp_path / "settings.json").write_text(json.dumps({"lock_after_min": 0}))
    read = Settings(tmp_path)
    assert read.lock_after_min == 5
    assert [p.field for p in read.problems] == ["lock_after_min"]
