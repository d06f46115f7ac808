"""Entry point of the frozen app (PyInstaller): the same as the ``kennisnet`` command."""

import multiprocessing
import sys

from kennisnet.launcher import main

if __name__ == "__main__":
    # The bridge scores are counted in child processes of this program (see
    # kennisnet.analysis.betweenness); in the frozen app each child starts here.
    multiprocessing.freeze_support()
    sys.exit(main())
