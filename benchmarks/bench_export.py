"""Benchmark: every export format for synthetic organisations of 300 / 2,000 / 10,000 people.

The organisations come from ``bench_analysis.organisation`` (the same generator
as the analysis benchmark). The analysis and the layout are done once, outside
the timings; each format is then timed on its own (best of a few runs).

Run: ``.venv/bin/python benchmarks/bench_export.py [sizes...]``
"""

from __future__ import annotations

import platform
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_analysis import organisation

from kennisnet.analysis import analyze
from kennisnet.export import ExportRequest, export
from kennisnet.layout import compute_layout

FORMATS = ("png", "a4 png", "svg", "pdf", "xlsx", "graphml", "gexf")


def main(argv: list[str]) -> None:
    sizes = [int(a) for a in argv] or [300, 2000, 10000]
    print(f"# {platform.processor() or platform.machine()}, Python {platform.python_version()}")
    print("| people | ties | layout s | " + " | ".join(f"{f} s" for f in FORMATS) + " |")
    print("|---:|---:|---:|" + "---:|" * len(FORMATS))
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        for size in sizes:
            data = organisation(size)
            result = analyze(data)
            start = time.perf_counter()
            positions = compute_layout(result)
            layout = time.perf_counter() - start
            times = []
            for fmt in FORMATS:
                kind = fmt.split()[-1]
                page = "a4" if fmt.startswith("a4") else "slide"
                request = ExportRequest(
                    lang="nl", page=page, title="Benchmark", **{kind: out / f"x.{kind}"}
                )
                best = float("inf")
                for _ in range(2 if size <= 2000 else 1):
                    start = time.perf_counter()
                    export(result, data, request, positions=positions)
                    best = min(best, time.perf_counter() - start)
                times.append(best)
            cells = " | ".join(f"{t:.2f}" for t in times)
            print(f"| {size:,} | {len(result.edges):,} | {layout:.2f} | {cells} |")


if __name__ == "__main__":
    main(sys.argv[1:])
