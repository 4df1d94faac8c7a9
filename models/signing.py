"""Ed25519 steward keys, package signatures and the trust store (via `cryptography`)."""

from __future__ import annotations

import base64
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from models.errors import Check, PackageError
from models.layout import MANIFEST, SIGNATURE

BUILTIN_TRUST = Path(__file__).with_name("trust")
KEY_KIND = "kuona-steward-public-key"


@dataclass(frozen=True)
class TrustedKey:
    """A steward's public key the app accepts; `demo` marks demonstration-only packages."""

    key_id: str
    name: str
    public_key: bytes
    demo: bool

    def to_json(self) -> dict[str, object]:
        """The public key file's content."""
        return {
            "kind": KEY_KIND,
            "key_id": self.key_id,
            "name": self.name,
            "public_key": self.public_key.hex(),
            "demo": self.demo,
        }


def key_id_of(public_key: bytes) -> str:
    """Short stable id of a raw Ed25519 public key."""
    return hashlib.sha256(public_key).hexdigest()[:16]


def _raw_public(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def generate_key(
    private_out: Path, public_out: Path, *, name: str, demo: bool = False
) -> TrustedKey:
    """Write a new private key (PEM, owner-only) and its public key file; refuse to overwrite."""
    for path in (private_out, public_out):
        if path.exists():
            raise PackageError(Check.OUTPUT_EXISTS, str(path))
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    fd = os.open(private_out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(pem)
    raw = _raw_public(key)
    trusted = TrustedKey(key_id=key_id_of(raw), name=name, public_key=raw, demo=demo)
    public_out.write_text(json.dumps(trusted.to_json(), indent=2) + "\n", encoding="utf-8")
    return trusted


def load_private_key(path: Path) -> Ed25519PrivateKey:
    """Read a steward's PEM private key; refuse anything that is not Ed25519."""
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (OSError, ValueError, TypeError) as exc:
        raise PackageError(Check.KEY_INVALID, str(path), {"reason": type(exc).__name__}) from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise PackageError(Check.KEY_INVALID, str(path), {"reason": "not ed25519"})
    return key


def sign_manifest(manifest: bytes, key: Ed25519PrivateKey) -> bytes:
    """The `signature` file for these manifest bytes."""
    body = {
        "algorithm": "ed25519",
        "key_id": key_id_of(_raw_public(key)),
        "signature": base64.b64encode(key.sign(manifest)).decode(),
    }
    return (json.dumps(body, indent=2, sort_keys=True) + "\n").encode()


def read_public_key(path: Path) -> TrustedKey:
    """Parse a public key file written by `generate_key`."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        raw = bytes.fromhex(data["public_key"])
        Ed25519PublicKey.from_public_bytes(raw)
        if data.get("kind") != KEY_KIND or data["key_id"] != key_id_of(raw):
            raise ValueError("key id does not match the key")
        return TrustedKey(data["key_id"], str(data["name"]), raw, bool(data.get("demo", False)))
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise PackageError(Check.KEY_INVALID, str(path), {"reason": type(exc).__name__}) from exc


@dataclass(frozen=True)
class TrustStore:
    """The steward keys this installation accepts, by key id."""

    keys: dict[str, TrustedKey]

    @classmethod
    def load(cls, *folders: Path) -> TrustStore:
        """The built-in keys plus every `*.json` key file in `folders` that exist."""
        keys: dict[str, TrustedKey] = {}
        for folder in (BUILTIN_TRUST, *folders):
            if folder.is_dir():
                for path in sorted(folder.glob("*.json")):
                    key = read_public_key(path)
                    keys[key.key_id] = key
        return cls(keys)

    def verify(self, manifest: bytes, signature: bytes) -> TrustedKey:
        """The key that signed `manifest`, or a refusal naming the file at fault."""
        try:
            body = json.loads(signature)
            key_id = str(body["key_id"])
            sig = base64.b64decode(body["signature"], validate=True)
            if body.get("algorithm") != "ed25519":
                raise ValueError("algorithm")
        except (UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
            raise PackageError(Check.SIGNATURE_MALFORMED, SIGNATURE) from exc
        trusted = self.keys.get(key_id)
        if trusted is None:
            raise PackageError(Check.KEY_UNKNOWN, SIGNATURE, {"key_id": key_id})
        try:
            Ed25519PublicKey.from_public_bytes(trusted.public_key).verify(sig, manifest)
        except InvalidSignature:
            raise PackageError(Check.SIGNATURE_INVALID, MANIFEST, {"key_id": key_id}) from None
        return trusted
