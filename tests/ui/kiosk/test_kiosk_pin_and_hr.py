"""The HR PIN (set twice at the start, asked to leave), the HR menu, redo and coverage."""

from __future__ import annotations

import pytest
from kiosk_steps import PIN, click, finish, focused, start
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kennisnet.model import Channel
from kennisnet.store import Project
from kennisnet.ui.kiosk.pin import MAX_TRIES, WAIT_SECONDS, PinLock, PinSetupDialog, valid_pin
from kennisnet.ui.kiosk.window import KioskWindow


def enter_pin(qtbot: QtBot, kiosk: KioskWindow, pin: str) -> None:
    page = kiosk.hr.pin_page
    assert kiosk.current() is page
    qtbot.keyClicks(page.edit, pin)
    qtbot.keyClick(page.edit, Qt.Key.Key_Return)


def test_pin_rules() -> None:
    assert valid_pin("1234") and valid_pin("12345678") and valid_pin("0007")
    for bad in ("", "123", "123456789", "12a4", " 1234", "１２３４"):
        assert not valid_pin(bad), bad
    with pytest.raises(ValueError):
        PinLock("12")


def test_a_wrong_pin_is_refused_and_too_many_make_it_wait() -> None:
    now = [1000.0]
    lock = PinLock("3917", clock=lambda: now[0])
    assert not lock.check("0000")
    assert lock.check("3917")
    for _ in range(MAX_TRIES):
        assert not lock.check("1111")
    assert lock.wait_seconds() == WAIT_SECONDS
    assert not lock.check("3917")  # even the right PIN waits
    now[0] += WAIT_SECONDS
    assert lock.wait_seconds() == 0
    assert lock.check("3917")


def test_the_pin_is_kept_only_as_a_salted_hash() -> None:
    lock = PinLock("3917")
    assert "3917" not in repr(vars(lock)) and b"3917" not in lock._hash
    assert PinLock("3917")._hash != lock._hash  # a new salt each time


def test_setting_the_pin_needs_it_twice(qtbot: QtBot) -> None:
    dialog = PinSetupDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.first, "12")
    click(qtbot, dialog.ok_button)
    assert dialog.lock is None and "4 to 8" in dialog.error.text()
    dialog.first.clear()
    qtbot.keyClicks(dialog.first, "39ab17")  # letters are not taken
    assert dialog.first.text() == "3917"
    qtbot.keyClicks(dialog.second, "3918")
    click(qtbot, dialog.ok_button)
    assert dialog.lock is None and "not the same" in dialog.error.text()
    qtbot.keyClicks(dialog.second, "3917")
    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, dialog.ok_button)
    assert dialog.lock is not None and dialog.lock.check("3917")


def test_wrong_then_right_pin_through_the_keypad(qtbot: QtBot, kiosk: KioskWindow) -> None:
    start(qtbot, kiosk, "anne")
    click(qtbot, kiosk.hr_button)
    page = kiosk.hr.pin_page
    for digit in "9999":
        click(qtbot, page.keys[digit])
    click(qtbot, page.keys["OK"])
    assert kiosk.current() is page and "not right" in page.message.text()
    for digit in PIN + "7":
        click(qtbot, page.keys[digit])
    click(qtbot, page.keys["⌫"])
    click(qtbot, page.next_button)
    assert kiosk.current() is kiosk.hr.menu
    assert "0 of 7 people have answered (0%)" in kiosk.hr.menu.summary.text()
    # Back to the survey: the respondent continues where they were.
    click(qtbot, kiosk.hr.menu.next_button)
    assert kiosk.current() is kiosk.sources and kiosk.answers.respondent is not None


def test_too_many_wrong_pins_lock_the_pin_page(qtbot: QtBot, kiosk: KioskWindow) -> None:
    click(qtbot, kiosk.hr_button)
    for _ in range(MAX_TRIES):
        enter_pin(qtbot, kiosk, "0000")
    page = kiosk.hr.pin_page
    assert "Wait" in page.message.text() and not page.edit.isEnabled()
    click(qtbot, page.next_button)
    assert kiosk.current() is page


def test_already_answered_then_redo_at_the_laptop(
    qtbot: QtBot, kiosk: KioskWindow, project: Project, ids: dict[str, int]
) -> None:
    start(qtbot, kiosk, "eva")
    click(qtbot, kiosk.sources.next_button)
    click(qtbot, kiosk.channels.buttons[Channel.AI])
    click(qtbot, kiosk.channels.next_button)
    click(qtbot, kiosk.training.next_button)
    first = project.snapshot().responses[0].uuid
    kiosk.reset()
    start(qtbot, kiosk, "eva")
    assert kiosk.current() is kiosk.already
    # "Let me answer again" asks for the PIN; a wrong PIN does not help.
    click(qtbot, kiosk.already.back_button)
    enter_pin(qtbot, kiosk, "1111")
    assert kiosk.current() is kiosk.hr.pin_page
    enter_pin(qtbot, kiosk, PIN)
    assert kiosk.current() is kiosk.sources  # the respondent goes on; no HR menu shown
    click(qtbot, kiosk.sources.next_button)
    click(qtbot, kiosk.channels.buttons[Channel.INTERNET])
    click(qtbot, kiosk.channels.next_button)
    click(qtbot, kiosk.training.next_button)
    assert kiosk.current() is kiosk.thanks
    (response,) = project.snapshot().responses
    assert response.respondent_id == ids["Eva"] and response.uuid != first
    assert response.channels == (Channel.INTERNET,)
    assert any(action == "response_replaced" for _, action, _ in project.audit_log())
    # The redo was for once: the next time Eva is told again.
    kiosk.reset()
    start(qtbot, kiosk, "eva")
    assert kiosk.current() is kiosk.already
    click(qtbot, kiosk.already.next_button)
    assert kiosk.current() is kiosk.consent


def test_redo_from_the_hr_menu(
    qtbot: QtBot, kiosk: KioskWindow, project: Project, ids: dict[str, int]
) -> None:
    start(qtbot, kiosk, "daan")
    finish(qtbot, kiosk)
    kiosk.reset()
    qtbot.keyClick(
        focused(kiosk),
        Qt.Key.Key_H,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    enter_pin(qtbot, kiosk, PIN)
    click(qtbot, kiosk.hr.menu.redo_button)
    redo = kiosk.hr.redo
    qtbot.keyClicks(redo.search.line, "bob")
    qtbot.keyClick(redo.search.line, Qt.Key.Key_Return)
    assert "has not answered yet" in redo.message.text()
    qtbot.keyClicks(redo.search.line, "daan")
    qtbot.keyClick(redo.search.line, Qt.Key.Key_Return)
    assert "can now fill in the survey again" in redo.message.text()
    assert kiosk.redo_allowed == {ids["Daan"]}
    click(qtbot, redo.next_button)
    click(qtbot, kiosk.hr.menu.next_button)
    assert kiosk.current() is kiosk.consent
    start(qtbot, kiosk, "daan")
    assert kiosk.current() is kiosk.sources
    finish(qtbot, kiosk)
    assert project.response_count() == 1


def test_coverage_behind_the_pin(qtbot: QtBot, kiosk: KioskWindow, project: Project) -> None:
    for name in ("anne", "bob", "daan"):
        start(qtbot, kiosk, name)
        finish(qtbot, kiosk)
        kiosk.reset()
    click(qtbot, kiosk.hr_button)
    enter_pin(qtbot, kiosk, PIN)
    click(qtbot, kiosk.hr.menu.coverage_button)
    page = kiosk.hr.coverage
    assert kiosk.current() is page
    model = page.model
    rows = {
        model.index(r, 0).data(): [model.index(r, c).data() for c in range(1, 5)]
        for r in range(model.rowCount())
    }
    assert rows == {
        "Facilitair": ["2", "0", "0%", "2"],
        "ICT": ["2", "1", "50%", "1"],
        "Zorg": ["3", "2", "67%", "1"],
        "All departments": ["7", "3", "43%", "3"],
    }
    assert "3 of 7 people have answered (43%)" in page.summary.text()
    assert "3 more answers are needed" in page.summary.text()
    click(qtbot, page.next_button)
    assert kiosk.current() is kiosk.hr.menu
