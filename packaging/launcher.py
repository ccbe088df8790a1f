"""Entry point of the bundled app: the same program as `python -m desktopapp` (the window without a command,
the command line's commands with one)."""

import sys

from desktopapp.cli import main

if __name__ == "__main__":
    sys.exit(main())
