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


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def main(argv: list[str]) -> None:
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
        print("| people | export --png, first run s | second run s | same picture |")
        print(f"| {size:,} | {first:.2f} | {second:.2f} | {same} |")
        xlsx = timed([*command, "--xlsx", str(base / "out.xlsx")], env)
        print(f"export --xlsx with the cached analysis: {xlsx:.2f} s")
        with Session.open(project, readonly=True) as session:
            wave = session.wave_id()
            options = session.options(wave)
            best = {"snapshot": 1e9, "fingerprint": 1e9, "load": 1e9}
            for _ in range(3):
                start = time.perf_counter()
                data = session.snapshot(wave)
                best["snapshot"] = min(best["snapshot"], time.perf_counter() - start)
                start = time.perf_counter()
                fingerprint(data, options)
                best["fingerprint"] = min(best["fingerprint"], time.perf_counter() - start)
            for _ in range(3):
                with Session.open(project, readonly=True) as again:
                    start = time.perf_counter()
                    found = again.analysis(wave, layout=True)
                    best["load"] = min(best["load"], time.perf_counter() - start)
                    assert found.positions
        for step, seconds in best.items():
            print(f"{step}: {seconds:.3f} s")
        files = sorted((home).rglob("*.analysis"))
        print(f"cache files: {len(files)}, {sum(f.stat().st_size for f in files) / 1e6:.1f} MB")


if __name__ == "__main__":
    main(sys.argv[1:])
