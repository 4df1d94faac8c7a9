"""Package verification: shipped packages pass; each kind of damage is refused by name."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest

from desktop.messages import describe
from models.archive import write_zip
from models.errors import Check, PackageError
from models.layout import ALL_FILES, BACKGROUND, CARD, MANIFEST, MODEL, SIGNATURE, VALIDATION
from models.signing import TrustStore
from models.verify import verify_package
from tests.models.conftest import catalog_packages, resign

BUILTIN = TrustStore.load()


def refused(path: Path, trust: TrustStore = BUILTIN) -> PackageError:
    with pytest.raises(PackageError) as info:
        verify_package(path, trust)
    return info.value


def flip_byte(path: Path, offset: int | None = None) -> None:
    data = bytearray(path.read_bytes())
    index = len(data) // 2 if offset is None else offset
    data[index] ^= 0x01
    path.write_bytes(bytes(data))


def test_catalog_has_three_demo_packages() -> None:
    """At least three demonstration packages ship, covering linear, tree and neural models."""
    packages = [verify_package(p, BUILTIN) for p in catalog_packages()]
    assert len(packages) >= 3
    families = {p.card.raw["model"]["family"] for p in packages}
    assert {"linear", "tree_ensemble", "neural_network"} <= families
    assert all(p.demonstration for p in packages)


@pytest.mark.parametrize("path", catalog_packages(), ids=lambda p: p.name)
def test_catalog_package_verifies(path: Path) -> None:
    """Each shipped package passes every check, golden cases included."""
    package = verify_package(path, BUILTIN)
    assert package.golden_cases >= 3
    assert package.card.raw["limitations"]
    assert len(package.background) <= 200


@pytest.mark.parametrize(
    ("name", "check"),
    [
        (MODEL, Check.HASH_MISMATCH),
        (CARD, Check.HASH_MISMATCH),
        (BACKGROUND, Check.HASH_MISMATCH),
        (VALIDATION, Check.HASH_MISMATCH),
        (MANIFEST, Check.SIGNATURE_INVALID),
    ],
)
def test_flipped_byte_is_refused_naming_the_file(
    catalog_copy: Path, name: str, check: Check
) -> None:
    """One changed byte in any file is caught, and the refusal names that file."""
    flip_byte(catalog_copy / name)
    error = refused(catalog_copy)
    assert (error.check, error.file) == (check, name)


def test_flipped_byte_in_signature_is_refused(catalog_copy: Path) -> None:
    """A damaged signature is refused (as malformed or as not matching), naming a signed file."""
    data = json.loads((catalog_copy / SIGNATURE).read_text())
    sig = bytearray(data["signature"].encode())
    sig[5] = ord("A") if sig[5] != ord("A") else ord("B")
    data["signature"] = sig.decode()
    (catalog_copy / SIGNATURE).write_text(json.dumps(data))
    error = refused(catalog_copy)
    assert error.check == Check.SIGNATURE_INVALID
    assert error.file == MANIFEST


def test_every_byte_position_of_the_card_matters(catalog_copy: Path) -> None:
    """Flipping the first or last byte of the card is caught too, not only the middle."""
    for offset in (0, -1):
        shutil.copy(catalog_packages()[0] / CARD, catalog_copy / CARD)
        flip_byte(catalog_copy / CARD, offset)
        assert refused(catalog_copy).file == CARD


def test_unknown_signing_key_is_refused(
    catalog_copy: Path, steward: tuple[Path, TrustStore]
) -> None:
    """A package signed by a key this computer does not trust is refused."""
    resign(catalog_copy, steward[0])
    error = refused(catalog_copy, BUILTIN)
    assert (error.check, error.file) == (Check.KEY_UNKNOWN, SIGNATURE)
    assert verify_package(catalog_copy, steward[1]).signer.name == "Test steward"


@pytest.mark.parametrize("name", ALL_FILES)
def test_missing_file_is_refused(catalog_copy: Path, name: str) -> None:
    """Each of the six files is required, and its absence is reported by name."""
    (catalog_copy / name).unlink()
    error = refused(catalog_copy)
    assert (error.check, error.file) == (Check.FILE_MISSING, name)


def test_unexpected_file_is_refused(catalog_copy: Path) -> None:
    """A file that is not part of the format is refused rather than ignored."""
    (catalog_copy / "extra.py").write_text("print('hi')\n")
    error = refused(catalog_copy)
    assert (error.check, error.file) == (Check.FILE_UNEXPECTED, "extra.py")


def test_missing_package_is_refused(tmp_path: Path) -> None:
    """A path with nothing there gives a clear refusal, not a crash."""
    assert refused(tmp_path / "nope").check == Check.NOT_FOUND


def edit_card(folder: Path, private: Path, change: object) -> None:
    card = json.loads((folder / CARD).read_text())
    change(card)  # type: ignore[operator]
    (folder / CARD).write_text(json.dumps(card, indent=2))
    resign(folder, private)


def test_card_without_limitations_is_refused(
    small_package: Path, steward: tuple[Path, TrustStore]
) -> None:
    """A card that states no limitations is refused, even when properly signed."""
    edit_card(small_package, steward[0], lambda c: c.update(limitations=[]))
    error = refused(small_package, steward[1])
    assert (error.check, error.file) == (Check.CARD_SCHEMA, CARD)
    assert error.params["field"] == "limitations"


def test_card_missing_required_field_names_it(
    small_package: Path, steward: tuple[Path, TrustStore]
) -> None:
    """A card lacking a required field is refused with that field's path."""
    edit_card(small_package, steward[0], lambda c: c["intended_use"].pop("users"))
    error = refused(small_package, steward[1])
    assert error.params == {"field": "intended_use/users", "rule": "required"}


def test_feature_list_not_matching_model_inputs(
    small_package: Path, steward: tuple[Path, TrustStore]
) -> None:
    """A card whose features do not match the graph's input width is refused."""

    def drop_last(card: dict[str, object]) -> None:
        card["features"] = card["features"][:-1]  # type: ignore[index]
        card["model_inputs"][0]["columns"] = card["model_inputs"][0]["columns"][:-1]  # type: ignore[index]

    edit_card(small_package, steward[0], drop_last)
    error = refused(small_package, steward[1])
    assert (error.check, error.file) == (Check.MODEL_INPUTS, MODEL)
    assert error.params["found"] == "[None, 4]"


def test_feature_not_fed_to_model_is_refused(
    small_package: Path, steward: tuple[Path, TrustStore]
) -> None:
    """A feature listed in the card but fed to no model input is an inconsistent card."""
    edit_card(
        small_package,
        steward[0],
        lambda c: c["model_inputs"][0]["columns"].__setitem__(3, "radius"),
    )
    error = refused(small_package, steward[1])
    assert error.check == Check.CARD_INCONSISTENT
    assert error.params["field"] == "model_inputs"


def test_wrong_input_name_is_refused(small_package: Path, steward: tuple[Path, TrustStore]) -> None:
    """The card must name the graph's real input tensor."""
    edit_card(small_package, steward[0], lambda c: c["model_inputs"][0].update(name="features"))
    error = refused(small_package, steward[1])
    assert error.check == Check.MODEL_INPUTS
    assert error.params == {"input": "features", "expected": "features", "found": "X"}


def test_wrong_input_type_is_refused_naming_it(
    small_package: Path, steward: tuple[Path, TrustStore]
) -> None:
    """A card declaring another tensor type than the graph's input names both types."""
    edit_card(small_package, steward[0], lambda c: c["model_inputs"][0].update(dtype="float64"))
    error = refused(small_package, steward[1])
    assert (error.check, error.file) == (Check.MODEL_INPUTS, MODEL)
    assert error.params == {"input": "X", "expected": "tensor(double)", "found": "tensor(float)"}
    assert describe(error) == (
        "model.onnx: the model's input 'X' does not fit "
        "(expected tensor(double), found tensor(float))."
    )


def test_wrong_output_name_is_refused(
    small_package: Path, steward: tuple[Path, TrustStore]
) -> None:
    """The card's output must exist in the graph."""
    edit_card(small_package, steward[0], lambda c: c["output"].update(name="proba"))
    error = refused(small_package, steward[1])
    assert (error.check, error.file) == (Check.MODEL_OUTPUT, MODEL)
    assert error.params == {
        "output": "proba",
        "expected": "an output called 'proba'",
        "found": "outputs label, probabilities",
    }


@pytest.mark.parametrize(
    ("output", "params"),
    [
        (
            {"name": "label"},
            {"output": "label", "expected": "a float tensor or a ZipMap of class probabilities"},
        ),
        (
            {"class_label": "2"},
            {"output": "probabilities", "expected": "class '2'", "found": "classes '0', '1'"},
        ),
        (
            {"class_index": 2},
            {"output": "probabilities", "expected": "a probability column for class index 2"},
        ),
    ],
    ids=["not-a-float-tensor", "unknown-class-label", "class-index-too-large"],
)
def test_output_refusals_name_the_output(
    small_package: Path,
    steward: tuple[Path, TrustStore],
    output: dict[str, object],
    params: dict[str, str],
) -> None:
    """Each refusal about the card's output names it, what was expected and what was found."""
    edit_card(small_package, steward[0], lambda c: c["output"].update(output))
    error = refused(small_package, steward[1])
    assert (error.check, error.file) == (Check.MODEL_OUTPUT, MODEL)
    assert {k: error.params[k] for k in params} == params
    assert set(error.params) == {"output", "expected", "found"}
    assert "?" not in describe(error)


def edit_validation(folder: Path, private: Path, key: str, delta: float) -> None:
    data = json.loads((folder / VALIDATION).read_text())
    explanation = data["cases"][1]["explanation"]
    if key == "prediction":
        explanation["prediction"] += delta
    else:
        explanation["contributions"][key] += delta
    (folder / VALIDATION).write_text(json.dumps(data))
    resign(folder, private)


def test_golden_output_that_no_longer_reproduces(
    small_package: Path, steward: tuple[Path, TrustStore]
) -> None:
    """A model whose output drifted beyond the card's tolerance is refused, naming the case."""
    edit_validation(small_package, steward[0], "prediction", 1e-3)
    error = refused(small_package, steward[1])
    assert (error.check, error.file) == (Check.GOLDEN_OUTPUT, VALIDATION)
    assert error.params["case"] == "2"


def test_golden_output_within_tolerance_passes(
    small_package: Path, steward: tuple[Path, TrustStore]
) -> None:
    """Drift smaller than the stated tolerance (1e-5) is accepted."""
    edit_validation(small_package, steward[0], "prediction", 1e-7)
    assert verify_package(small_package, steward[1]).golden_cases == 3


def test_golden_explanation_that_no_longer_reproduces(
    small_package: Path, steward: tuple[Path, TrustStore]
) -> None:
    """An explanation that differs from the golden one is refused, naming case and feature."""
    edit_validation(small_package, steward[0], "texture", 1e-3)
    error = refused(small_package, steward[1])
    assert error.check == Check.GOLDEN_EXPLANATION
    assert (error.params["case"], error.params["feature"]) == ("2", "texture")


def test_garbage_onnx_is_refused(small_package: Path, steward: tuple[Path, TrustStore]) -> None:
    """A model file that is not ONNX is refused by the ONNX check, properly signed or not."""
    (small_package / MODEL).write_bytes(b"\x08\x07garbage" * 10)
    resign(small_package, steward[0])
    error = refused(small_package, steward[1])
    assert (error.check, error.file) == (Check.ONNX_INVALID, MODEL)


@pytest.mark.parametrize(
    ("mutate", "reason"),
    [
        (lambda t: t.replace("radius,", "radius_mm,", 1), "header_not_card_features"),
        (lambda t: t.replace("\n", "\nabc,1,2,3\n", 1), "not_a_number"),
        (lambda t: t.replace("\n", "\n1,2\n", 1), "wrong_number_of_fields"),
        (lambda t: t + "".join("1,2,3,4\n" for _ in range(200)), "more_than_200_rows"),
    ],
)
def test_bad_background_is_refused(
    small_package: Path, steward: tuple[Path, TrustStore], mutate: object, reason: str
) -> None:
    """A background CSV that does not fit the card is refused with line and reason."""
    path = small_package / BACKGROUND
    path.write_text(mutate(path.read_text()))  # type: ignore[operator]
    resign(small_package, steward[0])
    error = refused(small_package, steward[1])
    assert (error.check, error.file) == (Check.BACKGROUND_INVALID, BACKGROUND)
    assert error.params["reason"] == reason


def test_kuona_zip_verifies(catalog_copy: Path, tmp_path: Path) -> None:
    """The same package zipped as NAME.kuona verifies like the folder."""
    out = write_zip(catalog_copy, tmp_path / "pkg.kuona")
    assert verify_package(out, BUILTIN).card.id == verify_package(catalog_copy, BUILTIN).card.id


def test_zip_with_top_folder_verifies(catalog_copy: Path, tmp_path: Path) -> None:
    """A zip made by zipping the folder itself (one top folder inside) is accepted."""
    out = tmp_path / "pkg.kuona"
    with zipfile.ZipFile(out, "w") as archive:
        for name in ALL_FILES:
            archive.write(catalog_copy / name, f"{catalog_copy.name}/{name}")
    assert verify_package(out, BUILTIN).golden_cases >= 3


def test_truncated_zip_is_refused(catalog_copy: Path, tmp_path: Path) -> None:
    """A .kuona cut short (a stick pulled out mid-copy) is refused as damaged."""
    out = write_zip(catalog_copy, tmp_path / "pkg.kuona")
    data = out.read_bytes()
    for cut in (len(data) // 2, len(data) - 10):
        out.write_bytes(data[:cut])
        error = refused(out)
        assert (error.check, error.file) == (Check.ZIP_CORRUPT, "pkg.kuona")


def test_zip_with_path_escape_is_refused(catalog_copy: Path, tmp_path: Path) -> None:
    """Entries like ../x are refused, never extracted or trusted."""
    out = tmp_path / "evil.kuona"
    with zipfile.ZipFile(out, "w") as archive:
        for name in ALL_FILES:
            archive.write(catalog_copy / name, name)
        archive.writestr("../escape", b"x")
    assert refused(out).check == Check.ZIP_UNSAFE


def test_background_category_outside_choices_is_refused(
    tmp_path: Path, steward: tuple[Path, TrustStore]
) -> None:
    """A background row whose category code is not one of the card's choices is refused."""
    source = next(p for p in catalog_packages() if p.name == "heart-cad-mlp")
    folder = Path(shutil.copytree(source, tmp_path / "heart"))
    lines = (folder / BACKGROUND).read_text().splitlines()
    header = lines[0].split(",")
    row = lines[1].split(",")
    row[header.index("cp")] = "7"
    lines[1] = ",".join(row)
    (folder / BACKGROUND).write_text("\n".join(lines) + "\n")
    resign(folder, steward[0])
    error = refused(folder, steward[1])
    assert (error.check, error.file) == (Check.BACKGROUND_INVALID, BACKGROUND)
    assert error.params == {"row": "2", "column": "cp", "reason": "not_a_choice"}
