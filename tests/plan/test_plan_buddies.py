"""Newcomers and the buddy matching: dates by hand, the matching against brute force."""

from __future__ import annotations

import itertools
import random
from datetime import date

import pytest

from kennisnet.model import Person
from kennisnet.plan.buddies import (
    SLOT_COST,
    match,
    months_before,
    newcomers,
    parse_date,
    total_cost,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-09-01", date(2026, 9, 1)),
        ("2026-09-01 00:00:00", date(2026, 9, 1)),
        ("1-9-2026", date(2026, 9, 1)),
        ("01/09/2026", date(2026, 9, 1)),
        ("2026-09", date(2026, 9, 1)),
        ("31-02-2026", None),
        ("sinds vorig jaar", None),
        ("", None),
    ],
)
def test_start_dates_are_read_in_the_usual_forms(text: str, expected: date | None) -> None:
    assert parse_date(text) == expected


def test_months_before_keeps_the_day_or_takes_the_last_of_a_short_month() -> None:
    assert months_before(date(2026, 10, 5), 6) == date(2026, 4, 5)
    assert months_before(date(2026, 8, 31), 6) == date(2026, 2, 28)
    assert months_before(date(2024, 8, 31), 6) == date(2024, 2, 29)
    assert months_before(date(2026, 3, 15), 3) == date(2025, 12, 15)


def test_newcomers_start_at_most_n_months_before_the_wave() -> None:
    people = [
        Person(1, "u1", "On the edge", start_date="2026-04-05"),
        Person(2, "u2", "One day too early", start_date="2026-04-04"),
        Person(3, "u3", "After the wave began", start_date="2026-11-01"),
        Person(4, "u4", "Unreadable", start_date="vorig jaar"),
        Person(5, "u5", "No date"),
        Person(6, "u6", "External", start_date="2026-09-01", external=True),
    ]
    assert newcomers(people, date(2026, 10, 5), 6) == ((1, 3), (4,))
    assert newcomers(people, date(2026, 10, 5), 0) == ((3,), (4,))


def _brute_force(costs: list[list[float | None]], capacity: int) -> tuple[int, float]:
    """(most pairs, lowest cost among those) over every way to give newcomers a buddy."""
    rows, cols = len(costs), len(costs[0])
    best: tuple[int, float] = (0, 0.0)
    for choice in itertools.product([None, *range(cols)], repeat=rows):
        loads = [choice.count(b) for b in range(cols)]
        if any(load > capacity for load in loads):
            continue
        if any(b is not None and costs[n][b] is None for n, b in enumerate(choice)):
            continue
        pairs = {n: b for n, b in enumerate(choice) if b is not None}
        count, cost = len(pairs), total_cost(costs, pairs)
        if count > best[0] or (count == best[0] and cost < best[1] - 1e-9):
            best = (count, cost)
    return best


def test_the_matching_equals_brute_force_on_small_cases() -> None:
    rng = random.Random(15)
    checked = 0
    for _ in range(400):
        rows, cols, capacity = rng.randint(1, 5), rng.randint(1, 3), rng.randint(1, 3)
        costs: list[list[float | None]] = [
            [None if rng.random() < 0.3 else float(rng.randint(0, 40)) for _ in range(cols)]
            for _ in range(rows)
        ]
        pairs = match(costs, capacity)
        loads = [list(pairs.values()).count(b) for b in range(cols)]
        assert max(loads) <= capacity
        assert all(costs[n][b] is not None for n, b in pairs.items())
        expected_count, expected_cost = _brute_force(costs, capacity)
        assert len(pairs) == expected_count
        assert total_cost(costs, pairs) == pytest.approx(expected_cost)
        checked += 1
    assert checked == 400


def test_a_greedy_choice_would_be_worse_here() -> None:
    # Newcomer 0 is cheapest with buddy 0, but newcomer 1 can only have buddy 0:
    # one by one, newcomer 1 would be left without a buddy.
    costs: list[list[float | None]] = [[1.0, 2.0], [1.0, None]]
    assert match(costs, 1) == {0: 1, 1: 0}


def test_a_second_newcomer_for_the_same_buddy_costs_one_more() -> None:
    # Both prefer buddy 0 by 0.5: sharing costs 1, so they are spread.
    costs: list[list[float | None]] = [[0.0, 0.5], [0.0, 0.5]]
    pairs = match(costs, 2)
    assert sorted(pairs.values()) == [0, 1]
    assert total_cost(costs, {0: 0, 1: 0}) == SLOT_COST
    # By 2 they share buddy 0.
    costs = [[0.0, 2.0], [0.0, 2.0]]
    assert match(costs, 2) == {0: 0, 1: 0}


def test_nobody_to_match() -> None:
    assert match([], 2) == {}
    assert match([[None, None]], 2) == {}
