"""The steward's signing keys for a catalog repository: one Ed25519 PEM file per key.

The keys folder is kept apart from the repository (which goes on sticks): root keys are the
offline ones, targets/snapshot/timestamp keys the online ones. A key file is named after its
TUF key id, so the role that uses it is read from root metadata, never from a second index.
"""

from __future__ import annotations

import os
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import load_pem_private_key
from securesystemslib.signer import CryptoSigner

from models.errors import Check, PackageError

RETIRED = "retired"


def new_signer(keys: Path) -> CryptoSigner:
    """A fresh Ed25519 key, its private half written owner-only to `keys/KEYID.pem`."""
    signer = CryptoSigner.generate_ed25519()
    keys.mkdir(parents=True, exist_ok=True)
    path = keys / f"{signer.public_key.keyid}.pem"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(signer.private_bytes)
        out.flush()
        os.fsync(out.fileno())
    return signer


def load_signer(keys: Path, keyid: str) -> CryptoSigner | None:
    """The signer for `keyid` from the keys folder (or its retired/ part), None if absent."""
    for path in (keys / f"{keyid}.pem", keys / RETIRED / f"{keyid}.pem"):
        if path.is_file():
            try:
                private = load_pem_private_key(path.read_bytes(), None)
            except ValueError as exc:
                raise PackageError(Check.KEY_INVALID, path.name) from exc
            if not isinstance(private, Ed25519PrivateKey):
                raise PackageError(Check.KEY_INVALID, path.name)
            return CryptoSigner(private)
    return None


def retire(keys: Path, keyid: str) -> None:
    """Move a key no longer in use to keys/retired/ (kept: an old root may need it to sign)."""
    path = keys / f"{keyid}.pem"
    if path.is_file():
        (keys / RETIRED).mkdir(exist_ok=True)
        path.replace(keys / RETIRED / path.name)
