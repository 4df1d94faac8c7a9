"""`kuona` / `python -m desktop`: no arguments starts the app, anything else is the CLI."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script."""
    args = sys.argv[1:] if argv is None else argv
    if not args:
        from desktop.ui.app import run_app  # noqa: PLC0415 - Qt only loads for the GUI

        return run_app()
    from desktop.cli import run  # noqa: PLC0415

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
