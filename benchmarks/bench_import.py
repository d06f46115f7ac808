"""How long a large organisation takes to import: a 10,000-person roster and its responses.

Run: .venv/bin/python benchmarks/bench_import.py  (prints a table; not a test)
"""

from __future__ import annotations

import csv
import random
import tempfile
import time
from pathlib import Path

from openpyxl import Workbook

from kennisnet.demo.names import FIRST_NAMES, LAST_NAMES
from kennisnet.importing.responses import import_responses
from kennisnet.importing.roster import import_roster
from kennisnet.store import Project


def people(n: int, rng: random.Random) -> list[list[str]]:
    rows = []
    for i in range(n):
        name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)} {i}"
        rows.append(
            [
                name,
                f"Afdeling {i // 25}",
                f"Team {i // 8}",
                "Medewerker",
                str(100000 + i),
                rng.choice(["ja", "nee", ""]),
            ]
        )
    return rows


def timed(step: str, started: float) -> None:
    print(f"{step:<38}{time.perf_counter() - started:>10.2f}")


def main(n: int = 10_000) -> None:
    rng = random.Random(1)
    rows = people(n, rng)
    header = ["Naam", "Afdeling", "Team", "Functie", "Personeelsnummer", "Getraind"]
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        xlsx = base / "roster.xlsx"
        wb = Workbook(write_only=True)
        ws = wb.create_sheet("Personeel")
        ws.append(header)
        for row in rows:
            ws.append(row)
        wb.save(xlsx)
        answers = base / "responses.csv"
        with answers.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle, delimiter=";")
            writer.writerow(
                [
                    "Respondent",
                    *[f"Bron {i}" for i in range(1, 6)],
                    *[f"Frequentie {i}" for i in range(1, 6)],
                    "Kanalen",
                    "Formele training",
                ]
            )
            for i, row in enumerate(rows):
                if rng.random() < 0.1:
                    continue
                dept = i // 25
                sources = [
                    rows[rng.randrange(dept * 25, min(n, dept * 25 + 25))][4]
                    for _ in range(rng.randint(1, 5))
                ]
                sources += [""] * (5 - len(sources))
                freqs = [
                    rng.choice(["dagelijks", "wekelijks", "maandelijks"]) if s else ""
                    for s in sources
                ]
                writer.writerow([row[0], *sources, *freqs, "Een collega vragen", "ja"])
        print(f"{'step':<38}{'seconds':>10}")
        t = time.perf_counter()
        project = Project.create(base / "big.kennisnet", name="Groot")
        report = import_roster(project, xlsx)
        timed(f"roster import ({report.added:,} people, xlsx)", t)
        t = time.perf_counter()
        responses = import_responses(project, answers)
        timed(f"response import ({responses.added:,}, csv)", t)
        t = time.perf_counter()
        data = project.snapshot()
        timed(f"snapshot ({len(data.responses):,} responses)", t)
        t = time.perf_counter()
        again = import_responses(project, answers)
        timed(f"re-import (all {again.already_there:,} known)", t)
        project.add_wave("Meting 2")
        t = time.perf_counter()
        second = import_responses(project, answers)
        timed(f"same answers into wave 2 ({second.added:,} new)", t)
        t = time.perf_counter()
        again = import_responses(project, answers)
        timed(f"re-import into wave 2 ({again.already_there:,} known)", t)
        project.close()


if __name__ == "__main__":
    main()
