"""`python -m desktopapp` starts the program (the GUI unless a command is given)."""

import sys

from desktopapp.cli import main

sys.exit(main())
