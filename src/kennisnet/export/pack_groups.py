"""The groups of the workshop pack (:mod:`kennisnet.export.pack`): one per team or department.

A group under :data:`~kennisnet.export.pseudonym.MIN_GROUP` people is never shown on
its own: all small groups are put together in one group ("other small teams"), and
when even that group is under 5 people it is left out (the cover says how many
people that are). This holds for the pack with names too: a team page shows who
learns from whom, and in a group of three that is one person's answers.

Everything here is counted once for all groups (one pass over people and ties), so
that a pack of a few hundred departments costs little more than drawing its pages.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field

from kennisnet.analysis import AnalysisResult, PersonResult
from kennisnet.export.pseudonym import MIN_GROUP
from kennisnet.model import Person

#: Group people by these columns of the staff list.
PACK_BY = ("department", "team")


@dataclass
class PackGroup:
    """One team or department of the pack (or the small ones together)."""

    #: The name as on the staff list (None: no team/department known).
    name: str | None
    #: Person ids of the members, ascending.
    members: tuple[int, ...]
    #: True for the group of all small teams together.
    merged: bool = False
    #: Ties learner -> source with both ends in the group.
    inside: list[tuple[int, int]] = field(default_factory=list)
    #: Ties with one end outside the group: (learner, source).
    crossing: list[tuple[int, int]] = field(default_factory=list)

    @property
    def size(self) -> int:
        return len(self.members)


@dataclass(frozen=True)
class PackGroups:
    groups: tuple[PackGroup, ...]
    #: People in small groups that even together are under 5 (left out of the pack).
    left_out: int
    #: How many sheets the whole pack has (more than ``groups`` for a choice of groups).
    total: int = 0


def pack_groups(
    result: AnalysisResult, by: str = "department", only: Collection[str] = ()
) -> PackGroups:
    """The groups of the pack, largest first; small ones merged or left out.

    ``only``: just these teams/departments (names as on the staff list, any case). A
    small one among them is not shown alone either: the pack has the sheet of all the
    small ones together, the very sheet the whole pack has."""
    if by not in PACK_BY:
        raise ValueError(by)
    by_name: dict[str | None, list[int]] = defaultdict(list)
    staff = [p for p in result.people if not p.external]
    if by == "team" and not any(_key(p, by) for p in staff):
        raise ValueError("no teams")  # said plainly by kennisnet.export.pack.check_pack
    for p in staff:
        by_name[_key(p, by)].append(p.id)
    groups: list[PackGroup] = []
    small: list[int] = []
    for name, members in by_name.items():
        if len(members) >= MIN_GROUP:
            groups.append(PackGroup(name, tuple(sorted(members))))
        else:
            small += members
    groups.sort(key=lambda g: (g.name is None, -g.size, (g.name or "").casefold()))
    left_out = 0
    if len(small) >= MIN_GROUP:
        groups.append(PackGroup(None, tuple(sorted(small)), merged=True))
    else:
        left_out = len(small)
    total = len(groups)
    if only:
        wanted = {_fold(name) for name in only}
        small_names = {
            _fold(name)
            for name, members in by_name.items()
            if name is not None and len(members) < MIN_GROUP
        }
        small_wanted = bool(wanted & small_names)
        groups = [
            g
            for g in groups
            if (g.merged and small_wanted)
            or (not g.merged and g.name is not None and _fold(g.name) in wanted)
        ]
        left_out = left_out if small_wanted else 0
    _ties(result, groups)
    return PackGroups(tuple(groups), left_out, total)


@dataclass(frozen=True)
class PackChoices:
    """What a workshop pack can be limited to: the names on the staff list (as written
    there, sorted) of the departments and teams of at least 5 people, the ones that
    have a sheet of their own."""

    departments: tuple[str, ...] = ()
    teams: tuple[str, ...] = ()
    #: Whether the staff list has teams at all (a pack per team needs them).
    has_teams: bool = False

    def of(self, by: str) -> tuple[str, ...]:
        return self.teams if by == "team" else self.departments


def pack_choices(people: Iterable[Person]) -> PackChoices:
    """The departments and teams a pack can be limited to (external people not counted)."""
    # Counted as the pack counts them (:func:`pack_groups`): by the name as written.
    counts: dict[str, Counter[str]] = {by: Counter() for by in PACK_BY}
    for p in people:
        if p.external:
            continue
        for by, value in (("department", p.department), ("team", p.team)):
            if value and value.strip():
                counts[by][value.strip()] += 1

    def big(by: str) -> tuple[str, ...]:
        names = [name for name, n in counts[by].items() if n >= MIN_GROUP]
        return tuple(sorted(names, key=str.casefold))

    return PackChoices(big("department"), big("team"), bool(counts["team"]))


def _fold(name: str) -> str:
    return name.strip().casefold()


def _key(p: PersonResult, by: str) -> str | None:
    value = p.team if by == "team" else p.department
    return value.strip() if value and value.strip() else None


def _ties(result: AnalysisResult, groups: list[PackGroup]) -> None:
    of: dict[int, int] = {}
    for index, group in enumerate(groups):
        for pid in group.members:
            of[pid] = index
    for learner, source, _weight in result.edges:
        a, b = of.get(learner), of.get(source)
        if a is not None and a == b:
            groups[a].inside.append((learner, source))
            continue
        if a is not None:
            groups[a].crossing.append((learner, source))
        if b is not None:
            groups[b].crossing.append((learner, source))


def outside_sources(group: PackGroup, limit: int = 3) -> list[tuple[int, int]]:
    """(person outside, members who learn from them), most first."""
    members = set(group.members)
    counts = Counter(
        source for learner, source in group.crossing if learner in members and source not in members
    )
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:limit]
