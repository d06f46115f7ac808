"""A redo HR allowed ends with the respondent's session: finishing, declining, the idle reset.

Before, a redo stayed allowed after the person walked away: the next person at the
laptop could choose the same name without the PIN and replace that person's answers.
"""

from __future__ import annotations

from kiosk_steps import PIN, click, finish, start
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kennisnet.store import Project
from kennisnet.ui.kiosk.window import KioskWindow


def enter_pin(qtbot: QtBot, kiosk: KioskWindow, pin: str = PIN) -> None:
    page = kiosk.hr.pin_page
    assert kiosk.current() is page
    qtbot.keyClicks(page.edit, pin)
    qtbot.keyClick(page.edit, Qt.Key.Key_Return)


def answered_once(qtbot: QtBot, kiosk: KioskWindow, name: str) -> None:
    start(qtbot, kiosk, name)
    finish(qtbot, kiosk)
    assert kiosk.current() is kiosk.thanks
    click(qtbot, kiosk.thanks.next_button)


def redo_at_the_laptop(qtbot: QtBot, kiosk: KioskWindow, name: str) -> None:
    start(qtbot, kiosk, name)
    assert kiosk.current() is kiosk.already
    click(qtbot, kiosk.already.back_button)  # "HR adviser: let me answer again"
    enter_pin(qtbot, kiosk)
    assert kiosk.current() is kiosk.sources


def redo_from_the_menu(qtbot: QtBot, kiosk: KioskWindow, name: str) -> None:
    click(qtbot, kiosk.hr_button)
    enter_pin(qtbot, kiosk)
    click(qtbot, kiosk.hr.menu.redo_button)
    search = kiosk.hr.redo.search
    qtbot.keyClicks(search.line, name)
    qtbot.keyClick(search.line, Qt.Key.Key_Return)
    assert "can now fill in the survey again" in kiosk.hr.redo.message.text()
    click(qtbot, kiosk.hr.redo.next_button)
    click(qtbot, kiosk.hr.menu.next_button)
    assert kiosk.current() is kiosk.consent


def walk_away(qtbot: QtBot, kiosk: KioskWindow) -> None:
    """Nobody touches the kiosk any more: the idle time runs out (shortened for the test)."""
    kiosk.idle.idle.setInterval(30)
    kiosk.idle.countdown.setInterval(30)
    kiosk.idle.poke()
    with qtbot.waitSignal(kiosk.restarted, timeout=5000):
        pass
    kiosk.idle.idle.setInterval(60_000)
    kiosk.idle.countdown.setInterval(60_000)
    assert kiosk.current() is kiosk.consent


def next_person_is_refused(qtbot: QtBot, kiosk: KioskWindow, project: Project, name: str) -> None:
    uuids = {r.uuid for r in project.snapshot().responses}
    start(qtbot, kiosk, name)
    assert kiosk.current() is kiosk.already  # no way to the questions without the PIN
    click(qtbot, kiosk.already.next_button)
    assert kiosk.current() is kiosk.consent
    assert {r.uuid for r in project.snapshot().responses} == uuids


def test_redo_ends_when_the_person_walks_away(
    qtbot: QtBot, kiosk: KioskWindow, project: Project
) -> None:
    answered_once(qtbot, kiosk, "eva")
    redo_at_the_laptop(qtbot, kiosk, "eva")
    walk_away(qtbot, kiosk)
    next_person_is_refused(qtbot, kiosk, project, "eva")


def test_redo_ends_when_the_person_declines(
    qtbot: QtBot, kiosk: KioskWindow, project: Project
) -> None:
    answered_once(qtbot, kiosk, "eva")
    redo_at_the_laptop(qtbot, kiosk, "eva")
    click(qtbot, kiosk.sources.back_button)
    click(qtbot, kiosk.who.back_button)
    click(qtbot, kiosk.consent.back_button)
    assert kiosk.current() is kiosk.declined
    click(qtbot, kiosk.declined.next_button)
    next_person_is_refused(qtbot, kiosk, project, "eva")


def test_redo_ends_when_the_person_finishes(
    qtbot: QtBot, kiosk: KioskWindow, project: Project
) -> None:
    answered_once(qtbot, kiosk, "eva")
    redo_at_the_laptop(qtbot, kiosk, "eva")
    finish(qtbot, kiosk)
    assert kiosk.current() is kiosk.thanks and project.response_count() == 1
    # The thank-you page goes away by itself (its timer) or with Done: both end the session.
    with qtbot.waitSignal(kiosk.restarted, timeout=5000):
        kiosk.thanks_timer.setInterval(30)
        kiosk.thanks_timer.start()
    next_person_is_refused(qtbot, kiosk, project, "eva")


def test_redo_from_the_menu_ends_when_nobody_comes(
    qtbot: QtBot, kiosk: KioskWindow, project: Project
) -> None:
    answered_once(qtbot, kiosk, "daan")
    redo_from_the_menu(qtbot, kiosk, "daan")
    assert kiosk.redo_allowed  # waiting for Daan on the start page …
    walk_away(qtbot, kiosk)  # … who does not come
    assert not kiosk.redo_allowed
    next_person_is_refused(qtbot, kiosk, project, "daan")


def test_redo_from_the_menu_goes_to_the_next_session_only(
    qtbot: QtBot, kiosk: KioskWindow, project: Project
) -> None:
    answered_once(qtbot, kiosk, "daan")
    answered_once(qtbot, kiosk, "anne")
    # HR opens the menu on the thank-you page: going back starts a fresh session,
    # which gets the redo.
    start(qtbot, kiosk, "bob")
    finish(qtbot, kiosk)
    assert kiosk.current() is kiosk.thanks
    redo_from_the_menu(qtbot, kiosk, "daan")
    assert kiosk.redo_allowed  # the fresh session has it
    # Someone else comes, picks their own name (Anne, who answered: refused) and goes
    # back to the start: that session ended, and the redo with it.
    start(qtbot, kiosk, "anne")
    assert kiosk.current() is kiosk.already
    click(qtbot, kiosk.already.next_button)
    next_person_is_refused(qtbot, kiosk, project, "daan")


def test_a_redo_in_the_menu_left_open_ends_with_the_idle_reset(
    qtbot: QtBot, kiosk: KioskWindow, project: Project
) -> None:
    answered_once(qtbot, kiosk, "daan")
    click(qtbot, kiosk.hr_button)
    enter_pin(qtbot, kiosk)
    click(qtbot, kiosk.hr.menu.redo_button)
    qtbot.keyClicks(kiosk.hr.redo.search.line, "daan")
    qtbot.keyClick(kiosk.hr.redo.search.line, Qt.Key.Key_Return)
    walk_away(qtbot, kiosk)  # HR walks away from the open HR menu
    next_person_is_refused(qtbot, kiosk, project, "daan")


def test_the_redo_still_works_for_the_person_it_was_given_to(
    qtbot: QtBot, kiosk: KioskWindow, project: Project
) -> None:
    answered_once(qtbot, kiosk, "daan")
    first = project.snapshot().responses[0].uuid
    redo_from_the_menu(qtbot, kiosk, "daan")
    start(qtbot, kiosk, "daan")
    assert kiosk.current() is kiosk.sources
    finish(qtbot, kiosk)
    (response,) = project.snapshot().responses
    assert response.uuid != first
