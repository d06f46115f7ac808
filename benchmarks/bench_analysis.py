"""Benchmark: Kennisnet's full ``analyze()`` against a plain igraph pipeline.

Synthetic organisations (departments of 10–40 people, in divisions: the staff-list
column "Divisie", 3 to 15 of them, a higher level of the departments; up to 5 sources each,
mostly in the own department, some to a few popular experts, some anywhere;
about 10% do not respond; about 30% trained) are built as ``SurveyData``
directly. The reference computes the same person-level metrics with igraph
only, in this process: in-degree, weighted in-degree, PageRank, betweenness,
communities (multilevel = Louvain), BFS steps to trained people and the
dominator tree.

Run: ``.venv/bin/python benchmarks/bench_analysis.py [--runs N] [sizes...]``
(``--runs``: best of N runs for every size; default 5, and 2 above 2,000 people).
On a busy machine, small sizes need many runs for a stable best time.
"""

from __future__ import annotations

import platform
import random
import sys
import time
from collections.abc import Callable
from functools import partial

import igraph

from kennisnet.analysis import analyze
from kennisnet.model import Channel, Frequency, Nomination, Person, Response, SurveyData, Wave

FREQUENCIES = (Frequency.DAILY, Frequency.WEEKLY, Frequency.MONTHLY, Frequency.LESS, None)


#: The staff-list column of the divisions (a level above the departments).
DIVISION = "Divisie"


def divisions(departments: int) -> int:
    """How many divisions for this many departments: about 0.65 √n (13 for the 392
    departments of 10,000 people), at least 2 and at most 15 — as real organisations."""
    return max(2, min(15, round(0.65 * departments**0.5)))


def organisation(size: int, seed: int = 1) -> SurveyData:
    """``size`` people in departments of 10–40, the departments in divisions (the
    attribute :data:`DIVISION`: consecutive departments, so every department lies
    within one division; no random draw of its own, so every other value is as it was
    before the divisions were added)."""
    rng = random.Random(seed)
    departments: list[list[int]] = []
    person_department: list[int] = []
    while len(person_department) < size:
        members = min(rng.randint(10, 40), size - len(person_department))
        start = len(person_department)
        departments.append(list(range(start, start + members)))
        person_department += [len(departments) - 1] * members
    experts = rng.sample(range(size), max(1, size // 200))
    count = divisions(len(departments))
    division = [f"{DIVISION} {d * count // len(departments) + 1}" for d in range(len(departments))]
    people = tuple(
        Person(
            id=i + 1,
            uid=f"p{i + 1}",
            name=f"Person {i + 1}",
            department=f"Department {person_department[i] + 1}",
            team=None,
            employee_number=str(10000 + i),
            trained_hr=rng.random() < 0.3,
            attributes={DIVISION: division[person_department[i]]},
        )
        for i in range(size)
    )
    responses = []
    for i in range(size):
        if rng.random() < 0.10:
            continue
        nominations = []
        for _ in range(rng.randint(0, 5)):
            r = rng.random()
            if r < 0.75:
                source = rng.choice(departments[person_department[i]])
            elif r < 0.90:
                source = rng.choice(experts)
            else:
                source = rng.randrange(size)
            nominations.append(Nomination(source + 1, rng.choice(FREQUENCIES)))
        responses.append(
            Response(
                uuid=f"r{i + 1}",
                respondent_id=i + 1,
                wave_id=1,
                submitted_at="2024-05-01T10:00:00",
                nominations=tuple(nominations),
                channels=tuple(rng.sample(list(Channel), rng.randint(0, 3))),
            )
        )
    return SurveyData(people, tuple(responses), Wave(1, "Benchmark", "2024-05-01"))


def reference(data: SurveyData) -> None:
    """The same person-level metrics with igraph only."""
    index = {p.id: i for i, p in enumerate(data.people)}
    weights: dict[tuple[int, int], int] = {}
    for r in data.responses:
        for nom in r.nominations:
            if nom.source_id != r.respondent_id:
                key = (index[r.respondent_id], index[nom.source_id])
                weights[key] = max(weights.get(key, 0), nom.weight)
    n = len(data.people)
    g = igraph.Graph(n=n, edges=list(weights), directed=True)
    g.es["weight"] = list(weights.values())
    g.indegree()
    g.strength(mode="in", weights="weight")
    g.pagerank(weights="weight")
    g.betweenness(directed=True)
    g.as_undirected(mode="collapse", combine_edges="sum").community_multilevel(weights="weight")
    trained = [index[pid] for pid, t in data.training_status().items() if t]
    rev = igraph.Graph(n=n + 1, edges=[(t, s) for s, t in weights], directed=True)
    rev.add_edges([(n, t) for t in trained])
    rev.distances(source=[n], mode="out")
    rev.dominator(n, mode="out")


def best_of(runs: int, fn: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main(argv: list[str]) -> None:
    fixed_runs = None
    if argv[:1] == ["--runs"]:
        fixed_runs = int(argv[1])
        argv = argv[2:]
    sizes = [int(a) for a in argv] or [300, 2000, 10000]
    print(f"# {platform.processor() or platform.machine()}, Python {platform.python_version()}")
    print("| people | ties | analyze() s | igraph reference s | ratio | runs |")
    print("|---:|---:|---:|---:|---:|---:|")
    for size in sizes:
        data = organisation(size)
        runs = fixed_runs or (5 if size <= 2000 else 2)
        ours = best_of(runs, partial(analyze, data))
        ref = best_of(runs, partial(reference, data))
        ties = sum(len(r.nominations) for r in data.responses)
        print(
            f"| {size:,} | {ties:,} | {ours:.4f} | {ref:.4f} | {ours / ref:.2f} | best of {runs} |"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
