"""File → Export…: choosing, writing in the background, cancel, errors, the summary."""

from __future__ import annotations

import errno
import struct
import threading
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QPushButton

from kennisnet.i18n import set_language
from kennisnet.ui.workspace.export import ExportDialog
from kennisnet.ui.workspace.export_summary import ExportSummaryDialog
from kennisnet.ui.workspace.window import RESULTS, MainWindow

NAMES = ("Anne de Vries", "Bob Jansen", "Carla van den Berg", "José Peña")


def png_size(path: Path) -> tuple[int, int]:
    width, height = struct.unpack(">II", path.read_bytes()[16:24])
    return width, height


def contents(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def click(qtbot, button: QPushButton) -> None:
    assert button.isEnabled() and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def urls(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    seen: list[QUrl] = []

    def record(url: QUrl) -> bool:
        seen.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", record)
    return seen


@pytest.fixture
def opened(window: MainWindow, small_project: Path) -> MainWindow:
    assert window.open_project(small_project)
    return window


def tick(qtbot, box: QAbstractButton) -> None:
    """Click a check box or radio button on its box, as a person does."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def choose(
    qtbot,
    dialog: ExportDialog,
    folder: Path,
    kinds: set[str],
    *,
    pseudonymise: bool = False,
    page: str = "slide",
    landscape: bool = False,
) -> None:
    for kind, box in dialog.kind_boxes.items():
        if box.isChecked() != (kind in kinds) and box.isEnabled():
            tick(qtbot, box)
    if dialog.pseudonymise.isChecked() != pseudonymise:
        tick(qtbot, dialog.pseudonymise)
    dialog.page.setCurrentIndex(dialog.page.findData(page))
    if page != "slide":
        tick(qtbot, dialog.landscape if landscape else dialog.portrait)
    dialog.folder.clear()
    qtbot.keyClicks(dialog.folder, str(folder))


def test_export_pictures_and_gephi_pseudonymised_then_open_the_folder(
    qtbot, opened: MainWindow, dialogs, idle, urls: list[QUrl], tmp_path: Path, monkeypatch
) -> None:
    target = tmp_path / "export"
    target.mkdir()
    seen: dict[str, object] = {}

    def fill(dialog: ExportDialog) -> None:
        # Defaults: the app's language, Excel and PNG, project name + today.
        assert dialog.language.currentData() == "en"
        assert dialog.name.text() == f"Zorggroep Test {date.today().isoformat()}"
        assert dialog.kind_boxes["xlsx"].isChecked() and dialog.kind_boxes["png"].isChecked()
        assert not dialog.portrait.isEnabled()  # a slide has one orientation
        # Choosing the folder with the native dialog.
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(target))
        qtbot.mouseClick(dialog.browse, Qt.MouseButton.LeftButton)
        assert dialog.folder.text() == str(target)
        choose(
            qtbot,
            dialog,
            target,
            {"png", "svg", "gexf", "codes"},
            pseudonymise=True,
            page="a4",
            landscape=True,
        )
        # The code list holds names: not with pseudonymised files.
        assert not dialog.kind_boxes["codes"].isEnabled()
        assert not dialog.kind_boxes["codes"].isChecked()
        assert dialog.page_key() == "a4-landscape"
        dialog.name.setText("workshop: team/zorg")
        seen["files"] = dialog.files.text()
        click(qtbot, dialog.export_button)

    summary: dict[str, object] = {}

    def look(dialog: ExportSummaryDialog) -> None:
        summary["text"] = dialog.text.toPlainText()
        click(qtbot, dialog.open_button)
        dialog.accept()

    dialogs.on(ExportDialog, fill)
    dialogs.on(ExportSummaryDialog, look)
    qtbot.keyClick(opened, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    idle(opened)
    # Characters Windows refuses are replaced in the file name.
    assert seen["files"] == "Kennisnet writes: workshop- team-zorg.png, .svg, .gexf"
    assert contents(target) == [
        "workshop- team-zorg.gexf",
        "workshop- team-zorg.png",
        "workshop- team-zorg.svg",
    ]
    assert png_size(target / "workshop- team-zorg.png") == (3508, 2480)  # A4 landscape
    for path in target.iterdir():
        data = path.read_bytes()
        for name in NAMES:
            assert name.encode() not in data, (path.name, name)
    text = str(summary["text"])
    assert "3 files written to" in text and "workshop- team-zorg.gexf" in text
    assert "Names are replaced by codes" in text
    assert [u.toLocalFile() for u in urls] == [str(target)]
    assert opened.settings.last_folder == str(target)


def test_dutch_workbook_and_code_list_use_the_dashboard_result(
    qtbot, opened: MainWindow, dialogs, idle, urls, tmp_path: Path, monkeypatch
) -> None:
    opened.tabs.setCurrentIndex(RESULTS)
    panel = opened.results_tab.panel
    assert panel is not None
    qtbot.waitUntil(
        lambda: panel.current_result() is not None and not panel.drawing(), timeout=20_000
    )
    import kennisnet.analysis as analysis
    import kennisnet.session.plan  # noqa: F401  (its indicators analyse every wave lightly)

    def no_second_analysis(*_args, **_kwargs):
        raise AssertionError("the export should use the dashboard's result")

    monkeypatch.setattr(analysis, "analyze", no_second_analysis)
    target = tmp_path / "nieuw" / "map"  # does not exist yet: it is made

    def fill(dialog: ExportDialog) -> None:
        dialog.language.setCurrentIndex(dialog.language.findData("nl"))
        choose(qtbot, dialog, target, {"xlsx", "codes"})
        dialog.name.setText("rapport")
        # The window speaks English; the files will be Dutch.
        assert dialog.files.text() == (
            "Kennisnet writes: rapport.xlsx, rapport - persoonlijke codes.csv"
        )
        click(qtbot, dialog.export_button)

    dialogs.on(ExportDialog, fill)
    dialogs.on(ExportSummaryDialog, lambda d: d.accept())
    opened.menus.export_action.trigger()
    idle(opened)
    assert contents(target) == ["rapport - persoonlijke codes.csv", "rapport.xlsx"]
    codes = (target / "rapport - persoonlijke codes.csv").read_text(encoding="utf-8-sig")
    assert codes.splitlines()[0] == "Naam;Personeelsnummer;Afdeling;Persoonlijke code"
    assert "Anne de Vries;1001;Zorg;P-" in codes

    from openpyxl import load_workbook

    book = load_workbook(target / "rapport.xlsx", read_only=True)
    assert book.sheetnames[0] == "Samenvatting"


def test_cancel_leaves_nothing_behind(
    qtbot, opened: MainWindow, dialogs, idle, tmp_path: Path, monkeypatch
) -> None:
    import kennisnet.export.bundle as bundle

    started = threading.Event()
    go_on = threading.Event()
    render = bundle.image.render

    def slow_render(*args, **kwargs):
        data = render(*args, **kwargs)
        started.set()
        assert go_on.wait(10)
        return data

    monkeypatch.setattr(bundle.image, "render", slow_render)
    target = tmp_path / "out"
    target.mkdir()
    (target / "al-hier.txt").write_text("van de adviseur", encoding="utf-8")

    def fill(dialog: ExportDialog) -> None:
        choose(qtbot, dialog, target, {"png", "svg", "xlsx"})
        click(qtbot, dialog.export_button)

    dialogs.on(ExportDialog, fill)
    opened.menus.export_action.trigger()
    busy = opened.busy
    assert busy is not None
    qtbot.waitUntil(started.is_set, timeout=20_000)
    cancel = busy.dialog.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    cancel.click()
    go_on.set()
    assert busy.task.done.wait(20)
    qtbot.waitUntil(lambda: busy.finished)
    assert contents(target) == ["al-hier.txt"]  # no picture, no hidden folder, no .part
    assert not any(isinstance(d, ExportSummaryDialog) for d in dialogs.shown)


def test_a_full_disk_says_so_and_leaves_nothing(
    qtbot, opened: MainWindow, dialogs, idle, boxes, tmp_path: Path, monkeypatch
) -> None:
    import kennisnet.export.image as image

    write = image.write_bytes
    calls: list[Path] = []

    def fill_up(path: Path, data: bytes) -> None:
        calls.append(path)
        if len(calls) == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        write(path, data)

    monkeypatch.setattr(image, "write_bytes", fill_up)
    target = tmp_path / "usb"
    target.mkdir()

    def fill(dialog: ExportDialog) -> None:
        choose(qtbot, dialog, target, {"png", "svg", "graphml"})
        click(qtbot, dialog.export_button)

    dialogs.on(ExportDialog, fill)
    opened.menus.export_action.trigger()
    idle(opened)
    assert len(calls) == 2  # the PNG was written (in the hidden folder), then the disk was full
    assert "Nothing was exported" in boxes.texts()
    assert "The disk is full" in boxes.texts()
    assert contents(target) == []


def test_a_folder_that_cannot_be_written(
    qtbot, opened: MainWindow, dialogs, idle, boxes, tmp_path: Path, monkeypatch
) -> None:
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("x", encoding="utf-8")

    def fill(dialog: ExportDialog) -> None:
        choose(qtbot, dialog, not_a_folder / "export", {"png"})
        click(qtbot, dialog.export_button)

    dialogs.on(ExportDialog, fill)
    opened.menus.export_action.trigger()
    idle(opened)
    assert "is not a folder" in boxes.texts()

    import tempfile

    def refuse(*_args, **_kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    locked = tmp_path / "alleen-lezen"
    locked.mkdir()

    def fill_locked(dialog: ExportDialog) -> None:
        choose(qtbot, dialog, locked, {"png"})
        click(qtbot, dialog.export_button)

    dialogs.on(ExportDialog, fill_locked)
    opened.menus.export_action.trigger()
    idle(opened)
    assert f"Kennisnet may not write in {locked}" in boxes.texts()
    assert contents(locked) == []


def test_existing_files_are_only_replaced_after_asking(
    qtbot, opened: MainWindow, dialogs, idle, boxes, tmp_path: Path
) -> None:
    target = tmp_path / "out"
    target.mkdir()
    old = target / "rapport.png"
    old.write_bytes(b"the older picture")
    outcome: list[object] = []

    def fill(dialog: ExportDialog) -> None:
        choose(qtbot, dialog, target, {"png"})
        dialog.name.setText("rapport")
        boxes.answer = False
        click(qtbot, dialog.export_button)
        outcome.append(dialog.choice)  # still open: nothing chosen
        assert dialog.isVisible()
        boxes.answer = True
        click(qtbot, dialog.export_button)

    dialogs.on(ExportDialog, fill)
    dialogs.on(ExportSummaryDialog, lambda d: d.accept())
    opened.menus.export_action.trigger()
    idle(opened)
    assert outcome == [None]
    assert "rapport.png" in boxes.seen[0] and "already exist" in boxes.seen[0]
    assert old.read_bytes().startswith(b"\x89PNG")


def test_nothing_to_export_keeps_the_button_off_and_the_dialog_follows_the_language(
    qtbot, opened: MainWindow, tmp_path: Path
) -> None:
    dialog = ExportDialog("Zorggroep Test", str(tmp_path), opened)
    qtbot.addWidget(dialog)
    for box in dialog.kind_boxes.values():
        box.setChecked(False)
    assert not dialog.export_button.isEnabled()
    assert dialog.files.text() == "Choose at least one file."
    dialog.kind_boxes["pdf"].setChecked(True)
    dialog.name.clear()
    assert not dialog.export_button.isEnabled()
    dialog.name.setText("x")
    assert dialog.export_button.isEnabled()
    from kennisnet.ui.language import switch_language

    try:
        switch_language("nl")
        assert dialog.windowTitle() == "Exporteren"
        assert dialog.export_button.text() == "Exporteren"
    finally:
        switch_language("en")
        set_language("en")
    assert dialog.export_button.text() == "Export"


def test_the_apps_workbook_has_the_plan_sheets_as_the_cli_writes_them(
    qtbot, opened: MainWindow, dialogs, idle, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    from kennisnet.cli import main

    target = tmp_path / "app"

    def fill(dialog: ExportDialog) -> None:
        choose(qtbot, dialog, target, {"xlsx"})
        dialog.name.setText("rapport")
        click(qtbot, dialog.export_button)

    dialogs.on(ExportDialog, fill)
    dialogs.on(ExportSummaryDialog, lambda d: d.accept())
    opened.menus.export_action.trigger()
    idle(opened)
    assert contents(target) == ["rapport.xlsx"]
    app_book = load_workbook(target / "rapport.xlsx", read_only=True)
    assert "Plan" in app_book.sheetnames and "Indicators" in app_book.sheetnames
    plan = [[c for c in row if c is not None] for row in app_book["Plan"].values]
    assert any(plan)
    # The same project exported by the command line: the same sheets, the same plan.
    assert opened.session is not None
    project = opened.session.path
    assert opened.close_project()  # the command line refuses a project open elsewhere
    cli_file = tmp_path / "cli.xlsx"
    assert main(["--lang", "en", "export", str(project), "--xlsx", str(cli_file)]) == 0
    cli_book = load_workbook(cli_file, read_only=True)
    assert cli_book.sheetnames == app_book.sheetnames
    assert [[c for c in row if c is not None] for row in cli_book["Plan"].values] == plan


def test_the_management_report_from_the_dialog(
    qtbot, opened: MainWindow, dialogs, idle, tmp_path: Path
) -> None:
    import re

    target = tmp_path / "export"
    seen: dict[str, str] = {}

    def fill(dialog: ExportDialog) -> None:
        dialog.language.setCurrentIndex(dialog.language.findData("nl"))
        choose(qtbot, dialog, target, {"report", "pdf"}, pseudonymise=True)
        assert dialog.kind_boxes["report"].text() == "Management report (.pdf)"
        assert dialog.kind_boxes["report"].toolTip() == (
            "Management report (.pdf) — a short report to read or print"
        )
        dialog.name.setText("zorg")
        seen["files"] = dialog.files.text()
        click(qtbot, dialog.export_button)

    dialogs.on(ExportDialog, fill)
    dialogs.on(ExportSummaryDialog, lambda d: d.accept())
    opened.menus.export_action.trigger()
    idle(opened)
    # The picture's PDF and the report do not share a name.
    assert seen["files"] == "Kennisnet writes: zorg.pdf, zorg - rapport.pdf"
    assert contents(target) == ["zorg - rapport.pdf", "zorg.pdf"]
    report = (target / "zorg - rapport.pdf").read_bytes()
    assert 2 <= len(re.findall(rb"/Type\s*/Page\b(?!s)", report)) <= 4
    assert b"/FontFile2" in report
    for name in NAMES:
        assert name.encode() not in report


def test_the_slide_deck_from_the_dialog(
    qtbot, opened: MainWindow, dialogs, idle, tmp_path: Path
) -> None:
    import zipfile

    from pptx import Presentation

    target = tmp_path / "export"
    seen: dict[str, str] = {}

    def fill(dialog: ExportDialog) -> None:
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        choose(qtbot, dialog, target, {"deck"}, pseudonymise=True)
        assert dialog.kind_boxes["deck"].text() == "Slide deck (.pptx), with speaker notes"
        assert dialog.kind_boxes["deck"].toolTip() == (
            "Slide deck (.pptx) — the results to present, with speaker notes"
        )
        dialog.name.setText("zorg")
        seen["files"] = dialog.files.text()
        click(qtbot, dialog.export_button)

    dialogs.on(ExportDialog, fill)
    dialogs.on(ExportSummaryDialog, lambda d: d.accept())
    opened.menus.export_action.trigger()
    idle(opened)
    assert seen["files"] == "Kennisnet writes: zorg.pptx"
    assert contents(target) == ["zorg.pptx"]
    deck = Presentation(str(target / "zorg.pptx"))
    titles = [slide.shapes.title.text_frame.text for slide in deck.slides]
    assert titles[1:3] == ["Our knowledge network", "Key knowledge holders"]
    assert all(slide.notes_slide.notes_text_frame.text for slide in deck.slides)
    with zipfile.ZipFile(target / "zorg.pptx") as z:
        parts = [z.read(name) for name in z.namelist()]
    for name in NAMES:
        assert all(name.encode() not in part for part in parts)


def test_the_workbooks_for_kumu_and_polinode_from_the_dialog(
    qtbot, opened: MainWindow, dialogs, idle, urls, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    target = tmp_path / "tools"
    target.mkdir()
    seen: dict[str, object] = {}

    def fill(dialog: ExportDialog) -> None:
        choose(qtbot, dialog, target, {"xlsx", "kumu", "polinode"}, pseudonymise=True)
        dialog.name.setText("netwerk")
        seen["files"] = dialog.files.text()
        dialog.grab().save(str(tmp_path / "dialog.png"))
        click(qtbot, dialog.export_button)

    dialogs.on(ExportDialog, fill)
    dialogs.on(ExportSummaryDialog, lambda d: d.accept())
    opened.menus.export_action.trigger()
    idle(opened)
    # Three workbooks, none over another.
    assert seen["files"] == (
        "Kennisnet writes: netwerk.xlsx, netwerk - Kumu.xlsx, netwerk - Polinode.xlsx"
    )
    assert contents(target) == ["netwerk - Kumu.xlsx", "netwerk - Polinode.xlsx", "netwerk.xlsx"]
    assert load_workbook(target / "netwerk - Kumu.xlsx").sheetnames == ["Elements", "Connections"]
    assert load_workbook(target / "netwerk - Polinode.xlsx").sheetnames == ["Nodes", "Edges"]
    for path in target.iterdir():
        data = path.read_bytes()
        for name in NAMES:
            assert name.encode() not in data, (path.name, name)


def test_the_workshop_pack_from_the_dialog_has_codes_unless_names_are_ticked(
    qtbot, opened: MainWindow, dialogs, idle, tmp_path: Path
) -> None:
    import re

    target = tmp_path / "export"
    seen: dict[str, object] = {}

    def fill(dialog: ExportDialog) -> None:
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        names = dialog.pack_names
        assert names.objectName() == "export_pack_names"
        # Off by default, and only for the pack.
        seen["before"] = (names.isChecked(), names.isEnabled())
        choose(qtbot, dialog, target, {"pack"})
        assert dialog.kind_boxes["pack"].text().startswith("Workshop pack (.pdf)")
        assert names.isEnabled() and not names.isChecked()
        assert "real names" in names.text()
        tick(qtbot, names)
        assert names.isChecked()
        # Pseudonymised: no names anywhere, so the choice goes.
        tick(qtbot, dialog.pseudonymise)
        assert not names.isEnabled()
        assert not dialog.current_choice().pack_names
        # The code cards show names: never in a pseudonymised export either.
        assert not dialog.kind_boxes["cards"].isEnabled()
        tick(qtbot, dialog.pseudonymise)
        tick(qtbot, names)
        assert not names.isChecked()
        dialog.name.setText("zorg")
        seen["files"] = dialog.files.text()
        click(qtbot, dialog.export_button)

    dialogs.on(ExportDialog, fill)
    dialogs.on(ExportSummaryDialog, lambda d: d.accept())
    opened.menus.export_action.trigger()
    idle(opened)
    assert seen["before"] == (False, False)
    assert seen["files"] == "Kennisnet writes: zorg - workshop pack.pdf"
    assert contents(target) == ["zorg - workshop pack.pdf"]
    pack = (target / "zorg - workshop pack.pdf").read_bytes()
    # Every department of this project is under 5 people (2, 3 and 1): one sheet for the
    # six together, after the cover and the reading guide.
    assert len(re.findall(rb"/Type\s*/Page\b(?!s)", pack)) == 4
    assert b"/FontFile2" in pack
    for name in NAMES:
        assert name.encode() not in pack


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_choices_are_grouped_and_the_dialog_fits_a_small_laptop_screen(
    qtbot, tmp_path: Path, lang: str
) -> None:
    from kennisnet.ui.language import switch_language
    from kennisnet.ui.workspace.export import GROUPS, KINDS

    set_language(lang)
    switch_language(lang)
    try:
        dialog = ExportDialog("Installatietechniek Van Dijk", str(tmp_path))
        qtbot.addWidget(dialog)
        # Every output in exactly one group, its check box inside that group's box.
        grouped = [kind for _key, _title, kinds in GROUPS for kind in kinds]
        assert sorted(grouped) == sorted(kind for kind, _label, _ending in KINDS)
        for key, _title, kinds in GROUPS:
            group = dialog.group_boxes[key]
            assert group.objectName() == f"export_group_{key}" and group.title()
            for kind in kinds:
                assert group.isAncestorOf(dialog.kind_boxes[kind])
        # The pack's names choice sits with the pack.
        assert dialog.group_boxes["reading"].isAncestorOf(dialog.pack_names)
        # 1366 × 768: Qt opens a dialog at most 2/3 of the screen wide (911 pixels), so
        # wider means cut-off labels; in height it leaves room for a title bar, the task
        # bar and a somewhat larger system font.
        hint = dialog.sizeHint()
        assert hint.width() <= 900 and hint.height() <= 600, hint
        for kind, box in dialog.kind_boxes.items():
            assert box.sizeHint().width() <= box.parentWidget().sizeHint().width(), kind
    finally:
        set_language("en")
        switch_language("en")
