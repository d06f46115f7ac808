"""Benchmark: the whole command ``kennisnet export PROJECT --pptx FILE.pptx``.

For synthetic organisations (``bench_analysis.organisation``) stored as projects, the
command runs in a fresh process, as HR runs it (open, analyse, lay out, the what-if
examples, the picture, the deck). Twice three runs per size:

* "no cache": nothing analysed before (a deck-only export never computes the bridge
  scores, so it never finds nor leaves a complete analysis in the cache folder);
* "cached": after a PNG export of the same project kept its complete analysis and
  layout in this laptop's cache folder (as after working in the app).

Prints wall-clock and CPU seconds per run and the machine's load: on a busy machine
the CPU time is the better guide to a quiet one.

Run: ``.venv/bin/python benchmarks/bench_deck.py [sizes...]`` (default 2000 10000)
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_report import make_project


def run(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "kennisnet", *command], env=env, capture_output=True, text=True
    )
    if done.returncode:
        raise SystemExit(done.stderr)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main(argv: list[str]) -> None:
    sizes = [int(a) for a in argv] or [2000, 10000]
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        env = {**os.environ, "KENNISNET_HOME": str(home)}
        for size in sizes:
            project = home / f"org{size}.kennisnet"
            make_project(size, project)
            for state in ("no cache", "cached"):
                if state == "cached":
                    prime = ["export", str(project), "--png", str(home / f"prime{size}.png")]
                    run(prime, env)
                for number in range(3):
                    target = home / f"deck-{size}-{state[0]}{number}.pptx"
                    command = ["export", str(project), "--pptx", str(target), "--lang", "nl"]
                    wall, cpu = run(command, env)
                    print(
                        f"{size:,} people, {state}: {wall:.2f} s wall, {cpu:.2f} s CPU, "
                        f"load {os.getloadavg()[0]:.1f}, {target.stat().st_size / 1e6:.2f} MB",
                        flush=True,
                    )


if __name__ == "__main__":
    main(sys.argv[1:])
