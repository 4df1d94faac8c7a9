"""`kuona` / `python -m desktop`: no arguments starts the app, anything else is the CLI."""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script (and of the frozen app)."""
    args = sys.argv[1:] if argv is None else argv
    if os.environ.get("KUONA_LANGUAGE"):  # the CLI's and the self-test's language
        from desktop.messages import set_language  # noqa: PLC0415

        set_language(os.environ["KUONA_LANGUAGE"])
    if not args:
        from desktop.ui.launch import run_app  # noqa: PLC0415 - Qt only loads for the GUI

        return run_app()
    if args == ["--self-test"]:
        from desktop.selftest import run_self_test  # noqa: PLC0415

        return run_self_test()
    if args[0] == "--monitoring-pdf":  # `kuona monitor --pdf`'s Qt half, in a child process
        from desktop.ui.district.monitoring_print import print_report  # noqa: PLC0415

        return print_report(args[1:])
    if args == ["--monitor-inputs"]:  # the monitor's second reader, in a child process
        from desktop.monitoring.input_reader import child_main  # noqa: PLC0415

        return child_main()
    if args[0] == "--check-bundle":
        from desktop.bundle_check import run_check  # noqa: PLC0415

        return run_check(args[1:])
    if args[0] == "monitor":  # its second reader starts while the command loads
        from desktop import paths  # noqa: PLC0415
        from desktop.monitoring.child_start import start_early  # noqa: PLC0415

        start_early(args[1:], paths.home())
    from desktop.cli.main import run  # noqa: PLC0415

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
