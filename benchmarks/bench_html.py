"""Benchmark: ``kennisnet export PROJECT --html FILE.html`` (the interactive map), and the map
in the system Chromium.

For synthetic organisations (``bench_analysis.organisation``) stored as projects, the
command runs in a fresh process, as HR runs it (open, analyse, lay out, write the map).
Prints the wall-clock and CPU seconds of the export, the machine's load and the file's
size. Then the file is opened in headless Chromium (the system's chromium and
chromedriver, as the tests use them) and the page measures itself with
``performance.now()``: how long until the map is ready, and how long one zoom step takes
until the next frame is painted (eight steps in and out, with the ties drawn).

Run: ``.venv/bin/python benchmarks/bench_html.py [sizes...]`` (default 2000 10000);
``--keep DIR`` keeps the projects and maps (and a screenshot of each) in DIR.
"""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests" / "phones"))

from bench_report import make_project  # noqa: E402 - after the path is set

#: One turn of the mouse wheel on the map, until two frames later (the new zoom painted).
#: From 3,000 people the viewer leaves the ties out while zooming and draws them after.
WHEEL_STEP = """
const done = arguments[arguments.length - 1];
const canvas = document.querySelector("#map canvas");
const box = canvas.getBoundingClientRect();
const start = performance.now();
canvas.dispatchEvent(new WheelEvent("wheel", {deltaY: arguments[0], bubbles: true,
    cancelable: true, clientX: box.left + box.width / 2, clientY: box.top + box.height / 2}));
requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - start)));
"""
#: A zoom step drawn with every tie (the frame after the wheel stops), until painted.
ZOOM_STEP = """
const done = arguments[arguments.length - 1];
const net = window.kennisnetMap.network;
const factor = arguments[0];
const start = performance.now();
net.moveTo({scale: net.getScale() * factor, animation: false});
net.redraw();
requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - start)));
"""


def export(project: Path, target: Path, env: dict[str, str]) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    command = ["export", str(project), "--html", str(target), "--lang", "nl", "--force"]
    done = subprocess.run(
        [sys.executable, "-m", "kennisnet", *command], env=env, capture_output=True, text=True
    )
    if done.returncode:
        raise SystemExit(done.stderr)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def in_browser(target: Path, shot: Path | None) -> tuple[float, list[float], list[float]]:
    from phone_browser import chromium

    driver: Any
    driver, profile = chromium(1400, 900)
    try:
        driver.set_script_timeout(60)
        start = time.perf_counter()
        driver.get(target.as_uri())
        ready = driver.execute_script("return !!(window.kennisnetMap && kennisnetMap.ready)")
        opened = time.perf_counter() - start
        if not ready:
            raise SystemExit(f"the map did not start: {driver.get_log('browser')}")
        wheel = [
            float(driver.execute_async_script(WHEEL_STEP, delta))
            for delta in (-100, -100, -100, 100, 100, 100, -100, 100)
        ]
        full = [
            float(driver.execute_async_script(ZOOM_STEP, factor))
            for factor in (1.25, 1.25, 1.25, 0.8, 0.8, 0.8, 1.5, 0.67)
        ]
        if shot is not None:
            driver.save_screenshot(str(shot))
        return opened, wheel, full
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def median(values: list[float]) -> float:
    return sorted(values)[len(values) // 2]


def main(argv: list[str]) -> None:
    keep: Path | None = None
    if "--keep" in argv:
        at = argv.index("--keep")
        keep = Path(argv[at + 1])
        keep.mkdir(parents=True, exist_ok=True)
        argv = argv[:at] + argv[at + 2 :]
    sizes = [int(a) for a in argv] or [2000, 10000]
    with tempfile.TemporaryDirectory() as folder:
        home = keep or Path(folder)
        env = {**os.environ, "KENNISNET_HOME": str(Path(folder))}
        for size in sizes:
            project = home / f"org{size}.kennisnet"
            if not project.exists():
                make_project(size, project)
            target = home / f"map-{size}.html"
            for _run in range(2):
                wall, cpu = export(project, target, env)
                print(
                    f"{size:,} people: export {wall:.2f} s wall, {cpu:.2f} s CPU, "
                    f"load {os.getloadavg()[0]:.1f}, {target.stat().st_size / 1e6:.2f} MB"
                )
            shot = home / f"map-{size}.png" if keep else None
            opened, wheel, full = in_browser(target, shot)
            print(
                f"{size:,} people in Chromium: ready after {opened:.2f} s; wheel zoom step "
                f"median {median(wheel):.0f} ms, slowest {max(wheel):.0f} ms; "
                f"a frame with every tie median {median(full):.0f} ms, slowest {max(full):.0f} ms "
                f"(load {os.getloadavg()[0]:.1f})"
            )


if __name__ == "__main__":
    main(sys.argv[1:])
