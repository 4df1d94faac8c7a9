"""Words for the sync screens: short labels through Qt's translator, sentences from i18n/.

Refusals and failures are worded by the same message catalogue as the CLI (one sentence per
core code, naming the file and what is wrong) in the interface language, English where that
language has no catalogue yet. Labels that fit in a table cell are translated here.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.audit.errors import AuditError
from desktop.messages import describe_code
from desktop.refusal import RefusalError
from desktop.sync.errors import SyncError
from desktop.ui.widgets import wording


def language() -> str:
    """The interface language (as translations.install set the default QLocale)."""
    return QLocale().name().split("_")[0]


def sentence(code: str, file: str, params: Mapping[str, str] | None = None) -> str:
    """The catalogue's sentence for a code (`audit:` when it names no namespace), e.g. a refused
    bundle and why."""
    key = code if ":" in code else f"audit:{code}"
    return describe_code(key, file, dict(params or {}), language())


def error_sentence(error: SyncError | AuditError | RefusalError) -> str:
    """The sentence for a refused sync or audit operation."""
    return sentence(error.message_key, error.file, error.params)


def tampering(reason: str) -> str:
    """A short phrase for why a record (or a bundle's chain) counts as tampering."""
    phrases = {
        "hash_mismatch": QCoreApplication.translate("SyncWords", "changed after it was written"),
        "chain_broken": QCoreApplication.translate(
            "SyncWords", "does not link to the record before it"
        ),
        "content_changed": QCoreApplication.translate(
            "SyncWords", "same id as an imported record, other content"
        ),
        "fork": QCoreApplication.translate(
            "SyncWords", "a second record with this number (restored backup or altered log)"
        ),
        "record_other_device": QCoreApplication.translate("SyncWords", "names another device"),
        "record_invalid": QCoreApplication.translate("SyncWords", "its fields are not valid"),
        "log_rolled_back": QCoreApplication.translate(
            "SyncWords",
            "the log ends here, though an earlier bundle reached further (restored or truncated)",
        ),
    }
    return phrases.get(reason, reason)


def integer(value: int) -> str:
    """A whole number in the current locale."""
    return QLocale().toString(int(value))


def rate(value: float) -> str:
    """A share (0..1) as a whole percentage in the current locale."""
    return wording.percent(value, 0)


def short_id(device_id: str) -> str:
    """The first 8 characters of a device id (the full id goes in a tooltip)."""
    return device_id[:8]


def reason(code: str) -> str:
    """Words for a reason code from the fixed list of desktop.audit.record.REASONS."""
    words = {
        "clinical_judgement": QCoreApplication.translate("SyncWords", "clinical judgement"),
        "patient_context": QCoreApplication.translate("SyncWords", "patient's context"),
        "missing_information": QCoreApplication.translate("SyncWords", "missing information"),
        "model_limitation": QCoreApplication.translate("SyncWords", "model limitation"),
        "input_out_of_range": QCoreApplication.translate(
            "SyncWords", "input outside the validated range"
        ),
        "patient_preference": QCoreApplication.translate("SyncWords", "patient's preference"),
        "other": QCoreApplication.translate("SyncWords", "other"),
    }
    return words.get(code, code)


def span(start: int, end: int) -> str:
    """ "record 5" or "records 5 to 8"."""
    if start == end:
        return QCoreApplication.translate("SyncWords", "record {seq}").format(seq=integer(start))
    return QCoreApplication.translate("SyncWords", "records {start} to {end}").format(
        start=integer(start), end=integer(end)
    )
