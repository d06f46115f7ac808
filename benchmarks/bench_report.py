"""Benchmark: the whole command ``kennisnet export PROJECT --report FILE.pdf``.

For synthetic organisations (``bench_analysis.organisation``) stored as projects, the
command is run in a fresh process, as HR runs it (open, analyse, lay out, write the
report). Prints the wall-clock and CPU seconds of each run and the machine's load:
on a busy machine the CPU time is the better guide to a quiet one.

Run: ``.venv/bin/python benchmarks/bench_report.py [sizes...]`` (default 2000 10000)
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_analysis import organisation

from kennisnet.store import Project
from kennisnet.store.responses import NominationDraft, ResponseDraft


def make_project(size: int, path: Path) -> None:
    data = organisation(size)
    with Project.create(path, name=f"Organisation {size}") as project, project.transaction():
        ids = {}
        for p in data.people:
            ids[p.id] = project.add_person(
                name=p.name,
                department=p.department,
                team=p.team,
                role=p.role,
                employee_number=p.employee_number,
                email=p.email,
                trained_hr=p.trained_hr,
                attributes=dict(p.attributes),
            )
        for r in data.responses:
            assert r.respondent_id is not None
            nominations = tuple(
                NominationDraft(source_id=ids[n.source_id], frequency=n.frequency)
                for n in r.nominations
                if n.source_id is not None
            )
            project.add_response(
                ResponseDraft(
                    respondent_id=ids[r.respondent_id],
                    nominations=nominations,
                    channels=r.channels,
                    origin="import",
                )
            )


def main(argv: list[str]) -> None:
    sizes = [int(a) for a in argv] or [2000, 10000]
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        env = {**os.environ, "KENNISNET_HOME": str(home)}
        for size in sizes:
            project = home / f"org{size}.kennisnet"
            make_project(size, project)
            for run in range(3):
                target = home / f"report-{size}-{run}.pdf"
                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                start = time.perf_counter()
                command = ["export", str(project), "--report", str(target), "--lang", "nl"]
                done = subprocess.run(
                    [sys.executable, "-m", "kennisnet", *command],
                    env=env,
                    capture_output=True,
                    text=True,
                )
                if done.returncode:
                    raise SystemExit(done.stderr)
                wall = time.perf_counter() - start
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
                load = os.getloadavg()[0]
                print(
                    f"{size:,} people: {wall:.2f} s wall, {cpu:.2f} s CPU, load {load:.1f}, "
                    f"{target.stat().st_size / 1e6:.1f} MB"
                )


if __name__ == "__main__":
    main(sys.argv[1:])
