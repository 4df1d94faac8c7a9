"""`kuona models repo|publish|recall|rotate-key|update`: the steward's catalog repository in a
folder, and the clinic's update from it (python-tuf)."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from pathlib import Path

from desktop.messages import say
from models.repository import (
    RECALL_REASONS,
    ROLES,
    Notice,
    init_repository,
    publish,
    recall,
    refresh,
    rotate_key,
)


def _keys(args: argparse.Namespace) -> Path:
    """The steward's keys folder: --keys, else DIR-keys next to the repository."""
    folder = Path(args.dir)
    return Path(args.keys) if args.keys else folder.with_name(folder.name + "-keys")


def _now() -> datetime:
    return datetime.now(UTC)


def _init(args: argparse.Namespace) -> int:
    block = None if args.block_after_days < 0 else args.block_after_days
    root = init_repository(
        Path(args.dir),
        keys=_keys(args),
        now=_now(),
        root_keys=args.root_keys,
        threshold=args.threshold,
        block_after_days=block,
    )
    print(say("repo:keys", path=_keys(args)))
    print(say("repo:root", path=root))
    return 0


def _publish(args: argparse.Namespace) -> int:
    packages = [Path(p) for p in args.packages]
    for item in publish(Path(args.dir), keys=_keys(args), packages=packages, now=_now()):
        print(say("repo:published", id=item.package_id, version=item.version, target=item.target))
    return 0


def _recall(args: argparse.Namespace) -> int:
    item = recall(
        Path(args.dir),
        keys=_keys(args),
        package_id=args.id,
        version=args.version,
        notice=Notice(args.reason, args.note, args.alarm),
        now=_now(),
    )
    print(say("repo:recalled", id=item.package_id, version=item.version))
    return 0


def _rotate(args: argparse.Namespace) -> int:
    version = rotate_key(Path(args.dir), keys=_keys(args), role=args.role, now=_now())
    print(say("repo:rotated", role=args.role, version=version))
    return 0


def _refresh(args: argparse.Namespace) -> int:
    refresh(Path(args.dir), keys=_keys(args), now=_now(), root=args.root)
    print(say("repo:refreshed"))
    return 0


def _update(args: argparse.Namespace) -> int:
    """Update from DIR; every change, or the refusal, is also an audit record."""
    root = Path(args.root) if args.root else None
    from desktop.updates.clinic import apply_update  # noqa: PLC0415 - only for `update`

    changes = apply_update(Path(args.from_dir), root=root)
    for change in changes:
        key = "update:installed" if change.event == "installed" else "update:withdrawn"
        reason = say(f"reason:{change.reason}") if change.reason else ""
        print(say(key, id=change.package_id, version=change.version, reason=reason))
    if not changes:
        print(say("update:unchanged"))
    return 0


def _keys_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("dir", metavar="DIR", help="the repository folder (copied to sticks)")
    p.add_argument("--keys", metavar="KEYS", help="the steward's keys folder (default DIR-keys)")


def add_parsers(models: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the repository commands under `kuona models`."""
    repo = models.add_parser("repo", help="a steward's catalog repository in a folder")
    actions = repo.add_subparsers(dest="repo_action", required=True)
    p = actions.add_parser("init", help="a new repository; prints the root file to hand out")
    _keys_option(p)
    p.add_argument("--root-keys", type=int, default=3, help="how many root keys (default 3)")
    p.add_argument("--threshold", type=int, default=2, help="root signatures needed (2)")
    p.add_argument(
        "--block-after-days",
        type=int,
        default=60,
        help="a stale catalog warns, then blocks new consultations this many days after it "
        "expired (-1: never block)",
    )
    p.set_defaults(func=_init)
    p = actions.add_parser("refresh", help="renew the expiry of the catalog metadata")
    _keys_option(p)
    p.add_argument("--root", action="store_true", help="renew the root too (offline keys)")
    p.set_defaults(func=_refresh)
    p = models.add_parser("publish", help="add .kuona packages (or folders) to a repository")
    _keys_option(p)
    p.add_argument("packages", nargs="+", metavar="PKG")
    p.set_defaults(func=_publish)
    p = models.add_parser("recall", help="recall a published version")
    _keys_option(p)
    p.add_argument("id")
    p.add_argument("version")
    p.add_argument("--reason", required=True, choices=RECALL_REASONS)
    p.add_argument("--note", metavar="TEXT")
    p.add_argument("--alarm", metavar="ALARM", help="the monitoring report's alarm, if any")
    p.set_defaults(func=_recall)
    p = models.add_parser("rotate-key", help="replace the keys of a role (new root version)")
    _keys_option(p)
    p.add_argument("role", choices=ROLES)
    p.set_defaults(func=_rotate)
    p = models.add_parser("update", help="update this computer's models from a repository")
    p.add_argument("--from", dest="from_dir", required=True, metavar="DIR")
    p.add_argument("--root", metavar="ROOT.json", help="the steward's root (first update only)")
    p.set_defaults(func=_update)
