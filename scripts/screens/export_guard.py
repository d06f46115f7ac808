"""Screenshots of the export dialog's two guards: replacing a file, and a project file.

Run under Xvfb once per screen size (the whole screen is captured, dialog over window):
    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screens/export_guard.py
    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/screens/export_guard.py

Writes PNGs to out/screens/export-guard/, in Dutch and English.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "out" / "screens" / "export-guard"


def main() -> int:
    os.environ.setdefault("KENNISNET_HOME", tempfile.mkdtemp(prefix="kennisnet-screens-"))
    import shots  # this folder is on sys.path when the script runs
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from kennisnet.i18n import set_language
    from kennisnet.resources import resource
    from kennisnet.ui.app import ensure_app
    from kennisnet.ui.language import switch_language
    from kennisnet.ui.settings import Settings
    from kennisnet.ui.workspace.export import ExportDialog
    from kennisnet.ui.workspace.window import MainWindow

    _app = ensure_app()
    OUT.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="kennisnet-screens-"))
    demo = work / "Demo Installatietechniek Van Dijk.kennisnet"
    shutil.copyfile(resource("demo", "demo.kennisnet"), demo)
    screen = QApplication.primaryScreen().geometry()
    size = f"{screen.width()}x{screen.height()}"
    for lang in ("nl", "en"):
        set_language(lang)
        switch_language(lang)
        for case in ("replace", "project"):
            folder = work / f"{lang}-{case}"
            folder.mkdir()
            if case == "replace":
                (folder / "rapport.png").write_bytes(b"an older picture")
                (folder / "rapport.xlsx").write_bytes(b"an older workbook")
            else:
                shutil.copyfile(demo, folder / "rapport.xlsx")
            window = MainWindow(Settings(work / "settings.ini"))
            window.resize(screen.width(), screen.height())
            window.show()
            window.open_project(demo)
            dialog = ExportDialog(window.session.project.name, str(folder), window, project=demo)
            dialog.name.setText("rapport")
            dialog.show()
            shots.settle()
            name = f"{lang}-{size}-{case}"

            def capture(name: str = name) -> None:
                box = QApplication.activeModalWidget()
                QApplication.processEvents()
                QApplication.primaryScreen().grabWindow(0).save(str(OUT / f"{name}.png"))
                if isinstance(box, QMessageBox):
                    box.grab().save(str(OUT / f"{name}-box.png"))
                    box.reject()
                print("  ", name, flush=True)

            QTimer.singleShot(800, capture)
            dialog._export()
            dialog.close()
            window.close_project()
            window.close()
            window.deleteLater()
            shots.settle()
    print(f"screenshots in {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
