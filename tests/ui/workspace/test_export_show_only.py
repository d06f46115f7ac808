"""The app's export shows in full colour whom the dashboard's 'Show only' shows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox, QPushButton

from kennisnet.export import NetworkPicture, image
from kennisnet.ui.workspace.export import ExportDialog
from kennisnet.ui.workspace.export_summary import ExportSummaryDialog
from kennisnet.ui.workspace.window import RESULTS, MainWindow


def pick(qtbot: Any, combo: QComboBox, text: str) -> None:
    """Choose the item that starts with ``text`` with the keyboard, as a person would."""
    found = [i for i in range(combo.count()) if combo.itemText(i).startswith(text)]
    assert found, [combo.itemText(i) for i in range(combo.count())]
    combo.setFocus()
    while combo.currentIndex() != found[0]:
        key = Qt.Key.Key_Down if combo.currentIndex() < found[0] else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)


def test_the_export_shows_only_whom_the_dashboard_shows(
    qtbot: Any,
    window: MainWindow,
    demo_path: Path,
    dialogs: Any,
    idle: Any,
    tmp_path: Path,
    monkeypatch: Any,
) -> None:
    assert window.open_project(demo_path)
    window.tabs.setCurrentIndex(RESULTS)
    panel = window.results_tab.panel
    assert panel is not None
    qtbot.waitUntil(
        lambda: panel.current_result() is not None and not panel.drawing(), timeout=30_000
    )
    side = panel.widgets.side
    assert window.results_tab.show_only() == ""
    pick(qtbot, side.department, "Planning")
    assert window.results_tab.show_only() == "department=Planning"
    pick(qtbot, side.show_only_by, "Role")
    pick(qtbot, side.department, "Monteur")
    assert window.results_tab.show_only() == "role=Monteur"
    drawn: list[NetworkPicture] = []
    real = image.render

    def render(picture: NetworkPicture, page: Any, kind: str) -> bytes:
        drawn.append(picture)
        return real(picture, page, kind)

    monkeypatch.setattr(image, "render", render)
    target = tmp_path / "out"

    def fill(dialog: ExportDialog) -> None:
        for kind, box in dialog.kind_boxes.items():
            if box.isChecked() != (kind == "png") and box.isEnabled():
                qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
        dialog.folder.clear()
        qtbot.keyClicks(dialog.folder, str(target))
        button = dialog.export_button
        assert isinstance(button, QPushButton)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    dialogs.on(ExportDialog, fill)
    dialogs.on(ExportSummaryDialog, lambda d: d.accept())
    window.menus.export_action.trigger()
    idle(window)
    (picture,) = drawn
    session = window.session
    assert session is not None
    monteurs = {p.id for p in session.project.people() if p.role == "Monteur" and not p.external}
    assert picture.emphasis == monteurs and len(monteurs) == 17
    assert picture.shown == "Shown: Role Monteur (17 people); everyone else faded"
    assert [p.suffix for p in target.iterdir()] == [".png"]
