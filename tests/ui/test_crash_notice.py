"""The next start after a crash tells HR and points to the log; a normal end leaves no trace."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kennisnet.ui import crash

# Starts the way the app starts (crash.install, crash.start_session), then ends.
CHILD = textwrap.dedent(
    """
    import faulthandler, sys
    from PySide6.QtWidgets import QApplication
    from kennisnet.ui import crash

    app = QApplication([])
    crash.install()
    crash.start_session()
    print("running", flush=True)
    if sys.argv[1] == "crash":
        faulthandler._sigsegv()  # a segfault, as in the import crash
    app.aboutToQuit.connect(crash.end_session)
    """
)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("KENNISNET_HOME", str(tmp_path / "home"))
    yield tmp_path / "home"
    crash.end_session()


def run_app(home: Path, how: str) -> subprocess.CompletedProcess[str]:
    env = dict(
        os.environ,
        KENNISNET_HOME=str(home),
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=os.pathsep.join(sys.path),
    )
    return subprocess.run(
        [sys.executable, "-c", CHILD, how],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform, not the app
def test_the_start_after_a_crash_tells_hr_where_the_log_is(qtbot: QtBot, home: Path) -> None:
    died = run_app(home, "crash")
    assert died.returncode != 0 and "running" in died.stdout
    assert list((home / "logs").glob("running-*.lock"))  # it had no chance to clean up
    assert "Segmentation fault" in (home / "logs" / "crash.txt").read_text(encoding="utf-8")

    crashed = crash.start_session()  # the next start
    assert len(crashed) == 1
    box = crash.crash_notice(crashed)
    qtbot.addWidget(box)
    box.show()
    assert "stopped unexpectedly the last time" in box.text()
    assert str(home / "logs" / "kennisnet.log") in box.informativeText()
    assert str(home / "logs" / "crash.txt") in box.informativeText()
    # Told once: the lock of the crashed run is gone; only our own remains.
    assert [p.name for p in (home / "logs").glob("running-*.lock")] == [
        f"running-{os.getpid()}.lock"
    ]
    assert crash.start_session() == []


def test_a_normal_end_is_not_reported(home: Path) -> None:
    ended = run_app(home, "normal")
    assert ended.returncode == 0, ended.stderr
    assert not list((home / "logs").glob("running-*.lock"))
    assert crash.start_session() == []


def test_an_app_that_still_runs_is_not_taken_for_a_crash(home: Path) -> None:
    assert crash.start_session() == []  # this process: a second app still running
    env = dict(
        os.environ,
        KENNISNET_HOME=str(home),
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=os.pathsep.join(sys.path),
    )
    check = "from kennisnet.ui import crash; print(len(crash.start_session()))"
    other = subprocess.run(
        [sys.executable, "-c", check],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert other.stdout.strip() == "0", other.stderr
