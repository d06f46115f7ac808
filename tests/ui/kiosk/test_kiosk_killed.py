"""A kiosk process killed mid-survey: every answer it acknowledged is intact in the file."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

from kennisnet.store import Project

CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    from kennisnet.model import Frequency
    from kennisnet.store import Project
    from kennisnet.ui.kiosk.pin import PinLock
    from kennisnet.session.kiosk_saving import SourceChoice
    from kennisnet.ui.kiosk.window import KioskWindow
    from kennisnet.ui.settings import Settings

    app = QApplication([])
    project = Project.open(Path(sys.argv[1]))
    window = KioskWindow(project, Settings(Path(sys.argv[2])), PinLock("3917"), fullscreen=False)
    window.show()
    # Acknowledged = the kiosk said "stored" (the thank-you page comes right after).
    window.submitted.connect(lambda uuid: print("uuid", uuid, flush=True))
    people = project.people()
    number = 0
    while True:
        window.reset()
        me = people[number % len(people)]
        source = people[(number + 1) % len(people)]
        window.redo_allowed.add(me.id)  # HR allowed redos: the same people answer again
        window.go(window.who)
        window.answers.respondent = me
        window.go(window.sources)
        window.sources.add_person(source.id)
        window.sources.rows[0].frequency[Frequency.WEEKLY].click()
        window.go(window.training)
        window.submit()  # the kiosk's own submit: thanks only after the write
        assert window.current() is window.thanks
        number += 1
    """
)


def test_killed_mid_survey_keeps_every_acknowledged_answer(
    project: Project, tmp_path: Path
) -> None:
    path = project.path
    project.close()
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KENNISNET_HOME=str(tmp_path / "home"))
    errors = tmp_path / "child-errors.txt"
    acknowledged: list[str] = []
    with (
        errors.open("w", encoding="utf-8") as stderr,
        subprocess.Popen(
            [sys.executable, str(script), str(path), str(tmp_path / "settings.ini")],
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
            env=env,
        ) as child,
    ):
        try:
            assert child.stdout is not None
            for line in child.stdout:
                if line.startswith("uuid "):
                    acknowledged.append(line.split()[1])
                if len(acknowledged) >= 25:
                    break
        finally:
            # Killed while it goes on with the next respondents (mid-survey or mid-write).
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=30)
    assert len(acknowledged) >= 25, errors.read_text(encoding="utf-8")
    assert child.returncode == -signal.SIGKILL
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {row[0] for row in conn.execute("SELECT uuid FROM responses")}
    finally:
        conn.close()
    assert set(acknowledged) <= stored
    with Project.open(path) as reopened:
        data = reopened.snapshot()
        assert {r.uuid for r in data.responses} <= stored
        assert all(len(r.nominations) == 1 for r in data.responses)
