"""The frozen app's entry point: PyInstaller runs this script, which is the `kuona` command."""

import sys

from desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
