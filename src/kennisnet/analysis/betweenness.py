"""Betweenness over every core, and filled into a result that was made without it.

Exact betweenness is by far the slowest figure (about 90% of an analysis at 10,000
people), and python-igraph keeps the interpreter lock while it counts, so a thread does
not help: the window of the app would wait. Here the source people are cut into the same
chunks as :func:`kennisnet.analysis.holders.betweenness` (400 sources each) and the
chunks are counted in separate processes, one per core, each with its own copy of the
network. The parent adds the chunks up **in the same order** as the single-process
count, so the figures are identical to the last digit (the tests compare them).

:func:`with_betweenness` takes a result made with ``analyze(..., betweenness=False)``
and returns the same result with the bridge scores filled in; everything else in it is
the same object. The app shows the dashboard first and fills the scores in when ready.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import queue
from collections.abc import Sequence
from dataclasses import fields, replace
from typing import TYPE_CHECKING

from kennisnet.analysis.holders import BETWEENNESS_CHUNK, betweenness_chunks, scaled
from kennisnet.analysis.options import AnalysisCancelled, CancelCheck, ProgressCallback
from kennisnet.analysis.result import AnalysisResult, PersonResult, frozen_records
from kennisnet.i18n import tr

if TYPE_CHECKING:
    from multiprocessing.context import SpawnProcess
    from multiprocessing.queues import Queue

#: From this many people the chunks are counted in other processes (when there is more
#: than one core): below it a whole count takes less time than starting a process, and
#: one chunk holds the interpreter lock for less than 30 ms.
PROCESSES_FROM = 3000

Edges = Sequence[tuple[int, int]]
#: What a counting process sends back: (chunk number, raw totals) or an error text.
_Message = tuple[int, list[float]] | tuple[int, str]


def worth_waiting_for(result: AnalysisResult) -> bool:
    """True when the bridge scores of ``result`` are worth showing the rest before.

    Below :data:`PROCESSES_FROM` people they take at most a few tenths of a second and
    are counted at once; above it, in other processes while the rest is on screen.
    """
    return not result.betweenness_computed and len(result.people) >= PROCESSES_FROM


def cores() -> int:
    """The cores this process may use (at least 1)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS, Windows
        return max(1, os.cpu_count() or 1)


#: How much less than the app a counting or layout process gets the processor (Unix
#: ``nice``): on two cores these processes would otherwise take both while the window
#: waits for one to show what is already there.
CHILD_NICENESS = 5


def yield_to_the_window() -> None:
    """In a child process: give way to the app's own process (where the OS allows)."""
    nice = getattr(os, "nice", None)
    if nice is not None:
        with contextlib.suppress(OSError):
            nice(CHILD_NICENESS)


def _count_chunks(n: int, edges: Edges, chunks: list[int], results: Queue[_Message]) -> None:
    """In a child process: count the ``chunks`` (chunk numbers) and send each back."""
    yield_to_the_window()
    try:
        from kennisnet import igraph_lib

        graph = igraph_lib.load().Graph(n=n, edges=list(edges), directed=True)
        for number in chunks:
            start = number * BETWEENNESS_CHUNK
            part = graph.betweenness(
                directed=True, sources=range(start, min(n, start + BETWEENNESS_CHUNK))
            )
            results.put((number, list(part)))
    except BaseException as error:  # every failure goes back to the parent
        results.put((-1, f"{type(error).__name__}: {error}"))


def parallel_betweenness(
    n: int,
    edges: Edges,
    *,
    processes: int | None = None,
    parallel_from: int | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
) -> tuple[float, ...]:
    """Betweenness of the directed graph with ``n`` vertices and ``edges`` (index pairs).

    The same figures as :func:`kennisnet.analysis.holders.betweenness` on the same graph:
    normalised by (n-1)(n-2), the same chunks, summed in the same order. ``processes``
    (default: one per core) counting processes are started when the graph has at least
    ``parallel_from`` (default :data:`PROCESSES_FROM`) vertices; else it is counted here.
    ``progress(fraction, label)`` hears each chunk; ``cancel()`` is checked about 20 times
    a second and stops the processes (:class:`AnalysisCancelled`).
    """
    workers = min(processes or cores(), max(1, -(-n // BETWEENNESS_CHUNK)))
    if n <= 2 or not edges:
        return tuple([0.0] * n)
    if n < (PROCESSES_FROM if parallel_from is None else parallel_from) or workers < 2:
        from kennisnet import igraph_lib

        graph = igraph_lib.load().Graph(n=n, edges=list(edges), directed=True)

        def tick(done: float) -> None:
            if cancel is not None and cancel():
                raise AnalysisCancelled(tr("The analysis was cancelled."))
            if progress is not None:
                progress(done, tr("Finding bridges between groups"))

        return betweenness_chunks(graph, n, tick)
    count = -(-n // BETWEENNESS_CHUNK)
    context = multiprocessing.get_context("spawn")
    results: Queue[_Message] = context.Queue()
    plain = [(int(a), int(b)) for a, b in edges]
    children: list[SpawnProcess] = [
        context.Process(
            target=_count_chunks,
            args=(n, plain, list(range(worker, count, workers)), results),
            daemon=True,
        )
        for worker in range(workers)
    ]
    parts: dict[int, list[float]] = {}
    try:
        for child in children:
            child.start()
        while len(parts) < count:
            if cancel is not None and cancel():
                raise AnalysisCancelled(tr("The analysis was cancelled."))
            try:
                number, value = results.get(timeout=0.05)
            except queue.Empty:
                if not any(child.is_alive() for child in children) and results.empty():
                    raise RuntimeError("a process counting bridge scores stopped") from None
                continue
            if isinstance(value, str):
                raise RuntimeError(f"counting bridge scores failed: {value}")
            parts[number] = value
            if progress is not None:
                progress(len(parts) / count, tr("Finding bridges between groups"))
    finally:
        for child in children:
            if child.is_alive():
                child.terminate()
        for child in children:
            child.join(5)
        results.close()
        results.cancel_join_thread()
    totals = [0.0] * n
    for number in range(count):
        totals = [total + value for total, value in zip(totals, parts[number], strict=True)]
    return scaled(totals, n)


def with_betweenness(
    result: AnalysisResult,
    *,
    processes: int | None = None,
    parallel_from: int | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
) -> AnalysisResult:
    """``result`` with every person's betweenness counted (a no-op when it has them).

    ``result`` comes from ``analyze(data, options, betweenness=False)``; the answer equals
    ``analyze(data, options)`` (the same network: people and ties in the result's order).
    """
    if result.betweenness_computed:
        return result
    people = result.people
    index = {person.id: i for i, person in enumerate(people)}
    edges = [(index[edge.learner], index[edge.source]) for edge in result.edges]
    values = parallel_betweenness(
        len(people),
        edges,
        processes=processes,
        parallel_from=parallel_from,
        progress=progress,
        cancel=cancel,
    )
    columns = {f.name: [getattr(p, f.name) for p in people] for f in fields(PersonResult)}
    columns["betweenness"] = list(values)
    filled: tuple[PersonResult, ...] = frozen_records(PersonResult, columns)
    return replace(result, people=filled, betweenness_computed=True)
