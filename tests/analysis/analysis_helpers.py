"""Building small surveys by hand, the published advice networks, and brute-force checks."""

from __future__ import annotations

import csv
from collections import deque
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from kennisnet.model import (
    Channel,
    Frequency,
    Nomination,
    Person,
    Response,
    SurveyData,
    TrainingAnswer,
    Wave,
)

DATA = Path(__file__).resolve().parent.parent / "data" / "advice-networks"
WAVE = Wave(1, "Wave 1", "2024-05-01")

Tie = tuple[int, int] | tuple[int, int, Frequency | None]


def survey(
    people: int | Sequence[Person],
    ties: Iterable[Tie] = (),
    *,
    trained: Iterable[int] = (),
    unknown: Iterable[int] = (),
    respondents: Iterable[int] | None = None,
    channels: Mapping[int, Sequence[Channel]] | None = None,
    self_report: Mapping[int, TrainingAnswer] | None = None,
    unresolved: int = 0,
    department: str = "A",
) -> SurveyData:
    """A survey: people 1..n (or the given ones), ties ``(learner, source[, frequency])``.

    With ``people`` as a number, people in ``trained`` have HR status True, people
    in ``unknown`` None, everybody else False. ``respondents`` defaults to everyone;
    every learner of a tie must be a respondent.
    """
    trained_set, unknown_set = set(trained), set(unknown)
    if isinstance(people, int):
        roster: tuple[Person, ...] = tuple(
            Person(
                id=i,
                uid=f"u{i}",
                name=f"P{i}",
                department=department,
                trained_hr=None if i in unknown_set else i in trained_set,
            )
            for i in range(1, people + 1)
        )
    else:
        roster = tuple(people)
    answering = (
        [p.id for p in roster if not p.external] if respondents is None else list(respondents)
    )
    nominations: dict[int, list[Nomination]] = {pid: [] for pid in answering}
    for tie in ties:
        learner, source = tie[0], tie[1]
        frequency = tie[2] if len(tie) == 3 else None
        assert learner in nominations, f"learner {learner} is not a respondent"
        nominations[learner].append(Nomination(source, frequency))
    responses = tuple(
        Response(
            uuid=f"r{pid}",
            respondent_id=pid,
            wave_id=WAVE.id,
            submitted_at="2024-05-01T09:00:00",
            nominations=tuple(nominations[pid]),
            channels=tuple((channels or {}).get(pid, ())),
            training=(self_report or {}).get(pid),
        )
        for pid in answering
    )
    return SurveyData(roster, responses, WAVE, unresolved_names=unresolved)


def published_edges(name: str) -> list[tuple[int, int]]:
    with (DATA / f"{name}_advice_edges.csv").open(newline="") as handle:
        return [(int(row["learner"]), int(row["source"])) for row in csv.DictReader(handle)]


def published_attributes(name: str) -> dict[int, dict[str, str]]:
    with (DATA / f"{name}_attributes.csv").open(newline="") as handle:
        return {int(row["id"]): row for row in csv.DictReader(handle)}


def krackhardt() -> SurveyData:
    """Krackhardt's 21 managers; everyone responded. Trained: the CEO and the VPs (level < 3)."""
    attributes = published_attributes("krackhardt")
    people = [
        Person(
            id=i,
            uid=f"k{i}",
            name=f"Manager {i}",
            department=f"Dept {row['dept']}",
            trained_hr=int(row["level"]) < 3,
        )
        for i, row in sorted(attributes.items())
    ]
    return survey(people, published_edges("krackhardt"))


def lazega() -> SurveyData:
    """Lazega's 71 lawyers; everyone responded (lawyer 6 named nobody). Trained: partners."""
    attributes = published_attributes("lazega")
    people = [
        Person(
            id=i,
            uid=f"l{i}",
            name=f"Lawyer {i}",
            department=row["office"],
            team=row["practice"],
            trained_hr=row["status"] == "partner",
        )
        for i, row in sorted(attributes.items())
    ]
    return survey(people, published_edges("lazega"))


# --- Brute force (independent of the engine) -------------------------------------------


def adjacency(nodes: Iterable[int], edges: Iterable[tuple[int, int]]) -> dict[int, set[int]]:
    """learner -> set of sources, self-loops dropped."""
    out: dict[int, set[int]] = {v: set() for v in nodes}
    for a, b in edges:
        if a != b and a in out and b in out:
            out[a].add(b)
    return out


def distances_from(adj: Mapping[int, set[int]], start: int) -> dict[int, int]:
    """Plain BFS along learner -> source edges."""
    dist = {start: 0}
    queue = deque([start])
    while queue:
        v = queue.popleft()
        for w in adj[v]:
            if w not in dist:
                dist[w] = dist[v] + 1
                queue.append(w)
    return dist


def brute_steps(adj: Mapping[int, set[int]], trained: set[int]) -> dict[int, int | None]:
    out: dict[int, int | None] = {}
    for v in adj:
        dist = distances_from(adj, v)
        found = [d for t, d in dist.items() if t in trained]
        out[v] = min(found) if found else None
    return out


def brute_gatekeepers(adj: Mapping[int, set[int]], trained: set[int]) -> dict[int, int]:
    """Remove each person in turn; count the others who lose every path to a trained person."""
    before = brute_steps(adj, trained)
    out: dict[int, int] = {}
    for v in adj:
        smaller = {u: {w for w in ws if w != v} for u, ws in adj.items() if u != v}
        after = brute_steps(smaller, trained - {v})
        out[v] = sum(1 for u in smaller if before[u] is not None and after[u] is None)
    return out


def covered(adj: Mapping[int, set[int]], trained: set[int], within: int) -> set[int]:
    steps = brute_steps(adj, trained)
    return {v for v, s in steps.items() if s is not None and s <= within}
