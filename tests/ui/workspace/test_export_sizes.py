"""The app's export draws its pictures as the dashboard shows them: colour and dot size."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox, QPushButton

from kennisnet.export import NetworkPicture, image
from kennisnet.export.sizes import YEARS
from kennisnet.ui.workspace.export import ExportDialog
from kennisnet.ui.workspace.export_summary import ExportSummaryDialog
from kennisnet.ui.workspace.window import RESULTS, MainWindow


def pick(qtbot: Any, combo: QComboBox, text: str) -> None:
    """Choose ``text`` with the keyboard, as a person would."""
    index = combo.findText(text)
    assert index >= 0, [combo.itemText(i) for i in range(combo.count())]
    combo.setFocus()
    while combo.currentIndex() != index:
        key = Qt.Key.Key_Down if combo.currentIndex() < index else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)


def test_the_export_sizes_and_colours_the_dots_as_the_dashboard(
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
    pick(qtbot, side.colour, "Role")
    pick(qtbot, side.size_choice, "Years since start")
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
    assert picture.grouping is not None and picture.grouping.attribute.key == "role"
    assert picture.sizing is not None and picture.sizing.size_by.key == YEARS
    assert [p.suffix for p in target.iterdir()] == [".png"]
