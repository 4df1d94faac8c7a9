"""Why a bundle, key or receipt was refused, as codes (the words are in i18n/, `audit:<code>`)."""

from __future__ import annotations

import errno
from enum import StrEnum

from desktop.refusal import RefusalError


class SyncRefusal(StrEnum):
    """Every reason sync refuses something; each has a sentence `audit:<code>` in i18n/."""

    BUNDLE_TRUNCATED = "bundle_truncated"
    BUNDLE_NOT_A_BUNDLE = "bundle_not_a_bundle"
    BUNDLE_TOO_LONG = "bundle_too_long"
    BUNDLE_HEADER_INVALID = "bundle_header_invalid"
    BUNDLE_SIGNATURE_INVALID = "bundle_signature_invalid"
    BUNDLE_OTHER_DISTRICT = "bundle_other_district"
    BUNDLE_DECRYPT_FAILED = "bundle_decrypt_failed"
    BUNDLE_CONTENT_INVALID = "bundle_content_invalid"
    BUNDLE_DEVICE_KEY_CHANGED = "bundle_device_key_changed"
    BUNDLE_UNREADABLE = "bundle_unreadable"
    BUNDLE_WRITE_FAILED = "bundle_write_failed"
    DISTRICT_KEY_MISSING = "district_key_missing"
    DISTRICT_KEY_INVALID = "district_key_invalid"
    DISTRICT_EXISTS = "district_exists"
    NOT_A_DISTRICT = "not_a_district"
    RECEIPT_INVALID = "receipt_invalid"
    RECEIPT_SIGNATURE_INVALID = "receipt_signature_invalid"
    RECEIPT_WRITE_FAILED = "receipt_write_failed"
    PATH_NOT_FOUND = "path_not_found"
    REPORT_WRITE_FAILED = "report_write_failed"
    KEY_WRITE_FAILED = "key_write_failed"


class SyncError(RefusalError):
    """A refused sync operation: the code, the file (or folder) it concerns, and parameters."""

    namespace = "audit"  # sync's sentences sit with the audit log's
    code: SyncRefusal

    def __init__(self, code: SyncRefusal, file: str, **params: str) -> None:
        """Keep the code and parameters; the text is only for developers' logs."""
        super().__init__(code, file, **params)


class Cancelled(Exception):  # noqa: N818 - the same name as explainers' Cancelled
    """Raised when should_stop() asks an export or a report in progress to give up."""


def os_reason(error: OSError) -> str:
    """A reason code for a failed write: disk_full, read_only, io_error, or the errno name."""
    number = error.errno or 0
    if number in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return "disk_full"
    if number in (errno.EROFS, errno.EACCES, errno.EPERM):
        return "read_only"
    if number in (errno.EIO, errno.ENODEV, errno.ENXIO):  # the stick went away
        return "io_error"
    if number == errno.ENOENT:
        return "folder_missing"
    if number in (errno.EEXIST, errno.ENOTDIR):
        return "not_a_folder"
    return errno.errorcode.get(number, "os_error")
