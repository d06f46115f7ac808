"""Time and peak memory of reading each hostile input file (tests/tabular/hostile.py).

Run: python benchmarks/bench_hostile_files.py   (prints numbers; not a test)
Each file is read in a fresh process. Target: every file read or refused in under 30 s
and 1 GB on a 2-core laptop.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "tabular"))
from hostile import FILES

CHILD = textwrap.dedent(
    """
    import json, resource, sys, time
    from pathlib import Path
    from kennisnet.tabular import TableError, read_table

    start = time.perf_counter()
    try:
        outcome = f"read, {len(read_table(Path(sys.argv[1])).rows)} rows"
    except TableError as error:
        outcome = "refused: " + str(error)[:70]
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(json.dumps([seconds, peak, outcome]))
    """
)


def main() -> None:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    with tempfile.TemporaryDirectory() as folder:
        print(f"{'file':<20} {'size':>8} {'seconds':>8} {'peak MB':>8}  outcome")
        for name, (make, _expected) in FILES.items():
            path = make(Path(folder))
            run = subprocess.run(
                [sys.executable, "-c", CHILD, str(path)],
                capture_output=True,
                text=True,
                env=env,
                check=True,
            )
            seconds, peak, outcome = json.loads(run.stdout)
            size = f"{path.stat().st_size / 1024:.0f} kB"
            print(f"{name:<20} {size:>8} {seconds:>8.2f} {peak:>8}  {outcome}")


if __name__ == "__main__":
    main()
