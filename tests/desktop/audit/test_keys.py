"""The device identity: made once in KUONA_HOME, reused, private, and agreed on by racing starts."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import stat
import subprocess
import sys
import uuid
from pathlib import Path

from desktop import keys

ROOT = Path(__file__).resolve().parents[3]


def test_identity_is_created_once_and_reused(kuona_home: Path) -> None:
    """A second call returns the same device id, signing key and secret; no file is rewritten."""
    device = keys.ensure_identity()
    files = [kuona_home / f for f in (keys.DEVICE_FILE, keys.SIGNING_KEY_FILE)]
    files.append(kuona_home / keys.PSEUDONYM_KEY_FILE)
    before = {f: f.read_bytes() for f in files}
    assert str(uuid.UUID(device)) == device
    assert keys.device_id() == device == keys.ensure_identity()
    assert keys.public_key_bytes() == keys.public_key_bytes()
    assert len(keys.pseudonym_secret()) == keys.PSEUDONYM_KEY_BYTES
    assert {f: f.read_bytes() for f in files} == before
    assert json.loads((kuona_home / keys.DEVICE_FILE).read_text()) == {"device_id": device}


def test_private_key_files_are_owner_only(kuona_home: Path) -> None:
    """The signing key and the pseudonym secret are 0600, in a 0700 folder."""
    keys.ensure_identity()
    for name in (keys.SIGNING_KEY_FILE, keys.PSEUDONYM_KEY_FILE):
        assert stat.S_IMODE((kuona_home / name).stat().st_mode) == 0o600
    assert stat.S_IMODE((kuona_home / "keys").stat().st_mode) == 0o700


def test_each_home_gets_its_own_identity(tmp_path: Path) -> None:
    """Two data folders (two laptops) get different device ids and different pseudonyms."""
    first, second = tmp_path / "a", tmp_path / "b"
    assert keys.device_id(first) != keys.device_id(second)
    assert keys.pseudonymise("MRN-1", home=first) != keys.pseudonymise("MRN-1", home=second)


def test_pseudonym_is_keyed_hmac_of_the_normalised_reference(kuona_home: Path) -> None:
    """pseudonymise = HMAC-SHA256(secret, stripped casefolded ref): stable, not the raw ref."""
    pseudonym = keys.pseudonymise("  MRN-0042 ")
    expected = hmac.new(keys.pseudonym_secret(), b"mrn-0042", hashlib.sha256).hexdigest()
    assert pseudonym == expected == keys.pseudonymise("mrn-0042")
    assert "0042" not in pseudonym and len(pseudonym) == 64
    assert keys.pseudonymise("MRN-0043") != pseudonym


RACER = """
import sys
from pathlib import Path
from desktop import keys
home = Path(sys.argv[1])
device = keys.ensure_identity(home)
print(device, keys.public_key_bytes(home).hex(), keys.pseudonymise("x", home=home))
"""


def test_processes_starting_at_once_agree_on_one_identity(tmp_path: Path) -> None:
    """Six processes making the identity at the same moment all end with the same one."""
    home = tmp_path / "home"
    racers = [
        subprocess.Popen(
            [sys.executable, "-c", RACER, str(home)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
            env=dict(os.environ, KUONA_HOME=str(home)),
        )
        for _ in range(6)
    ]
    outputs = {racer.communicate(timeout=120)[0] for racer in racers}
    assert [racer.returncode for racer in racers] == [0] * 6
    assert len(outputs) == 1
    assert outputs.pop().split()[0] == keys.device_id(home)
