"""Entry point of the frozen app (PyInstaller): the same as the ``kennisnet`` command."""

import sys

from kennisnet.launcher import main

if __name__ == "__main__":
    sys.exit(main())
