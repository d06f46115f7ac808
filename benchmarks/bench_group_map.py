"""Benchmark: the group map (the overview picture of a big organisation).

For synthetic organisations (``bench_analysis.organisation``), analysed once, the group
map is summarised (without the staff list: departments and an "other" group; with it:
the divisions, a higher level of the departments) and drawn as a 1920x1080 PNG slide,
an A4 PDF and an SVG; and one department's detail picture as a PNG. Prints wall-clock
and CPU seconds of each, and the machine's load: on a busy machine the CPU time is the
better guide.

Run: ``.venv/bin/python benchmarks/bench_group_map.py [sizes...]`` (default 2000 10000)
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_analysis import organisation

from kennisnet.analysis import analyze
from kennisnet.analysis.groups import summarise_groups
from kennisnet.export.figure_page import PAGES
from kennisnet.export.group_pictures import department_picture, map_picture, render_map
from kennisnet.export.image import render
from kennisnet.export.pseudonym import Naming

T = TypeVar("T")


def timed(label: str, fn: Callable[[], T]) -> T:
    wall, cpu = time.perf_counter(), time.process_time()
    out = fn()
    print(
        f"  {label:<28} wall {time.perf_counter() - wall:6.2f} s   "
        f"cpu {time.process_time() - cpu:6.2f} s"
    )
    return out


def main(argv: list[str]) -> None:
    sizes = [int(a) for a in argv] or [2000, 10000]
    for size in sizes:
        measure(size)
    print("load average:", " ".join(f"{v:.2f}" for v in os.getloadavg()))


def measure(size: int) -> None:
    data = organisation(size)
    result = analyze(data, betweenness=False)
    naming = Naming.build(data.people, pseudonymised=False)
    summary = timed("summarise groups", lambda: summarise_groups(result))
    print(
        f"{size} people: {len(summary.groups)} groups, {len(summary.flows)} flows, "
        f"{summary.people} people on the map"
    )
    levels = timed(
        "summarise (with staff list)", lambda: summarise_groups(result, people=data.people)
    )
    print(f"  by {levels.by}: {len(levels.groups)} groups, {levels.people} people on the map")
    picture = map_picture(result, naming, "nl", title="Kennisnetwerk", people=data.people)
    timed("group map PNG slide", lambda: render_map(picture, PAGES["slide"], "png"))
    timed("group map PDF A4", lambda: render_map(picture, PAGES["a4"], "pdf"))
    timed("group map SVG slide", lambda: render_map(picture, PAGES["slide"], "svg"))
    department = result.people[0].department
    timed(
        "one department PNG",
        lambda: render(
            department_picture(result, None, department, naming, "nl"), PAGES["slide"], "png"
        ),
    )


if __name__ == "__main__":
    main(sys.argv[1:])
