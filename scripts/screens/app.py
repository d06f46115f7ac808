"""Screenshots of the crash dialog in Dutch and English (run under Xvfb).

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/screens/app.py

Writes out/screens/app/crash-{nl,en}.png. The start screen and the About dialog are
in scripts/screens/workspace.py.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

os.environ.setdefault("KENNISNET_HOME", tempfile.mkdtemp(prefix="kennisnet-screens-"))

from kennisnet.i18n import set_language
from kennisnet.ui import crash
from kennisnet.ui.app import ensure_app
from kennisnet.ui.language import use_qt_translations

OUT = Path(__file__).resolve().parents[2] / "out" / "screens" / "app"


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    ensure_app()
    for lang in ("nl", "en"):
        set_language(lang)
        use_qt_translations(lang)

        def grab(lang: str = lang) -> None:
            box = next(
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.isVisible()
            )
            box.grab().save(str(OUT / f"crash-{lang}.png"))
            box.accept()

        QTimer.singleShot(800, grab)
        crash.show_crash_dialog("ZeroDivisionError: division by zero")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
