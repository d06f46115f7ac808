"""Does the window stay responsive while the results are worked out?

For each size a project file with a synthetic organisation (the generator of
``bench_analysis.py``) is written first (not timed). Then a fresh process (cold: nothing
imported but what the app imports to show its window) starts the app's real main window
offscreen, as ``kennisnet`` does, opens the project and drives the Results tab like a
person: it clicks the tab (the analysis starts), waits for the dashboard and for the
bridge scores, asks *What if … leaves?* for the person most colleagues learn from,
starts the analysis again and cancels it, and switches between people and clusters.

A 10 ms timer on the GUI thread measures the stalls: every gap between two ticks longer
than 50 ms counts, the time beyond the timer's 10 ms as "stalled". Printed per size:

    responsiveness N people: longest stall X ms (longest GUI-thread turn C ms CPU),
        stalled Y ms, first dashboard Z s,
        network drawn N s, what-if W s;
        opening the project: longest stall V ms

*longest GUI-thread turn*: the most CPU time the GUI thread itself used between two
ticks — on a busy machine a stall also holds the time the thread waited for a core,
this figure does not (on a quiet machine the two are close);
*first dashboard*: from the click on the Results tab until the dashboard is on screen
(before the bridge scores at large sizes, and before the network of a big project);
*network drawn*: until everything, the network included, is drawn; *what-if*: from the
request until its result is on screen. Stalls are counted from the click on the Results
tab to the end. The project is opened once the app has imported its heavy libraries
(which it does right after the window is up, about 1 s here); *opening the project* is
the longest stall from the call that opens it until its pages (overview, staff list,
responses) are filled.

Targets (issue 18, on the 2-core machine): longest stall at most 100 ms at every size;
first dashboard within 1 s at 300 people (cold process) and within 2 s at 10,000; a
what-if at 10,000 people within 0.5 s.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_responsiveness.py
[--sizes 300,2000,10000]``. With ``BENCH_STALL_STACKS=1`` each stall also prints where the
GUI thread was (to find what made the window wait).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

STALL_MS = 50.0
TICK_MS = 10


def write_project(path: Path, size: int) -> None:
    """A project with the synthetic organisation of ``size`` people and its answers."""
    from bench_analysis import organisation

    from kennisnet.store import Project
    from kennisnet.store.responses import NominationDraft, ResponseDraft

    data = organisation(size)
    project = Project.create(path, name=f"{size:,} people")
    with project.transaction():
        ids = {}
        for person in data.people:
            ids[person.id] = project.add_person(
                name=person.name,
                department=person.department,
                employee_number=person.employee_number,
                trained_hr=person.trained_hr,
            )
        for response in data.responses:
            project.add_response(
                ResponseDraft(
                    respondent_id=ids[response.respondent_id],
                    nominations=tuple(
                        NominationDraft(source_id=ids[n.source_id], frequency=n.frequency)
                        for n in response.nominations
                    ),
                    channels=response.channels,
                    origin="import",
                    submitted_at=response.submitted_at,
                )
            )
    project.close()


def _watch_stacks(clock: object, last: list[int]) -> None:
    """Debugging aid (BENCH_STALL_STACKS=1): print where the GUI thread is during a stall."""
    import threading
    import traceback

    main = threading.main_thread().ident
    assert main is not None

    def watch() -> None:
        seen = -1
        while True:
            time.sleep(0.06)
            if last[0] == seen:
                frame = sys._current_frames().get(main)  # noqa: SLF001 - where the GUI thread is
                if frame is not None:
                    stack = "".join(traceback.format_stack(frame)[-12:])
                    print(f"--- stall at {clock.elapsed()} ms\n{stack}", file=sys.stderr)  # type: ignore[attr-defined]
            seen = last[0]

    threading.Thread(target=watch, daemon=True).start()


def measure(path: Path, home: Path) -> str:
    """In this (fresh) process: the app's window on ``path``; the line to print."""
    os.environ["KENNISNET_HOME"] = str(home)
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from kennisnet.ui.app import ensure_app, start
    from kennisnet.ui.tasks import heavy_modules_imported

    app = ensure_app()
    window = start("app", None, str(home / "settings.ini"))
    assert window is not None
    gaps: list[float] = []
    #: The GUI thread's own CPU time in each gap (ms): what it did, without the time it
    #: waited for a core on a busy machine.
    busy: list[float] = []
    clock = QElapsedTimer()
    last = [0]
    cpu = [time.thread_time()]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(float(now - last[0]))
        last[0] = now
        used = time.thread_time()
        busy.append((used - cpu[0]) * 1000.0)
        cpu[0] = used

    def wait(condition: object, seconds: float = 120.0) -> float:
        begin = time.perf_counter()
        assert callable(condition)
        while not condition():
            if time.perf_counter() - begin > seconds:
                raise TimeoutError("the window did not get there in time")
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
        return time.perf_counter() - begin

    from kennisnet.ui.workspace.window import RESULTS, MainWindow

    assert isinstance(window, MainWindow)
    # The app imports its heavy libraries once the window is up (one per turn of the
    # event loop, about 1 s here); HR takes longer than that to open a project.
    wait(heavy_modules_imported)
    QApplication.processEvents()

    if os.environ.get("BENCH_STALL_STACKS"):
        _watch_stacks(clock, last)
    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)
    clock.start()
    timer.start()
    begun = clock.elapsed()
    window.open_project(path)  # the project opens and its pages are read
    gaps.append(float(clock.elapsed() - begun))  # open_project itself, before any tick
    last[0] = clock.elapsed()
    wait(lambda: not getattr(window, "refreshing", lambda: False)())  # older versions: at once
    opening = max(gaps, default=0.0)
    gaps.clear()
    busy.clear()
    cpu[0] = time.thread_time()

    window.tabs.setCurrentIndex(RESULTS)  # the click on the Results tab
    panel = window.results_tab.panel
    assert panel is not None
    first = wait(lambda: panel.current_result() is not None)
    drawing = getattr(panel, "drawing", lambda: False)  # older versions: drawn at once
    network = first + wait(lambda: not drawing())
    wait(lambda: not panel.busy_now() and panel.bridges_ready())

    base = panel.current_result()
    assert base is not None
    most = max(base.people, key=lambda p: (p.in_degree, -p.id)).id
    began = time.perf_counter()
    panel.start_whatif((most,))
    wait(lambda: panel.current_whatif() is not None and not panel.busy_now())
    whatif = time.perf_counter() - began

    panel.reset_whatif()
    window.results_tab.recalculate()  # the analysis again …
    wait(lambda: panel.busy_now(), 5)
    panel.widgets.busy.cancel_button.click()  # … cancelled
    wait(lambda: not panel.busy_now())
    window.results_tab.recalculate()
    wait(lambda: panel.current_result() is not None and not panel.busy_now())
    for _ in range(2):
        panel.widgets.level_button.click()
        app.processEvents()
    wait(lambda: True)
    end = QTimer()
    end.setSingleShot(True)
    end.start(200)
    wait(lambda: not end.isActive())
    timer.stop()
    window.close_project()
    window.close()

    stalls = [gap for gap in gaps if gap > STALL_MS]
    return (
        f"responsiveness {len(base.people):,} people: "
        f"longest stall {max(gaps, default=0.0):.0f} ms "
        f"(longest GUI-thread turn {max(busy, default=0.0):.0f} ms CPU), "
        f"stalled {sum(gap - TICK_MS for gap in stalls):.0f} ms, "
        f"first dashboard {first:.2f} s, network drawn {network:.2f} s, what-if {whatif:.2f} s; "
        f"opening the project: longest stall {opening:.0f} ms"
    )


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="300,2000,10000")
    parser.add_argument("--measure", nargs=2, metavar=("PROJECT", "HOME"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure:
        print(measure(Path(args.measure[0]), Path(args.measure[1])), flush=True)
        return
    sizes = [int(text) for text in args.sizes.split(",") if text.strip()]
    with tempfile.TemporaryDirectory() as temp:
        for size in sizes:
            path = Path(temp) / f"org{size}.kennisnet"
            write_project(path, size)
            home = Path(temp) / f"home{size}"
            home.mkdir()
            done = subprocess.run(
                [sys.executable, __file__, "--measure", str(path), str(home)],
                check=False,
                capture_output=True,
                text=True,
            )
            lines = [line for line in done.stdout.splitlines() if line.startswith("responsive")]
            if os.environ.get("BENCH_STALL_STACKS"):
                print(done.stderr, file=sys.stderr)  # where the GUI thread was in each stall
            if done.returncode != 0 or not lines:
                print(done.stdout + done.stderr, file=sys.stderr)
                raise SystemExit(f"the run with {size} people failed")
            print(lines[-1], flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
