"""Screenshots of what makes the workspace look like the platform: the demo's marker (title
and Overview), the export dialog's folder for the demo (Documents), the file dialog Qt
draws itself (as under Xvfb) in the app's language, and Help → Keyboard shortcuts.

Run under Xvfb:
    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/screens/platform_looks.py

Writes PNGs to out/screens/platform/, Dutch and English, 1366x768 and 1920x1080. Xvfb has
no window manager, so no title bar: the window's title is drawn above the window, as a
title bar shows it.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "out" / "screens" / "platform"
SIZES = ((1366, 768), (1920, 1080))


def main() -> int:
    os.environ.setdefault("KENNISNET_HOME", tempfile.mkdtemp(prefix="kennisnet-screens-"))
    # A home folder as HR has one (with Documents), so the dialogs show where they start.
    home = Path(tempfile.mkdtemp(prefix="kennisnet-home-"))
    (home / "Documents").mkdir()
    os.environ["HOME"] = str(home)
    import shots  # this folder is on sys.path when the script runs
    from PySide6.QtCore import QRect, Qt, QTimer
    from PySide6.QtGui import QColor, QFont, QPainter, QPixmap
    from PySide6.QtWidgets import QApplication, QDialog, QWidget

    from kennisnet.ui.app import ensure_app
    from kennisnet.ui.dialogs.files import PROJECT_FILTER, RESPONSES_FILTER, open_file, save_file
    from kennisnet.ui.language import switch_language
    from kennisnet.ui.settings import Settings
    from kennisnet.ui.workspace import file_actions
    from kennisnet.ui.workspace import window as window_module
    from kennisnet.ui.workspace.window import MainWindow

    _app = ensure_app()
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.png"):
        old.unlink()
    work = Path(tempfile.mkdtemp(prefix="kennisnet-screens-"))

    def with_title(window: QWidget, name: str) -> None:
        shots.settle()
        body = window.grab()
        bar = 34
        picture = QPixmap(body.width(), body.height() + bar)
        picture.fill(QColor("#2b2b2b"))
        painter = QPainter(picture)
        painter.setPen(QColor("#ffffff"))
        font = QFont(window.font())
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(
            QRect(0, 0, body.width(), bar), Qt.AlignmentFlag.AlignCenter, window.windowTitle()
        )
        painter.drawPixmap(0, bar, body)
        painter.end()
        picture.save(str(OUT / f"{name}.png"))
        print("  ", name, flush=True)

    def shoot_modal(name: str) -> None:
        """Grab the modal dialog that is about to block, then cancel it."""

        def grab() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                QTimer.singleShot(50, grab)
                return
            dialog.resize(max(dialog.width(), 760), max(dialog.height(), 460))
            shots.shot(dialog, OUT, name)
            if isinstance(dialog, QDialog):
                dialog.reject()
            else:
                dialog.close()

        QTimer.singleShot(200, grab)

    def shooting_exec(name: Callable[[], str]) -> Callable[[QDialog], int]:
        def run(dialog: QDialog) -> int:
            shots.dialog_shot(dialog, OUT, name())
            return 0

        return run

    current = {"name": ""}
    # The window's modal dialogs are photographed instead of waiting for a click.
    for module in (file_actions, window_module):
        setattr(module, "exec_dialog", shooting_exec(lambda: current["name"]))  # noqa: B010
    settings = Settings(work / "settings.ini")
    for lang in ("nl", "en"):
        switch_language(lang)
        for width, height in SIZES:
            tag = f"{lang}-{width}x{height}"
            window = MainWindow(settings)
            window.resize(width, height)
            window.show()
            window.open_demo()  # the demo copy in Kennisnet's own (hidden) folder
            with_title(window, f"{tag}-01-demo-overview")
            current["name"] = f"{tag}-02-demo-export-folder"
            window.menus.export_action.trigger()
            current["name"] = f"{tag}-03-shortcuts"
            window.menus.shortcuts_action.trigger()
            if width == 1366:
                shoot_modal(f"{tag}-04-file-dialog-open")
                open_file(window, "Open", settings.last_folder, PROJECT_FILTER)
                shoot_modal(f"{tag}-05-file-dialog-save")
                save_file(window, "Save", str(Path(settings.last_folder) / "x.xlsx"), "")
                shoot_modal(f"{tag}-06-file-dialog-import")
                open_file(window, "Import", settings.last_folder, RESPONSES_FILTER)
            window.close_project()
            window.close()
            window.deleteLater()
            shots.settle()
    print(f"screenshots in {OUT}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    sys.exit(main())
