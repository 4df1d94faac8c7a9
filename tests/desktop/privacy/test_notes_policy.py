"""The district's signed notes policy: shared, carried, checked and installed at the clinic."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.privacy.notes_policy import (
    FILE_NAME,
    INSTALLED_FILE,
    NotesPolicy,
    PolicyError,
    PolicyRefusal,
    install_policy,
    installed_policy,
    pick_up_policies,
    share_policy,
    shared_note,
)
from desktop.sync.district_keys import install_district_key, load_district_private
from desktop.sync.errors import SyncError, SyncRefusal
from tests.desktop.sync.helpers import make_district

NOTE = "Mrs Amina Juma, phone 0712345678, born 12/03/1985, amina@example.org"


def _setup(root: Path) -> tuple[Path, Path]:
    """A district (root/district-home) and a clinic (root/clinic) holding its public key."""
    make_district(root)
    clinic = root / "clinic"
    install_district_key(clinic, root / "district.pub.json")
    return root / "district-home", clinic


def test_a_shared_policy_is_installed_and_decides_what_of_a_note_leaves(tmp_path: Path) -> None:
    """Scrubbed: the note leaves without phone, date and e-mail (the name stays); home: None."""
    district, clinic = _setup(tmp_path)
    assert installed_policy(clinic) is None
    path = share_policy(district, notes="scrubbed", out=tmp_path / "stick")
    assert path == tmp_path / "stick" / FILE_NAME
    policy, changed = install_policy(clinic, path)
    assert changed and policy.notes == "scrubbed"
    assert installed_policy(clinic) == policy
    assert (clinic / INSTALLED_FILE).read_bytes() == path.read_bytes()
    assert shared_note(NOTE, installed_policy(clinic)) == (
        "Mrs Amina Juma, phone [phone], born [date], [email]"
    )
    home = share_policy(district, notes="home", out=tmp_path / "stick2")
    assert install_policy(clinic, home)[1]
    assert installed_policy(clinic) is not None
    assert shared_note(NOTE, installed_policy(clinic)) is None
    assert shared_note(NOTE, None) is None
    assert [p.name for p in clinic.iterdir() if p.name.endswith(".partial")] == []


def test_a_changed_policy_is_refused_by_its_signature(tmp_path: Path) -> None:
    """Turning "home" into "scrubbed" in the file breaks the signature; nothing is installed."""
    district, clinic = _setup(tmp_path)
    path = share_policy(district, notes="home", out=tmp_path / "stick")
    data = json.loads(path.read_text("utf-8"))
    path.write_text(json.dumps({**data, "notes": "scrubbed"}), "utf-8")
    with pytest.raises(PolicyError) as caught:
        install_policy(clinic, path)
    assert caught.value.code is PolicyRefusal.SIGNATURE_INVALID
    assert caught.value.message_key == "privacy:notes_policy_signature_invalid"
    assert not (clinic / INSTALLED_FILE).exists()


def test_a_policy_of_another_district_is_refused(tmp_path: Path) -> None:
    """A policy signed by another district's key names that district and is refused."""
    _district, clinic = _setup(tmp_path / "ours")
    make_district(tmp_path / "theirs")
    path = share_policy(tmp_path / "theirs" / "district-home", notes="scrubbed", out=tmp_path)
    with pytest.raises(PolicyError) as caught:
        install_policy(clinic, path)
    assert caught.value.code is PolicyRefusal.OTHER_DISTRICT
    assert installed_policy(clinic) is None


def _signed(district_home: Path, body: dict[str, object]) -> str:
    """A policy file's text with `body` signed by the district (as share_policy signs)."""
    signing = load_district_private(district_home).signing
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    signature = signing.sign(b"kuona notes policy v1\n" + canonical.encode()).hex()
    return json.dumps({**body, "signature": signature})


@pytest.mark.parametrize(
    "change",
    ["not json", "a list", "fields missing", "a field more", "unknown share", "unreadable time"],
)
def test_a_malformed_policy_is_refused_as_invalid(tmp_path: Path, change: str) -> None:
    """Bad JSON, missing or extra fields, an unknown share or time (even signed): invalid."""
    district, clinic = _setup(tmp_path)
    path = share_policy(district, notes="scrubbed", out=tmp_path / "stick")
    data = json.loads(path.read_text("utf-8"))
    body = {k: v for k, v in data.items() if k != "signature"}
    content = {
        "not json": "{not json",
        "a list": "[]",
        "fields missing": json.dumps({"kind": "kuona-notes-policy", "notes": "scrubbed"}),
        "a field more": json.dumps({**data, "names": "removed"}),
        "unknown share": _signed(district, {**body, "notes": "everything"}),
        "unreadable time": _signed(district, {**body, "issued_utc": "yesterday"}),
    }[change]
    path.write_text(content, "utf-8")
    with pytest.raises(PolicyError) as caught:
        install_policy(clinic, path)
    assert caught.value.code is PolicyRefusal.INVALID
    assert installed_policy(clinic) is None


def test_an_older_policy_never_replaces_a_newer_one(tmp_path: Path) -> None:
    """Installing the older of two policies is refused (code `older`); the newer one stays."""
    district, clinic = _setup(tmp_path)
    older = share_policy(district, notes="scrubbed", out=tmp_path / "a")
    newer = share_policy(district, notes="home", out=tmp_path / "b")
    install_policy(clinic, newer)
    with pytest.raises(PolicyError) as caught:
        install_policy(clinic, older)
    assert caught.value.code is PolicyRefusal.OLDER
    current = installed_policy(clinic)
    assert current is not None and current.notes == "home"
    assert install_policy(clinic, newer) == (current, False)


def test_the_sync_step_installs_the_newest_policy_on_the_stick(tmp_path: Path) -> None:
    """Policies found in the stick's folders: the newest installed, older noted, bad refused."""
    district, clinic = _setup(tmp_path)
    stick = tmp_path / "stick"
    share_policy(district, notes="home", out=stick / "old" / "x.kuonapolicy")
    share_policy(district, notes="scrubbed", out=stick / "new")
    (stick / "junk.kuonapolicy").write_text("{}", "utf-8")
    outcome = pick_up_policies(clinic, [stick, tmp_path / "not-there"])
    assert [p.notes for p in outcome.installed] == ["scrubbed"]
    assert [p.name for p in outcome.older] == ["x.kuonapolicy"]
    assert [e.code for e in outcome.refused] == [PolicyRefusal.INVALID]
    current = installed_policy(clinic)
    assert current is not None and current.notes == "scrubbed"
    assert pick_up_policies(clinic, [stick / "new"]).installed == []  # already installed


def test_an_installed_policy_counts_only_while_it_verifies(tmp_path: Path) -> None:
    """A tampered installed file, or another district key installed, means notes stay home."""
    district, clinic = _setup(tmp_path)
    install_policy(clinic, share_policy(district, notes="scrubbed", out=tmp_path / "stick"))
    assert installed_policy(clinic) is not None
    make_district(tmp_path / "new")
    install_district_key(clinic, tmp_path / "new" / "district.pub.json")
    assert installed_policy(clinic) is None
    assert shared_note(NOTE, installed_policy(clinic)) is None


def test_sharing_needs_the_district_keys_and_a_writable_folder(tmp_path: Path) -> None:
    """A clinic cannot share a policy; a stick path that is a file gives write_failed."""
    district, clinic = _setup(tmp_path)
    with pytest.raises(SyncError) as not_district:
        share_policy(clinic, notes="scrubbed", out=tmp_path / "stick")
    assert not_district.value.code is SyncRefusal.NOT_A_DISTRICT
    (tmp_path / "file").write_text("", "utf-8")
    with pytest.raises(PolicyError) as caught:
        share_policy(district, notes="scrubbed", out=tmp_path / "file" / "stick")
    assert caught.value.code is PolicyRefusal.WRITE_FAILED
    assert caught.value.params["reason"] in ("not_a_folder", "folder_missing")


def test_a_clinic_without_the_district_key_cannot_install(tmp_path: Path) -> None:
    """Before set-district-key a policy cannot be checked: refused with district_key_missing."""
    district, _clinic = _setup(tmp_path)
    path = share_policy(district, notes="scrubbed", out=tmp_path / "stick")
    with pytest.raises(SyncError) as caught:
        install_policy(tmp_path / "bare", path)
    assert caught.value.code is SyncRefusal.DISTRICT_KEY_MISSING


def test_policy_times_order_policies_to_the_microsecond() -> None:
    """Two policies issued within one second are still ordered."""
    a = NotesPolicy("k", "2026-12-05T18:00:00.000001Z", "home")
    b = NotesPolicy("k", "2026-12-05T18:00:00.000002Z", "home")
    assert a.issued < b.issued


def test_shared_note_is_none_unless_the_policy_asks_for_scrubbed_notes() -> None:
    """shared_note: no policy or "home" give None; "scrubbed" gives the scrubbed text only."""
    issued = "2026-12-05T18:00:00.000000Z"
    assert shared_note(NOTE, None) is None
    assert shared_note(NOTE, NotesPolicy("k", issued, "home")) is None
    shared = shared_note(NOTE, NotesPolicy("k", issued, "scrubbed"))
    assert shared == "Mrs Amina Juma, phone [phone], born [date], [email]"
    assert shared_note("", NotesPolicy("k", issued, "scrubbed")) == ""
    arabic = shared_note("اتصل ٠٧١٢٣٤٥٦٧٨", NotesPolicy("k", issued, "scrubbed"))
    assert arabic == "اتصل [phone]"
