"""A full disk: saving fails with a clear message, nothing saved before is lost, the file is fine.

A child process limits the size of the files it may write (RLIMIT_FSIZE, as a
full disk would) and submits responses until saving fails.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kennisnet.store import Project

CHILD = r"""
import resource, signal, sys
from pathlib import Path
from kennisnet.store import Project, ResponseDraft, NominationDraft, WriteFailed
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
path = Path(sys.argv[1])
project = Project.open(path, backup=False)
people = [p.id for p in project.people()]
limit = path.stat().st_size + 48 * 1024
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
i = 0
while True:
    draft = ResponseDraft(
        respondent_id=people[i % len(people)],
        nominations=tuple(NominationDraft(source_id=s, topic="y" * 200) for s in people[:5]),
    )
    try:
        uid = project.add_response(draft, replace=True)
    except WriteFailed as error:
        print("failed", error, flush=True)
        break
    print("ack", uid, flush=True)
    i += 1
"""


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_full_disk_is_reported_and_nothing_is_lost(tmp_path: Path) -> None:
    path = tmp_path / "vol.kennisnet"
    with Project.create(path, name="Vol") as project:
        for i in range(20):
            project.add_person(name=f"Medewerker {i}")
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    acks = {line.split()[1] for line in lines if line.startswith("ack ")}
    failure = [line for line in lines if line.startswith("failed ")]
    assert acks
    assert len(failure) == 1
    assert "could not save" in failure[0]
    assert "Nothing was changed" in failure[0]
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {row[0] for row in conn.execute("SELECT uuid FROM responses")}
    finally:
        conn.close()
    assert acks <= stored
    with Project.open(path) as project:
        assert project.response_count() >= 1
