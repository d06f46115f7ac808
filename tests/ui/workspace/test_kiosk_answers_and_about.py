"""Kiosk answers that were not saved (rescue files), and Help → About."""

from __future__ import annotations

import platform
from importlib import metadata
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel

from kennisnet.i18n import set_language
from kennisnet.importing.responses import rescue_path
from kennisnet.session.kiosk_saving import Answers, ResponseSaver, SourceChoice
from kennisnet.store import Project, WriteFailed
from kennisnet.ui.dialogs.text import TextDialog
from kennisnet.ui.workspace.kiosk_answers import RescueOfferDialog
from kennisnet.ui.workspace.window import RESPONSES, MainWindow


def kiosk_could_not_save(project: Project, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Let the real kiosk saver fail on a full disk, so that it writes its rescue file."""
    people = {p.name: p for p in project.people()}
    saver = ResponseSaver(project)
    answers = Answers(
        respondent=people["Anne de Vries"],
        sources=[
            SourceChoice(name="Jan Smit", person_id=people["Jan Smit"].id),
            SourceChoice(name="Gerrit van de leverancier"),
        ],
    )

    def full_disk(*_args: object, **_kwargs: object) -> str:
        raise WriteFailed(project.path, "the disk is full")

    with monkeypatch.context() as patch:
        patch.setattr(Project, "add_response", full_disk)
        assert not saver.save(answers.draft(language="nl"), name="Anne de Vries")
    assert saver.rescue_file == rescue_path(project.project_id)
    assert saver.rescue_file.exists()
    return saver.rescue_file


def test_the_rescue_file_on_this_laptop_is_offered_and_imported(
    read, qtbot, window: MainWindow, dialogs, boxes, small_project: Path, monkeypatch
) -> None:
    window.open_project(small_project)
    assert window.session is not None
    rescue = kiosk_could_not_save(window.session.project, monkeypatch)
    window.refresh()
    read(window)
    window.tabs.setCurrentIndex(RESPONSES)
    page = window.responses
    assert page.rescue.isVisibleTo(window)
    assert "could not save 1 answer. It is kept" in page.rescue_label.text()
    offered: list[str] = []

    def accept_offer(dialog: RescueOfferDialog) -> None:
        offered.append(dialog.findChildren(QLabel)[1].text())
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    dialogs.on(RescueOfferDialog, accept_offer)
    boxes.answer = False  # do not check the names right now
    qtbot.mouseClick(page.rescue_button, Qt.MouseButton.LeftButton)
    read(window)
    assert str(rescue) in offered[0]
    assert "1 answer from the kiosk rescue file stored" in boxes.texts()
    assert "rescue file is no longer needed and was removed" in boxes.texts()
    # "Jan" was waiting already; the supplier typed in the kiosk joins it.
    assert "2 names need a decision" in boxes.texts()
    assert not rescue.exists()
    assert not page.rescue.isVisibleTo(window)
    people = {p.name: p.id for p in window.session.project.people()}
    (anne,) = [
        r
        for r in window.session.project.snapshot().responses
        if r.respondent_id == people["Anne de Vries"]
    ]
    assert anne.nominations[0].source_id == people["Jan Smit"]
    assert window.responses.summary.text().startswith("3 of 6 people answered")


def test_importing_the_same_file_again_changes_nothing(
    qtbot, window: MainWindow, dialogs, boxes, small_project: Path, tmp_path, monkeypatch
) -> None:
    window.open_project(small_project)
    assert window.session is not None
    found = kiosk_could_not_save(window.session.project, monkeypatch)
    copy = tmp_path / "van-de-usb-stick.json"
    copy.write_bytes(found.read_bytes())
    found.unlink()  # nothing waiting on this laptop: the file dialog opens at once
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(copy), ""))
    boxes.answer = False
    window.menus.rescue_action.trigger()
    window.menus.rescue_action.trigger()
    assert "1 answer from the kiosk rescue file stored" in boxes.seen[0]
    assert "0 answers from the kiosk rescue file stored" in boxes.seen[-1]
    assert "1 was already in the project" in boxes.seen[-1]
    assert copy.exists()  # a file the adviser chose is never removed
    assert window.session.project.response_count() == 3


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("Respondent;Bron 1\nAnne;Bob\n", "not a kiosk rescue file"),
        (
            '{"schema": "kennisnet.kiosk-rescue/1", "project_id": "other-project", '
            '"project_name": "Bakkerij Brood", "responses": []}',
            "another project (Bakkerij Brood)",
        ),
        ('{"schema": "kennisnet.kiosk-rescue/1", "respo', "damaged"),
    ],
)
def test_a_foreign_damaged_or_other_project_file_is_refused_plainly(
    window: MainWindow, boxes, small_project: Path, tmp_path, monkeypatch, content, expected
) -> None:
    window.open_project(small_project)
    path = tmp_path / "kiosk.json"
    path.write_text(content, encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))
    window.menus.rescue_action.trigger()
    assert "The answers were not imported." in boxes.texts()
    assert expected in boxes.texts()
    assert window.session is not None and window.session.project.response_count() == 2


def test_about_names_every_bundled_library_with_its_version(
    qtbot, window: MainWindow, dialogs
) -> None:
    texts: list[str] = []
    dialogs.on(TextDialog, lambda d: (texts.append(d.findChild(QLabel).text()), d.accept()))
    window.menus.about_action.trigger()
    html = texts[0]
    for shown, dist in (
        ("PySide6", "PySide6-Essentials"),
        ("NetworkX", "networkx"),
        ("igraph", "igraph"),
        ("matplotlib", "matplotlib"),
        ("openpyxl", "openpyxl"),
        ("NumPy", "numpy"),
        ("SciPy", "scipy"),
        ("lxml", "lxml"),
    ):
        row = next(line for line in html.split("<tr>") if f"<td>{shown}" in line)
        assert metadata.version(dist) in row, shown
    python = next(line for line in html.split("<tr>") if "<td>Python" in line)
    assert platform.python_version() in python and "PSF-2.0" in python
    for licence in ("LGPL-3.0", "BSD-3-Clause", "GPL-2.0-or-later", "MIT", "PSF"):
        assert licence in html
    assert "Licence of Kennisnet: Proprietary" in html
    assert "backups" in html and "kennisnet.log" in html
    set_language("nl")
    try:
        window.menus.about_action.trigger()
    finally:
        set_language("en")
    assert "Bibliotheken die in Kennisnet zitten" in texts[1]
    assert "reservekopieën" in texts[1]


def test_licence_falls_back_when_the_metadata_is_a_whole_text() -> None:
    from email.message import Message

    from kennisnet.ui.workspace.about import is_spdx, licence_from

    assert is_spdx("BSD-3-Clause AND 0BSD AND MIT AND Zlib AND CC0-1.0")
    assert is_spdx("LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only")
    assert not is_spdx("GNU General Public License (GPL)")
    meta = Message()
    meta["License"] = "Copyright (c) 2001 Enthought\nAll rights reserved.\n" * 20
    assert licence_from(meta, "BSD-3-Clause") == "BSD-3-Clause"  # type: ignore[arg-type]
    meta["License-Expression"] = "MIT"
    assert licence_from(meta, "BSD-3-Clause") == "MIT"  # type: ignore[arg-type]
    assert licence_from(None, "GPL-2.0-or-later") == "GPL-2.0-or-later"
    assert not is_spdx("")
