"""Per-keystroke time of the kiosk's name search with a 10,000-person roster.

Run: QT_QPA_PLATFORM=offscreen python benchmarks/bench_kiosk_search.py   (prints timings)

A real kiosk window on a real project file with 10,000 people; each keystroke is a
QTest key press into the search field, timed until the list model is updated and the
window has processed its events (layout and painting included). Target: under 16 ms.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_matching import roster
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kennisnet.store import Project
from kennisnet.ui.kiosk.pin import PinLock
from kennisnet.ui.kiosk.search import NameSearch
from kennisnet.ui.kiosk.window import KioskWindow
from kennisnet.ui.settings import Settings

DEPARTMENTS = ("Zorg", "ICT", "Facilitair", "Financiën", "Personeelszaken", "Techniek")
QUERIES = ("jan de v", "anne", "vries", "e", "mohamed el a", "zoe", "ries jan", "xyz", "van der")


def type_query(app: QApplication, search: NameSearch, text: str) -> tuple[list[float], list[float]]:
    """Per keystroke: (until the model is updated, until the window has painted)."""
    search.clear()
    app.processEvents()
    updated, painted = [], []
    for char in text:
        start = time.perf_counter()
        if char == " ":
            QTest.keyClick(search.line, Qt.Key.Key_Space)
        else:
            QTest.keyClicks(search.line, char)
        updated.append(1000 * (time.perf_counter() - start))
        app.processEvents()
        painted.append(1000 * (time.perf_counter() - start))
    return updated, painted


def main() -> None:
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as temp:
        os.environ["KENNISNET_HOME"] = temp
        path = Path(temp) / "big.kennisnet"
        project = Project.create(path, name="10,000 people")
        start = time.perf_counter()
        with project.transaction():
            for person, name, number in roster(10_000):
                project.add_person(
                    name=name,
                    department=DEPARTMENTS[person % len(DEPARTMENTS)],
                    employee_number=number,
                )
        print(f"roster of 10,000 written in {time.perf_counter() - start:.1f} s")
        start = time.perf_counter()
        window = KioskWindow(
            project, Settings(Path(temp) / "s.ini"), PinLock("1234"), fullscreen=False
        )
        window.resize(1366, 768)
        window.start()
        app.processEvents()
        print(f"kiosk window ready in {1000 * (time.perf_counter() - start):.0f} ms")
        window.go(window.who)
        app.processEvents()
        everything: list[float] = []
        model_only: list[float] = []
        for page_name, search in (("who", window.who.search), ("sources", None)):
            if search is None:
                window.answers.respondent = next(iter(window.people.values()))
                window.go(window.sources)
                for person_id in list(window.people)[1:40]:
                    window.sources.add_person(person_id)  # 39 chosen: they are left out
                search = window.sources.search
            print(f"\n{page_name} page, ms per keystroke (median / max), model updated | painted")
            for query in QUERIES:
                updated, times = type_query(app, search, query)
                everything += times
                model_only += updated
                print(
                    f"  {query!r:16} {statistics.median(updated):5.2f} / {max(updated):5.2f}"
                    f"  | {statistics.median(times):5.2f} / {max(times):5.2f}"
                    f"   ({len(search.results())} shown)"
                )
        for label, values in (("model updated", model_only), ("painted", everything)):
            values.sort()
            p95 = values[int(0.95 * (len(values) - 1))]
            print(
                f"\n{label}: {len(values)} keystrokes, median {statistics.median(values):.2f} ms, "
                f"95% {p95:.2f} ms, worst {values[-1]:.2f} ms (target < 16 ms)"
            )
        window.leave()
        project.close()


if __name__ == "__main__":
    main()
