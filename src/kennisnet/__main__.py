"""``python -m kennisnet``: the same as the ``kennisnet`` command."""

from kennisnet.launcher import main

raise SystemExit(main())
