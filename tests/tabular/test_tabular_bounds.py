"""Bounded resources: every hostile input file of at most 10 MB is read or refused with a
clear message, within 1 GB of memory (measured in a separate process).

The times are printed by ``benchmarks/bench_hostile_files.py`` (not asserted here).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hostile import FILES

from kennisnet.tabular import read_table

MEMORY_LIMIT_MB = 1024
SIZE_LIMIT = 10 * 1024 * 1024

# Runs in a fresh process: its peak memory is the reading's (plus Python and openpyxl).
# The address space is capped well above the limit, so a regression fails instead of
# swapping the machine.
CHILD = textwrap.dedent(
    """
    import json, resource, sys
    from pathlib import Path

    resource.setrlimit(resource.RLIMIT_AS, (4 << 30, 4 << 30))
    from kennisnet.tabular import TableError, read_table

    try:
        table = read_table(Path(sys.argv[1]))
        outcome, detail = "read", len(table.rows)
    except TableError as error:
        outcome, detail = "refused", str(error)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(json.dumps({"outcome": outcome, "detail": detail, "peak_mb": peak}))
    """
)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("hostile")


@pytest.mark.parametrize("name", list(FILES))
def test_hostile_file_is_read_or_refused_within_bounds(name: str, folder: Path) -> None:
    make, expected = FILES[name]
    path = make(folder)
    assert path.stat().st_size <= SIZE_LIMIT
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    report = json.loads(result.stdout)
    assert report["outcome"] == expected, report
    assert report["peak_mb"] <= MEMORY_LIMIT_MB, report
    if expected == "refused":
        message = report["detail"]
        assert "Traceback" not in message and len(message) < 400
        assert any(word in message for word in ("more than", "at most", "longer than")), message


def test_a_merge_over_the_whole_sheet_stays_within_the_data(folder: Path) -> None:
    """The reported file: read at once, the merge filled in only where there is data."""
    table = read_table(FILES["merged-whole-sheet"][0](folder))
    assert len(table.headers) == 2 and len(table.rows) == 6
    assert any("A1:XFD1048576" in problem.message for problem in table.problems)


def test_a_department_merged_to_the_bottom_fills_the_rows_with_data(folder: Path) -> None:
    table = read_table(FILES["merged-column"][0](folder))
    assert [row.values[1] for row in table.rows] == ["Zorg"] * 6
    assert len(table.rows) == 6  # not a million rows of "Zorg"
