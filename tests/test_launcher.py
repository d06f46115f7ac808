"""The entry point: commands run without Qt; a window mode starts the screens."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kennisnet import launcher


def test_a_command_does_not_load_qt(tmp_path: Path) -> None:
    program = textwrap.dedent(
        """
        import sys
        from kennisnet.launcher import main

        code = main(["template", sys.argv[1]])
        print(code, "PySide6" in sys.modules, "kennisnet.ui" in sys.modules)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", program, str(tmp_path / "template.xlsx")],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path)),
        check=False,
    )
    assert done.stdout.split()[-3:] == ["0", "False", "False"], done.stderr
    assert (tmp_path / "template.xlsx").stat().st_size > 1000


@pytest.mark.parametrize(
    ("args", "started"),
    [
        ([], ("app", None, None, None)),
        (["kiosk", "p.kennisnet"], ("kiosk", "p.kennisnet", None, None)),
        (["--lang", "nl", "workshop", "p.kennisnet"], ("workshop", "p.kennisnet", None, "nl")),
        (
            ["workshop", "--pseudonymize", "p.kennisnet"],
            ("workshop-pseudonymized", "p.kennisnet", None, None),
        ),
    ],
)
def test_a_window_mode_starts_the_screens(
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    started: tuple[str, str | None, str | None, str | None],
) -> None:
    from kennisnet.ui import app

    seen: list[tuple[str, str | None, str | None, str | None]] = []

    def run(mode: str, project: str | None, config: str | None, lang: str | None) -> int:
        seen.append((mode, project, config, lang))
        return 0

    monkeypatch.setattr(app, "run", run)
    assert launcher.main(args) == 0
    assert seen == [started]
