"""Benchmark: the learning plan's proposal (``propose``) on synthetic organisations.

The organisations of ``bench_analysis.py``, with 5% of the people started in the
last six months (newcomers to match with a buddy). Prints the analysis time (for
scale), the proposal time, the number of actions and newcomers.

Run: ``.venv/bin/python benchmarks/bench_plan.py [sizes...]`` (default 300 2000 10000).
"""

from __future__ import annotations

import random
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_analysis import organisation

from kennisnet.analysis import analyze
from kennisnet.plan import propose


def main(argv: list[str]) -> None:
    sizes = [int(a) for a in argv] or [300, 2000, 10_000]
    print(f"{'people':>8} {'analysis s':>11} {'proposal s':>11} {'actions':>8} {'newcomers':>10}")
    for size in sizes:
        data = organisation(size)
        rng = random.Random(size)
        people = tuple(
            replace(p, start_date="2024-03-01" if rng.random() < 0.05 else "2015-01-01")
            for p in data.people
        )
        data = replace(data, people=people)
        started = time.perf_counter()
        result = analyze(data, betweenness=False)
        analysed = time.perf_counter() - started
        started = time.perf_counter()
        plan = propose(result, data)
        proposed = time.perf_counter() - started
        print(
            f"{size:>8} {analysed:>11.2f} {proposed:>11.2f} {len(plan.actions):>8} "
            f"{len(plan.newcomers):>10}"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
