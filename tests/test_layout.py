"""The shared layout: everyone placed in the unit square, the same every time, clusters together."""

from __future__ import annotations

import math
import sys
from pathlib import Path

from kennisnet.analysis import analyze
from kennisnet.layout import compute_layout

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from bench_analysis import organisation


def test_layout_places_everyone_deterministically_with_clusters_together() -> None:
    result = analyze(organisation(400, seed=3))
    layout = compute_layout(result)
    assert set(layout) == {p.id for p in result.people}
    assert all(0.0 <= x <= 1.0 and 0.0 <= y <= 1.0 for x, y in layout.values())
    assert compute_layout(result) == layout
    # People are nearer to the centre of their own cluster than to other clusters' centres.
    centres: dict[int, tuple[float, float]] = {}
    for cluster in result.clusters:
        xs = [layout[m][0] for m in cluster.members]
        ys = [layout[m][1] for m in cluster.members]
        centres[cluster.id] = (sum(xs) / len(xs), sum(ys) / len(ys))
    nearest_own = 0
    for person in result.people:
        own = math.dist(layout[person.id], centres[person.cluster])
        others = [math.dist(layout[person.id], c) for cid, c in centres.items()
                  if cid != person.cluster]  # fmt: skip
        nearest_own += not others or own <= min(others)
    assert nearest_own >= 0.95 * len(result.people)


def test_empty_result_has_an_empty_layout() -> None:
    from kennisnet.model import SurveyData, Wave

    empty = analyze(SurveyData(people=(), responses=(), wave=Wave(1, "W", "2026-01-01")))
    assert compute_layout(empty) == {}


def test_clusters_laid_out_in_other_processes_are_placed_the_same() -> None:
    result = analyze(organisation(700, seed=5))
    here = compute_layout(result, parallel_from=10**9)
    assert compute_layout(result, parallel_from=1) == here
