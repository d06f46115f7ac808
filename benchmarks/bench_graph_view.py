"""Benchmark: how fast the knowledge graph view is ready to look at.

For synthetic organisations (the generator of ``bench_analysis.py``) the
analysis is run first (not timed here; see ``bench_analysis.py``). Then, per
size, the time from a finished analysis to the first painted picture:

* layout: ``kennisnet.layout.compute_layout`` (in the app this runs in the
  background, right after the analysis);
* scene: building the graph scene for people (every dot, tie and name) or for
  clusters (the default above 1,500 people);
* first paint: ``QWidget.grab()`` of a 1366×768 view that was fitted.

Target (PRODUCT.md, the issue): the graph view of 2,000 people ready within 1 s.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_graph_view.py [sizes...]``
"""

from __future__ import annotations

import os
import platform
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_analysis import organisation
from PySide6.QtWidgets import QApplication

from kennisnet.analysis import analyze
from kennisnet.layout import compute_layout
from kennisnet.ui.results.frame import Frame, to_scene
from kennisnet.ui.results.palette import ColourBy
from kennisnet.ui.results.view import GraphView


def first_paint(frame: Frame, level: str) -> tuple[float, float]:
    """Seconds to build the scene and to paint it the first time."""
    view = GraphView()
    view.resize(1366, 768)
    view.set_colour_by(ColourBy.TRAINED)
    start = time.perf_counter()
    view.set_frame(frame, level)
    view.fit()
    view.declutter()
    built = time.perf_counter()
    view.grab()
    painted = time.perf_counter()
    view.deleteLater()
    return built - start, painted - built


def main(argv: list[str]) -> None:
    QApplication.instance() or QApplication([])
    sizes = [int(a) for a in argv] or [300, 2000, 10000]
    print(f"# {platform.processor() or platform.machine()}, Python {platform.python_version()}")
    print("| people | ties | layout s | level | scene s | first paint s | ready after analysis s |")
    print("|---:|---:|---:|---|---:|---:|---:|")
    for size in sizes:
        result = analyze(organisation(size))
        start = time.perf_counter()
        layout = compute_layout(result)
        layout_s = time.perf_counter() - start
        frame = Frame(result, to_scene(layout, len(result.people)))
        for level in ("people", "clusters"):
            runs = [first_paint(frame, level) for _ in range(3)]
            scene_s, paint_s = min(runs, key=sum)
            total = layout_s + scene_s + paint_s
            print(
                f"| {size:,} | {len(result.edges):,} | {layout_s:.3f} | {level} | "
                f"{scene_s:.3f} | {paint_s:.3f} | {total:.3f} |"
            )


if __name__ == "__main__":
    main(sys.argv[1:])
