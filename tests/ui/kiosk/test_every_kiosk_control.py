"""Every button on every page of the kiosk, pressed once from a fresh kiosk: nothing fails.

The routes to the pages are scripted (a colleague answers, HR types the PIN); what
is pressed on a page is found by walking it, so a new button is pressed too. Every
page of the kiosk must be reached, except the one for a disk that fails (see
``NOT_REACHED``). A logged warning or error, an exception, a kiosk that closes
without HR leaving it, or a kiosk that is no longer full screen fails the test.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from control_walk import buttons, label, settle
from kiosk_steps import PIN, click, type_and_pick
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QWidget
from pytestqt.qtbot import QtBot

from kennisnet.store import Project, ResponseDraft
from kennisnet.ui.kiosk.window import KioskWindow
from kennisnet.ui.language import switch_language

FIRST = ("Anne", "Bram", "Chris", "Dirk", "Eva", "Fenna", "Gijs", "Hugo", "Iris", "Joost")
LAST = ("de Wit", "Smit", "Visser", "Mulder", "Bos", "Peters", "Hendriks", "Kok")
#: Someone who answered before the kiosk started (for the "you already answered" page).
ANSWERED = "Anne de Wit"
#: The page a kiosk shows when the project file cannot be written; the saving tests
#: reach it (tests/ui/kiosk/test_kiosk_saving.py) by breaking the disk.
NOT_REACHED = {"failed"}
#: Buttons pressed today over all pages (the HR button on each page included; the ✕ that
#: clears a search field counts where something is typed in it).
KIOSK_BUTTONS_TODAY = 108
#: Buttons that fail today and are reported (page > label -> what goes wrong).
KNOWN_BROKEN: dict[str, str] = {}


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    """Enough colleagues that every pressed button has a respondent of its own."""
    opened = Project.create(tmp_path / "every.kennisnet", name="Every control")
    for number, (first, last) in enumerate((f, s) for s in LAST for f in FIRST):
        opened.add_person(
            name=f"{first} {last}", department=("Zorg", "ICT")[number % 2], employee_number=None
        )
    answered = next(p.id for p in opened.people() if p.name == ANSWERED)
    opened.add_response(ResponseDraft(respondent_id=answered, nominations=()))
    yield opened
    with contextlib.suppress(Exception):
        opened.close()


class Respondents:
    """A new colleague for every route, so nobody 'already answered' by accident."""

    def __init__(self) -> None:
        self.names = iter(f"{f} {s}" for s in LAST for f in FIRST if f"{f} {s}" != ANSWERED)
        self.colleague = "Bram Smit"

    def next(self) -> str:
        return next(self.names)


def enter_pin(qtbot: QtBot, kiosk: KioskWindow) -> None:
    page = kiosk.hr.pin_page
    assert kiosk.current() is page
    qtbot.keyClicks(page.edit, PIN)
    qtbot.keyClick(page.edit, Qt.Key.Key_Return)


Route = Callable[[QtBot, KioskWindow, Respondents], None]


def to_who(qtbot: QtBot, kiosk: KioskWindow, people: Respondents) -> None:
    click(qtbot, kiosk.consent.next_button)


def to_who_chosen(qtbot: QtBot, kiosk: KioskWindow, people: Respondents) -> None:
    to_who(qtbot, kiosk, people)
    type_and_pick(qtbot, kiosk.who.search, people.next())


def to_who_typing(qtbot: QtBot, kiosk: KioskWindow, people: Respondents) -> None:
    to_who(qtbot, kiosk, people)
    qtbot.keyClicks(kiosk.who.search.line, "de")  # names shown; the ✕ can clear the field


def to_sources_typing(qtbot: QtBot, kiosk: KioskWindow, people: Respondents) -> None:
    to_sources(qtbot, kiosk, people)
    qtbot.keyClicks(kiosk.sources.search.line, "de")


def to_sources(qtbot: QtBot, kiosk: KioskWindow, people: Respondents) -> None:
    to_who_chosen(qtbot, kiosk, people)
    click(qtbot, kiosk.who.next_button)
    assert kiosk.current() is kiosk.sources
    type_and_pick(qtbot, kiosk.sources.search, people.colleague)  # a row with its buttons


def to_channels(qtbot: QtBot, kiosk: KioskWindow, people: Respondents) -> None:
    to_sources(qtbot, kiosk, people)
    click(qtbot, kiosk.sources.next_button)


def to_training(qtbot: QtBot, kiosk: KioskWindow, people: Respondents) -> None:
    to_channels(qtbot, kiosk, people)
    click(qtbot, kiosk.channels.next_button)


def to_thanks(qtbot: QtBot, kiosk: KioskWindow, people: Respondents) -> None:
    to_training(qtbot, kiosk, people)
    with qtbot.waitSignal(kiosk.submitted, timeout=10_000):
        click(qtbot, kiosk.training.next_button)


def to_declined(qtbot: QtBot, kiosk: KioskWindow, people: Respondents) -> None:
    click(qtbot, kiosk.consent.back_button)  # "I do not take part"


def to_already(qtbot: QtBot, kiosk: KioskWindow, people: Respondents) -> None:
    to_who(qtbot, kiosk, people)
    type_and_pick(qtbot, kiosk.who.search, ANSWERED)
    click(qtbot, kiosk.who.next_button)


def to_pin(qtbot: QtBot, kiosk: KioskWindow, people: Respondents) -> None:
    click(qtbot, kiosk.hr_button)


def to_menu(qtbot: QtBot, kiosk: KioskWindow, people: Respondents) -> None:
    to_pin(qtbot, kiosk, people)
    enter_pin(qtbot, kiosk)


def to_coverage(qtbot: QtBot, kiosk: KioskWindow, people: Respondents) -> None:
    to_menu(qtbot, kiosk, people)
    click(qtbot, kiosk.hr.menu.coverage_button)


def to_redo(qtbot: QtBot, kiosk: KioskWindow, people: Respondents) -> None:
    to_menu(qtbot, kiosk, people)
    click(qtbot, kiosk.hr.menu.redo_button)


def nothing(qtbot: QtBot, kiosk: KioskWindow, people: Respondents) -> None:
    return None


#: (where, the page, how to get there).
ROUTES: list[tuple[str, str, Route]] = [
    ("consent", "consent", nothing),
    ("who", "who", to_who),
    ("who (a name chosen)", "who", to_who_chosen),
    ("who (typing)", "who", to_who_typing),
    ("sources (a colleague chosen)", "sources", to_sources),
    ("sources (typing)", "sources", to_sources_typing),
    ("channels", "channels", to_channels),
    ("training", "training", to_training),
    ("thanks", "thanks", to_thanks),
    ("declined", "declined", to_declined),
    ("already answered", "already", to_already),
    ("HR: PIN", "pin", to_pin),
    ("HR: menu", "menu", to_menu),
    ("HR: response rate", "coverage", to_coverage),
    ("HR: answer again", "redo", to_redo),
]


def page_name(kiosk: KioskWindow, page: QWidget) -> str:
    for owner in (kiosk, kiosk.hr):
        for name, value in vars(owner).items():
            if value is page and name not in {"return_to"}:
                return "pin" if name == "pin_page" else name
    raise AssertionError(f"a page the test does not know: {page!r}")


def pressable(kiosk: KioskWindow) -> list[QAbstractButton]:
    """The buttons of the page on screen, and those of the window around it (HR)."""
    page = kiosk.current()
    return [
        b
        for b in buttons(kiosk)
        if page.isAncestorOf(b) or not kiosk.stack.isAncestorOf(b)
        if not kiosk.overlay.isAncestorOf(b)
    ]


def test_every_button_on_every_kiosk_page(
    qtbot: QtBot,
    make_kiosk: Callable[..., KioskWindow],
    caplog: pytest.LogCaptureFixture,
) -> None:
    people = Respondents()
    reached: set[str] = set()
    done: list[str] = []
    for where, expected, route in ROUTES:
        kiosk = make_kiosk()
        route(qtbot, kiosk, people)
        assert page_name(kiosk, kiosk.current()) == expected
        names = [label(b) for b in pressable(kiosk)]
        assert names, f"no button on the {expected} page"
        kiosk.leave()
        for index, name in enumerate(names):
            what = f"{where} > {name}"
            if what in KNOWN_BROKEN:
                continue
            kiosk = make_kiosk()
            route(qtbot, kiosk, people)
            button = pressable(kiosk)[index]
            assert label(button) == name
            reached.add(expected)
            left: list[bool] = []
            kiosk.left.connect(lambda seen=left: seen.append(True))
            click(qtbot, button)
            settle(qtbot)
            if left:
                assert not kiosk.isVisible()
                after = "(HR left the kiosk)"
            else:
                assert kiosk.isVisible() and kiosk.isFullScreen(), what
                after = page_name(kiosk, kiosk.current())
                reached.add(after)
                kiosk.leave()
            switch_language("en")  # a language button was pressed: the next kiosk starts in English
            done.append(f"{what} -> {after}")
    print(f"\n{len(done)} kiosk buttons pressed:", *done, sep="\n  ")
    every_page = {page_name(kiosk, kiosk.stack.widget(i)) for i in range(kiosk.stack.count())}
    assert every_page - NOT_REACHED <= reached, sorted(every_page - NOT_REACHED - reached)
    assert len(done) >= KIOSK_BUTTONS_TODAY, done
    assert any("(HR left the kiosk)" in line for line in done)
    logged = [
        f"{r.levelname} {r.name}: {r.getMessage()}" for r in caplog.records if r.levelno >= 30
    ]
    assert not logged, logged
