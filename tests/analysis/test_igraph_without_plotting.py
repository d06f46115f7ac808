"""igraph is imported without its plotting side: no matplotlib on a cold analysis."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

from kennisnet.resources import resource


def run(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.strip()


def test_an_analysis_imports_neither_pyplot_nor_matplotlib(tmp_path: Path) -> None:
    demo = tmp_path / "demo.kennisnet"
    shutil.copyfile(resource("demo", "demo.kennisnet"), demo)
    out = run(
        f"""
        import sys
        from pathlib import Path
        from kennisnet.analysis import analyze
        from kennisnet.store import Project
        with Project.open(Path({str(demo)!r}), readonly=True) as project:
            data = project.snapshot()
        result = analyze(data)
        print(len(result.people) > 0, "matplotlib" in sys.modules,
              "matplotlib.pyplot" in sys.modules, "igraph" in sys.modules)
        """
    )
    assert out == "True False False True"


def test_real_matplotlib_still_works_after_igraph() -> None:
    out = run(
        """
        import sys
        from kennisnet import igraph_lib
        ig = igraph_lib.load()
        g = ig.Graph([(0, 1), (1, 2), (2, 0)], directed=True)
        from matplotlib.figure import Figure
        fig = Figure()
        fig.add_subplot().plot([0, 1], [1, 0])
        print(g.betweenness(), type(fig).__name__, "matplotlib.pyplot" in sys.modules)
        """
    )
    assert out == "[1.0, 1.0, 1.0] Figure False"
