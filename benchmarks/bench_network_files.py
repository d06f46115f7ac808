"""Benchmark: the files for other network programs (GEXF, GraphML, Kumu, Polinode) and
the pseudonymised files' own layout.

For synthetic organisations (``bench_analysis.organisation``, with two extra staff-list
columns) prints, per size: the named and the private (pseudonymised) layout, building
the node table, and writing each file, named and pseudonymised, in wall-clock and CPU
seconds, with the file sizes and the machine's load (on a busy machine the CPU time is
the better guide to a quiet one; the layout of 3,000 people or more runs in other
processes, whose CPU time is not counted here).

Run: ``.venv/bin/python benchmarks/bench_network_files.py [sizes...]`` (default 1000 10000)
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_analysis import organisation

from kennisnet.analysis import analyze
from kennisnet.export import graphfile, network_book, network_table
from kennisnet.export.pseudonym import Naming
from kennisnet.layout import compute_layout

T = TypeVar("T")


def timed(label: str, run: Callable[[], T]) -> T:
    wall, cpu = time.perf_counter(), time.process_time()
    value = run()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(f"  {label:<34} {wall:6.2f} s wall  {cpu:6.2f} s CPU", flush=True)
    return value


def run(size: int) -> None:
    data = organisation(size)
    places = ("Utrecht", "Zwolle", "Assen", "Texel")
    people = tuple(
        replace(p, attributes={"Locatie": places[p.id % 4], "Contract": "vast"})
        for p in data.people
    )
    data = replace(data, people=people)
    result = analyze(data)
    print(f"{size} people, {len(result.edges)} ties")
    named = timed("layout (named)", lambda: compute_layout(result))
    private = timed("layout (pseudonymised, own)", lambda: compute_layout(result, private=True))
    for pseudo, positions in ((False, named), (True, private)):
        naming = Naming.build(data.people, pseudonymised=pseudo)
        tag = "pseudonymised" if pseudo else "named"
        table = timed(
            f"node table ({tag})",
            lambda naming=naming, positions=positions: network_table.build(
                result, data.people, naming, "nl", positions, title="Bench", description="-"
            ),
        )
        for fmt in graphfile.GRAPH_FORMATS:
            blob = timed(
                f"{fmt} ({tag})",
                lambda fmt=fmt, table=table: graphfile.render(
                    table, fmt, on=date.today().isoformat()
                ),
            )
            print(f"    {len(blob) / 1e6:.1f} MB")
        for fmt in network_book.BOOK_FORMATS:
            blob = timed(
                f"{fmt} workbook ({tag})",
                lambda fmt=fmt, table=table: network_book.render(table, fmt, "nl"),
            )
            print(f"    {len(blob) / 1e6:.1f} MB")


def main(sizes: list[int]) -> None:
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    for size in sizes:
        run(size)
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [1000, 10000])
