"""The next start after a crash tells HR and opens the log folder; a normal end leaves no
trace, and an app that still runs is not taken for a crash."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from kennisnet.i18n import set_language
from kennisnet.ui import app, crash

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


# The real app (kennisnet.ui.app.run, the HR workspace); says "running" once its window is up.
APP = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from kennisnet.ui import app

    app.ensure_app()
    QTimer.singleShot(0, lambda: print("running", flush=True))
    sys.exit(app.run("app", None, sys.argv[1], "en"))
    """
)


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform, not the app
def test_an_app_killed_hard_is_reported_at_the_next_start_with_the_log_folder(
    qtbot: QtBot, home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "settings.ini"
    env = dict(
        os.environ,
        KENNISNET_HOME=str(home),
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=os.pathsep.join(sys.path),
    )
    running = subprocess.Popen(
        [sys.executable, "-c", APP, str(config)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert running.stdout is not None
        assert running.stdout.readline() == "running\n", running.stderr
        # While it runs it is a second app, not a crash.
        assert crash.start_session() == []
        crash.end_session()
    finally:
        running.send_signal(signal.SIGKILL)
        running.communicate(timeout=60)
    assert running.returncode == -signal.SIGKILL
    assert "Traceback" not in (home / "logs" / "kennisnet.log").read_text(encoding="utf-8")

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window = app.start("app", None, str(config), "en")  # the next start
    assert window is not None
    qtbot.addWidget(window)
    notice = window.findChild(QMessageBox, "crashNotice")
    assert isinstance(notice, QMessageBox)
    qtbot.waitUntil(notice.isVisible)
    assert notice.text().startswith("Kennisnet stopped unexpectedly the last time")
    button = notice.findChild(QPushButton, "openLogFolder")
    assert isinstance(button, QPushButton) and button.text() == "Open the log folder"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(home / "logs"))]
    qtbot.waitUntil(lambda: not notice.isVisible())
    # Told once: the lock of the killed run is gone; only this run's own remains.
    assert [p.name for p in (home / "logs").glob("running-*.lock")] == [
        f"running-{os.getpid()}.lock"
    ]
    window.close()


def test_the_notice_in_dutch(qtbot: QtBot) -> None:
    set_language("nl")
    box = crash.crash_notice([datetime(2024, 3, 5, 9, 30)])
    qtbot.addWidget(box)
    assert box.windowTitle() == "Kennisnet is onverwacht gestopt"
    assert "de vorige keer onverwacht gestopt (gestart 05-03-2024 09:30)" in box.text()
    button = box.findChild(QPushButton, "openLogFolder")
    assert isinstance(button, QPushButton) and button.text() == "Logmap openen"
