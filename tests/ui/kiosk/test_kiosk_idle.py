"""The idle reset: a visible countdown first, then a fresh start with nothing stored."""

from __future__ import annotations

from collections.abc import Callable

from kiosk_steps import PIN, click, start, type_and_pick
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kennisnet.i18n import language
from kennisnet.store import Project
from kennisnet.ui.kiosk.window import KioskWindow


def test_idle_warns_then_resets_and_stores_nothing(
    qtbot: QtBot, make_kiosk: Callable[..., KioskWindow], project: Project
) -> None:
    kiosk = make_kiosk(idle_ms=150, warning_ms=300)
    start(qtbot, kiosk, "anne")
    type_and_pick(qtbot, kiosk.sources.search, "bob")
    with qtbot.waitSignal(kiosk.idle.warn, timeout=2000):
        pass
    assert kiosk.overlay.isVisible()
    assert "Are you still there?" in kiosk.overlay.title.text()
    assert "seconds" in kiosk.overlay.text.text()
    assert kiosk.current() is kiosk.sources  # still there, under the warning
    with qtbot.waitSignal(kiosk.restarted, timeout=2000):
        pass
    assert not kiosk.overlay.isVisible()
    assert kiosk.current() is kiosk.consent
    assert kiosk.answers.respondent is None
    assert project.response_count() == 0


def test_still_here_keeps_the_answers(qtbot: QtBot, make_kiosk: Callable[..., KioskWindow]) -> None:
    kiosk = make_kiosk(idle_ms=150, warning_ms=60_000)
    start(qtbot, kiosk, "anne")
    type_and_pick(qtbot, kiosk.sources.search, "bob")
    with qtbot.waitSignal(kiosk.idle.warn, timeout=2000):
        pass
    click(qtbot, kiosk.overlay.button)
    assert not kiosk.overlay.isVisible()
    assert kiosk.current() is kiosk.sources and len(kiosk.sources.rows) == 1
    # Any key counts too.
    with qtbot.waitSignal(kiosk.idle.warn, timeout=2000):
        pass
    qtbot.keyClick(kiosk.overlay.button, Qt.Key.Key_Shift)
    assert not kiosk.overlay.isVisible()


def test_typing_keeps_the_kiosk_from_resetting(
    qtbot: QtBot, make_kiosk: Callable[..., KioskWindow]
) -> None:
    kiosk = make_kiosk(idle_ms=60_000, warning_ms=60_000)
    start(qtbot, kiosk, "anne")
    for letter in "fatima":
        # As if the quiet time had almost run out: only a keystroke may start it again.
        kiosk.idle.idle.stop()
        qtbot.keyClicks(kiosk.sources.search.line, letter)
        assert kiosk.idle.idle.isActive(), letter
        assert kiosk.idle.idle.remainingTime() > 50_000
    assert not kiosk.idle.warning


def test_thanks_page_resets_by_itself(
    qtbot: QtBot, make_kiosk: Callable[..., KioskWindow], project: Project
) -> None:
    kiosk = make_kiosk(thanks_ms=100)
    start(qtbot, kiosk, "bob")
    with qtbot.waitSignal(kiosk.restarted, timeout=2000):
        click(qtbot, kiosk.sources.next_button)
        click(qtbot, kiosk.channels.next_button)
        click(qtbot, kiosk.training.next_button)
    assert kiosk.current() is kiosk.consent
    assert project.response_count() == 1


def test_an_open_hr_menu_locks_again(qtbot: QtBot, make_kiosk: Callable[..., KioskWindow]) -> None:

    kiosk = make_kiosk(idle_ms=150, warning_ms=150)
    click(qtbot, kiosk.hr_button)
    qtbot.keyClicks(kiosk.hr.pin_page.edit, PIN)
    qtbot.keyClick(kiosk.hr.pin_page.edit, Qt.Key.Key_Return)
    assert kiosk.current() is kiosk.hr.menu
    with qtbot.waitSignal(kiosk.restarted, timeout=2000):
        pass
    assert kiosk.current() is kiosk.consent


def test_a_language_left_behind_on_the_start_page_goes_back(
    qtbot: QtBot, make_kiosk: Callable[..., KioskWindow]
) -> None:
    kiosk = make_kiosk(idle_ms=100, warning_ms=60_000)
    click(qtbot, kiosk.consent.language_toggle.buttons["nl"])
    assert language() == "nl"
    with qtbot.waitSignal(kiosk.restarted, timeout=2000):
        pass
    assert language() == "en"
    assert not kiosk.overlay.isVisible()  # no warning on the start page
