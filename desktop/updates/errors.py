"""Why a catalog update (or the use of a recalled or blocked model) was refused, as codes."""

from __future__ import annotations

from enum import StrEnum

from desktop.refusal import RefusalError


class CatalogRefusal(StrEnum):
    """Every refusal of a catalog update; each has a sentence `catalog:CODE` in i18n/messages."""

    NO_ROOT = "no_root"
    ROOT_UNREADABLE = "root_unreadable"
    NOT_A_REPOSITORY = "not_a_repository"
    UNREADABLE = "unreadable"
    TARGET_UNSIGNED = "target_unsigned"
    HASH_MISMATCH = "hash_mismatch"
    ROLLBACK = "rollback"
    EXPIRED = "expired"
    BELOW_THRESHOLD = "below_threshold"
    ROOT_NOT_CHAINED = "root_not_chained"
    MIX_AND_MATCH = "mix_and_match"
    METADATA_INVALID = "metadata_invalid"
    PACKAGE_REFUSED = "package_refused"
    RECALLED = "recalled"
    STALE_BLOCKED = "stale_blocked"


class CatalogError(RefusalError):
    """A refused update (nothing was changed), or a model the catalog forbids using."""

    namespace = "catalog"
    code: CatalogRefusal

    def __init__(self, code: CatalogRefusal, file: str, **params: str) -> None:
        """The code, the file (or model) concerned, and the sentence's parameters."""
        super().__init__(code, file, **params)
