"""Screenshots of workshop mode at 1366x768 and 1920x1080, every step, both languages,
with codes (the default) and with real names.

Run under Xvfb::

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/screens/workshop.py

Writes PNGs to out/screens/ (git-ignored). Uses a copy of the demo project.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from kennisnet.analysis import analyze
from kennisnet.i18n import set_language
from kennisnet.resources import resource
from kennisnet.store import Project
from kennisnet.ui.language import switch_language
from kennisnet.ui.settings import Settings
from kennisnet.ui.workshop import WorkshopWindow
from kennisnet.ui.workshop.steps import STEPS

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "out" / "screens"


def wait_for(signal: object, timeout_ms: int = 30000) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp())
    project = tmp / "demo.kennisnet"
    shutil.copy(resource("demo", "demo.kennisnet"), project)
    with Project.open(project, readonly=True) as opened:
        data = opened.snapshot()
        title = opened.name
    result = analyze(data)
    settings = Settings(tmp / "settings.ini")
    set_language("en")
    for width, height in ((1366, 768), (1920, 1080)):
        for pseudo in (True, False):
            window = WorkshopWindow(result, data, settings, title=title, pseudonymised=pseudo)
            window.resize(width, height)
            window.show()
            settle(app)
            tag = f"{width}_{'codes' if pseudo else 'names'}"
            for lang in ("nl", "en"):
                switch_language(lang)
                for index, key in enumerate(STEPS):
                    window.go_to(index)
                    if key == "whatif":
                        holder = result.key_holders[0].id
                        window.set_leaving([holder])
                        wait_for(window.what_if_ready)
                    settle(app)
                    name = f"workshop_{tag}_{lang}_{index + 1}_{key}.png"
                    window.grab().save(str(OUT / name))
                window.clear_leaving()
            window.close()
    shutil.rmtree(tmp, ignore_errors=True)
    print(f"Screenshots in {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
