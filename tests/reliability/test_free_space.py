"""Acknowledged means durable at every level of free space, and an intact file is never refused.

A real process stores answers one by one and then a large import in one transaction, and
closes the project; it is killed with SIGKILL at a random moment while writing, or just
after it starts closing (when the write-ahead log is folded into the file, the moment a
full disk or a kill leaves the data only in the log). Free space is stepped from 0 to 1 MB.

After every run, with the disk still full: every acknowledged answer must be readable
(counted as lost otherwise: must be 0), and a file that SQLite itself finds intact
(``quick_check`` on a private copy of the file and its log) must open (counted as refused
otherwise: must be 0). Then space is freed and the project must open for changes and
close as one file.

Two ways to make the disk full:

* ``test_small_disks``: a real small file system per level (tmpfs, mounted as root, as CI
  runs); the project, its log and the backup folder all live on it. Skipped, with the
  reason, only when not root or when mounting is refused.
* ``test_file_size_limit``: runs everywhere on POSIX; the child may not grow any file
  past the project's size plus the level (``RLIMIT_FSIZE``). This reaches the same
  failures in the file and its log, but not a ``-shm`` that cannot be made.
"""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from kennisnet.store import NotAProject, Project

CHILD = Path(__file__).with_name("closer.py")
#: Free space left, in kB: from a completely full disk to 1 MB.
LEVELS_KB = (0, 4, 8, 12, 16, 20, 24, 28, 32, 40, 48, 64, 96, 128, 192, 256, 384, 512, 768, 1024)
PEOPLE = 60

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and tmpfs are POSIX"),
]


@dataclass
class Tally:
    runs: int = 0
    kills_while_writing: int = 0
    kills_while_closing: int = 0
    save_failures: int = 0
    data_left_in_log: int = 0
    acknowledged: int = 0
    lost: int = 0
    intact: int = 0
    refused_intact: int = 0
    ways: dict[str, int] = field(default_factory=dict)

    def line(self, what: str) -> str:
        return (
            f"{what}: {len(LEVELS_KB)} free-space levels (0-1024 kB), {self.runs} runs, "
            f"{self.kills_while_writing} kills while writing, {self.kills_while_closing} kills "
            f"while closing, {self.save_failures} saves refused as disk full, "
            f"{self.data_left_in_log} times data left only in the log, "
            f"{self.acknowledged} acknowledged answers, {self.lost} lost, "
            f"{self.intact} intact files, {self.refused_intact} refused; opened as {self.ways}"
        )


def _template(folder: Path) -> Path:
    path = folder / "template.kennisnet"
    with Project.create(path, name="Vol") as project:
        for i in range(PEOPLE):
            project.add_person(name=f"Medewerker {i:03d}", department=f"Afdeling {i % 4}")
    return path


def _sqlite_says_intact(path: Path) -> bool:
    """SQLite's own verdict, on a private copy of the file and its log (never our code)."""
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / path.name
        shutil.copyfile(path, copy)
        for suffix in ("-wal", "-journal"):
            extra = path.with_name(path.name + suffix)
            if extra.exists():
                shutil.copyfile(extra, copy.with_name(copy.name + suffix))
        conn = sqlite3.connect(copy)
        try:
            return bool(conn.execute("PRAGMA quick_check").fetchone()[0] == "ok")
        except sqlite3.DatabaseError:
            return False
        finally:
            conn.close()


def _run(
    path: Path, seed: int, when: str, rng: random.Random, env: dict[str, str], *extra: str
) -> tuple[list[str], list[str], bool]:
    """Run the child; kill it while writing or just after it starts closing."""
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(path), str(seed), *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    lines: list[str] = []
    stop_after = rng.randint(0, PEOPLE)
    killed = False
    for line in child.stdout:
        lines.append(line.rstrip("\n"))
        acks = sum(x.startswith("ack ") for x in lines)
        if (when == "writing" and acks >= stop_after) or (
            when == "closing" and line.startswith("closing")
        ):
            if when == "closing":
                with contextlib.suppress(subprocess.TimeoutExpired):
                    child.wait(timeout=rng.uniform(0.0, 0.004))
            killed = child.poll() is None
            child.send_signal(signal.SIGKILL)
            break
    out, err = child.communicate(timeout=60)
    lines += out.splitlines()
    # A line cut off by the kill is no acknowledgement.
    acks = [
        parts[1]
        for parts in (line.split() for line in lines)
        if len(parts) == 2 and parts[0] == "ack" and len(parts[1]) == 36
    ]
    failures = [line for line in lines if line.startswith("failed ")]
    assert child.returncode in (0, -signal.SIGKILL), err
    return acks, failures, killed


def _check(path: Path, acks: list[str], tally: Tally, label: str) -> None:
    """With the disk still full: nothing acknowledged lost, nothing intact refused."""
    tally.acknowledged += len(acks)
    log = path.with_name(path.name + "-wal")
    if log.exists() and log.stat().st_size > 0 and acks:
        tally.data_left_in_log += 1
    intact = _sqlite_says_intact(path)
    tally.intact += intact
    before = sorted(p.name for p in path.parent.iterdir())
    try:
        with Project.open(path, readonly=True) as project:
            stored = project.response_uuids()
            way = project._reader.how if project._reader else "?"
    except NotAProject:
        tally.refused_intact += intact
        stored = set()
        way = "refused"
    tally.ways[way] = tally.ways.get(way, 0) + 1
    assert sorted(p.name for p in path.parent.iterdir()) == before, label
    if intact:
        tally.lost += len(set(acks) - stored)


def _reopen_with_space(path: Path, acks: list[str], label: str) -> None:
    with Project.open(path, backup=False) as project:
        assert set(acks) <= project.response_uuids(), label
    assert not path.with_name(path.name + "-wal").exists(), label


def _free_bytes(folder: Path) -> int:
    stat = os.statvfs(folder)
    return stat.f_bavail * stat.f_frsize


def _mount_refusal(probe: Path) -> str | None:
    if os.geteuid() != 0:
        return "not root: small file systems cannot be mounted"
    if shutil.which("mount") is None:
        return "no mount command"
    probe.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(probe)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        return f"mounting a tmpfs was refused: {done.stderr.strip()}"
    subprocess.run(["umount", str(probe)], check=True)
    return None


@contextlib.contextmanager
def _small_disk(where: Path, size: str) -> Iterator[Path]:
    where.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)], check=True)
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=True)


def test_small_disks(tmp_path: Path) -> None:
    refusal = _mount_refusal(tmp_path / "probe")
    if refusal:
        print(f"skipped: {refusal}")
        pytest.skip(refusal)
    template = _template(tmp_path)
    rng = random.Random(20261204)
    tally = Tally()
    for number, kb in enumerate(LEVELS_KB):
        for when in ("writing", "closing"):
            label = f"{kb} kB free, killed while {when}"
            with _small_disk(tmp_path / f"disk-{kb}-{when}", "4m") as disk:
                path = disk / "vol.kennisnet"
                shutil.copyfile(template, path)
                env = {**os.environ, "KENNISNET_HOME": str(disk / "home")}
                (disk / "home").mkdir()
                fill = disk / "fill"
                with fill.open("wb") as handle:
                    handle.truncate(0)
                    handle.write(b"\0" * max(0, _free_bytes(disk) - kb * 1024))
                acks, failures, killed = _run(path, number, when, rng, env)
                tally.runs += 1
                tally.save_failures += bool(failures)
                for failure in failures:
                    assert "disk is full" in failure, (label, failure)
                if killed:
                    if when == "writing":
                        tally.kills_while_writing += 1
                    else:
                        tally.kills_while_closing += 1
                _check(path, acks, tally, label)
                fill.unlink()
                _reopen_with_space(path, acks, label)
                leftovers = [p.name for p in (disk / "home").rglob("*.tmp")]
                assert leftovers == [], label
    print(tally.line("small disks"))
    assert tally.lost == 0
    assert tally.refused_intact == 0
    assert tally.intact == tally.runs  # SQLite never lost the file itself
    # The test really reached what it is about.
    assert tally.save_failures > 0
    assert tally.data_left_in_log > 0
    assert tally.kills_while_closing > 0
    assert tally.kills_while_writing > 0


def test_file_size_limit(tmp_path: Path) -> None:
    template = _template(tmp_path)
    rng = random.Random(20261205)
    tally = Tally()
    env = {**os.environ, "KENNISNET_HOME": str(tmp_path / "home")}
    for number, kb in enumerate(LEVELS_KB):
        for when in ("writing", "closing"):
            label = f"{kb} kB more allowed, killed while {when}"
            folder = tmp_path / f"{kb}-{when}"
            folder.mkdir()
            path = folder / "vol.kennisnet"
            shutil.copyfile(template, path)
            limit = path.stat().st_size + kb * 1024
            acks, failures, killed = _run(path, number, when, rng, env, str(limit))
            tally.runs += 1
            tally.save_failures += bool(failures)
            for failure in failures:
                assert "disk is full" in failure or "could not save" in failure, (label, failure)
            if killed:
                if when == "writing":
                    tally.kills_while_writing += 1
                else:
                    tally.kills_while_closing += 1
            _check(path, acks, tally, label)
            _reopen_with_space(path, acks, label)
    print(tally.line("file size limit"))
    assert tally.lost == 0
    assert tally.refused_intact == 0
    assert tally.intact == tally.runs
    assert tally.save_failures > 0
    assert tally.kills_while_closing > 0
