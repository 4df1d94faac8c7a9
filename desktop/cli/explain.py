"""`kuona explain`: one case through a verified package, or through a bare ONNX file (stewards)."""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from desktop import paths
from desktop.audit.decision import Decision, record_decision
from desktop.audit.ineligible import record_ineligible
from desktop.audit.local import open_local_store
from desktop.audit.record import REASONS, AuditRecord
from desktop.cases import read_case_with_answers
from desktop.cli.accounts import add_clinician_option, signed_clinician
from desktop.messages import catalogue, describe_code, say
from desktop.updates.guard import check_usable
from explainers import Explanation, ModelSpec, explain
from explainers.errors import ExplainError, GraphMismatch, Problem
from explainers.infer import infer_spec
from explainers.runner import GraphRunner
from models.assessment import Assessment, assess_case
from models.background import parse_table
from models.catalog import find_packages
from models.errors import Check, PackageError
from models.layout import BACKGROUND
from models.runtime import graph_refusal, open_session
from models.signing import TrustStore
from models.verify import VerifiedPackage, verify_package


def open_package(name: str) -> VerifiedPackage:
    """A package by path, or by id among the installed packages."""
    trust = TrustStore.load(paths.trust_folder())
    path = Path(name)
    if not path.exists():
        matches = [p for p in find_packages(paths.model_folders()) if p.stem == name]
        if not matches:
            raise PackageError(Check.NOT_FOUND, name)
        path = matches[0]
    return verify_package(path, trust)


def _bare_model(
    args: argparse.Namespace,
) -> tuple[GraphRunner, ModelSpec, NDArray[np.float64]]:
    onnx_path, bg_path = Path(args.onnx), Path(args.background)
    try:
        model, table = onnx_path.read_bytes(), bg_path.read_bytes()
    except OSError as exc:
        raise PackageError(
            Check.UNREADABLE, exc.filename or "", {"reason": exc.strerror or ""}
        ) from exc
    header, background = parse_table(table, file=bg_path.name, expected=None, allow_missing=True)
    session = open_session(model, file=onnx_path.name)
    try:
        spec = infer_spec(
            session,
            header,
            output_space=args.output_space,
            source=model,
            class_label=args.class_label,
        )
        return GraphRunner(session, spec, source=model), spec, background
    except GraphMismatch as exc:
        raise graph_refusal(exc, onnx_path.name) from exc


def _decision(args: argparse.Namespace) -> Decision | None:
    """The --decide options as a checked Decision (refused before anything is computed)."""
    if args.decide is None:
        return None
    decision = Decision(
        decision=args.decide,
        reason=args.reason,
        note=args.note,
        estimate=args.estimate,
        role=args.role,
        language=args.language,
        patient_ref=args.patient_ref,
        clinician=signed_clinician(args.clinician),
    )
    decision.check()
    return decision


def run_explain(args: argparse.Namespace) -> int:
    """Explain CASE.json; print the DESIGN.md JSON or a short English reading.

    With --decide, also append the clinician's decision to the audit log and print the
    record's id: as the last line of the text output, or as "record_id" in the JSON object.
    """
    demo = False
    decision = _decision(args)
    package: VerifiedPackage | None = None
    if args.model:
        package = open_package(args.model)
        status = check_usable(package.card.id, package.card.version, home=paths.home())
        if status.state == "stale":  # the steward's policy says warn (block was refused)
            print(say("status:stale", checked=status.checked, since=status.stale_since),
                  file=sys.stderr)  # fmt: skip
        runner, spec, background = package.runner, package.runner.spec, package.background
        demo = package.demonstration
    else:
        runner, spec, background = _bare_model(args)
    case_path = Path(args.case)
    case, answers = read_case_with_answers(case_path)
    try:
        if package is not None:
            assessment = assess_case(
                package, case, answers=answers, file=case_path.name, output_space=args.output_space
            )
            if assessment.explanation is None:
                return _blocked(args, package, assessment, case, answers, decision)
            explanation = assessment.explanation
        else:
            explanation = explain(runner, spec, background, case, output_space=args.output_space)
    except ExplainError as error:
        background_file = Path(args.background).name if args.background else BACKGROUND
        file = background_file if error.problem == Problem.BACKGROUND_MISSING else case_path.name
        raise _CaseRefusedError(describe_code(error.problem.value, file, error.params)) from error
    record: AuditRecord | None = None
    if decision is not None and package is not None:
        with open_local_store() as store:
            record = record_decision(store, package, explanation, inputs=case, decision=decision)
    if args.json:
        out = explanation.to_json()
        if record is not None:
            out["record_id"] = record.uuid
        print(json.dumps(out, indent=2))
    else:
        print(_human(explanation, case, demo=demo))
        if record is not None:
            print(say("cli:recorded", seq=record.seq))
            print(record.uuid)
    return 0


#: Exit status of `kuona explain` when the card's eligibility forbids the model for the case.
EXIT_INELIGIBLE = 3


def _blocked(
    args: argparse.Namespace,
    package: VerifiedPackage,
    assessment: Assessment,
    case: dict[str, float],
    answers: dict[str, bool],
    decision: Decision | None,
) -> int:
    """No prediction: say which rules or answers blocked it; with --decide, record it."""
    record: AuditRecord | None = None
    if decision is not None:
        with open_local_store() as store:
            record = record_ineligible(
                store,
                package,
                assessment.eligibility,
                inputs=case,
                answers=answers,
                role=decision.role,
                language=decision.language,
                patient_ref=decision.patient_ref,
                note=decision.note,
            )
    if args.json:
        out = assessment.blocked_json(package)
        if record is not None:
            out["record_id"] = record.uuid
        print(json.dumps(out, indent=2))
    else:
        rules = "; ".join(f"{f.code} ({f.rule})" for f in assessment.eligibility.blocked_by)
        card = package.card
        print(say("cli:ineligible", model=card.id, version=card.version, rules=rules))
        if record is not None:
            print(say("cli:ineligible_recorded", seq=record.seq))
            print(record.uuid)
    return EXIT_INELIGIBLE


class _CaseRefusedError(Exception):
    """A case the model cannot take; the message is already a sentence."""


def _human(explanation: Explanation, case: dict[str, float], *, demo: bool) -> str:
    words = catalogue()
    percent = explanation.output_space == "probability"
    scale, unit = (100.0, words["cli:points"]) if percent else (1.0, "")

    def number(value: float) -> str:
        return f"{value * scale:.1f}%" if percent else f"{value:.4g}"

    lines = [f"{explanation.model} {explanation.model_version}"]
    if demo:
        lines[0] += "  " + words["cli:demonstration"]
    lines.append(
        words["cli:prediction"].format(
            value=number(explanation.prediction),
            base=number(explanation.base_value),
            space=explanation.output_space,
        )
    )
    exactness = words["cli:exact" if explanation.exact else "cli:approximate"]
    lines.append(
        words["cli:contributions"].format(unit=unit, method=explanation.method, exactness=exactness)
    )
    ranked = sorted(explanation.contributions.items(), key=lambda kv: -abs(kv[1]))
    for feature, value in ranked:
        given = words["cli:not_measured"] if math.isnan(case[feature]) else f"{case[feature]:g}"
        lines.append(f"  {feature:<16} {value * scale:+9.2f}   ({feature} = {given})")
    if explanation.interval is not None:
        interval = explanation.interval
        lines.append(
            words["cli:interval"].format(
                low=number(interval["low"]),
                high=number(interval["high"]),
                method=interval["method"],
            )
        )
    for warning in explanation.warnings:
        lines.append(words[f"warning:{warning['code']}"].format_map(_warning_values(warning)))
    return "\n".join(lines)


def _warning_values(warning: dict[str, Any]) -> dict[str, str]:
    """A warning's parameters as text: features joined, a width in percentage points."""
    values = {k: ", ".join(v) if isinstance(v, list) else str(v) for k, v in warning.items()}
    if warning.get("code") == "uncertain":
        values["width"] = f"{float(warning['width']) * 100:.0f} %"
    return values


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `kuona explain`."""
    p = sub.add_parser("explain", help="explain one case (CASE.json: feature id -> value)")
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("--model", metavar="PKG", help="a package folder, .kuona file or id")
    source.add_argument(
        "--onnx", metavar="MODEL.onnx", help="a bare ONNX file (needs --background)"
    )
    p.add_argument("--background", metavar="BG.csv", help="with --onnx: header = feature names")
    p.add_argument("--case", required=True, metavar="CASE.json")
    p.add_argument(
        "--json",
        action="store_true",
        help='print the explanation as JSON (with --decide, plus "record_id")',
    )
    p.add_argument("--output-space", choices=["probability", "logit", "raw"])
    p.add_argument(
        "--class",
        dest="class_label",
        metavar="LABEL",
        help="with --onnx: the class whose probability to explain (needed beyond two classes)",
    )
    audit = p.add_argument_group("recording the clinician's decision (only with --model)")
    audit.add_argument(
        "--decide",
        metavar="accept|partial|override",
        help="append this decision to the audit log and print the record's id",
    )
    audit.add_argument(
        "--reason",
        metavar="CODE",
        help=f"required for partial and override: {', '.join(REASONS)}",
    )
    audit.add_argument("--note", metavar="TEXT", help="free text")
    audit.add_argument("--estimate", metavar="low|medium|high", help="the clinician's own risk")
    audit.add_argument("--patient-ref", metavar="REF", help="kept only as a keyed pseudonym")
    audit.add_argument("--role", metavar="ROLE")
    audit.add_argument("--language", metavar="LANG")
    add_clinician_option(audit)
    p.set_defaults(func=_checked)


def _checked(args: argparse.Namespace) -> int:
    if args.onnx and not args.background:
        raise SystemExit("kuona: --onnx needs --background BG.csv")
    if args.decide is not None and not args.model:
        raise SystemExit("kuona: " + say("cli:decide_needs_model"))
    try:
        return run_explain(args)
    except _CaseRefusedError as refused:
        print(f"kuona: {refused}", file=sys.stderr)
        return 1
