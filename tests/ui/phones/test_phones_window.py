"""Answer on phones from the workspace: choose the network, start, a phone answers, the
count goes up, the poster is saved, and stopping (or closing) frees the port again."""

from __future__ import annotations

import shutil
import socket
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from control_walk import OFFSCREEN_LIMITS
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from kennisnet.phones.codes import shown
from kennisnet.resources import resource
from kennisnet.ui.phones import window as phones_module
from kennisnet.ui.phones.codes_dialog import CodesUsedDialog
from kennisnet.ui.phones.window import PhonesWindow
from kennisnet.ui.settings import Settings
from kennisnet.ui.workspace.window import MainWindow
from phones.phone_client import Phone, answer

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_LIMITS)
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    monkeypatch.setattr(PhonesWindow, "refresh_ms", 50)
    demo = tmp_path / "demo.kennisnet"
    shutil.copyfile(resource("demo", "demo.kennisnet"), demo)
    win = MainWindow(Settings(tmp_path / "s.ini"))
    qtbot.addWidget(win)
    win.show()
    assert win.open_project(demo)
    yield win
    win.close_project()


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, LEFT)


def open_phones(qtbot: QtBot, window: MainWindow) -> PhonesWindow:
    click(qtbot, window.overview.phones_button)
    phones = window.phones
    assert isinstance(phones, PhonesWindow) and phones.isVisible()
    return phones


def start(qtbot: QtBot, phones: PhonesWindow, *, codes: bool = False) -> str:
    """HR chooses this laptop only (127.0.0.1), any free port, the mode; starts. The URL."""
    setup = phones.setup
    setup.address.setFocus()
    qtbot.keyClicks(setup.address, "127.0.0.1")
    assert setup.address.currentData() == "127.0.0.1"
    qtbot.keyClick(setup.port, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(setup.port, "0")
    assert setup.port.value() == 0  # shown as "any free port"
    click(qtbot, setup.codes_mode if codes else setup.open_mode)
    click(qtbot, setup.start_button)
    qtbot.waitUntil(lambda: phones.live.isVisible(), timeout=20_000)
    assert phones.collecting and phones.live.qr.modules >= 21
    shown_address = phones.live.address.text()
    assert shown_address.startswith("127.0.0.1:") and "/s/" in shown_address
    return "http://" + shown_address


def answered(phones: PhonesWindow) -> int:
    return int(phones.live.summary.text().split(" of ")[0])


def port_free(port: int) -> bool:
    probe = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        probe.bind(("127.0.0.1", port))
    except OSError:
        return False
    finally:
        probe.close()
    return True


def someone_who_has_not_answered(window: MainWindow) -> str:
    assert window.session is not None
    project = window.session.project
    done = {r.respondent_id for r in project.snapshot().responses}
    return next(p.name for p in project.people(include_external=False) if p.id not in done)


def test_a_phone_answers_and_the_count_goes_up(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    phones = open_phones(qtbot, window)
    url = start(qtbot, phones)
    qtbot.waitUntil(lambda: " of " in phones.live.summary.text(), timeout=5_000)
    before = answered(phones)
    assert phones.live.model.rowCount() >= 2  # departments and the total
    name = someone_who_has_not_answered(window)
    phone = Phone(url)
    assert phone.page().status == 200
    found = phone.search(name[:6]).json()
    ref = next(match["ref"] for match in found["people"] if match["name"] == name)
    reply = phone.post("submit", answer(ref))
    assert reply.status == 200 and reply.json()["status"] == "saved"
    qtbot.waitUntil(lambda: answered(phones) == before + 1, timeout=5_000)
    assert "1 answer came in on phones" in phones.live.detail.text()

    target = tmp_path / "poster"  # the dialog gives a name without .pdf
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    click(qtbot, phones.live.poster_button)
    poster = tmp_path / "poster.pdf"
    qtbot.waitUntil(lambda: "Poster saved" in phones.live.saved.text(), timeout=30_000)
    assert poster.read_bytes().startswith(b"%PDF")

    port = urlsplit(url).port
    assert port is not None and not port_free(port)
    with qtbot.waitSignal(phones.finished, timeout=20_000):
        click(qtbot, phones.live.stop_button)
    assert not phones.collecting and phones.setup.isVisible()
    assert port_free(port)
    assert "Every answer that was confirmed" in phones.setup.problem.text()
    # The workspace shows the new answer too (once read again).
    qtbot.waitUntil(lambda: f"{before + 1} of" in window.overview.subtitle.text())
    phones.close()


def test_closing_the_window_or_the_project_stops_the_server(
    qtbot: QtBot, window: MainWindow
) -> None:
    phones = open_phones(qtbot, window)
    port = urlsplit(start(qtbot, phones)).port
    assert port is not None and not port_free(port)
    with qtbot.waitSignal(phones.finished, timeout=20_000):
        phones.close()
    assert port_free(port) and not phones.collecting
    # Opened again: the same window, ready to start; closing the project stops it too.
    again = open_phones(qtbot, window)
    assert again is phones and phones.setup.isVisible()
    port = urlsplit(start(qtbot, phones)).port
    assert port is not None and not port_free(port)
    assert window.close_project()
    assert window.phones is None and port_free(port)


def test_personal_codes_cards_and_which_were_used(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    phones = open_phones(qtbot, window)
    url = start(qtbot, phones, codes=True)
    live = phones.live
    assert live.cards_button.isVisible() and live.codes_button.isVisible()
    target = tmp_path / "cards.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    click(qtbot, live.cards_button)
    qtbot.waitUntil(lambda: "Code cards saved" in live.saved.text(), timeout=60_000)
    assert target.read_bytes().startswith(b"%PDF")
    assert window.session is not None
    from kennisnet.phones.codes import code_cards

    name = someone_who_has_not_answered(window)
    card = next(c for c in code_cards(window.session.project) if c.person.name == name)
    phone = Phone(url)
    phone.page()
    reply = phone.post("submit", answer(None, code=shown(card.code)))
    assert reply.status == 200 and reply.json()["status"] == "saved"
    qtbot.waitUntil(lambda: "1 of " in live.detail.text(), timeout=5_000)

    seen: list[list[str]] = []

    def look(dialog: QDialog) -> int:
        assert isinstance(dialog, CodesUsedDialog)
        table = dialog.table
        seen.extend(
            [table.item(row, col).text() for col in range(table.columnCount())]
            for row in range(table.rowCount())
        )
        return 0

    monkeypatch.setattr(phones_module, "exec_dialog", look)
    click(qtbot, live.codes_button)
    assert seen[0][0] == name and seen[0][2].startswith("used ")
    assert all(row[2] == "not used" for row in seen[1:])
    # Names and when only: nothing of the answer (its channels) is in the list.
    assert not any("colleague" in cell for row in seen for cell in row)
    phones.close()
