"""No raw traceback on any path: each case is a real ``kennisnet`` process, stderr read back.

A closed pipe ends quietly (exit 141, as for SIGPIPE); a too-long file name, a deeply
nested rescue file and a hand-edited project each give one plain line; anything
unexpected gives a line naming the log file, and the traceback is in that file only.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kennisnet.resources import resource


def kennisnet(
    home: Path, *args: str, stdout: int | None = subprocess.PIPE
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "KENNISNET_HOME": str(home), "LANG": "en_US.UTF-8"}
    env.pop("KENNISNET_LANG", None)
    return subprocess.run(
        [sys.executable, "-m", "kennisnet", "--lang", "en", *args],
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "demo.kennisnet"
    shutil.copy(resource("demo", "demo.kennisnet"), path)
    return path


def no_traceback(done: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in done.stderr, done.stderr
    assert "Exception ignored" not in done.stderr, done.stderr
    assert len(done.stderr.strip().splitlines()) <= 1, done.stderr


@pytest.mark.parametrize("command", [["info"], ["analyze"], ["analyze", "--json"]])
def test_a_closed_pipe_ends_quietly(tmp_path: Path, demo: Path, command: list[str]) -> None:
    # The reading end is closed before Kennisnet writes: every write meets a closed pipe,
    # exactly what ``kennisnet info P | head -1`` does once head has its line.
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        done = kennisnet(tmp_path / "home", command[0], str(demo), *command[1:], stdout=write_end)
    finally:
        os.close(write_end)
    no_traceback(done)
    assert done.stderr == ""
    assert done.returncode == 141


def test_head_minus_one(tmp_path: Path, demo: Path) -> None:
    env = {**os.environ, "KENNISNET_HOME": str(tmp_path / "home")}
    done = subprocess.run(
        f'"{sys.executable}" -m kennisnet --lang en analyze --json "{demo}" | head -1',
        shell=True,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert done.stdout == "{\n"
    no_traceback(done)
    assert done.stderr == ""


@pytest.mark.parametrize(
    ("command", "says"),
    [
        (["info", "{long}.kennisnet"], "too long"),
        (["export", "{demo}", "--xlsx", "{long}.xlsx"], "too long"),
        (["export", "{demo}", "--png", "{long}.png", "--force"], "too long"),
        (["template", "{long}.csv"], "too long"),
        (["resolve", "{demo}", "--write", "{long}.csv"], "too long"),
        # Reading is the import's own concern: a plain sentence, not necessarily this one.
        (["import", "{demo}", "{long}.csv"], "cannot be opened"),
    ],
)
def test_a_file_name_too_long(tmp_path: Path, demo: Path, command: list[str], says: str) -> None:
    long = str(tmp_path / ("n" * 300))
    args = [a.format(long=long, demo=demo) for a in command]
    done = kennisnet(tmp_path / "home", *args)
    no_traceback(done)
    assert done.returncode == 1
    assert says in done.stderr
    assert not list(tmp_path.glob(".kennisnet-*"))


def test_a_deeply_nested_rescue_file(tmp_path: Path, demo: Path) -> None:
    before = demo.read_bytes()
    for nested in ("[" * 100_000, '{"a":' * 100_000, "[" * 100_000 + "]" * 100_000):
        rescue = tmp_path / "kiosk-rescue.json"
        rescue.write_text(nested, encoding="utf-8")
        for extra in ([], ["--dry-run"]):
            done = kennisnet(tmp_path / "home", "import", str(demo), str(rescue), *extra)
            no_traceback(done)
            assert done.returncode == 1
            assert "not a kiosk rescue file" in done.stderr or "damaged" in done.stderr
    assert demo.read_bytes() == before


def test_a_hand_edited_project_gives_one_line_naming_the_log(tmp_path: Path, demo: Path) -> None:
    with sqlite3.connect(demo) as conn:
        conn.execute("UPDATE meta SET value = 'x' WHERE key = 'current_wave'")
    conn.close()
    home = tmp_path / "home"
    done = kennisnet(home, "analyze", str(demo))
    no_traceback(done)
    assert done.returncode == 70
    log = home / "logs" / "kennisnet.log"
    assert str(log) in done.stderr
    assert "Traceback" in log.read_text(encoding="utf-8")


def test_logging_has_a_handler_so_nothing_reaches_stderr(tmp_path: Path) -> None:
    code = (
        "import logging, sys\n"
        "from kennisnet.cli import main\n"
        "def boom(args):\n"
        "    logging.getLogger('kennisnet.x').error('a logged problem')\n"
        "    raise RuntimeError('surprise')\n"
        "import kennisnet.cli.commands as c\n"
        "c.cmd_info = boom\n"
        "sys.exit(main(['info', 'x.kennisnet']))\n"
    )
    home = tmp_path / "home"
    env = {**os.environ, "KENNISNET_HOME": str(home)}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=env
    )
    no_traceback(done)
    assert done.returncode == 70
    assert "a logged problem" not in done.stderr
    text = (home / "logs" / "kennisnet.log").read_text(encoding="utf-8")
    assert "a logged problem" in text and "RuntimeError: surprise" in text
