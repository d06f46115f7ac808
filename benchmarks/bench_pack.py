"""Benchmark: the whole command ``kennisnet export PROJECT --pack FILE.pdf``.

For synthetic organisations (``bench_analysis.organisation``: departments of 10–40
people, so about 400 departments at 10,000 people) stored as projects
(``bench_report.make_project``), the command runs in a fresh process, as HR runs it:
open, analyse (without bridge scores), lay out, and write the pack — a cover, a
reading guide and a sheet (two pages) per department. Prints wall-clock and CPU
seconds per run, the machine's load, the pages and the size of the PDF.

Run: ``.venv/bin/python benchmarks/bench_pack.py [--runs N] [sizes...]`` (default 2000 10000,
3 runs each)
"""

from __future__ import annotations

import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_report import make_project


def main(argv: list[str]) -> None:
    runs = 3
    if argv[:1] == ["--runs"]:
        runs, argv = int(argv[1]), argv[2:]
    sizes = [int(a) for a in argv] or [2000, 10000]
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        env = {**os.environ, "KENNISNET_HOME": str(home)}
        for size in sizes:
            project = home / f"org{size}.kennisnet"
            make_project(size, project)
            for run in range(runs):
                target = home / f"pack-{size}-{run}.pdf"
                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                start = time.perf_counter()
                command = ["export", str(project), "--pack", str(target), "--lang", "nl"]
                done = subprocess.run(
                    [sys.executable, "-m", "kennisnet", *command],
                    env=env,
                    capture_output=True,
                    text=True,
                )
                if done.returncode:
                    raise SystemExit(done.stderr)
                wall = time.perf_counter() - start
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
                load = os.getloadavg()[0]
                pdf = target.read_bytes()
                pages = len(re.findall(rb"/Type\s*/Page\b(?!s)", pdf))
                print(
                    f"{size:,} people: {wall:.2f} s wall, {cpu:.2f} s CPU, load {load:.1f}, "
                    f"{pages} pages, {len(pdf) / 1e6:.1f} MB",
                    flush=True,
                )


if __name__ == "__main__":
    main(sys.argv[1:])
