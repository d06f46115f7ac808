"""Big organisations: key knowledge holders ranked within each department.

In a project of :data:`BIG_PROJECT` people or more, "162 key knowledge holders" is
not a finding: nobody can act on one list that long. There, the holders are ranked
within each department instead (:func:`rank_by_department`, the rule in
docs/analysis.md, "Big organisations"):

* in each department, the people with at least ``key_holder_min_learners``
  learners (the same floor as a key knowledge holder), counted over the whole
  organisation;
* most learners first, then the highest weighted number of learners, then the
  lowest id (so every run gives the same order);
* the first :data:`HOLDERS_PER_DEPARTMENT` of them.

Small projects keep the one list of key knowledge holders, unchanged.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from kennisnet.analysis.options import AnalysisOptions
from kennisnet.analysis.result import DepartmentHolders, PersonResult

#: From this many people on the staff list, a project is "big": the overview picture
#: becomes the group map and key knowledge holders are ranked within departments.
BIG_PROJECT = 1000
#: How many holders each department's ranking names.
HOLDERS_PER_DEPARTMENT = 3


def is_big(roster: int) -> bool:
    """True for a project of ``BIG_PROJECT`` people or more on the staff list."""
    return roster >= BIG_PROJECT


def rank_by_department(
    people: Sequence[PersonResult], options: AnalysisOptions
) -> tuple[DepartmentHolders, ...]:
    """Every department with its top holders; departments by name, "no department" last."""
    members: dict[str | None, list[PersonResult]] = defaultdict(list)
    for p in people:
        if not p.external:
            members[p.department].append(p)
    floor = options.key_holder_min_learners
    out = []
    for department in sorted(members, key=lambda d: (d is None, (d or "").casefold(), d or "")):
        group = members[department]
        ranked = sorted(
            (p for p in group if p.in_degree >= floor),
            key=lambda p: (-p.in_degree, -p.weighted_in_degree, p.id),
        )
        holders = tuple(p.id for p in ranked[:HOLDERS_PER_DEPARTMENT])
        out.append(DepartmentHolders(department, len(group), holders))
    return tuple(out)
