"""The bundle's entry point (PyInstaller needs a script): the same `main` as the
`receiving-desk` console script of the wheel."""

import sys

from receiving_desk.cli import main

sys.exit(main())
