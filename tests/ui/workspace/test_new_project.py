"""A new project from the main window: the wizard (driven here) creates it, the window opens it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from kennisnet.ui.wizard import NewProjectWizard


def test_new_project_from_the_window_opens_it(
    read,
    qtbot,
    window,
    dialogs,
    tmp_path: Path,
) -> None:
    roster = tmp_path / "p.csv"
    roster.write_text("Naam,Getraind\nAnne de Vries,ja\n", encoding="utf-8")

    def drive(w: NewProjectWizard) -> None:
        w.name_page.folder.setText(str(tmp_path))
        w.name_page.name.setText("Via het venster")
        w.next()
        w.roster_page.set_file(roster)
        w.next()
        qtbot.waitUntil(lambda: w.mapping_page.isComplete(), timeout=10_000)
        w.next()
        w.next()
        w.accept()
        qtbot.waitUntil(lambda: w.created is not None, timeout=10_000)

    dialogs.on(NewProjectWizard, drive)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    read(window)
    assert window.session is not None
    assert window.windowTitle() == "Kennisnet — Via het venster"
    assert window.people_model.rowCount() == 1
