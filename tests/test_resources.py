"""Resources are found the same way from a checkout and from an installed wheel.

(The frozen app is checked by scripts/build, which runs the bundle.)
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from kennisnet.resources import resource, resources_dir

ROOT = Path(__file__).resolve().parent.parent
EXPECTED = [
    ("demo", "demo.kennisnet"),
    ("templates", "responses_nl.xlsx"),
    ("templates", "responses_en.xlsx"),
    ("templates", "responses_nl.csv"),
    ("templates", "responses_en.csv"),
    ("icons", "kennisnet.png"),
    ("phones", "page.html"),
    ("phones", "denied.html"),
    ("phones", "phone.css"),
    ("phones", "phone.js"),
]


def test_checkout_resources() -> None:
    assert resources_dir() == ROOT / "resources"
    for parts in EXPECTED:
        assert resource(*parts).is_file(), parts


@pytest.mark.slow
def test_wheel_resources(tmp_path: Path) -> None:
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-w",
         str(tmp_path), str(ROOT)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    if built.returncode != 0 and "hatchling" in built.stderr:
        built = subprocess.run(
            [sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", str(tmp_path), str(ROOT)],
            capture_output=True, text=True, timeout=300,
        )  # fmt: skip
    assert built.returncode == 0, built.stderr
    wheel = next(tmp_path.glob("kennisnet-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for parts in EXPECTED:
        assert "kennisnet/resources/" + "/".join(parts) in names
    target = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(target)
    code = (
        "import kennisnet.resources as r, sys\n"
        "d = r.resources_dir()\n"
        "assert str(d).startswith(sys.argv[1]), d\n"
        "print(r.resource('demo', 'demo.kennisnet').stat().st_size)\n"
    )
    run = subprocess.run(
        [sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(target)!r})\n" + code,
         str(target)],
        capture_output=True, text=True, timeout=60, cwd=tmp_path,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert int(run.stdout) == resource("demo", "demo.kennisnet").stat().st_size
