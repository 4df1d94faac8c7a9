"""This laptop's identity: device id, Ed25519 signing key and the clinic's pseudonym secret.

Each is made on first use in KUONA_HOME and reused afterwards. Files are created with O_EXCL
and owner-only permissions, then read back, so two processes starting at once agree on one.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop import paths

DEVICE_FILE = "device.json"
SIGNING_KEY_FILE = "keys/device.pem"
PSEUDONYM_KEY_FILE = "keys/pseudonym.key"
PSEUDONYM_KEY_BYTES = 32


def _create_once(path: Path, make: Callable[[], bytes], *, valid: Callable[[bytes], bool]) -> bytes:
    """The file's content, writing `make()` first if the file does not exist yet (0600, O_EXCL)."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        pass
    else:
        with os.fdopen(fd, "wb") as handle:
            handle.write(make())
            handle.flush()
            os.fsync(handle.fileno())
        return path.read_bytes()
    # Another process may have created the file and not finished writing it yet.
    for _ in range(200):
        content = path.read_bytes()
        if valid(content):
            return content
        time.sleep(0.01)
    raise ValueError(f"{path}: exists but does not hold a usable value")


def _valid_device(content: bytes) -> bool:
    try:
        uuid.UUID(json.loads(content)["device_id"])
    except (ValueError, KeyError, TypeError):
        return False
    return True


def _new_device() -> bytes:
    return (json.dumps({"device_id": str(uuid.uuid4())}, indent=2) + "\n").encode()


def device_id(home: Path | None = None) -> str:
    """This laptop's device id (a UUID4 kept in KUONA_HOME/device.json)."""
    folder = paths.home() if home is None else home
    content = _create_once(
        folder / DEVICE_FILE,
        _new_device,
        valid=_valid_device,
    )
    return str(json.loads(content)["device_id"])


def _new_signing_key() -> bytes:
    return Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


def _valid_signing_key(content: bytes) -> bool:
    try:
        key = serialization.load_pem_private_key(content, password=None)
    except ValueError:
        return False
    return isinstance(key, Ed25519PrivateKey)


def signing_key(home: Path | None = None) -> Ed25519PrivateKey:
    """The device's Ed25519 signing key (KUONA_HOME/keys/device.pem, owner-only)."""
    folder = paths.home() if home is None else home
    content = _create_once(folder / SIGNING_KEY_FILE, _new_signing_key, valid=_valid_signing_key)
    key = serialization.load_pem_private_key(content, password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise ValueError(f"{folder / SIGNING_KEY_FILE}: not an Ed25519 private key")
    return key


def public_key_bytes(home: Path | None = None) -> bytes:
    """The raw 32-byte public half of the device's signing key."""
    return (
        signing_key(home)
        .public_key()
        .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    )


def pseudonym_secret(home: Path | None = None) -> bytes:
    """The clinic's 32-byte secret for pseudonymising patient references (owner-only)."""
    folder = paths.home() if home is None else home
    return _create_once(
        folder / PSEUDONYM_KEY_FILE,
        lambda: secrets.token_bytes(PSEUDONYM_KEY_BYTES),
        valid=lambda content: len(content) == PSEUDONYM_KEY_BYTES,
    )


def pseudonymise(patient_ref: str, *, home: Path | None = None) -> str:
    """HMAC-SHA256 (hex) of the stripped, casefolded reference under the clinic's secret."""
    normalised = patient_ref.strip().casefold().encode("utf-8")
    return hmac.new(pseudonym_secret(home), normalised, hashlib.sha256).hexdigest()


def ensure_identity(home: Path | None = None) -> str:
    """Make (or reuse) the device id, signing key and pseudonym secret; return the device id."""
    signing_key(home)
    pseudonym_secret(home)
    return device_id(home)
