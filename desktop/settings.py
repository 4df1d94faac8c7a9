"""The user's settings: one JSON file in the data folder, written atomically, never fatal to read.

A missing file means defaults. A damaged file, or a value this version does not understand,
also gives defaults (for that value or for all), and `problems` says so with a code the UI can
word (`settings:<code>` in i18n/messages); keys this version does not know are kept on save,
so that an older Kuona does not wipe a newer one's settings.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from desktop.sync.durable import replace_atomically
from desktop.sync.errors import os_reason
from models.card_text import LANGUAGES

SETTINGS_FILE = "settings.json"
CORRUPT_SUFFIX = ".corrupt"


class SettingsProblem(StrEnum):
    """Why some or all settings were replaced by their defaults when read."""

    CORRUPT = "corrupt"  # not JSON, or not a JSON object: every setting is its default
    VALUE_INVALID = "value_invalid"  # one setting has a value this version does not accept
    UNREADABLE = "unreadable"  # the file exists but cannot be read (permissions, I/O)


@dataclass(frozen=True)
class SettingsIssue:
    """One problem found when reading: its code, and the setting concerned (None: all)."""

    code: SettingsProblem
    field: str | None = None

    @property
    def message_key(self) -> str:
        """The key of its sentence in i18n/messages/*.json."""
        return f"settings:{self.code.value}"


class SettingsWriteError(OSError):
    """The settings could not be saved; `reason` is a reason code (disk_full, read_only, ...)."""

    def __init__(self, file: str, reason: str) -> None:
        """Keep the file and the reason code; the text is only for developers' logs."""
        super().__init__(f"{file}: settings not written ({reason})")
        self.file = file
        self.reason = reason

    @property
    def message_key(self) -> str:
        """The key of its sentence in i18n/messages/*.json."""
        return "settings:write_failed"


def _valid_language(value: Any) -> bool:
    return value is None or value in LANGUAGES


def _valid_bool(value: Any) -> bool:
    return isinstance(value, bool)


#: The idle minutes after which a signed-in session locks: the shortest and longest allowed.
LOCK_MINUTES = (1, 240)


def _valid_minutes(value: Any) -> bool:
    low, high = LOCK_MINUTES
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


# name: (default, check)
_FIELDS: dict[str, tuple[Any, Any]] = {
    "language": (None, _valid_language),
    "judgement_first": (True, _valid_bool),
    "lock_after_min": (5, _valid_minutes),
}


class Settings:
    """The settings of this computer's Kuona, read from `folder`/settings.json."""

    def __init__(self, folder: Path) -> None:
        """Read the file now; any problem gives defaults and is listed in `problems`."""
        self.path = folder / SETTINGS_FILE
        self._values: dict[str, Any] = {}
        self._corrupt = False
        self.problems: tuple[SettingsIssue, ...] = self._read()

    def _read(self) -> tuple[SettingsIssue, ...]:
        try:
            text = self.path.read_bytes()
        except FileNotFoundError:
            return ()
        except OSError:
            return (SettingsIssue(SettingsProblem.UNREADABLE),)
        try:
            data = json.loads(text)
        except (UnicodeDecodeError, json.JSONDecodeError):
            data = None
        if not isinstance(data, dict):
            self._corrupt = True
            return (SettingsIssue(SettingsProblem.CORRUPT),)
        problems = []
        for name, value in data.items():
            known = _FIELDS.get(name)
            if known is not None and not known[1](value):
                problems.append(SettingsIssue(SettingsProblem.VALUE_INVALID, name))
                continue
            self._values[name] = value
        return tuple(problems)

    def _get(self, name: str) -> Any:
        return self._values.get(name, _FIELDS[name][0])

    def _set(self, name: str, value: Any) -> None:
        if not _FIELDS[name][1](value):
            raise ValueError(f"{name}: {value!r} is not an allowed value")
        self._values[name] = value
        self._save()

    def _save(self) -> None:
        data = json.dumps(self._values, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if self._corrupt:  # keep the damaged file for whoever looks into it
                with contextlib.suppress(FileNotFoundError):
                    os.replace(self.path, self.path.with_name(SETTINGS_FILE + CORRUPT_SUFFIX))
                self._corrupt = False
            replace_atomically(self.path, data.encode("utf-8"), mode=0o600)
        except OSError as exc:
            raise SettingsWriteError(self.path.name, os_reason(exc)) from exc

    @property
    def language(self) -> str | None:
        """The chosen interface language (one of LANGUAGES), or None to follow the system."""
        value: str | None = self._get("language")
        return value

    def set_language(self, value: str | None) -> None:
        """Remember `value` (a code of LANGUAGES, or None to follow the system)."""
        self._set("language", value)

    @property
    def judgement_first(self) -> bool:
        """Whether the clinician records a judgement before seeing the model (new users: yes)."""
        return bool(self._get("judgement_first"))

    def set_judgement_first(self, value: bool) -> None:
        """Remember whether the clinician's own judgement is asked for before the model's."""
        self._set("judgement_first", value)

    @property
    def lock_after_min(self) -> int:
        """Minutes without keyboard or mouse after which a signed-in session locks (default 5)."""
        return int(self._get("lock_after_min"))

    def set_lock_after_min(self, value: int) -> None:
        """Remember the idle minutes before the lock (LOCK_MINUTES bounds them)."""
        self._set("lock_after_min", value)


def resolve_language(chosen: str | None, system: str) -> str:
    """The language to show: the chosen one, else the system's (e.g. "pt_MZ") if Kuona has it."""
    if chosen is not None and chosen in LANGUAGES:
        return chosen
    base = system.replace("-", "_").split("_")[0].lower()
    return base if base in LANGUAGES else "en"
