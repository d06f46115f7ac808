"""A small organisation with distinctive names and numbers, and the demo project."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kennisnet.analysis import AnalysisResult, analyze
from kennisnet.model import Channel, Frequency, Nomination, Person, Response, SurveyData, Wave
from kennisnet.resources import resource
from kennisnet.store import Project

# Department "Werkplaats" (12 people) learns from its two trained experts; the
# three people of "Lab" (a small department) only learn from each other and
# nobody there is trained: a small risk cluster whose figures must be hidden
# when pseudonymised.
FIRST = ["Zeynep", "Joost", "Marloes", "Sven", "Ilse", "Koen", "Anouk", "Bram", "Fenna",
         "Guus", "Hanneke", "Pieter", "Quirine", "Ruben", "Tessa"]  # fmt: skip
LAST = ["Oosterhuis", "Brinkhorst", "Verweij", "Kroeze", "Tjoelker", "Wijnbergen", "Haarsma",
        "Rozendaal", "Dijkstra", "Lubbers", "Vermaat", "Schaap", "Terpstra", "Veldkamp",
        "Zuidema"]  # fmt: skip


def small_survey() -> SurveyData:
    people = []
    for i in range(15):
        department = "Werkplaats" if i < 12 else "Lab"
        people.append(
            Person(
                id=i + 1,
                uid=f"uid-{i * 7919 % 101}-{i}",
                name=f"{FIRST[i]} {LAST[i]}",
                department=department,
                team="Team Noord" if i < 6 else None,
                role="Monteur",
                employee_number=f"EMP-{48213 + i * 17}",
                email=f"{FIRST[i].lower()}@example.org",
                trained_hr=i in (0, 1),
            )
        )
    ties: dict[int, list[tuple[int, Frequency | None]]] = {}
    for learner in range(3, 13):
        ties[learner] = [(1, Frequency.DAILY), (2 if learner % 2 else 3, Frequency.WEEKLY)]
    ties[2] = [(1, Frequency.MONTHLY)]
    ties[13] = [(14, Frequency.DAILY)]
    ties[14] = [(15, None)]
    ties[15] = [(13, Frequency.LESS)]
    responses = tuple(
        Response(
            uuid=f"r{pid}",
            respondent_id=pid,
            wave_id=1,
            submitted_at="2026-10-05T10:00:00",
            nominations=tuple(Nomination(s, f) for s, f in noms),
            channels=(Channel.COLLEAGUE, Channel.INTERNET) if pid % 3 else (Channel.TRIAL_ERROR,),
        )
        for pid, noms in sorted(ties.items())
    )
    return SurveyData(tuple(people), responses, Wave(1, "Meting 2026", "2026-10-01"))


@pytest.fixture(scope="session")
def small() -> tuple[SurveyData, AnalysisResult]:
    data = small_survey()
    return data, analyze(data)


@pytest.fixture(scope="session")
def demo_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.kennisnet"
    shutil.copy(resource("demo", "demo.kennisnet"), path)
    return path


@pytest.fixture(scope="session")
def demo(demo_copy: Path) -> tuple[SurveyData, AnalysisResult, str]:
    with Project.open(demo_copy, readonly=True) as project:
        data = project.snapshot()
        title = project.name
    return data, analyze(data), title
