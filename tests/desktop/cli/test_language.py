"""`kuona --lang LANG` (or KUONA_LANGUAGE) words the CLI's messages and refusals in LANG."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.messages import catalogue
from models.catalog import BUILTIN_CATALOG, find_packages
from models.eligibility import passing_answers
from tests.desktop.cli.runner import kuona

PIMA = BUILTIN_CATALOG / "pima-diabetes-lr"


def _golden_case(tmp_path: Path) -> Path:
    validation = json.loads((PIMA / "validation.json").read_text(encoding="utf-8"))
    path = tmp_path / "case.json"
    case = {
        **validation["cases"][0]["inputs"],
        "eligibility": passing_answers(
            json.loads((PIMA / "card.json").read_text(encoding="utf-8"))
        ),
    }
    path.write_text(json.dumps(case), encoding="utf-8")
    return path


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_a_refusal_is_worded_in_the_chosen_language(
    kuona_home: Path, tmp_path: Path, language: str
) -> None:
    """A missing package is refused with the catalogue's sentence of that language."""
    missing = tmp_path / "nowhere"
    result = kuona("--lang", language, "models", "verify", str(missing), home=kuona_home)
    assert result.returncode == 1
    expected = catalogue(language)["package_not_found"].format(file=missing)
    assert expected != catalogue("en")["package_not_found"].format(file=missing)
    assert result.stderr.strip() == f"kuona: {expected}"


def test_the_environment_chooses_the_language_and_lang_overrides_it(
    kuona_home: Path, tmp_path: Path
) -> None:
    """KUONA_LANGUAGE=sw gives Swahili; `--lang es` before the command wins over it."""
    missing = tmp_path / "nowhere"
    swahili = kuona("models", "verify", str(missing), home=kuona_home, language="sw")
    assert swahili.stderr.strip() == "kuona: " + catalogue("sw")["package_not_found"].format(
        file=missing
    )
    spanish = kuona(
        "--lang", "es", "models", "verify", str(missing), home=kuona_home, language="sw"
    )
    assert spanish.stderr.strip() == "kuona: " + catalogue("es")["package_not_found"].format(
        file=missing
    )


def test_explain_speaks_the_language_and_json_keeps_its_codes(
    kuona_home: Path, tmp_path: Path
) -> None:
    """The human explanation is in French; --json is the same whatever the language."""
    case = _golden_case(tmp_path)
    human = kuona(
        "--lang", "fr", "explain", "--model", str(PIMA), "--case", str(case), home=kuona_home
    )
    assert human.returncode == 0, human.stderr
    french = catalogue("fr")
    assert french["cli:demonstration"] in human.stdout
    assert french["cli:exact"] in human.stdout
    assert catalogue("en")["cli:demonstration"] not in human.stdout
    as_json = [
        json.loads(
            kuona(
                *lang,
                "explain",
                "--model",
                str(PIMA),
                "--case",
                str(case),
                "--json",
                home=kuona_home,
            ).stdout
        )
        for lang in ((), ("--lang", "ar"))
    ]
    assert as_json[0] == as_json[1]


def test_an_unknown_language_is_refused_by_name(kuona_home: Path) -> None:
    """`--lang xx` is refused, naming the option and the languages there are."""
    result = kuona("--lang", "xx", "models", "list", home=kuona_home)
    assert result.returncode == 2
    assert "--lang" in result.stderr and "'sw'" in result.stderr


def test_models_list_marks_demonstrations_in_the_language(kuona_home: Path) -> None:
    """The listing's demonstration mark is the Portuguese one, once per demo package."""
    result = kuona("--lang", "pt", "models", "list", home=kuona_home)
    assert result.returncode == 0, result.stderr
    demos = len(find_packages([BUILTIN_CATALOG]))
    assert result.stdout.count(catalogue("pt")["cli:demonstration"]) == demos
