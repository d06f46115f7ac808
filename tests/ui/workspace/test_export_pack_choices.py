"""File → Export…: the workshop pack's choices (names, per department or team, one of them)
and the overview picture, chosen in the dialog as a person does, and found in the files."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QPushButton, QWidget

from kennisnet.export.pack_groups import PackChoices, pack_choices
from kennisnet.i18n import set_language
from kennisnet.store import Project
from kennisnet.ui.workspace.export import ExportChoice, ExportDialog
from kennisnet.ui.workspace.export_summary import ExportSummaryDialog
from kennisnet.ui.workspace.window import MainWindow


def tick(qtbot: Any, box: QAbstractButton) -> None:
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def pick(qtbot: Any, combo: QComboBox, text: str) -> None:
    """Choose the item that starts with ``text`` with the keyboard, as a person would."""
    found = [i for i in range(combo.count()) if combo.itemText(i).startswith(text)]
    assert found, [combo.itemText(i) for i in range(combo.count())]
    assert combo.isEnabled() and combo.isVisible()
    combo.setFocus()
    while combo.currentIndex() != found[0]:
        key = Qt.Key.Key_Down if combo.currentIndex() < found[0] else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)


def pages(path: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page\b(?!s)", path.read_bytes()))


def text_of(path: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, text=True
    )
    return done.stdout


def export_with(
    qtbot: Any,
    window: MainWindow,
    dialogs: Any,
    idle: Callable[[MainWindow], None],
    folder: Path,
    name: str,
    kinds: set[str],
    steps: Callable[[ExportDialog], None],
) -> ExportDialog:
    """File → Export…, tick ``kinds``, do ``steps`` in the dialog, export into ``folder``."""
    seen: list[ExportDialog] = []

    def fill(dialog: ExportDialog) -> None:
        seen.append(dialog)
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        for kind, box in dialog.kind_boxes.items():
            if box.isChecked() != (kind in kinds) and box.isEnabled():
                tick(qtbot, box)
        steps(dialog)
        dialog.folder.clear()
        qtbot.keyClicks(dialog.folder, str(folder))
        dialog.name.clear()
        qtbot.keyClicks(dialog.name, name)
        button = dialog.export_button
        assert isinstance(button, QPushButton)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    dialogs.on(ExportDialog, fill)
    dialogs.on(ExportSummaryDialog, lambda d: d.accept())
    window.menus.export_action.trigger()
    idle(window)
    return seen[0]


def test_the_pack_for_one_department_with_names_from_the_dialog(
    qtbot: Any, window: MainWindow, demo_path: Path, dialogs: Any, idle: Any, tmp_path: Path
) -> None:
    assert window.open_project(demo_path)
    session = window.session
    assert session is not None
    people = session.project.people(include_external=False)
    planning = sorted(p.name for p in people if p.department == "Planning")
    others = sorted(p.name for p in people if p.department == "Monteurs Noord")
    departments = {p.department for p in people}
    assert len(planning) >= 5 and len(others) >= 5 and len(departments) == 7
    target = tmp_path / "out"
    shown: dict[str, object] = {}

    def defaults(dialog: ExportDialog) -> None:
        options = dialog.pack_options
        # The pack's choices are there once the pack is ticked, with its defaults.
        assert options.isVisible() and options.isEnabled()
        shown["by"] = dialog.pack_by.currentText()
        shown["only"] = [dialog.pack_only.itemText(i) for i in range(dialog.pack_only.count())]
        shown["names"] = dialog.pack_names.isChecked()

    export_with(qtbot, window, dialogs, idle, target, "all", {"pack"}, defaults)
    assert shown == {
        "by": "department",
        "only": ["All departments", *sorted(departments, key=str.casefold)],
        "names": False,
    }
    every = target / "all - workshop pack.pdf"

    def planning_with_names(dialog: ExportDialog) -> None:
        pick(qtbot, dialog.pack_only, "Planning")
        tick(qtbot, dialog.pack_names)
        choice = dialog.current_choice()
        shown["choice"] = (choice.pack_by, choice.pack_only, choice.pack_names)

    export_with(qtbot, window, dialogs, idle, target, "planning", {"pack"}, planning_with_names)
    assert shown["choice"] == ("department", ("Planning",), True)
    one = target / "planning - workshop pack.pdf"
    # Cover and reading guide, then two pages per department (each has 5 people or more).
    assert (pages(one), pages(every)) == (2 + 2, 2 + 2 * len(departments))
    text = text_of(one)
    assert "Planning" in text and "Monteurs Noord" not in text
    # Names, as chosen: the sheet names the people most others learn from.
    assert sum(name in text for name in planning) >= 3
    # Codes by default: no name of anyone in the whole pack.
    every_text = text_of(every)
    assert "Monteurs Noord" in every_text and "Planning" in every_text
    assert not any(name in every_text for name in planning + others)


def test_the_overview_picture_as_chosen_in_the_dialog(
    qtbot: Any, window: MainWindow, demo_path: Path, dialogs: Any, idle: Any, tmp_path: Path
) -> None:
    assert window.open_project(demo_path)
    session = window.session
    assert session is not None
    target = tmp_path / "out"
    state: dict[str, object] = {}

    def look(dialog: ExportDialog) -> None:
        # Only the pack: no overview picture to choose; a PDF picture: there is.
        state["pack only"] = dialog.picture.isEnabled()
        tick(qtbot, dialog.kind_boxes["pdf"])
        state["with pdf"] = dialog.picture.isEnabled()
        state["default"] = dialog.picture.currentData()
        tick(qtbot, dialog.kind_boxes["pack"])

    export_with(qtbot, window, dialogs, idle, target, "network", {"pack"}, look)
    assert state == {"pack only": False, "with pdf": True, "default": "auto"}

    def groups(dialog: ExportDialog) -> None:
        pick(qtbot, dialog.picture, "One circle per group")
        state["choice"] = dialog.current_choice().picture

    export_with(qtbot, window, dialogs, idle, target, "groups", {"pdf"}, groups)
    assert state["choice"] == "groups"
    # 79 people: "auto" draws every person; the group map a circle per department.
    network = text_of(target / "network.pdf")
    circles = text_of(target / "groups.pdf")
    assert network != circles
    assert "Planning" in circles and "Monteurs Noord" in circles
    everyone = [p.name for p in session.project.people()]
    assert any(name in network for name in everyone)  # the key people are named
    assert not any(name in circles for name in everyone)


def test_the_pack_per_team_lists_the_teams_of_five_or_more(
    qtbot: Any, tmp_path: Path, dialogs: Any, idle: Any, window: MainWindow
) -> None:
    path = tmp_path / "teams.kennisnet"
    with Project.create(path, name="Teams") as project:
        for index in range(12):
            project.add_person(
                name=f"Person {index}",
                department="Zorg",
                team="Team Oost" if index < 6 else ("Team West" if index < 11 else "Team Noord"),
            )
        choices = pack_choices(project.people())
    assert choices == PackChoices(("Zorg",), ("Team Oost", "Team West"), True)
    dialog = ExportDialog("Teams", str(tmp_path), pack=choices)
    qtbot.addWidget(dialog)
    dialog.show()
    tick(qtbot, dialog.kind_boxes["pack"])
    assert [dialog.pack_only.itemText(i) for i in range(dialog.pack_only.count())] == [
        "All departments",
        "Zorg",
    ]
    pick(qtbot, dialog.pack_by, "team")
    # Team Noord has 1 person: no sheet of its own, so not offered.
    assert [dialog.pack_only.itemText(i) for i in range(dialog.pack_only.count())] == [
        "All teams",
        "Team Oost",
        "Team West",
    ]
    pick(qtbot, dialog.pack_only, "Team West")
    choice = dialog.current_choice()
    assert (choice.pack_by, choice.pack_only) == ("team", ("Team West",))
    request = choice.request()
    assert (request.pack_by, request.pack_only) == ("team", ("Team West",))
    # Without the pack the request carries none of its choices.
    tick(qtbot, dialog.kind_boxes["pack"])
    assert not dialog.pack_options.isVisible()
    request = dialog.current_choice().request()
    assert (request.pack_by, request.pack_only, request.pack) == ("department", (), None)
    # The next export offers the same choices again.
    again = ExportDialog(
        "Teams",
        str(tmp_path),
        previous=ExportChoice(
            ("pack",), tmp_path, "x", "en", False, "slide", True, "team", ("Team West",), "groups"
        ),
        pack=choices,
    )
    qtbot.addWidget(again)
    assert again.pack_by.currentData() == "team"
    assert again.pack_only.currentText() == "Team West"
    assert again.pack_names.isChecked() and again.picture.currentData() == "groups"


def test_without_teams_a_pack_per_team_cannot_be_chosen(qtbot: Any, tmp_path: Path) -> None:
    dialog = ExportDialog("Demo", str(tmp_path), pack=PackChoices(("Planning",), (), False))
    qtbot.addWidget(dialog)
    dialog.show()
    tick(qtbot, dialog.kind_boxes["pack"])
    dialog.pack_by.setFocus()
    qtbot.keyClick(dialog.pack_by, Qt.Key.Key_Down)  # the team item is off: nothing happens
    assert dialog.pack_by.currentData() == "department"
    assert "no teams" in dialog.pack_by.toolTip()
    # No department of 5 or more: nothing to choose from, and the tooltip says why.
    small = ExportDialog("Small", str(tmp_path), pack=PackChoices((), (), False))
    qtbot.addWidget(small)
    small.show()
    tick(qtbot, small.kind_boxes["pack"])
    assert small.pack_only.count() == 1 and not small.pack_only.isEnabled()
    assert "5 people" in small.pack_only.toolTip()


def test_the_pack_choices_are_reached_with_the_keyboard_in_reading_order(
    qtbot: Any, tmp_path: Path
) -> None:
    dialog = ExportDialog("Demo", str(tmp_path), pack=PackChoices(("Planning", "Zorg"), (), False))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    pack = dialog.kind_boxes["pack"]
    pack.setFocus()
    qtbot.keyClick(pack, Qt.Key.Key_Space)
    assert pack.isChecked() and dialog.pack_options.isVisible()
    order: list[QWidget | None] = []
    for _ in range(4):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [
        dialog.pack_names,
        dialog.pack_by,
        dialog.pack_only,
        dialog.kind_boxes["deck"],  # then the next group, "For presenting"
    ]
    qtbot.keyClick(dialog.pack_only, Qt.Key.Key_Down)
    assert dialog.current_choice().pack_only == ("Planning",)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_with_the_pack_choices_the_dialog_still_fits_a_small_laptop_screen(
    qtbot: Any, tmp_path: Path, lang: str
) -> None:
    from kennisnet.ui.language import switch_language

    set_language(lang)
    switch_language(lang)
    try:
        names = ("Administratie & Inkoop", "Service & Onderhoud", "Werkvoorbereiding")
        dialog = ExportDialog(
            "Installatietechniek Van Dijk", str(tmp_path), pack=PackChoices(names, (), False)
        )
        qtbot.addWidget(dialog)
        dialog.show()
        for kind in ("pack", "report", "deck"):
            tick(qtbot, dialog.kind_boxes[kind])
        assert dialog.pack_options.isVisible()
        # 1366 × 768, less a title bar and a task bar; at most 2/3 of the width.
        hint = dialog.sizeHint()
        assert hint.width() <= 900 and hint.height() <= 690, hint
        group = dialog.group_boxes["reading"]
        assert group.isAncestorOf(dialog.pack_by) and group.isAncestorOf(dialog.pack_only)
        # The dialog grows with the choices under the pack: nothing squeezed or cut off.
        squeezed = (dialog.pack_names, dialog.pack_by_label, dialog.pack_only_label)
        qtbot.waitUntil(lambda: all(w.width() >= w.sizeHint().width() for w in squeezed))
        for widget in (dialog.pack_by, dialog.pack_only, dialog.picture, dialog.pack_names):
            assert widget.toolTip(), widget.objectName()
    finally:
        set_language("en")
        switch_language("en")
