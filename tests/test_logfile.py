"""The log files never grow without end, and rotating them loses nothing that is kept."""

from __future__ import annotations

import logging
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kennisnet import logfile
from kennisnet.cli.errors import install_logging


def records(folder: Path, name: str, keep: int) -> list[str]:
    """Every line of the log and its rotated files, oldest first."""
    lines: list[str] = []
    for number in range(keep, 0, -1):
        older = folder / f"{name}.{number}"
        if older.exists():
            lines += older.read_text(encoding="utf-8").splitlines()
    return lines + (folder / name).read_text(encoding="utf-8").splitlines()


def test_a_full_log_is_rotated_and_only_the_oldest_beyond_the_kept_files_go(
    tmp_path: Path,
) -> None:
    path = tmp_path / "logs" / "kennisnet.log"
    handler = logfile.LogFile(lambda: path, limit=1000, keep=3)
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger = logging.getLogger("test.rotation")
    logger.propagate = False
    logger.addHandler(handler)
    try:
        for number in range(400):
            logger.warning("record %05d %s", number, "x" * (number % 17))
    finally:
        logger.removeHandler(handler)

    names = sorted(p.name for p in path.parent.iterdir())
    assert names == [
        "kennisnet.log",
        "kennisnet.log.1",
        "kennisnet.log.2",
        "kennisnet.log.3",
        "kennisnet.log.lock",
    ]
    sizes = {name: (path.parent / name).stat().st_size for name in names}
    assert all(size <= 1000 for size in sizes.values())
    # The kept old files are full: a file is only rotated when the next record does not fit.
    assert all(sizes[f"kennisnet.log.{n}"] > 1000 - 30 for n in (1, 2, 3))

    kept = records(path.parent, "kennisnet.log", 3)
    numbers = [int(line.split()[1]) for line in kept]
    # What is kept is one unbroken run up to the last record: only the oldest are gone,
    # and only as many as did not fit in the kept files.
    assert numbers == list(range(numbers[0], 400))
    assert numbers[0] > 0
    assert kept[-1] == f"record 00399 {'x' * (399 % 17)}"


WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from kennisnet.logfile import append

    path, who = Path(sys.argv[1]), sys.argv[2]
    for number in range(1500):
        append(f"{who} {number:05d} " + "." * 40 + "\\n", path, limit=5000, keep=100)
    """
)


def test_two_processes_writing_at_once_lose_and_double_nothing(tmp_path: Path) -> None:
    path = tmp_path / "kennisnet.log"
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    writers = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(path), who], env=env)
        for who in ("app", "cli")
    ]
    assert [writer.wait(timeout=120) for writer in writers] == [0, 0]

    lines = records(tmp_path, "kennisnet.log", 100)
    assert len(lines) == 3000
    for who in ("app", "cli"):
        mine = [int(line.split()[1]) for line in lines if line.startswith(who + " ")]
        assert mine == list(range(1500))  # each once, in the order written
    for file in tmp_path.glob("kennisnet.log*"):
        assert file.stat().st_size <= 5000


def test_the_command_line_log_rotates_at_one_megabyte(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    monkeypatch.setenv("KENNISNET_HOME", str(home))
    log = home / "logs" / "kennisnet.log"
    log.parent.mkdir(parents=True)
    old = "an old line\n" * (logfile.LOG_LIMIT // 12)
    log.write_text(old, encoding="utf-8")
    root = logging.getLogger()
    before = list(root.handlers)
    install_logging()
    try:
        logging.getLogger("kennisnet.cli").warning("the newest record")
    finally:
        for handler in root.handlers[:]:
            if handler not in before:
                root.removeHandler(handler)
    assert (log.parent / "kennisnet.log.1").read_text(encoding="utf-8") == old
    assert log.read_text(encoding="utf-8").endswith("kennisnet.cli: the newest record\n")
    assert log.stat().st_size < 200


CRASHER = textwrap.dedent(
    """
    import faulthandler
    from kennisnet.logfile import open_crash_file

    faulthandler.enable(open_crash_file())
    faulthandler._sigsegv()
    """
)


def test_the_crash_file_keeps_the_last_crashes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KENNISNET_HOME", str(tmp_path))
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    for number in range(1, 8):
        # Crash number N dies on line N + 6 of its program: that tells the reports apart.
        died = subprocess.run(
            [sys.executable, "-c", "\n" * number + CRASHER],
            env=env,
            capture_output=True,
            timeout=120,
            check=False,
        )
        assert died.returncode != 0

    def crashes() -> list[int]:
        text = logfile.crash_file().read_text(encoding="utf-8")
        assert text.count("Segmentation fault") == len(re.findall(r"Fatal Python error", text))
        return [int(line) - 6 for line in re.findall(r'File "<string>", line (\d+)', text)]

    # Each start keeps the last five; the crash of that run comes after them.
    assert crashes() == [2, 3, 4, 5, 6, 7]
    logfile.open_crash_file().close()  # the next start
    assert crashes() == [3, 4, 5, 6, 7]


def test_one_huge_crash_report_is_cut_to_its_end(tmp_path: Path) -> None:
    path = tmp_path / "crash.txt"
    lines = [f"line {n:06d}" for n in range(50_000)]
    path.write_text("Fatal Python error: Aborted\n\n" + "\n".join(lines) + "\n", encoding="utf-8")
    logfile.trim_crashes(path, limit=10_000)
    text = path.read_text(encoding="utf-8")
    assert len(text.encode()) <= 10_000
    assert text.endswith("line 049999\n")
    assert text.startswith("line ")  # whole lines only
