"""The district's notes policy: whether a clinic's free-text notes stay home or go, scrubbed.

The district signs a small JSON policy with its Ed25519 key (the one that signs receipts),
`kuona audit notes-policy --share scrubbed|home --out FOLDER`; it travels to the clinic on the
USB stick and is installed on the sync step (`kuona audit acknowledge`, the clinic's sync tab)
or with `kuona audit notes-policy --install FILE`, checked against KUONA_HOME/district.pub.json.
Without a valid installed policy, notes stay home. An older policy never replaces a newer one.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature

from desktop.audit.record import canonical
from desktop.privacy.scrub import scrub
from desktop.refusal import RefusalError
from desktop.sync.district_keys import DistrictPublic, load_district_private, load_district_public
from desktop.sync.durable import replace_atomically
from desktop.sync.errors import SyncError, SyncRefusal, os_reason

KIND = "kuona-notes-policy"
SUFFIX = ".kuonapolicy"
FILE_NAME = f"kuona-notes-policy{SUFFIX}"
INSTALLED_FILE = "notes-policy.json"  # in KUONA_HOME, the signed file as it came
SHARES = ("home", "scrubbed")
TIME_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"
_DOMAIN = b"kuona notes policy v1\n"
_FIELDS = {"kind", "district", "issued_utc", "notes"}


class PolicyRefusal(StrEnum):
    """Why a notes policy was refused; each has a sentence `privacy:<code>` in i18n/."""

    INVALID = "notes_policy_invalid"
    SIGNATURE_INVALID = "notes_policy_signature_invalid"
    OTHER_DISTRICT = "notes_policy_other_district"
    OLDER = "notes_policy_older"
    WRITE_FAILED = "notes_policy_write_failed"


class PolicyError(RefusalError):
    """A refused notes policy: the code, the file it concerns, parameters."""

    namespace = "privacy"
    code: PolicyRefusal


@dataclass(frozen=True)
class NotesPolicy:
    """District `district` (its key id) asked at `issued_utc` for notes: "home" or "scrubbed"."""

    district: str
    issued_utc: str
    notes: str

    def body(self) -> dict[str, Any]:
        """The signed fields."""
        return {
            "kind": KIND,
            "district": self.district,
            "issued_utc": self.issued_utc,
            "notes": self.notes,
        }

    @property
    def issued(self) -> datetime:
        """When the district signed it."""
        return datetime.strptime(self.issued_utc, TIME_FORMAT).replace(tzinfo=UTC)


def share_policy(home: Path, *, notes: str, out: Path) -> Path:
    """District: sign a policy asking for `notes` ("home" or "scrubbed") and write it into the
    folder `out` (or to `out` itself when it ends in .kuonapolicy); return the file written."""
    if notes not in SHARES:
        raise ValueError(notes)
    district = load_district_private(home)
    policy = NotesPolicy(district.public.key_id, datetime.now(UTC).strftime(TIME_FORMAT), notes)
    body = policy.body()
    signature = district.signing.sign(_DOMAIN + canonical(body)).hex()
    path = Path(out) if Path(out).suffix == SUFFIX else Path(out) / FILE_NAME
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        replace_atomically(path, _file_text(body, signature))
    except OSError as exc:
        raise PolicyError(
            PolicyRefusal.WRITE_FAILED, str(path.parent), reason=os_reason(exc)
        ) from exc
    return path


def _file_text(body: dict[str, Any], signature: str) -> bytes:
    return (json.dumps({**body, "signature": signature}, indent=2) + "\n").encode()


def read_policy(path: Path, *, district: DistrictPublic) -> NotesPolicy:
    """A policy file checked against the installed district key (PolicyError otherwise)."""
    name = Path(path).name
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise SyncError(SyncRefusal.PATH_NOT_FOUND, str(path)) from exc
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise PolicyError(PolicyRefusal.INVALID, name) from exc
    if not isinstance(data, dict) or set(data) != {*_FIELDS, "signature"}:
        raise PolicyError(PolicyRefusal.INVALID, name)
    body = {k: data[k] for k in _FIELDS}
    if body["kind"] != KIND or body["notes"] not in SHARES:
        raise PolicyError(PolicyRefusal.INVALID, name)
    if body["district"] != district.key_id:
        raise PolicyError(PolicyRefusal.OTHER_DISTRICT, name, district=str(body["district"]))
    try:
        district.signing.verify(bytes.fromhex(data["signature"]), _DOMAIN + canonical(body))
    except (InvalidSignature, TypeError, ValueError) as exc:
        raise PolicyError(PolicyRefusal.SIGNATURE_INVALID, name) from exc
    policy = NotesPolicy(body["district"], body["issued_utc"], body["notes"])
    try:
        policy.issued  # noqa: B018 - a signed but unreadable time is still refused
    except (TypeError, ValueError) as exc:
        raise PolicyError(PolicyRefusal.INVALID, name) from exc
    return policy


def installed_policy(home: Path) -> NotesPolicy | None:
    """The clinic's installed policy, checked again; None (notes stay home) without a valid one."""
    path = Path(home) / INSTALLED_FILE
    if not path.exists():
        return None
    try:
        return read_policy(path, district=load_district_public(home))
    except (PolicyError, SyncError):
        return None


def install_policy(home: Path, source: Path) -> tuple[NotesPolicy, bool]:
    """Check `source` and install it as KUONA_HOME/notes-policy.json: (policy, True) when
    installed, (policy, False) when it is the one already installed; PolicyError `older` when
    the installed one is newer."""
    policy = read_policy(source, district=load_district_public(home))
    current = installed_policy(home)
    if current == policy:
        return policy, False
    if current is not None and current.issued >= policy.issued:
        raise PolicyError(PolicyRefusal.OLDER, Path(source).name, installed=current.issued_utc)
    try:
        replace_atomically(Path(home) / INSTALLED_FILE, Path(source).read_bytes())
    except OSError as exc:
        raise PolicyError(PolicyRefusal.WRITE_FAILED, str(home), reason=os_reason(exc)) from exc
    return policy, True


@dataclass
class PickedUp:
    """What the sync step did with the policies on the stick."""

    installed: list[NotesPolicy] = field(default_factory=list)
    refused: list[PolicyError | SyncError] = field(default_factory=list)
    older: list[Path] = field(default_factory=list)


def find_policies(paths: list[Path]) -> list[Path]:
    """Policy files named, or inside the folders named (recursively); missing paths are skipped."""
    found: set[Path] = set()
    for path in map(Path, paths):
        if path.is_dir():
            found.update(p for p in path.rglob(f"*{SUFFIX}") if not p.name.startswith("."))
        elif path.suffix == SUFFIX and path.exists():
            found.add(path)
    return sorted(found)


def pick_up_policies(home: Path, paths: list[Path]) -> PickedUp:
    """Install the newest valid policy found under `paths` (the sync step, like receipts)."""
    outcome = PickedUp()
    for path in find_policies(paths):
        try:
            policy, changed = install_policy(home, path)
        except PolicyError as error:
            if error.code is PolicyRefusal.OLDER:
                outcome.older.append(path)
            else:
                outcome.refused.append(error)
            continue
        except SyncError as error:
            outcome.refused.append(error)
            continue
        if changed:
            outcome.installed.append(policy)
    return outcome


def note_sharer(home: Path) -> Callable[[str], str | None] | None:
    """For the export: the scrubber when this clinic's installed policy asks for notes, else
    None (notes stay home)."""
    policy = installed_policy(home)
    if policy is None or policy.notes != "scrubbed":
        return None
    return lambda note: shared_note(note, policy)


def shared_note(note: str, policy: NotesPolicy | None) -> str | None:
    """What of `note` a bundle may carry: None when notes stay home, else the scrubbed text."""
    if policy is None or policy.notes != "scrubbed":
        return None
    return scrub(note).text
