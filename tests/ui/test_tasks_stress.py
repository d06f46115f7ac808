"""The crash during a response import: heavy libraries are imported on the GUI thread first.

A real response import (the app's own dialog, an Excel file) is repeated 50 times in one
fresh process while the GUI thread runs the garbage collector all the time. No extension
module may be imported for the first time on a worker thread, and the process must end
normally with every import done.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import openpyxl

from kennisnet.store import Project

TIMES = 50
CHILD = Path(__file__).with_name("import_stress_child.py")


def test_fifty_imports_through_the_app_import_nothing_heavy_off_the_gui_thread(
    tmp_path: Path,
) -> None:
    project_path = tmp_path / "stress.kennisnet"
    with Project.create(project_path, name="Stress") as project:
        for n in range(1, 41):
            project.add_person(name=f"Persoon {n}", department="Zorg")
    source = tmp_path / "antwoorden.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Respondent", "Bron 1", "Frequentie 1", "Bron 2"])
    for n in range(1, 31):
        sheet.append([f"Persoon {n}", f"Persoon {n % 40 + 1}", "wekelijks", f"Persoon {n + 2}"])
    book.save(source)
    env = dict(
        os.environ,
        PYTHONPATH=os.pathsep.join(sys.path),
        QT_QPA_PLATFORM="offscreen",
        KENNISNET_HOME=str(tmp_path / "home"),
    )
    run = subprocess.run(
        [sys.executable, str(CHILD), str(project_path), str(source), str(TIMES)],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
        check=False,
    )
    assert run.returncode == 0, (run.returncode, run.stderr[-3000:])
    report = json.loads(run.stdout.strip().splitlines()[-1])
    assert report["imports"] == TIMES
    assert report["answers"] == 30  # the later imports find them already there
    assert report["extensions"] == [], report["extensions"]
