"""Screenshots of erasing a person in the app and of a backup that could not be made.

Run under Xvfb:
    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/screens/erasure.py

Writes PNGs to out/screens/erasure/: the window with each message box over it (the
question, the result with its check, the warning that no backup copy could be made), at
1366x768 and 1920x1080, in Dutch and English, on a copy of the demo.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "out" / "screens" / "erasure"
SIZES = ((1366, 768), (1920, 1080))


def main() -> int:
    os.environ.setdefault("KENNISNET_HOME", tempfile.mkdtemp(prefix="kennisnet-screens-"))
    import shots  # this folder is on sys.path when the script runs
    from PySide6.QtGui import QPainter, QPixmap
    from PySide6.QtWidgets import QMessageBox

    from kennisnet.i18n import set_language
    from kennisnet.resources import resource
    from kennisnet.store import Project
    from kennisnet.store.backup import backup_dir
    from kennisnet.ui.app import ensure_app
    from kennisnet.ui.language import switch_language
    from kennisnet.ui.settings import Settings
    from kennisnet.ui.workspace.window import ROSTER, MainWindow

    _app = ensure_app()
    work = Path(tempfile.mkdtemp(prefix="kennisnet-screens-"))
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.png"):
        old.unlink()
    state = {"tag": "", "n": 0, "window": None}

    def grab_box(box: QMessageBox) -> int:
        """Save the window with the message box drawn over it, then answer yes."""
        box.show()
        shots.settle()
        window = state["window"]
        assert isinstance(window, MainWindow)
        canvas = QPixmap(window.grab())
        painter = QPainter(canvas)
        picture = box.grab()
        painter.drawPixmap(
            (canvas.width() - picture.width()) // 2,
            (canvas.height() - picture.height()) // 2,
            picture,
        )
        painter.end()
        state["n"] = int(state["n"]) + 1
        name = f"{state['tag']}-{state['n']:02d}.png"
        canvas.save(str(OUT / name))
        print("  ", name, flush=True)
        wanted = {QMessageBox.ButtonRole.AcceptRole, QMessageBox.ButtonRole.DestructiveRole}
        buttons = box.buttons()
        chosen = next((b for b in buttons if box.buttonRole(b) in wanted), buttons[0])
        chosen.click()
        return 0

    QMessageBox.exec = grab_box  # type: ignore[method-assign]
    for lang in ("nl", "en"):
        set_language(lang)
        switch_language(lang)
        for width, height in SIZES:
            state["tag"] = f"{lang}-{width}x{height}"
            state["n"] = 0
            demo = work / f"demo-{state['tag']}.kennisnet"
            shutil.copyfile(resource("demo", "demo.kennisnet"), demo)
            window = MainWindow(Settings(work / "settings.ini"))
            state["window"] = window
            window.resize(width, height)
            window.show()
            window.open_project(demo)
            window.tabs.setCurrentIndex(ROSTER)
            assert window.session is not None
            person = window.session.project.people(include_external=False)[3]
            window.erase_people([person.id])
            project_id = window.session.project.project_id
            window.close_project()
            # A file where the backup folder should be: no copy can be made.
            folder = backup_dir(project_id)
            shutil.rmtree(folder)
            folder.write_bytes(b"")
            window.open_project(demo)
            window.close_project()
            folder.unlink()
            window.close()
            window.deleteLater()
    with Project.open(demo, readonly=True):
        pass
    print(f"screenshots in {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
