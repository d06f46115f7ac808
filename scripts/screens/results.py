"""Screenshots of every view of the results dashboard, to look at as an HR adviser would.

Run under Xvfb (a real window is captured)::

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/screens/results.py

Writes ``out/screens/results/<organisation>-<width>x<height>-<lang>-<view>.png`` for
the demo project and a synthetic 2,000-person organisation (and the cluster view
of a 10,000-person one), at 1366×768 and 1920×1080, in Dutch and English.
``--only demo`` (or ``2000``, ``10000``) limits the organisations.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QPoint, Qt, QTimer, SignalInstance
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kennisnet.i18n import set_language
from kennisnet.model import SurveyData
from kennisnet.resources import resource
from kennisnet.session import DataSource
from kennisnet.store import Project
from kennisnet.ui.language import switch_language
from kennisnet.ui.results import ResultsPanel
from kennisnet.ui.results.palette import ColourBy
from kennisnet.ui.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "out" / "screens" / "results"
SIZES = ((1366, 768), (1920, 1080))


def demo() -> SurveyData:
    folder = Path(tempfile.mkdtemp())
    copy = folder / "demo.kennisnet"
    shutil.copyfile(resource("demo", "demo.kennisnet"), copy)
    project = Project.open(copy, readonly=True)
    try:
        return project.snapshot()
    finally:
        project.close()


def organisation(size: int) -> SurveyData:
    """The synthetic organisation of ``benchmarks/bench_analysis.py``."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_analysis import organisation as make

    data: SurveyData = make(size)
    return data


def wait(signal: SignalInstance, action: Callable[[], object], seconds: float = 120) -> None:
    loop = QEventLoop()
    signal.connect(lambda *_: loop.quit())
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    action()
    loop.exec()


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


class Shooter:
    def __init__(self, app: QApplication, panel: ResultsPanel, prefix: str) -> None:
        self.app, self.panel, self.prefix = app, panel, prefix
        self.count = 0

    def __call__(self, view: str) -> None:
        settle(self.app)
        group_map = self.panel.widgets.group_map
        while group_map.isVisible() and not group_map.ready():  # drawn on a worker thread
            self.app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
        self.panel.widgets.view.declutter()
        settle(self.app)
        path = OUT / f"{self.prefix}-{view}.png"
        self.panel.window().grab().save(str(path))
        self.count += 1


def colour(panel: ResultsPanel, mode: str) -> None:
    panel.widgets.side.colour.setCurrentIndex(panel.widgets.side.colour.findData(mode))


def shoot(app: QApplication, name: str, data: SurveyData, size: tuple[int, int], lang: str) -> int:
    switch_language(lang)
    settings = Settings(Path(tempfile.mkdtemp()) / "settings.ini")
    panel = ResultsPanel(settings)
    panel.setWindowTitle(f"Kennisnet — {name}")
    panel.resize(*size)
    panel.show()
    shot = Shooter(app, panel, f"{name}-{size[0]}x{size[1]}-{lang}")
    wait(panel.analysis_finished, lambda: panel.show_wave(DataSource(data), name))
    result = panel.current_result()
    assert result is not None
    big = len(result.people) > 5000
    shot("1-first-look")
    group_map = panel.widgets.group_map
    if group_map.isVisible() and group_map.summary is not None:
        centre = group_map.circle_centre(0)
        if centre is not None:
            QTest.mouseClick(
                group_map.canvas, Qt.MouseButton.LeftButton, pos=QPoint(*map(round, centre))
            )
            shot("1a-group-clicked")
    if big:
        panel.widgets.level_button.click()
        shot("2-people")
        panel.close()
        panel.deleteLater()
        return shot.count
    if panel.widgets.view.level == "clusters":
        panel.widgets.level_button.click()
        shot("1b-people")
    colour(panel, ColourBy.CLUSTER)
    shot("2-by-cluster")
    colour(panel, ColourBy.DEPARTMENT)
    shot("3-by-department")
    side = panel.widgets.side
    if side.colour.findData("role") >= 0:
        colour(panel, "role")
        shot("3b-by-role")
        colour(panel, "start_date")
        shot("3c-by-years-since-start")
        side.size_choice.setCurrentIndex(side.size_choice.findData("start_date"))
        shot("3e-sized-by-years-since-start")
        side.size_choice.setCurrentIndex(0)
        side.show_only_by.setCurrentIndex(side.show_only_by.findData("role"))
        side.department.setCurrentIndex(1)  # the largest role
        shot("3d-show-only-one-role")
        side.show_only_by.setCurrentIndex(0)
    colour(panel, ColourBy.TRAINED)
    spreaders = sorted((p for p in result.people if p.habit_spreader), key=lambda p: -p.in_degree)
    person = spreaders[0] if spreaders else result.key_holders[0]
    panel.show_person(person.id, centre=True)
    shot("4-person-card")
    panel.set_ego(person.id)
    shot("5-ego-view")
    panel.set_ego(None)
    panel.widgets.view.fit()
    worst = min(
        (d for d in result.quality.departments if d.department), key=lambda d: d.rate
    ).department
    panel.widgets.side.department.setCurrentIndex(panel.widgets.side.department.findData(worst))
    shot("6-one-department")
    panel.widgets.side.department.setCurrentIndex(0)
    keeper = max(result.people, key=lambda p: (p.gatekeeper_of, p.in_degree))
    panel.widgets.view.fit()
    wait(panel.whatif_changed, lambda: panel.start_whatif((keeper.id,)))
    shot("7-what-if-one")
    second = result.key_holders[1] if len(result.key_holders) > 1 else result.key_holders[0]
    wait(panel.whatif_changed, lambda: panel.start_whatif((second.id,)))
    shot("8-what-if-two")
    panel.reset_whatif()
    panel.widgets.overview.banner._toggle()
    shot("9-all-notes")
    panel.widgets.overview.banner._toggle()
    for key in ("people", "clusters", "gatekeepers", "advice", "response"):
        panel.widgets.tabs.setCurrentWidget(panel.widgets.pages[key])
        shot(f"t-{key}")
    panel.widgets.tabs.setCurrentWidget(panel.widgets.channels_tab)
    shot("t-channels")
    panel.widgets.tabs.setCurrentIndex(0)
    panel.close()
    panel.deleteLater()
    return shot.count


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", choices=("demo", "2000", "10000"), action="append")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    OUT.mkdir(parents=True, exist_ok=True)
    set_language("en")
    only = set(args.only or ("demo", "2000", "10000"))
    organisations: list[tuple[str, Callable[[], SurveyData], tuple[tuple[int, int], ...]]] = []
    if "demo" in only:
        organisations.append(("demo", demo, SIZES))
    if "2000" in only:
        organisations.append(("org2000", lambda: organisation(2000), SIZES))
    if "10000" in only:
        organisations.append(("org10000", lambda: organisation(10000), SIZES[:1]))
    total = 0
    for name, make, sizes in organisations:
        data = make()
        for size in sizes:
            for lang in ("en", "nl"):
                total += shoot(app, name, data, size, lang)
    print(f"{total} screenshots in {OUT}")


if __name__ == "__main__":
    main(sys.argv[1:])
