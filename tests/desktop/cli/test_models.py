"""The `kuona models` commands, run as a user would, in a fresh process."""

from __future__ import annotations

import json
from pathlib import Path

from models.catalog import BUILTIN_CATALOG, find_packages
from tests.desktop.cli.runner import kuona
from tests.models.conftest import small_inputs


def test_models_list_json_shows_catalog(kuona_home: Path) -> None:
    """`models list --json` lists the ≥ 3 verified demo packages with id/version/title/path."""
    result = kuona("models", "list", "--json", home=kuona_home)
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    verified = [r for r in rows if r["status"] == "verified"]
    assert len(verified) >= 3
    for row in verified:
        assert {"id", "version", "title", "path"} <= set(row)
        assert row["demonstration"] is True
        assert Path(row["path"]).is_dir()


def test_models_list_human_marks_demonstration(kuona_home: Path) -> None:
    """The human listing says each demo package is not for clinical use."""
    result = kuona("models", "list", home=kuona_home)
    assert result.returncode == 0
    assert result.stdout.count("not for clinical use") >= 3


def test_verify_ok_and_refused_copy(kuona_home: Path, tmp_path: Path) -> None:
    """`verify` exits 0 on a catalog package, 1 with one stderr line naming the changed file."""
    source = find_packages([BUILTIN_CATALOG])[0]
    ok = kuona("models", "verify", str(source), home=kuona_home)
    assert ok.returncode == 0, ok.stderr
    assert "verified" in ok.stdout
    copy = tmp_path / "copy"
    copy.mkdir()
    for f in source.iterdir():
        (copy / f.name).write_bytes(f.read_bytes())
    data = bytearray((copy / "background.csv").read_bytes())
    data[len(data) // 2] ^= 0x01
    (copy / "background.csv").write_bytes(bytes(data))
    bad = kuona("models", "verify", str(copy), home=kuona_home)
    assert bad.returncode == 1
    lines = bad.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "background.csv" in lines[0]
    assert "SHA-256" in lines[0]


def test_steward_round_trip(kuona_home: Path, tmp_path: Path) -> None:
    """keygen, build --sign --zip, refused until trusted, trust, verify (folder and zip)."""
    onnx_path, card_path, background_path = small_inputs(tmp_path)
    prefix = tmp_path / "keys" / "clinic-steward"
    prefix.parent.mkdir()
    assert (
        kuona(
            "models", "keygen", "--out", str(prefix), "--name", "District steward", home=kuona_home
        ).returncode
        == 0
    )
    pem = prefix.with_suffix(".pem")
    assert pem.stat().st_mode & 0o077 == 0
    built = kuona(
        "models",
        "build",
        "--onnx",
        str(onnx_path),
        "--card",
        str(card_path),
        "--background",
        str(background_path),
        "--out",
        str(tmp_path / "pkg"),
        "--sign",
        str(pem),
        "--zip",
        str(tmp_path / "pkg.kuona"),
        home=kuona_home,
    )
    assert built.returncode == 0, built.stderr
    refused = kuona("models", "verify", str(tmp_path / "pkg.kuona"), home=kuona_home)
    assert refused.returncode == 1
    assert "trust store" in refused.stderr
    trusted = kuona("models", "trust", str(prefix.with_suffix(".pub.json")), home=kuona_home)
    assert trusted.returncode == 0, trusted.stderr
    for target in ("pkg", "pkg.kuona"):
        result = kuona("models", "verify", str(tmp_path / target), "--json", home=kuona_home)
        assert result.returncode == 0, result.stderr
        row = json.loads(result.stdout)
        assert (row["id"], row["demonstration"], row["signer"]) == (
            "test-breast-lr",
            False,
            "District steward",
        )


def test_build_refuses_bad_card_naming_field(kuona_home: Path, tmp_path: Path) -> None:
    """`build` with a card lacking contraindications fails naming card.json and the field."""
    onnx_path, card_path, background_path = small_inputs(tmp_path)
    card = json.loads(card_path.read_text())
    del card["contraindications"]
    card_path.write_text(json.dumps(card))
    result = kuona(
        "models",
        "build",
        "--onnx",
        str(onnx_path),
        "--card",
        str(card_path),
        "--background",
        str(background_path),
        "--out",
        str(tmp_path / "pkg"),
        home=kuona_home,
    )
    assert result.returncode == 1
    assert "card.json" in result.stderr
    assert "contraindications" in result.stderr
    assert not (tmp_path / "pkg").exists()
