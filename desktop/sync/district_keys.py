"""The district's key pairs: X25519 (bundles are encrypted to it), Ed25519 (it signs receipts).

The district makes both once (`kuona audit init-district`), keeps the private halves owner-only
in KUONA_HOME/district/, and hands clinics one public JSON file they install with
`kuona audit set-district-key` as KUONA_HOME/district.pub.json.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from desktop.sync.durable import replace_atomically, write_new
from desktop.sync.errors import SyncError, SyncRefusal, os_reason

KIND = "kuona-district-key"
DISTRICT_FOLDER = "district"
ENCRYPTION_FILE = "encryption.pem"
RECEIPT_SIGNING_FILE = "receipt-signing.pem"
PUBLIC_FILE = "district.pub.json"
RAW = (serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _raw(key: X25519PublicKey | Ed25519PublicKey) -> bytes:
    return key.public_bytes(*RAW)


def _pem(key: X25519PrivateKey | Ed25519PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


@dataclass(frozen=True)
class DistrictPublic:
    """What a clinic knows of its district: where bundles go, who signs receipts."""

    encryption: X25519PublicKey
    signing: Ed25519PublicKey

    @property
    def key_id(self) -> str:
        """First 16 hex digits of SHA-256 over both raw public keys."""
        return hashlib.sha256(_raw(self.encryption) + _raw(self.signing)).hexdigest()[:16]

    def to_json(self) -> dict[str, Any]:
        """The public key file's content."""
        return {
            "kind": KIND,
            "encryption_public_key": _raw(self.encryption).hex(),
            "signing_public_key": _raw(self.signing).hex(),
            "key_id": self.key_id,
        }

    @classmethod
    def from_json(cls, data: object, *, file: str) -> DistrictPublic:
        """Parse and check a public key file's content (SyncError district_key_invalid)."""
        if not isinstance(data, dict) or data.get("kind") != KIND:
            raise SyncError(SyncRefusal.DISTRICT_KEY_INVALID, file)
        try:
            key = cls(
                X25519PublicKey.from_public_bytes(bytes.fromhex(data["encryption_public_key"])),
                Ed25519PublicKey.from_public_bytes(bytes.fromhex(data["signing_public_key"])),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise SyncError(SyncRefusal.DISTRICT_KEY_INVALID, file) from exc
        if data.get("key_id") != key.key_id:
            raise SyncError(SyncRefusal.DISTRICT_KEY_INVALID, file)
        return key


@dataclass(frozen=True)
class DistrictPrivate:
    """The district's private keys (only on the district's computer)."""

    encryption: X25519PrivateKey
    signing: Ed25519PrivateKey

    @property
    def public(self) -> DistrictPublic:
        """The matching public file."""
        return DistrictPublic(self.encryption.public_key(), self.signing.public_key())


def district_folder(home: Path) -> Path:
    """KUONA_HOME/district: the district's keys and merged database."""
    return home / DISTRICT_FOLDER


def init_district(home: Path, *, public_key_out: Path) -> DistrictPublic:
    """Make the district's two key pairs (refused if they exist) and write the public file."""
    folder = district_folder(home)
    if (folder / ENCRYPTION_FILE).exists() or (folder / RECEIPT_SIGNING_FILE).exists():
        raise SyncError(SyncRefusal.DISTRICT_EXISTS, str(folder))
    private = DistrictPrivate(X25519PrivateKey.generate(), Ed25519PrivateKey.generate())
    text = (json.dumps(private.public.to_json(), indent=2) + "\n").encode()
    try:  # first, so that a folder it cannot be written to leaves no district half made
        replace_atomically(Path(public_key_out), text)
    except OSError as exc:
        raise SyncError(
            SyncRefusal.KEY_WRITE_FAILED, str(public_key_out), reason=os_reason(exc)
        ) from exc
    try:
        write_new(folder / ENCRYPTION_FILE, _pem(private.encryption))
        write_new(folder / RECEIPT_SIGNING_FILE, _pem(private.signing))
    except FileExistsError as exc:
        raise SyncError(SyncRefusal.DISTRICT_EXISTS, str(folder)) from exc
    replace_atomically(folder / PUBLIC_FILE, text)
    return private.public


def _load_private(path: Path) -> X25519PrivateKey | Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except FileNotFoundError as exc:
        raise SyncError(SyncRefusal.NOT_A_DISTRICT, str(path.parent)) from exc
    except ValueError as exc:
        raise SyncError(SyncRefusal.DISTRICT_KEY_INVALID, path.name) from exc
    if not isinstance(key, X25519PrivateKey | Ed25519PrivateKey):
        raise SyncError(SyncRefusal.DISTRICT_KEY_INVALID, path.name)
    return key


def is_district(home: Path) -> bool:
    """This computer holds district keys."""
    return (district_folder(home) / ENCRYPTION_FILE).exists()


def load_district_private(home: Path) -> DistrictPrivate:
    """The district's private keys (SyncError not_a_district when this computer has none)."""
    folder = district_folder(home)
    encryption = _load_private(folder / ENCRYPTION_FILE)
    signing = _load_private(folder / RECEIPT_SIGNING_FILE)
    if not isinstance(encryption, X25519PrivateKey) or not isinstance(signing, Ed25519PrivateKey):
        raise SyncError(SyncRefusal.DISTRICT_KEY_INVALID, str(folder))
    return DistrictPrivate(encryption, signing)


def read_public_file(path: Path) -> DistrictPublic:
    """Read and check a district public key file."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise SyncError(SyncRefusal.PATH_NOT_FOUND, str(path)) from exc
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise SyncError(SyncRefusal.DISTRICT_KEY_INVALID, Path(path).name) from exc
    return DistrictPublic.from_json(data, file=Path(path).name)


def install_district_key(home: Path, source: Path) -> DistrictPublic:
    """Check the district's public file and install it as KUONA_HOME/district.pub.json."""
    key = read_public_file(source)
    home.mkdir(parents=True, exist_ok=True)
    replace_atomically(home / PUBLIC_FILE, (json.dumps(key.to_json(), indent=2) + "\n").encode())
    return key


def load_district_public(home: Path) -> DistrictPublic:
    """The installed district key (SyncError district_key_missing before set-district-key)."""
    path = home / PUBLIC_FILE
    if not path.exists():
        raise SyncError(SyncRefusal.DISTRICT_KEY_MISSING, PUBLIC_FILE)
    return read_public_file(path)


def save_public_key(home: Path, out: Path) -> DistrictPublic:
    """Write the district's public key file again (for clinics) to `out`."""
    public = load_district_private(home).public
    try:
        replace_atomically(Path(out), (json.dumps(public.to_json(), indent=2) + "\n").encode())
    except OSError as exc:
        raise SyncError(SyncRefusal.KEY_WRITE_FAILED, str(out), reason=os_reason(exc)) from exc
    return public
