"""Where each person is drawn: one layout for the screen, the exports and the workshop.

People in the same cluster are drawn near each other: each cluster is laid out
on its own (Fruchterman-Reingold, igraph), and the clusters are packed side by
side, largest first, in rows. The same result gives the same picture every time
(a fixed seed). Coordinates are in [0, 1] x [0, 1], y pointing down.

Pseudonymised exports get a layout of their own (``private=True``): anyone holding a
named and a pseudonymised file must not be able to match codes to people by laying
one picture over the other. Each cluster is laid out from another seed, clusters of
the same size swap places (none keeps its place), and the people of clusters of one
or two are turned by an angle of their own. The same data gives the same private
layout every time, so repeated pseudonymised exports agree with each other.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Mapping, Sequence

from kennisnet import igraph_lib
from kennisnet.analysis import AnalysisResult
from kennisnet.analysis.betweenness import cores, yield_to_the_window
from kennisnet.analysis.clusters import seeded_igraph

Point = tuple[float, float]

#: From this many people the clusters are laid out in other processes, one per core.
PROCESSES_FROM = 3000
#: The private layout's seed is the named layout's plus this.
PRIVATE_SEED = 7919


def _unit(seed: int, *ids: int) -> float:
    """A number in [0, 1) that depends only on ``seed`` and ``ids`` (stable across runs)."""
    digest = hashlib.sha256(f"{seed}:{','.join(map(str, ids))}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def _swap_equal_sizes(
    ordered: Sequence[tuple[int | None, list[int]]], seed: int
) -> list[tuple[int | None, list[int]]]:
    """``ordered`` with the clusters of each size in another order, none in its old place."""
    out = list(ordered)
    start = 0
    while start < len(out):
        end = start
        while end < len(out) and len(out[end][1]) == len(out[start][1]):
            end += 1
        block = out[start:end]
        if len(block) > 1:
            order = sorted(range(len(block)), key=lambda i: _unit(seed, *block[i][1][:1], i))
            for i in range(len(order)):  # no cluster keeps its place
                if order[i] == i:
                    j = (i + 1) % len(order)
                    order[i], order[j] = order[j], order[i]
            out[start:end] = [block[i] for i in order]
        start = end
    return out


def _moved(members: list[int], points: list[Point], seed: int) -> list[Point]:
    """A cluster's people moved within its box by a step of their own (a person in the
    middle of a star, or of a line, is in the middle whatever the seed); two people are
    also turned around their middle (never by none or a half turn: which of the two went
    where stays unknown)."""
    step = math.tau * _unit(seed + 2, *members[:8])
    dx, dy = 0.3 * math.cos(step), 0.3 * math.sin(step)
    if len(points) == 2:
        turn = math.radians(20 + 140 * _unit(seed, *members)) + (
            math.pi if _unit(seed + 1, *members) < 0.5 else 0.0
        )
        cx = (points[0][0] + points[1][0]) / 2
        cy = (points[0][1] + points[1][1]) / 2
        cos, sin = math.cos(turn), math.sin(turn)
        points = [
            (cx + (x - cx) * cos - (y - cy) * sin, cy + (x - cx) * sin + (y - cy) * cos)
            for x, y in points
        ]
    return [(x + dx, y + dy) for x, y in points]


def _cluster_layout(members: list[int], edges: list[tuple[int, int]], seed: int) -> list[Point]:
    return _layout_of(len(members), edges, seed)


def _layout_job(job: tuple[int, list[tuple[int, int]], int]) -> list[Point]:
    """In a child process: one cluster's layout (see ``_cluster_layouts``)."""
    return _layout_of(*job)


def _layout_of(n: int, edges: list[tuple[int, int]], seed: int) -> list[Point]:
    igraph = igraph_lib.load()

    if n == 1:
        return [(0.0, 0.0)]
    if n == 2:
        return [(-0.5, 0.0), (0.5, 0.0)]
    graph = igraph.Graph(n=n, edges=edges, directed=False)
    with seeded_igraph(seed):
        if n > 1500:
            coords = graph.layout_drl()
        else:
            coords = graph.layout_fruchterman_reingold(niter=300 if n < 500 else 150)
    return [(float(x), float(y)) for x, y in coords]


def _cluster_layouts(
    jobs: list[tuple[int, list[tuple[int, int]], int]], parallel: bool
) -> list[list[Point]]:
    """The layout of each cluster (``(size, ties, seed)``), in order.

    With ``parallel`` (and more than one core) the clusters of more than two people are
    laid out in other processes, one per core, largest first: each call is seeded on its
    own, so the positions are the same as here, and igraph, which keeps the interpreter
    lock while it lays out, does not make the window wait.
    """
    workers = min(cores(), len(jobs))
    if not parallel or workers < 2:
        return [_layout_of(*job) for job in jobs]
    import multiprocessing

    big = [i for i, (n, _edges, _seed) in enumerate(jobs) if n > 2]
    found: list[list[Point] | None] = [None] * len(jobs)
    with multiprocessing.get_context("spawn").Pool(workers, yield_to_the_window) as pool:
        for i, points in zip(big, pool.imap(_layout_job, [jobs[i] for i in big]), strict=True):
            found[i] = points
    return [
        points if points is not None else _layout_of(*job)
        for points, job in zip(found, jobs, strict=True)
    ]


def compute_layout(
    result: AnalysisResult,
    *,
    seed: int = 7,
    parallel_from: int | None = None,
    private: bool = False,
) -> Mapping[int, Point]:
    """Position per person id, normalised to the unit square.

    From ``parallel_from`` people (default ``PROCESSES_FROM``, 3,000) the clusters are laid
    out in other processes (the same positions). ``private``: the layout of pseudonymised
    exports (see the module docstring).
    """
    cluster_of = {p.id: p.cluster for p in result.people}
    groups: dict[int | None, list[int]] = {}
    for person in result.people:
        groups.setdefault(person.cluster, []).append(person.id)
    index = {pid: i for members in groups.values() for i, pid in enumerate(members)}
    inside: dict[int | None, list[tuple[int, int]]] = {}
    for e in result.edges:
        cluster = cluster_of.get(e.learner)
        if e.learner != e.source and cluster is not None and cluster == cluster_of.get(e.source):
            inside.setdefault(cluster, []).append((index[e.learner], index[e.source]))
    ordered = sorted(groups.items(), key=lambda g: (-len(g[1]), g[1][0]))
    if private:
        seed += PRIVATE_SEED
        ordered = _swap_equal_sizes(ordered, seed)
    boxes: list[tuple[list[int], list[Point]]] = []
    laid_out = _cluster_layouts(
        [(len(members), inside.get(cluster, []), seed) for cluster, members in ordered],
        len(result.people) >= (PROCESSES_FROM if parallel_from is None else parallel_from),
    )
    for (_cluster, members), points in zip(ordered, laid_out, strict=True):
        x0 = min(p[0] for p in points)
        y0 = min(p[1] for p in points)
        span = max(max(p[0] for p in points) - x0, max(p[1] for p in points) - y0, 1e-9)
        # Scale each cluster so that its area grows with its size.
        radius = math.sqrt(len(members))
        normalised = [
            (((x - x0) / span - 0.5) * radius, ((y - y0) / span - 0.5) * radius) for x, y in points
        ]
        if private:
            normalised = _moved(members, normalised, seed)
        boxes.append((members, normalised))
    # Shelf packing: rows of clusters, roughly as wide as tall overall.
    total_area = sum(max(1.0, len(m)) * 1.6 for m, _ in boxes) or 1.0
    row_width = math.sqrt(total_area) * 1.6
    positions: dict[int, Point] = {}
    x = y = row_height = 0.0
    for members, points in boxes:
        size = math.sqrt(len(members)) + 0.8
        if x > 0 and x + size > row_width:
            x = 0.0
            y += row_height
            row_height = 0.0
        for pid, (px, py) in zip(members, points, strict=True):
            positions[pid] = (x + size / 2 + px, y + size / 2 + py)
        x += size
        row_height = max(row_height, size)
    if not positions:
        return {}
    x0 = min(p[0] for p in positions.values())
    y0 = min(p[1] for p in positions.values())
    x1 = max(p[0] for p in positions.values())
    y1 = max(p[1] for p in positions.values())
    span = max(x1 - x0, y1 - y0, 1e-9)
    return {pid: ((px - x0) / span, (py - y0) / span) for pid, (px, py) in positions.items()}
