"""Screenshots of the phones window (set-up and collecting), Dutch and English, at 1366×768
and 1920×1080.

Run under a virtual X server (the PNGs land in out/screens/phones/)::

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/screens/phones.py

The demo project is copied to a temporary folder first; the server listens on
127.0.0.1 only (any free port) and is stopped after each shot.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kennisnet.resources import resource
from kennisnet.store import Project
from kennisnet.ui.language import switch_language
from kennisnet.ui.phones.window import PhonesWindow

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "out" / "screens" / "phones"
SIZES = ((1366, 768), (1920, 1080))


def settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()
        QTest.qWait(20)


def run(app: QApplication, folder: Path, lang: str, size: tuple[int, int], codes: bool) -> None:
    path = folder / f"demo-{lang}-{size[0]}.kennisnet"
    shutil.copyfile(resource("demo", "demo.kennisnet"), path)
    switch_language(lang)
    project = Project.open(path, backup=False)
    window = PhonesWindow(project, str(folder))
    window.setFixedSize(*size)
    window.show()
    settle(app)
    name = f"{size[0]}x{size[1]}-{lang}"
    if not codes:
        window.grab().save(str(OUT / f"{name}-setup.png"))
    setup = window.setup
    setup.address.setCurrentIndex(setup.address.findData("127.0.0.1"))
    setup.port.setValue(0)
    (setup.codes_mode if codes else setup.open_mode).setChecked(True)
    QTest.mouseClick(setup.start_button, Qt.MouseButton.LeftButton)
    for _ in range(500):
        if window.collecting:
            break
        settle(app, 1)
    settle(app)
    window.grab().save(str(OUT / f"{name}-{'codes' if codes else 'collecting'}.png"))
    window.close()
    settle(app)
    project.close()
    print(name, "codes" if codes else "open")


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as temp:
        for lang in ("nl", "en"):
            for size in SIZES:
                for codes in (False, True):
                    run(app, Path(temp), lang, size, codes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
