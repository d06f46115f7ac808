"""Benchmark: ``kennisnet export --png`` of a 10,000-person project, first and second run.

The project is built from ``bench_analysis.organisation`` (the same synthetic
organisation as the analysis and export benchmarks) through the store's public API.
The first run of the command analyses, lays out and fills the cache of analyses; the
second run (a new process) finds the analysis in that cache. Also timed in this process:
the snapshot of the wave, its fingerprint and loading the cached analysis.

Run: ``.venv/bin/python benchmarks/bench_cached_export.py [size]`` (default 10,000).
"""

from __future__ import annotations

import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_analysis import organisation

from kennisnet.model import SurveyData
from kennisnet.store import Project
from kennisnet.store.responses import NominationDraft, ResponseDraft


def build_project(path: Path, data: SurveyData) -> None:
    """A project file holding ``data``: its people and their answers, in one transaction."""
    with Project.create(path, name="Benchmark") as project, project.transaction():
        ids: dict[int, int] = {}
        for person in data.people:
            ids[person.id] = project.add_person(
                name=person.name,
                department=person.department,
                team=person.team,
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


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall-clock and CPU seconds (user + system) of the command.

    On a shared machine the wall clock depends on what else runs; the CPU time is close to
    the wall clock of the same command on a quiet machine (it runs on one core).
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return wall, cpu


def main(argv: list[str]) -> None:
    from kennisnet.analysis import analyze
    from kennisnet.layout import compute_layout
    from kennisnet.session import Session
    from kennisnet.session.cache import fingerprint

    size = int(argv[0]) if argv else 10_000
    print(f"# {platform.processor() or platform.machine()}, Python {platform.python_version()}")
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        project = base / "big.kennisnet"
        start = time.perf_counter()
        build_project(project, organisation(size))
        print(f"building the project: {time.perf_counter() - start:.1f} s")
        home = base / "home"
        env = {**os.environ, "KENNISNET_HOME": str(home)}
        os.environ["KENNISNET_HOME"] = str(home)
        command = [sys.executable, "-m", "kennisnet", "export", str(project), "--force"]
        first = timed([*command, "--png", str(base / "first.png")], env)
        second = timed([*command, "--png", str(base / "second.png")], env)
        same = (base / "first.png").read_bytes() == (base / "second.png").read_bytes()
        xlsx = timed([*command, "--xlsx", str(base / "out.xlsx")], env)
        print(f"load average: {os.getloadavg()[0]:.1f}")
        print("| command (10,000 people) | wall s | CPU s |")
        print("|---|---:|---:|")
        print(f"| export --png, first run | {first[0]:.2f} | {first[1]:.2f} |")
        print(f"| export --png, second run | {second[0]:.2f} | {second[1]:.2f} |")
        print(f"| export --xlsx, analysis cached | {xlsx[0]:.2f} | {xlsx[1]:.2f} |")
        print(f"The second run drew the same picture as the first: {same}.")
        with Session.open(project, readonly=True) as session:
            wave = session.wave_id()
            options = session.options(wave)
            best = {"snapshot": 1e9, "fingerprint": 1e9, "from the cache": 1e9}
            for _ in range(3):
                start = time.process_time()
                data = session.snapshot(wave)
                best["snapshot"] = min(best["snapshot"], time.process_time() - start)
                start = time.process_time()
                fingerprint(data, options)
                best["fingerprint"] = min(best["fingerprint"], time.process_time() - start)
            for _ in range(3):
                with Session.open(project, readonly=True) as again:
                    start = time.process_time()
                    found = again.analysis(wave, layout=True)
                    best["from the cache"] = min(
                        best["from the cache"], time.process_time() - start
                    )
                    assert found.positions
            start = time.process_time()
            compute_layout(analyze(data, options))
            fresh = time.process_time() - start
        print("In this process, CPU s (best of 3): the snapshot of the wave, its fingerprint,")
        print("the whole analysis from the cache (snapshot + fingerprint + loading the file),")
        print("and for comparison a fresh analysis and layout (once):")
        for step, seconds in best.items():
            print(f"  {step}: {seconds:.3f}")
        print(f"  fresh analysis and layout: {fresh:.3f}")
        files = sorted((home).rglob("*.analysis"))
        print(f"cache files: {len(files)}, {sum(f.stat().st_size for f in files) / 1e6:.1f} MB")


if __name__ == "__main__":
    main(sys.argv[1:])
