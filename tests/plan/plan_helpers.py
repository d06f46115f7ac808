"""Small organisations built by hand for the plan tests."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from kennisnet.model import Channel, Nomination, Person, Response, SurveyData, Wave

WAVE = Wave(1, "Wave 1", "2026-10-05T08:00:00+00:00")


def person(
    pid: int,
    *,
    trained: bool | None = False,
    department: str | None = "A",
    team: str | None = None,
    role: str | None = None,
    start: str | None = None,
) -> Person:
    return Person(
        id=pid,
        uid=f"u{pid}",
        name=f"P{pid}",
        department=department,
        team=team,
        role=role,
        trained_hr=trained,
        start_date=start,
    )


def org(
    people: Sequence[Person],
    ties: Iterable[tuple[int, int]] = (),
    *,
    channels: Mapping[int, Sequence[Channel]] | None = None,
) -> SurveyData:
    """Everyone answered; ties are (learner, source)."""
    named: dict[int, list[Nomination]] = {p.id: [] for p in people}
    for learner, source in ties:
        named[learner].append(Nomination(source))
    responses = tuple(
        Response(
            uuid=f"r{p.id}",
            respondent_id=p.id,
            wave_id=WAVE.id,
            submitted_at="2026-10-05T09:00:00",
            nominations=tuple(named[p.id]),
            channels=tuple((channels or {}).get(p.id, (Channel.COLLEAGUE,))),
        )
        for p in people
    )
    return SurveyData(tuple(people), responses, WAVE)


def names(data: SurveyData) -> dict[int, str]:
    return {p.id: p.name for p in data.people}
