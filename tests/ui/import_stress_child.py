"""Child process for ``test_tasks_stress.py``: many response imports through the app's dialog.

Usage: python import_stress_child.py PROJECT RESPONSES.xlsx TIMES

The GUI thread runs the garbage collector all the time (every event-loop turn the young
objects, every 200 ms all) (the condition of the crash), and an
audit hook notes every module that is imported for the first time on another thread.
Prints one JSON line: imports done, answers in the project, extension modules (C code)
first imported off the GUI thread, and all such modules.
"""

from __future__ import annotations

import gc
import json
import sys
import threading
from pathlib import Path
from typing import Any

off_main: list[str] = []


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if event == "import" and threading.current_thread() is not threading.main_thread():
        name = args[0]
        if name not in sys.modules:
            off_main.append(name)


sys.addaudithook(_audit)

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from kennisnet.store import Project  # noqa: E402


def main() -> None:
    project_path, source, times = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    app = QApplication(sys.argv[:1])
    gc_timer = QTimer()
    gc_timer.setInterval(0)
    gc_timer.timeout.connect(lambda: gc.collect(0))  # the youngest objects, often
    gc_timer.start()
    full_gc = QTimer()
    full_gc.setInterval(200)
    full_gc.timeout.connect(gc.collect)  # and everything, every 200 ms
    full_gc.start()

    from kennisnet.ui.workspace.response_import import ResponseImportDialog

    done = 0
    with Project.open(project_path) as project:
        for _ in range(times):
            dialog = ResponseImportDialog(project, source)
            dialog.show()
            while dialog.plan is None or dialog.checking:
                app.processEvents()
            dialog.import_button.click()
            while dialog.report is None:
                app.processEvents()
            done += 1
            dialog.close()
            dialog.deleteLater()
            app.processEvents()
        answers = project.response_count()
    extensions = sorted(
        name
        for name in set(off_main)
        if str(getattr(sys.modules.get(name), "__file__", "") or "").endswith((".so", ".pyd"))
    )
    print(json.dumps({"imports": done, "answers": answers, "extensions": extensions}))


if __name__ == "__main__":
    main()
