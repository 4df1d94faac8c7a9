"""Why an export was refused, as codes (the words are in i18n/, `exchange:<code>`)."""

from __future__ import annotations

from enum import StrEnum

from desktop.refusal import RefusalError


class ExchangeRefusal(StrEnum):
    """Every reason an export refuses; each has a sentence `exchange:<code>` in i18n/."""

    MAPPING_UNREADABLE = "mapping_unreadable"
    MAPPING_INVALID = "mapping_invalid"
    UID_MISSING = "uid_missing"
    UID_MALFORMED = "uid_malformed"
    INDICATOR_UNKNOWN = "indicator_unknown"
    DATA_SET_MISSING = "data_set_missing"
    NO_RECORDS = "no_records"
    WRITE_FAILED = "write_failed"
    DATE_INVALID = "date_invalid"


class ExchangeError(RefusalError):
    """A refused export: the code, the file it concerns, and parameters (e.g. `entry`)."""

    namespace = "exchange"
