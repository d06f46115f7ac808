"""Bridge scores counted over several processes: identical to the single count."""

from __future__ import annotations

import multiprocessing
import multiprocessing.queues
import os
import random
import shutil
from pathlib import Path

import pytest
from analysis_helpers import lazega, survey

from kennisnet.analysis import AnalysisCancelled, analyze
from kennisnet.analysis.betweenness import parallel_betweenness, with_betweenness
from kennisnet.model import SurveyData
from kennisnet.resources import resource
from kennisnet.store import Project


def _demo(tmp_path: Path) -> SurveyData:
    path = tmp_path / "demo.kennisnet"
    shutil.copyfile(resource("demo", "demo.kennisnet"), path)
    with Project.open(path, readonly=True) as project:
        return project.snapshot()


def _random_network(people: int, ties: int, seed: int) -> SurveyData:
    rng = random.Random(seed)
    pairs = {(rng.randint(1, people), rng.randint(1, people)) for _ in range(ties)}
    return survey(people, [(a, b) for a, b in pairs if a != b], trained=range(1, people, 7))


def _networks(tmp_path: Path) -> list[SurveyData]:
    return [_demo(tmp_path), lazega(), _random_network(900, 2600, 3)]


def test_filled_in_later_equals_counted_at_once(tmp_path: Path) -> None:
    for data in _networks(tmp_path):
        whole = analyze(data)
        assert whole.betweenness_computed
        partial = analyze(data, betweenness=False)
        assert not partial.betweenness_computed
        for processes in (1, 2, 3):
            filled = with_betweenness(partial, processes=processes, parallel_from=1)
            assert filled.betweenness_computed
            # Identical to the last digit, and every other figure too.
            assert [p.betweenness for p in filled.people] == [p.betweenness for p in whole.people]
            assert filled == whole


def test_some_bridge_scores_are_not_zero(tmp_path: Path) -> None:
    filled = with_betweenness(analyze(_demo(tmp_path), betweenness=False), parallel_from=1)
    assert max(p.betweenness for p in filled.people) > 0.01


def test_a_complete_result_is_returned_as_it_is() -> None:
    whole = analyze(lazega())
    assert with_betweenness(whole) is whole


def test_progress_reaches_the_end_and_cancel_stops_the_processes() -> None:
    data = _random_network(1200, 3000, 5)
    partial = analyze(data, betweenness=False)
    heard: list[float] = []
    with_betweenness(
        partial, processes=2, parallel_from=1, progress=lambda done, _label: heard.append(done)
    )
    assert heard == sorted(heard)
    assert heard[-1] == 1.0
    with pytest.raises(AnalysisCancelled):
        with_betweenness(partial, processes=2, parallel_from=1, cancel=lambda: True)


def test_tiny_and_empty_networks() -> None:
    assert parallel_betweenness(0, [], parallel_from=1) == ()
    assert parallel_betweenness(2, [(0, 1)], parallel_from=1) == (0.0, 0.0)
    assert parallel_betweenness(3, [(0, 1), (1, 2)], processes=2, parallel_from=1) == (
        0.0,
        0.5,
        0.0,
    )


def _niceness_after_counting(out: multiprocessing.queues.Queue[int]) -> None:
    """In a child: count a chunk as the counting processes do, then say how nice it is."""
    import queue

    from kennisnet.analysis.betweenness import _count_chunks

    results: queue.Queue[object] = queue.Queue()
    _count_chunks(3, [(0, 1), (1, 2)], [0], results)  # type: ignore[arg-type]
    out.put(os.nice(0))


def test_counting_processes_give_way_to_the_window() -> None:
    """On two cores the counting processes took both while the window waited for one."""
    from kennisnet.analysis.betweenness import CHILD_NICENESS

    context = multiprocessing.get_context("spawn")
    out = context.Queue()
    child = context.Process(target=_niceness_after_counting, args=(out,))
    child.start()
    niceness = out.get(timeout=60)
    child.join(10)
    assert niceness == min(19, os.nice(0) + CHILD_NICENESS)
