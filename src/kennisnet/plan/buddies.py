"""Onboarding buddies: who is new, and who is whose buddy (an assignment problem).

**Newcomers** are people on the staff list whose start date lies at most
``newcomer_months`` months before the wave began (or after it). A start date
that cannot be read makes nobody a newcomer; the plan reports it.

**Buddies** are trained (never unknown), not overloaded, not new themselves. Each
takes at most ``buddy_capacity`` newcomers. The cost of a pair is::

    10 x group + steps + load
    group: 0 same team, 1 same department, 3 otherwise
    steps: undirected steps between them in the network, 1..4, 5 when further or no path
    load:  the buddy's learners / the overloaded threshold (0 <= load < 1)

and a buddy's second newcomer costs 1 more than the first (and so on), so the
newcomers are spread over the buddies when that is about as good. The matching
is solved for the whole organisation at once: first as many newcomers as
possible get a buddy, then the total cost is as low as possible
(:func:`match`, SciPy's ``linear_sum_assignment`` on the buddies' slots).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from kennisnet.model import Person

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

#: Extra cost of each further newcomer for the same buddy.
SLOT_COST = 1.0

_FORMATS = (
    re.compile(r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:[ T].*)?$"),
    re.compile(r"^(?P<d>\d{1,2})[-/.](?P<m>\d{1,2})[-/.](?P<y>\d{4})$"),
    re.compile(r"^(?P<y>\d{4})-(?P<m>\d{1,2})$"),
)


def parse_date(text: str | None) -> date | None:
    """A start date from the roster: 2026-09-01, 1-9-2026, 01/09/2026, 2026-09 (the 1st)."""
    if not text or not text.strip():
        return None
    for pattern in _FORMATS:
        found = pattern.match(text.strip())
        if found:
            parts = found.groupdict()
            try:
                return date(int(parts["y"]), int(parts["m"]), int(parts.get("d") or 1))
            except ValueError:
                return None
    return None


def months_before(day: date, months: int) -> date:
    """The same day ``months`` months earlier (the last day of a shorter month)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    raise ValueError(day)  # pragma: no cover - day 28 exists in every month


def newcomers(
    people: Sequence[Person], wave_start: date, months: int
) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """(newcomer ids, ids whose start date could not be read), ascending."""
    since = months_before(wave_start, months)
    new: list[int] = []
    unreadable: list[int] = []
    for p in sorted(people, key=lambda p: p.id):
        if p.external or not p.start_date or not p.start_date.strip():
            continue
        started = parse_date(p.start_date)
        if started is None:
            unreadable.append(p.id)
        elif started >= since:
            new.append(p.id)
    return tuple(new), tuple(unreadable)


def match(costs: Sequence[Sequence[float | None]], capacity: int) -> dict[int, int]:
    """Newcomer row -> buddy column: most pairs first, then the lowest total cost.

    ``costs[n][b]`` is the cost of pairing newcomer n with buddy b, None when
    they cannot be paired. Buddy b takes at most ``capacity`` newcomers; its
    k-th newcomer (k = 0, 1, ...) adds ``k * SLOT_COST``.
    """
    import numpy as np

    if not costs or not costs[0]:
        return {}
    base = np.array([[np.nan if c is None else float(c) for c in row] for row in costs])
    return match_matrix(base, capacity)


def match_matrix(base: npt.NDArray[np.float64], capacity: int) -> dict[int, int]:
    """:func:`match` on a cost matrix with NaN where a pair is impossible."""
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    rows, cols = base.shape
    if rows == 0 or cols == 0 or capacity < 1:
        return {}
    feasible = ~np.isnan(base)
    if not feasible.any():
        return {}
    finite = np.where(feasible, base, 0.0)
    # Larger than any total of feasible pairs: one infeasible pair always costs more.
    big = float(np.abs(finite).sum()) + rows * capacity * SLOT_COST + 1.0
    slots = np.concatenate([finite + k * SLOT_COST for k in range(capacity)], axis=1)
    mask = np.concatenate([feasible] * capacity, axis=1)
    matrix = np.where(mask, slots, big)
    chosen_rows, chosen_cols = linear_sum_assignment(matrix)
    return {
        int(r): int(c % cols)
        for r, c in zip(chosen_rows.tolist(), chosen_cols.tolist(), strict=True)
        if mask[r, c]
    }


def total_cost(costs: Sequence[Sequence[float | None]], pairs: dict[int, int]) -> float:
    """The cost :func:`match` minimises, for a given set of pairs."""
    loads: dict[int, int] = {}
    total = 0.0
    for n, b in sorted(pairs.items()):
        value = costs[n][b]
        if value is None:
            raise ValueError("an infeasible pair")
        total += value
        loads[b] = loads.get(b, 0) + 1
    return total + sum(SLOT_COST * load * (load - 1) / 2 for load in loads.values())
