"""Screenshots of the main window while a 10,000-person project is analysed.

Run under Xvfb (a real window is captured)::

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/screens/busy.py

A person opens the project, clicks the Results tab and, while the analysis runs, clicks
around: the Overview tab, back to Results, the People button, Groups again. A shot is
taken after each click and every 0.4 s, and the longest wait of the window (a 10 ms
timer on the GUI thread) is printed at the end. Writes
``out/screens/busy/<lang>-<n>-<what>.png`` at 1366x768 in Dutch and English.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QEventLoop, QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "out" / "screens" / "busy"
sys.path.insert(0, str(ROOT / "benchmarks"))


def wait(app: QApplication, condition: Callable[[], bool], seconds: float = 120.0) -> None:
    begin = time.perf_counter()
    while not condition() and time.perf_counter() - begin < seconds:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 20)


def run(app: QApplication, lang: str, project: Path, work: Path) -> None:
    """One person's session in ``lang``: open, click Results, click around meanwhile."""
    from kennisnet.ui.app import start
    from kennisnet.ui.language import switch_language
    from kennisnet.ui.tasks import heavy_modules_imported
    from kennisnet.ui.workspace.window import OVERVIEW, RESULTS, MainWindow

    switch_language(lang)
    window = start("app", None, str(work / f"settings-{lang}.ini"))
    assert isinstance(window, MainWindow)
    window.resize(1366, 768)
    window.show()
    wait(app, heavy_modules_imported)
    window.open_project(project)
    wait(app, lambda: not window.refreshing())
    clock, gaps, last = QElapsedTimer(), [0.0], [0]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(float(now - last[0]))
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    clock.start()
    timer.start()
    count = [0]

    def shot(what: str) -> None:
        app.processEvents()
        count[0] += 1
        window.grab().save(str(OUT / f"{lang}-{count[0]:02d}-{what}.png"))

    window.tabs.setCurrentIndex(RESULTS)
    shot("results-clicked")
    panel = window.results_tab.panel
    assert panel is not None
    clicks: list[tuple[str, Callable[[], object]]] = [
        ("overview", lambda: window.tabs.setCurrentIndex(OVERVIEW)),
        ("results", lambda: window.tabs.setCurrentIndex(RESULTS)),
        ("people", panel.widgets.view_choice.people_button.click),
        ("groups", panel.widgets.view_choice.groups_button.click),
    ]
    begin = time.perf_counter()
    while time.perf_counter() - begin < 60 and (
        panel.busy_now() or panel.drawing() or not panel.bridges_ready() or clicks
    ):
        end = time.perf_counter() + 0.4
        wait(app, lambda: time.perf_counter() > end)  # noqa: B023 - this turn's end
        if clicks:
            what, click = clicks.pop(0)
            click()
            shot(f"clicked-{what}")
        else:
            shot("running")
    group_map = panel.widgets.group_map
    wait(app, lambda: not group_map.isVisible() or group_map.ready())
    centre = group_map.circle_centre(0)
    if centre is not None:
        point = QPoint(round(centre[0]), round(centre[1]))
        QTest.mouseClick(group_map.canvas, Qt.MouseButton.LeftButton, pos=point)
    shot("done")
    timer.stop()
    print(
        f"{lang}: {count[0]} screenshots; the longest wait of the window was "
        f"{max(gaps):.0f} ms while the analysis ran and the person clicked around"
    )
    window.close_project()
    window.close()


def main() -> None:
    from bench_report import make_project

    from kennisnet.ui.app import ensure_app

    OUT.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp())
    project = work / "Organisatie 10000.kennisnet"
    make_project(10000, project)
    app = ensure_app()
    assert isinstance(app, QApplication)
    for lang in ("nl", "en"):
        run(app, lang, project, work)
    print(f"screenshots in {OUT}")


if __name__ == "__main__":
    main()
