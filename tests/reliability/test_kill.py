"""Nothing acknowledged is lost: a process submitting responses is killed at random moments.

Each round starts a real process that opens the project and submits responses
through ``Project.add_response`` (the kiosk's path), kills it with SIGKILL after
a random delay, then checks that every response it acknowledged is in the file,
that ``PRAGMA integrity_check`` is ok and that the project opens normally.
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kennisnet.store import Project

ROUNDS = int(os.environ.get("KENNISNET_KILL_ROUNDS", "200"))
CHILD = Path(__file__).with_name("submitter.py")


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_killed_mid_submission_loses_nothing_acknowledged(tmp_path: Path) -> None:
    path = tmp_path / "kill.kennisnet"
    with Project.create(path, name="Kill") as project:
        for i in range(40):
            project.add_person(name=f"Medewerker {i}", department=f"Afdeling {i % 4}")
    rng = random.Random(20261124)
    acknowledged: set[str] = set()
    kills_during_writes = 0
    for round_number in range(ROUNDS):
        child = subprocess.Popen(
            [sys.executable, str(CHILD), str(path), str(round_number)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        first = child.stdout.readline().strip()
        assert first == "ready", child.stderr.read() if child.stderr else first
        # Let it submit for a random moment (it never exits by itself), then kill it.
        with contextlib.suppress(subprocess.TimeoutExpired):
            child.wait(timeout=rng.uniform(0.0, 0.12))
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate(timeout=30)
        # A line cut off by the kill is no acknowledgement (the respondent saw no thanks).
        acks = [
            parts[1]
            for parts in (line.split() for line in out.splitlines())
            if len(parts) == 2 and parts[0] == "ack" and len(parts[1]) == 36
        ]
        kills_during_writes += bool(acks)
        acknowledged.update(acks)
        conn = sqlite3.connect(path)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            stored = {row[0] for row in conn.execute("SELECT uuid FROM responses")}
        finally:
            conn.close()
        missing = acknowledged - stored
        assert not missing, f"round {round_number}: {len(missing)} acknowledged responses lost"
    with Project.open(path) as project:
        data = project.snapshot()
    assert data.responses
    assert len(acknowledged) > ROUNDS  # the kills really happened during submissions
    assert kills_during_writes > ROUNDS * 0.8
    print(f"{ROUNDS} kills, {len(acknowledged)} acknowledged responses, none lost")


CLOSE_ROUNDS = int(os.environ.get("KENNISNET_CLOSE_KILL_ROUNDS", "40"))
CLOSER = Path(__file__).with_name("closer.py")


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_killed_while_closing_after_a_large_import_is_never_refused(tmp_path: Path) -> None:
    """SIGKILL just after the close starts folding the log into the file (a large import).

    Each round works on a fresh copy; afterwards every acknowledged answer must be there
    and the project must open: read-only first (nothing left beside it), then for changes.
    """
    template = tmp_path / "template.kennisnet"
    with Project.create(template, name="Sluiten") as project:
        for i in range(120):
            project.add_person(name=f"Medewerker {i}", department=f"Afdeling {i % 4}")
    rng = random.Random(20261204)
    killed_while_closing = logs_left = acknowledged = 0
    for round_number in range(CLOSE_ROUNDS):
        path = tmp_path / f"round-{round_number}.kennisnet"
        path.write_bytes(template.read_bytes())
        child = subprocess.Popen(
            [sys.executable, str(CLOSER), str(path), str(round_number)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        lines = []
        for line in child.stdout:
            lines.append(line.strip())
            if line.startswith("closing"):
                with contextlib.suppress(subprocess.TimeoutExpired):
                    child.wait(timeout=rng.uniform(0.0, 0.003))
                killed_while_closing += child.poll() is None
                child.send_signal(signal.SIGKILL)
                break
        out, _ = child.communicate(timeout=30)
        lines += out.splitlines()
        acks = {
            parts[1]
            for parts in (line.split() for line in lines)
            if len(parts) == 2 and parts[0] == "ack" and len(parts[1]) == 36
        }
        acknowledged += len(acks)
        wal = path.with_name(path.name + "-wal")
        logs_left += wal.exists() and wal.stat().st_size > 0
        before = sorted(p.name for p in tmp_path.iterdir())
        with Project.open(path, readonly=True) as project:
            assert acks <= project.response_uuids(), f"round {round_number}"
        assert sorted(p.name for p in tmp_path.iterdir()) == before
        with Project.open(path, backup=False) as project:
            assert acks <= project.response_uuids(), f"round {round_number}"
        path.unlink()
    print(
        f"{CLOSE_ROUNDS} rounds, {killed_while_closing} killed while closing, {logs_left} with "
        f"the answers still in the log, {acknowledged} acknowledged answers, none lost, "
        "none refused"
    )
    assert killed_while_closing > CLOSE_ROUNDS // 2
    assert logs_left > 0
