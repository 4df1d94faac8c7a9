"""The shape shared by every refusal of the core: a code, the file concerned, parameters.

The words are not here: `message_key` names the sentence in i18n/messages/*.json, which the CLI
and the GUI fill with `params` in the user's language (desktop.messages).
"""

from __future__ import annotations

from enum import StrEnum
from typing import ClassVar


class RefusalError(ValueError):
    """A refused operation: its code, the file (or form, or folder) it concerns, parameters."""

    namespace: ClassVar[str]  # the catalogue prefix of its sentences: "audit", "training"

    def __init__(self, code: StrEnum, file: str, **params: str) -> None:
        """Keep the code and parameters; the text is only for developers' logs."""
        super().__init__(f"{file}: {code.value} {params}")
        self.code = code
        self.file = file
        self.params = params

    @property
    def message_key(self) -> str:
        """The key of its sentence in i18n/messages/*.json."""
        return f"{self.namespace}:{self.code.value}"
