"""Nothing is cut off on any kiosk page, in Dutch and English, on the screens HR uses.

1366×768 (a laptop) and 1920×1080 (a projector), also at 150% and 200% system scaling:
a scaled screen gives the kiosk fewer logical pixels (1920×1080 at 150% is 1280×720),
which is what these sizes are. Touch targets stay at least 44 pixels, the search fields'
clear buttons have a name, and the focus ring shows.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from kiosk_fit import cut_off, settle
from kiosk_steps import PIN, click, start, type_and_pick
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from kennisnet.i18n import tr
from kennisnet.model import Channel, Frequency, TrainingAnswer
from kennisnet.ui.kiosk import style
from kennisnet.ui.kiosk.window import KioskWindow

LAPTOP, PROJECTOR = (1366, 768), (1920, 1080)
SIZES = {
    "1366x768": LAPTOP,
    "1920x1080": PROJECTOR,
    "1366x768 at 150%": (911, 512),
    "1920x1080 at 150%": (1280, 720),
    "1366x768 at 200%": (683, 384),
    "1920x1080 at 200%": (960, 540),
}


def kiosk_at(
    qtbot: QtBot, make_kiosk: Callable[..., KioskWindow], size: tuple[int, int], lang: str
) -> KioskWindow:
    kiosk = make_kiosk(fullscreen=False)
    kiosk.setFixedSize(*size)
    qtbot.waitUntil(lambda: kiosk.size().toTuple() == size)
    click(qtbot, kiosk.consent.language_toggle.buttons[lang])
    return kiosk


def walk(qtbot: QtBot, kiosk: KioskWindow) -> dict[str, list[str]]:
    """Every page a respondent and the HR adviser see, filled in; what is cut off on each."""
    found: dict[str, list[str]] = {}

    def check(name: str) -> None:
        found[name] = cut_off(kiosk)

    check("consent")
    click(qtbot, kiosk.consent.next_button)
    qtbot.keyClicks(kiosk.who.search.line, "jansen")
    check("who, typing")
    kiosk.who.search.clear()
    type_and_pick(qtbot, kiosk.who.search, "gert")
    check("who, chosen")
    click(qtbot, kiosk.who.next_button)
    page = kiosk.sources
    check("sources, empty")
    for name in ("anne", "chlo", "fatima", "eva"):
        type_and_pick(qtbot, page.search, name)
    page.other.setFocus()
    qtbot.keyClicks(page.other, "Piet van de leverancier")
    qtbot.keyClick(page.other, Qt.Key.Key_Return)
    # Every "how often" chosen in some row, each shown with and without the focus.
    for row, frequency in zip(page.rows, Frequency, strict=False):
        click(qtbot, row.frequency[frequency])
    qtbot.keyClicks(page.search.line, "de")
    check("sources, chosen")
    for row in page.rows:
        page.rows_area.ensureWidgetVisible(row)
        settle()
        found[f"sources, row {row.choice.name}"] = cut_off(kiosk)
    page.search.clear()
    click(qtbot, page.next_button)
    channels = kiosk.channels
    check("channels, empty")
    for channel in (Channel.DOCUMENTATION, Channel.TRIAL_ERROR, Channel.OTHER):
        click(qtbot, channels.buttons[channel])
    check("channels, three chosen")
    click(qtbot, channels.next_button)
    click(qtbot, kiosk.training.buttons[TrainingAnswer.YES])
    check("training")
    click(qtbot, kiosk.training.buttons[TrainingAnswer.DONT_KNOW])
    check("training, don't know")
    click(qtbot, kiosk.training.next_button)
    check("thanks")
    click(qtbot, kiosk.thanks.next_button)
    click(qtbot, kiosk.consent.back_button)
    check("declined")
    click(qtbot, kiosk.declined.next_button)
    click(qtbot, kiosk.consent.next_button)
    type_and_pick(qtbot, kiosk.who.search, "gert")
    click(qtbot, kiosk.who.next_button)
    check("already answered")
    qtbot.keyClick(
        kiosk, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    check("PIN")
    qtbot.keyClicks(kiosk.hr.pin_page.edit, PIN)
    qtbot.keyClick(kiosk.hr.pin_page.edit, Qt.Key.Key_Return)
    check("HR menu")
    kiosk.hr.show_coverage()
    check("coverage")
    kiosk.hr.show_menu()
    kiosk.hr.show_redo()
    qtbot.keyClicks(kiosk.hr.redo.search.line, "an")
    check("redo")
    return found


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("size", list(SIZES.values()), ids=list(SIZES))
def test_nothing_is_cut_off(
    qtbot: QtBot, make_kiosk: Callable[..., KioskWindow], size: tuple[int, int], lang: str
) -> None:
    kiosk = kiosk_at(qtbot, make_kiosk, size, lang)
    found = walk(qtbot, kiosk)
    problems = {page: cut for page, cut in found.items() if cut}
    assert problems == {}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_touch_targets_are_large(
    qtbot: QtBot, make_kiosk: Callable[..., KioskWindow], lang: str
) -> None:
    """Every button of the survey is at least 44×44 pixels on a 1366×768 laptop."""
    kiosk = kiosk_at(qtbot, make_kiosk, LAPTOP, lang)
    start(qtbot, kiosk, "bob", keyboard=False)
    type_and_pick(qtbot, kiosk.sources.search, "anne")
    small: list[str] = []
    for page in (kiosk.sources, kiosk.channels, kiosk.training):
        if kiosk.current() is not page:
            click(qtbot, kiosk.current().next_button)
        settle()
        for button in kiosk.findChildren(QAbstractButton):
            shown = button.isVisible() and button is not kiosk.hr_button
            if shown and (button.width() < 44 or button.height() < 44):
                small.append(f"{button.text() or button.accessibleName()}: {button.size()}")
    assert small == []


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_clear_buttons_of_the_search_fields_have_a_name(
    qtbot: QtBot, make_kiosk: Callable[..., KioskWindow], lang: str
) -> None:
    kiosk = kiosk_at(qtbot, make_kiosk, LAPTOP, lang)
    start(qtbot, kiosk, "bob", keyboard=False)
    for search in (kiosk.who.search, kiosk.sources.search, kiosk.hr.redo.search):
        assert search.clear_button.accessibleName() == tr("Clear the field", lang=lang)
        assert search.clear_button.toolTip() == tr("Clear the field", lang=lang)
        assert search.clear_button.accessibleName() != tr(
            "Clear the field", lang="nl" if lang == "en" else "en"
        )
    search = kiosk.sources.search
    assert not search.clear_button.isEnabled()  # nothing to clear yet
    qtbot.keyClicks(search.line, "eva")
    click(qtbot, search.clear_button)
    assert search.line.text() == "" and search.results() == []
    assert kiosk.focusWidget() is search.line


def test_the_focus_ring_shows_on_the_choices(
    qtbot: QtBot, make_kiosk: Callable[..., KioskWindow]
) -> None:
    """The focused choice has an orange ring; the others have none."""
    kiosk = kiosk_at(qtbot, make_kiosk, LAPTOP, "nl")
    start(qtbot, kiosk, "bob")
    click(qtbot, kiosk.sources.next_button)
    buttons = kiosk.channels.buttons
    ring = QColor(style.FOCUS)

    def ring_pixels(button: QAbstractButton) -> int:
        settle()
        image = button.grab().toImage()
        y = image.height() // 2
        return sum(
            1
            for x in range(min(8, image.width()))
            if QColor(image.pixel(x, y)).toRgb() == ring.toRgb()
        )

    assert kiosk.focusWidget() is buttons[Channel.COLLEAGUE]
    assert ring_pixels(buttons[Channel.COLLEAGUE]) >= 3
    assert ring_pixels(buttons[Channel.MANAGER]) == 0
    qtbot.keyClick(buttons[Channel.COLLEAGUE], Qt.Key.Key_Down)
    assert ring_pixels(buttons[Channel.MANAGER]) >= 3
    assert ring_pixels(buttons[Channel.COLLEAGUE]) == 0
