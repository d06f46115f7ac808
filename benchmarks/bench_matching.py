"""Time the kiosk name search and name matching on a generated 10,000-person roster.

Run: python benchmarks/bench_matching.py   (prints timings; not a test)
The kiosk runs ``NameIndex.search`` on every keystroke: it must stay well under 16 ms.
"""

from __future__ import annotations

import random
import statistics
import time

from kennisnet.matching import NameIndex

GIVEN = (
    "Jan", "Pieter", "Anne", "Anneke", "Kees", "Joost", "Johan", "Johannes", "Maria", "Marieke",
    "Sanne", "Sem", "Lotte", "Daan", "Emma", "Noah", "Julia", "Lucas", "Mila", "Finn", "Tess",
    "Levi", "Sara", "Fatima", "Mohamed", "Youssef", "Ayşe", "Zoë", "José", "Chloé", "Bram",
    "Ruben", "Lars", "Eva", "Iris", "Femke", "Thijs", "Willem", "Hendrik", "Geert", "Ingrid",
    "Els", "Marloes", "Niels",
)  # fmt: skip
PARTICLES = ("", "", "", "de", "van", "van der", "van den", "ter", "in 't", "van de", "el")
SURNAMES = (
    "Vries", "Jansen", "Janssen", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "Bos", "Vos",
    "Peters", "Hendriks", "Dekker", "Brouwer", "Dijkstra", "Berg", "Veld", "Amrani", "Yilmaz",
    "Öztürk", "Hoek", "Wit", "Jong", "Graaf", "Linden", "Laan", "Heuvel", "Kok", "Boer",
    "Vermeulen", "Willems", "Kramer", "Schouten", "Post", "Kuipers", "Koster", "Prins",
    "Huisman", "Maas", "Hart",
)  # fmt: skip


def roster(size: int, seed: int = 7) -> list[tuple[int, str, str | None]]:
    rng = random.Random(seed)
    people: list[tuple[int, str, str | None]] = []
    for person in range(size):
        given = rng.choice(GIVEN)
        if rng.random() < 0.2:
            given += " " + rng.choice(GIVEN)
        particle = rng.choice(PARTICLES)
        surname = rng.choice(SURNAMES)
        if rng.random() < 0.1:
            surname += "-" + rng.choice(SURNAMES)
        name = " ".join(part for part in (given, particle, surname) if part)
        people.append((person, name, f"{100000 + person}"))
    return people


def keystrokes(text: str) -> list[str]:
    return [text[:end] for end in range(1, len(text) + 1)]


def main() -> None:
    people = roster(10_000)
    start = time.perf_counter()
    index = NameIndex(people)
    print(f"NameIndex for {len(people):,} people: {1000 * (time.perf_counter() - start):.0f} ms")

    worst = 0.0
    for typed in ("jan de v", "anne", "vries", "e", "mohamed el a", "zoe", "ries jan", "xyz"):
        times = []
        for query in keystrokes(typed):
            begin = time.perf_counter()
            found = index.search(query)
            times.append(1000 * (time.perf_counter() - begin))
        worst = max(worst, *times)
        steps = "  ".join(
            f"{query!r}:{ms:.2f}" for query, ms in zip(keystrokes(typed), times, strict=True)
        )
        print(f"search {typed!r:16} max {max(times):5.2f} ms  ({steps}); last: {len(found)} hits")
    print(f"worst keystroke: {worst:.2f} ms (target: well under 16 ms)")

    rng = random.Random(1)
    queries = [name for _person, name, _number in rng.sample(people, 500)]
    queries += [name.upper().replace(" ", "  ") for name in queries[:100]]
    queries += ["Jan Visser", "J. de Vries", "Annne Bakker", "Fatima", "Pieter Janssenn"] * 20
    times = []
    for query in queries:
        begin = time.perf_counter()
        index.match(query)
        times.append(1000 * (time.perf_counter() - begin))
    print(
        f"match: {len(queries)} names, median {statistics.median(times):.2f} ms, "
        f"max {max(times):.2f} ms, total {sum(times):.0f} ms"
    )


if __name__ == "__main__":
    main()
