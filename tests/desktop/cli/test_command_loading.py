"""kuona builds only the parser of the command it runs; --help and a mistyped one get all."""

from __future__ import annotations

import argparse
import subprocess
import sys

from desktop.cli.main import COMMANDS, _parser, command_of


def test_the_command_is_found_after_the_language_option() -> None:
    """--lang L and --lang=L are skipped; an unknown word or none gives None (all commands)."""
    assert command_of(["--lang", "fr", "monitor", "--json"]) == "monitor"
    assert command_of(["--lang=sw", "audit", "verify"]) == "audit"
    assert command_of(["models", "list"]) == "models"
    assert command_of(["--lang", "audit", "export"]) == "export"  # "audit" is the language here
    assert command_of(["monitr", "--json"]) is None
    assert command_of(["--help"]) is None
    assert command_of([]) is None


def test_monitor_starts_without_the_explain_command_or_psycopg() -> None:
    """Building the monitor command's parser imports neither `kuona explain`'s module (the
    exact SHAP methods) nor psycopg; building all of them imports both (so it can fail)."""
    probe = (
        "import sys; from desktop.cli.main import _parser; _parser({arg}); "
        "print('desktop.cli.explain' in sys.modules, 'psycopg' in sys.modules)"
    )
    for arg, expected in (("'monitor'", "False False"), ("None", "True True")):
        done = subprocess.run(
            [sys.executable, "-c", probe.format(arg=arg)],
            check=False,
            capture_output=True,
            text=True,
        )
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == expected


def _commands(parser: argparse.ArgumentParser) -> set[str]:
    (sub,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return set(sub.choices)


def test_every_command_is_in_the_full_parser_and_only_its_own_otherwise() -> None:
    """Without a command every command is there; with one, only it and models."""
    full = _parser()
    assert _commands(full) == {"models", *COMMANDS}
    assert _commands(_parser("national")) == {"models", "national"}


def test_monitor_starts_without_the_update_and_audit_store_modules() -> None:
    """Building monitor's parser imports neither the clinic's catalog update (its
    python-tuf client and audit records), the steward's repository tools nor the local audit
    store: `models list` and `audit verify` import them when they run (the probe sees the
    catalog state once a listing's view is made), `models` builds the repository's commands."""
    modules = (
        "desktop.updates.clinic",
        "desktop.updates.record",
        "desktop.audit.local",
        "models.repository",
    )
    probe = (
        "import sys; import desktop.cli.main as m; m._parser({arg}); {then}"
        f"print([n in sys.modules for n in {modules!r}], 'desktop.updates.state' in sys.modules)"
    )
    cases = (
        ("'monitor'", "", "[False, False, False, False] False"),
        ("'models'", "m._empty_view(); ", "[False, False, False, True] True"),
    )
    for arg, then, expected in cases:
        done = subprocess.run(
            [sys.executable, "-c", probe.format(arg=arg, then=then)],
            check=False,
            capture_output=True,
            text=True,
        )
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == expected
