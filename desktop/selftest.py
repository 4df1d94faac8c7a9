"""`kuona --self-test`: an installed or frozen Kuona proves, offscreen, that it works end to end.

Each step prints one line; the first failure prints the step and why, and exits 1. Everything
is written to throw-away folders: the user's own data folder is never touched. The last step
starts the app's window in a child process (Qt stays out of this module).
"""

from __future__ import annotations

import importlib.util
import json
import math
import os
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop import keys
from desktop.app_command import app_command
from desktop.audit.decision import Decision, record_decision
from desktop.audit.errors import AuditError
from desktop.audit.local import open_local_store
from desktop.district.database import DistrictDB, district_db_path
from desktop.district.importer import import_paths
from desktop.messages import describe, describe_code, say
from desktop.sync.district_keys import (
    init_district,
    install_district_key,
    load_district_private,
    load_district_public,
)
from desktop.sync.errors import SyncError
from desktop.sync.export import export_bundle
from desktop.sync.reconciliation import ImportResult
from explainers import Explanation, explain
from models.archive import read_package
from models.catalog import BUILTIN_CATALOG, load_catalog
from models.errors import PackageError
from models.layout import VALIDATION
from models.signing import TrustStore
from models.verify import VerifiedPackage

#: Set to a file path, the app writes when its window was shown (and which translations load)
#: to that file and closes; desktop/ui/launch.py:run_app reads it.
WINDOW_PROBE = "KUONA_WINDOW_PROBE"
WINDOW_TIMEOUT_S = 180


class StepFailedError(Exception):
    """A step's check did not hold; the message is already a sentence."""


@contextmanager
def data_folder(path: Path) -> Iterator[None]:
    """KUONA_HOME is `path` inside the block, and what it was before afterwards."""
    before = os.environ.get("KUONA_HOME")
    os.environ["KUONA_HOME"] = str(path)
    try:
        yield
    finally:
        if before is None:
            del os.environ["KUONA_HOME"]
        else:
            os.environ["KUONA_HOME"] = before


def reason(exc: BaseException) -> str:
    """A failure as one sentence: the core's codes worded, anything else by type and message."""
    if isinstance(exc, PackageError):
        return describe(exc)
    if isinstance(exc, AuditError | SyncError):
        return describe_code(exc.message_key, exc.file, exc.params)
    if isinstance(exc, StepFailedError):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"


def _golden_difference(got: Explanation, expected: dict[str, Any]) -> tuple[float, str]:
    """The largest absolute difference from the stored explanation, and where it is."""
    diffs = {
        "(prediction)": abs(got.prediction - float(expected["prediction"])),
        "(base)": abs(got.base_value - float(expected["base_value"])),
    }
    wanted: dict[str, float] = expected["contributions"]
    for feature in sorted(set(wanted) | set(got.contributions)):
        found = got.contributions.get(feature, math.nan)
        diffs[feature] = abs(found - float(wanted.get(feature, math.nan)))
    missing = [k for k, d in diffs.items() if math.isnan(d)]  # a feature on one side only
    if missing:
        return math.inf, missing[0]
    worst = max(diffs, key=diffs.__getitem__)
    return diffs[worst], worst


@dataclass
class SelfTest:
    """The steps, in order, and what they hand on to each other."""

    clinic: Path
    district: Path
    stick: Path
    catalog: Path = BUILTIN_CATALOG
    packages: list[VerifiedPackage] = field(default_factory=list)
    first: tuple[VerifiedPackage, dict[str, float], Explanation] | None = None
    bundle: Path | None = None

    def steps(self) -> list[tuple[str, Callable[[], str]]]:
        """(name, step) in the order they run; a step returns its line's detail or raises."""
        return [
            ("catalog", self.verify_catalog),
            ("golden", self.explain_golden),
            ("training", self.load_training),
            ("shap", self.check_shap),
            ("audit", self.record_decision),
            ("district", self.make_district),
            ("export", self.export),
            ("import", self.import_once),
            ("reimport", self.import_again),
            ("window", self.show_window),
        ]

    def verify_catalog(self) -> str:
        """Every shipped package verifies against the built-in trust store."""
        entries = load_catalog([self.catalog], TrustStore.load())
        if not entries:
            raise StepFailedError(say("cli:selftest_no_packages", folder=self.catalog.name))
        for entry in entries:
            if entry.error is not None:
                raise entry.error
        self.packages = [e.package for e in entries if e.package is not None]
        names = ", ".join(p.card.id for p in self.packages)
        return say("cli:selftest_catalog", count=len(self.packages), names=names)

    def explain_golden(self) -> str:
        """The first golden case of each package, explained again, matches validation.json."""
        worst = 0.0
        methods = []
        for package in self.packages:
            case = json.loads(read_package(package.path).get(VALIDATION))["cases"][0]
            inputs = {k: math.nan if v is None else float(v) for k, v in case["inputs"].items()}
            got = explain(package.runner, package.runner.spec, package.background, inputs)
            difference, where = _golden_difference(got, case["explanation"])
            tolerance = package.card.tolerance
            if not difference <= tolerance or got.exact != bool(case["explanation"]["exact"]):
                raise StepFailedError(
                    say(
                        "cli:selftest_golden_mismatch",
                        model=package.card.id,
                        feature=where,
                        difference=difference,
                        tolerance=tolerance,
                    )
                )
            worst = max(worst, difference)
            methods.append(f"{package.card.id} {got.method}")
            if self.first is None:
                self.first = (package, inputs, got)
        return say(
            "cli:selftest_golden", count=len(methods), methods=", ".join(methods), difference=worst
        )

    def check_shap(self) -> str:
        """shap, if this build holds it, imports: a broken copy must fail here, since the
        explainers would otherwise quietly enumerate instead of running TreeSHAP."""
        if importlib.util.find_spec("shap") is None:
            return say("cli:selftest_shap_absent")
        import shap  # type: ignore[import-untyped, unused-ignore]  # noqa: PLC0415 - 1.5 s

        return say("cli:selftest_shap", version=shap.__version__)

    def record_decision(self) -> str:
        """A decision on the first golden case goes into a new audit log whose chain verifies."""
        if self.first is None:
            raise StepFailedError(say("cli:selftest_no_packages", folder=self.catalog.name))
        package, inputs, explanation = self.first
        decision = Decision(decision="accept", patient_ref="self-test")
        with data_folder(self.clinic), open_local_store() as store:
            record = record_decision(store, package, explanation, inputs=inputs, decision=decision)
            problems = store.verify()
            count, name = store.count(), store.path.name
        if problems:
            first = problems[0]
            params = {"seq": str(first.seq), **first.params}
            raise StepFailedError(describe_code(first.message_key, name, params))
        return say("cli:selftest_audit", seq=record.seq, records=count, file=name)

    def make_district(self) -> str:
        """District keys made in a second data folder; the clinic installs the public half."""
        public_file = self.stick / "district.pub.json"
        made = init_district(self.district, public_key_out=public_file)
        installed = install_district_key(self.clinic, public_file)
        if installed.key_id != made.key_id:
            raise StepFailedError(say("cli:selftest_key_differs", file=public_file.name))
        return say("cli:selftest_district", key_id=made.key_id)

    def export(self) -> str:
        """The clinic's records go onto the "stick" as one encrypted, signed bundle."""
        with data_folder(self.clinic), open_local_store() as store:
            self.bundle = export_bundle(
                store,
                to_dir=self.stick,
                device_key=keys.signing_key(),
                district_public=load_district_public(self.clinic),
            )
            count = store.count()
        if self.bundle is None:
            raise StepFailedError(say("cli:selftest_no_bundle", folder=self.stick.name))
        return say("cli:selftest_export", file=self.bundle.name, records=count)

    def _import(self, *, added: int, duplicates: int) -> ImportResult:
        assert self.bundle is not None
        private = load_district_private(self.district)
        with DistrictDB.open(district_db_path(self.district)) as db:
            result = import_paths(db, [self.bundle], district_private=private)
        tallies = list(result.devices.values())
        found = (sum(t.added for t in tallies), sum(t.duplicates for t in tallies))
        problems = result.refused or any(t.refused or t.tampering or t.gaps for t in tallies)
        if problems or len(tallies) != 1 or found != (added, duplicates):
            raise StepFailedError(
                say(
                    "cli:selftest_import_counts",
                    added=found[0],
                    duplicates=found[1],
                    expected_added=added,
                    expected_duplicates=duplicates,
                    details=json.dumps(result.to_json(), sort_keys=True),
                )
            )
        return result

    def load_training(self) -> str:
        """Each catalog model's training case library and the lesson in every language load."""
        from desktop.training.cases import load_library  # noqa: PLC0415
        from desktop.training.lesson import load_lesson  # noqa: PLC0415
        from models.card_text import LANGUAGES  # noqa: PLC0415

        cases = sum(len(load_library(p.card.id).cases) for p in self.packages)
        for language in LANGUAGES:
            load_lesson(language)
        return say(
            "cli:selftest_training",
            cases=cases,
            models=len(self.packages),
            languages=", ".join(LANGUAGES),
        )

    def import_once(self) -> str:
        """The district imports the bundle: one record added, nothing refused or missing."""
        self._import(added=1, duplicates=0)
        return say("cli:selftest_import", added=1, duplicates=0)

    def import_again(self) -> str:
        """Importing the same bundle again adds nothing and skips the record as a duplicate."""
        self._import(added=0, duplicates=1)
        return say("cli:selftest_reimport", added=0, duplicates=1)

    def show_window(self) -> str:
        """The app's main window comes up offscreen and every translation of the window loads."""
        probe = self.clinic / "window-probe.json"
        env = dict(os.environ, KUONA_HOME=str(self.clinic), **{WINDOW_PROBE: str(probe)})
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        done = subprocess.run(
            app_command(),
            env=env,
            capture_output=True,
            text=True,
            timeout=WINDOW_TIMEOUT_S,
            check=False,
        )
        if done.returncode != 0 or not probe.exists():
            output = " ".join((done.stderr or done.stdout).split())[:400]
            raise StepFailedError(
                say("cli:selftest_window_failed", status=done.returncode, output=output)
            )
        facts = json.loads(probe.read_text(encoding="utf-8"))
        loaded, offered = facts["languages"], facts["offered"]
        if not loaded or loaded != offered:
            missing = ", ".join(sorted(set(offered) - set(loaded))) or "?"
            raise StepFailedError(say("cli:selftest_translations_missing", languages=missing))
        return say("cli:selftest_window", platform=facts["platform"], languages=", ".join(loaded))


def _print(line: str) -> None:
    print(line, flush=True)  # each line as its step ends, even into a pipe


def run_self_test(*, out: Callable[[str], None] = _print, catalog: Path = BUILTIN_CATALOG) -> int:
    """Run every step in fresh temporary folders; 0 if all pass, else 1 after the failing one."""
    with tempfile.TemporaryDirectory(prefix="kuona-self-test-") as tmp:
        root = Path(tmp)
        for name in ("clinic", "district", "stick"):
            (root / name).mkdir()
        test = SelfTest(root / "clinic", root / "district", root / "stick", catalog=catalog)
        steps = test.steps()
        for name, step in steps:
            label = say(f"cli:selftest_step_{name}")
            try:
                detail = step()
            except Exception as exc:  # a self-test reports every failure, whatever it is
                out(say("cli:selftest_failed", step=label, reason=reason(exc)))
                return 1
            out(say("cli:selftest_ok", step=label, detail=detail))
    out(say("cli:selftest_passed", steps=len(steps)))
    return 0
