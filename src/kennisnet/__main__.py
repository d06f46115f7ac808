"""``python -m kennisnet``: the same as the ``kennisnet`` command."""

import multiprocessing

from kennisnet.launcher import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # child processes of a frozen build start here
    raise SystemExit(main())
