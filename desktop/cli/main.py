"""The `kuona` command line: every GUI action that matters has a twin here."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop import paths
from desktop.messages import (
    catalogue,
    current_language,
    describe,
    describe_code,
    say,
    set_language,
)
from desktop.refusal import RefusalError
from desktop.training.errors import TrainingError
from models.card_text import LANGUAGES
from models.catalog import CatalogEntry, load_catalog
from models.errors import PackageError
from models.signing import TrustStore, generate_key, read_public_key
from models.verify import verify_package

if TYPE_CHECKING:
    from desktop.updates.state import CatalogView


def _trust() -> TrustStore:
    return TrustStore.load(paths.trust_folder())


def _empty_view() -> CatalogView:
    from desktop.updates.state import CatalogView  # noqa: PLC0415 - only `models` reads it

    return CatalogView()


def _entry_json(entry: CatalogEntry, view: CatalogView | None = None) -> dict[str, Any]:
    package = entry.package
    if package is None:
        assert entry.error is not None
        return {
            "path": str(entry.path),
            "status": "refused",
            "check": entry.error.check.value,
            "file": entry.error.file,
            "message": describe(entry.error),
        }
    card = package.card
    return {
        "id": card.id,
        "version": card.version,
        "title": card.title,
        "path": str(entry.path),
        "status": "verified",
        "demonstration": package.demonstration,
        "signer": package.signer.name,
        "key_id": package.signer.key_id,
        "package_hash": package.package_hash,
        "golden_cases": package.golden_cases,
        "catalog": (view or _empty_view()).status(card.id, card.version).to_json(),
    }


def _status_line(row: dict[str, Any]) -> str:
    """The catalog's word on a package, for the human listing ("" when active)."""
    status = row["catalog"]
    if status["state"] == "recalled":
        reason = say("reason:" + status.get("reason", "other"))
        return "\n    " + say("status:recalled", date=status.get("recalled_on"), reason=reason)
    if status["state"] == "stale":
        key = "status:stale_blocked" if status.get("blocked") else "status:stale"
        return "\n    " + say(key, checked=status.get("checked"), since=status.get("stale_since"))
    return ""


def _models_list(args: argparse.Namespace) -> int:
    from desktop.audit.local import open_local_store  # noqa: PLC0415 - only these commands
    from desktop.updates.record import record_stale  # noqa: PLC0415
    from desktop.updates.state import catalog_view  # noqa: PLC0415

    entries = load_catalog(paths.model_folders(), _trust())
    view = catalog_view(paths.home())
    if view.stale_since is not None:  # the first sighting of a stale catalog is audited
        with open_local_store() as store:
            record_stale(store, view, home=paths.home())
    rows = [_entry_json(e, view) for e in entries]
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    for row in rows:
        if row["status"] == "verified":
            demo = "  " + catalogue()["cli:demonstration"] if row["demonstration"] else ""
            status = _status_line(row)
            print(f"{row['id']} {row['version']}  {row['title']}{demo}\n    {row['path']}{status}")
        else:
            print(f"REFUSED  {row['path']}\n    {row['message']}")
    return 0


def _models_verify(args: argparse.Namespace) -> int:
    package = verify_package(Path(args.package), _trust())
    row = _entry_json(CatalogEntry(Path(args.package), package, None))
    if args.json:
        print(json.dumps(row, indent=2))
    else:
        demo = " (demonstration key: not for clinical use)" if package.demonstration else ""
        print(
            f"verified: {row['id']} {row['version']}, signed by {row['signer']} "
            f"[{row['key_id']}]{demo}; {row['golden_cases']} golden cases reproduced"
        )
    return 0


def _models_build(args: argparse.Namespace) -> int:
    from models.build import build_package, sign_package  # noqa: PLC0415

    out = build_package(
        onnx_path=Path(args.onnx),
        card_path=Path(args.card),
        background_path=Path(args.background),
        calibration_path=Path(args.calibration) if args.calibration else None,
        out=Path(args.out),
        overwrite=args.overwrite,
    )
    if args.sign:
        sign_package(out, Path(args.sign), zip_out=Path(args.zip) if args.zip else None)
    print(out)
    return 0


def _models_sign(args: argparse.Namespace) -> int:
    from models.build import sign_package  # noqa: PLC0415

    sign_package(Path(args.package), Path(args.key), zip_out=Path(args.zip) if args.zip else None)
    print(args.zip or args.package)
    return 0


def _models_keygen(args: argparse.Namespace) -> int:
    prefix = Path(args.out)
    key = generate_key(
        prefix.with_suffix(".pem"), prefix.with_suffix(".pub.json"), name=args.name, demo=args.demo
    )
    print(f"{prefix.with_suffix('.pem')} (private: keep it offline)")
    print(f"{prefix.with_suffix('.pub.json')} (public, key id {key.key_id})")
    return 0


def _models_trust(args: argparse.Namespace) -> int:
    key = read_public_key(Path(args.key))
    folder = paths.trust_folder()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{key.key_id}.json").write_text(json.dumps(key.to_json(), indent=2) + "\n")
    print(f"trusted: {key.name} [{key.key_id}]")
    return 0


def _audit_verify(args: argparse.Namespace) -> int:
    """Walk the local hash chain; one line per problem on stderr, exit 1 if there is any."""
    from desktop.audit.local import open_local_store  # noqa: PLC0415 - only `audit verify`

    with open_local_store() as store:
        problems = store.verify()
        name, head = store.path.name, store.head()
    for problem in problems:
        params = {"seq": str(problem.seq), **problem.params}
        print(f"kuona: {describe_code(problem.message_key, name, params)}", file=sys.stderr)
    if problems:
        return 1
    print(describe_code("audit:intact", name, {"records": str(head[0])}))
    return 0


def _add_audit(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from desktop.cli.audit import add_parser  # noqa: PLC0415 - only for its command (COMMANDS)
    from desktop.cli.erase import add_erase_parser  # noqa: PLC0415
    from desktop.cli.notes_policy import add_parser as add_notes_policy_parser  # noqa: PLC0415
    from desktop.cli.outcomes import add_parsers as add_outcome_parsers  # noqa: PLC0415

    audit = add_parser(sub)
    p = audit.add_parser("verify", help="check that the local audit log's hash chain is intact")
    p.set_defaults(func=_audit_verify)
    add_erase_parser(audit)
    add_outcome_parsers(audit)
    add_notes_policy_parser(audit)


def _add_explain(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from desktop.cli.explain import add_parser  # noqa: PLC0415 - only for its command

    add_parser(sub)


def _add_training(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from desktop.cli.training import add_parser  # noqa: PLC0415 - only for its command

    add_parser(sub)


def _add_export(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from desktop.cli.export import add_parser  # noqa: PLC0415 - only for its command

    add_parser(sub)


def _add_national(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from desktop.cli.national import add_parser  # noqa: PLC0415 - only for its command

    add_parser(sub)


def _add_monitor(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from desktop.cli.monitor import add_parser  # noqa: PLC0415 - only for its command

    add_parser(sub)


def _add_accounts(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from desktop.cli.accounts import add_parser  # noqa: PLC0415 - only for its command

    add_parser(sub)


#: The commands after `models` (whose parsers main.py holds), in the order --help lists them.
#: Only the command given is imported (the others' imports, such as the explainers' or
#: psycopg, would only slow its start), or all of them when none is recognised (--help, a
#: mistyped command: argparse then names them all).
COMMANDS: dict[str, Callable[[argparse._SubParsersAction[argparse.ArgumentParser]], None]] = {
    "explain": _add_explain,
    "audit": _add_audit,
    "training": _add_training,
    "export": _add_export,
    "national": _add_national,
    "monitor": _add_monitor,
    "accounts": _add_accounts,
}


def command_of(argv: list[str]) -> str | None:
    """The command `argv` names (None: none, or one kuona does not know), skipping the one
    option that may come before it (--lang L or --lang=L)."""
    after_lang = False
    for token in argv:
        if after_lang:
            after_lang = False
        elif token == "--lang":
            after_lang = True
        elif not token.startswith("-"):
            return token if token == "models" or token in COMMANDS else None
    return None


def _parser(command: str | None = None) -> argparse.ArgumentParser:
    """kuona's parser: every command, or only `command` (and `models`) when it is given."""
    parser = argparse.ArgumentParser(
        prog="kuona",
        description="Kuona: see what a model says, and why.",
        epilog="Also: kuona --self-test (check this installation end to end, offscreen); "
        "kuona --check-bundle [FOLDER] (check a copied app folder against its SHA256SUMS).",
    )
    parser.add_argument(
        "--lang",
        dest="messages_language",
        choices=LANGUAGES,
        default=current_language(),
        help="the language kuona's messages and refusals are written in (default: "
        "KUONA_LANGUAGE, else en); --json output keeps its codes. Before the command.",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    models = sub.add_parser("models", help="model packages").add_subparsers(
        dest="action", required=True
    )
    p = models.add_parser("list", help="list and verify installed packages")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_models_list)
    p = models.add_parser("verify", help="verify one package folder or .kuona file")
    p.add_argument("package")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_models_verify)
    p = models.add_parser(
        "build", help="build a package from an ONNX file, a card and a background CSV"
    )
    p.add_argument("--onnx", required=True)
    p.add_argument("--card", required=True)
    p.add_argument("--background", required=True)
    p.add_argument(
        "--calibration",
        metavar="CAL.csv",
        help="held-out rows + 'outcome' column: the range and the unusual-case check",
    )
    p.add_argument("--out", required=True)
    p.add_argument("--overwrite", action="store_true")
    p.add_argument("--sign", metavar="KEY", help="sign with this private key after building")
    p.add_argument("--zip", metavar="OUT.kuona", help="also write the signed package as one file")
    p.set_defaults(func=_models_build)
    p = models.add_parser("sign", help="(re)write the manifest and sign a package folder")
    p.add_argument("package")
    p.add_argument("--key", required=True)
    p.add_argument("--zip", metavar="OUT.kuona")
    p.set_defaults(func=_models_sign)
    p = models.add_parser("keygen", help="make a steward key pair")
    p.add_argument(
        "--out", required=True, help="path prefix: writes PREFIX.pem and PREFIX.pub.json"
    )
    p.add_argument("--name", required=True)
    p.add_argument(
        "--demo", action="store_true", help="mark packages signed with it as demonstrations"
    )
    p.set_defaults(func=_models_keygen)
    p = models.add_parser("trust", help="add a steward public key to this computer's trust store")
    p.add_argument("key")
    p.set_defaults(func=_models_trust)
    if command in (None, "models"):  # python-tuf's repository tools: only for `models`
        from desktop.cli.repository import add_parsers as add_repository  # noqa: PLC0415

        add_repository(models)
    for name, add in COMMANDS.items():
        if command in (None, name):
            add(sub)
    return parser


def run(argv: list[str]) -> int:
    """Run one command; refusals print one clear line on stderr and exit 1."""
    args = _parser(command_of(argv)).parse_args(argv)
    set_language(args.messages_language)
    func: Callable[[argparse.Namespace], int] = args.func
    try:
        return func(args)
    except PackageError as error:
        print(f"kuona: {describe(error)}", file=sys.stderr)
        return 1
    except RefusalError as error:  # audit, sync and training refusals
        print(
            f"kuona: {describe_code(error.message_key, error.file, error.params)}", file=sys.stderr
        )
        if isinstance(error, TrainingError):  # a refused CSV: one more line per bad row
            for bad in error.rows:
                line = describe_code(bad.message_key, error.file, bad.params())
                print(f"  {line}", file=sys.stderr)
        return 1
