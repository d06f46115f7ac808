"""The export dialog never writes onto a project and asks before replacing a file."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import Qt

from kennisnet.ui.workspace.export import ExportDialog
from kennisnet.ui.workspace.export_summary import ExportSummaryDialog
from kennisnet.ui.workspace.window import MainWindow


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_project_file_is_refused_outright(
    qtbot, window: MainWindow, small_project: Path, dialogs, idle, boxes, tmp_path: Path
) -> None:
    assert window.open_project(small_project)
    folder = tmp_path / "out"
    folder.mkdir()
    # A project saved under an export's name (a copy made by hand): recognised by its bytes.
    disguised = folder / "rapport.xlsx"
    disguised.write_bytes(small_project.read_bytes())
    before = digest(disguised)
    seen: list[object] = []

    def fill(dialog: ExportDialog) -> None:
        for kind, box in dialog.kind_boxes.items():
            box.setChecked(kind in {"xlsx", "png"})
        dialog.folder.setText(str(folder))
        dialog.name.setText("rapport")
        boxes.answer = True  # even a "yes" to every question must not replace it
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        seen.append(dialog.choice)
        assert dialog.isVisible()
        dialog.reject()

    dialogs.on(ExportDialog, fill)
    window.menus.export_action.trigger()
    idle(window)
    assert seen == [None]
    assert len(boxes.seen) == 1
    assert boxes.seen[0].startswith("rapport.xlsx is a Kennisnet project.")
    assert "never writes an export over a project file" in boxes.seen[0]
    assert digest(disguised) == before
    assert sorted(p.name for p in folder.iterdir()) == ["rapport.xlsx"]


def test_replacing_asks_and_the_answer_counts(
    qtbot, window: MainWindow, small_project: Path, dialogs, idle, boxes, tmp_path: Path
) -> None:
    assert window.open_project(small_project)
    folder = tmp_path / "out"
    folder.mkdir()
    old = folder / "rapport.png"
    old.write_bytes(b"older picture")

    def fill(dialog: ExportDialog) -> None:
        for kind, box in dialog.kind_boxes.items():
            box.setChecked(kind in {"xlsx", "png"})
        dialog.folder.setText(str(folder))
        dialog.name.setText("rapport")
        boxes.answer = False
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible() and dialog.choice is None
        boxes.answer = True
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    dialogs.on(ExportDialog, fill)
    dialogs.on(ExportSummaryDialog, lambda d: d.accept())
    window.menus.export_action.trigger()
    idle(window)
    assert len(boxes.seen) == 2 and all("rapport.png" in text for text in boxes.seen)
    assert "rapport.xlsx" not in boxes.seen[0]  # only the file that exists is named
    assert old.read_bytes().startswith(b"\x89PNG")
    assert sorted(p.name for p in folder.iterdir()) == ["rapport.png", "rapport.xlsx"]
