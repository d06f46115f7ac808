"""Guessing the HR PIN: easy PINs are refused, the pause grows, HR is told the wrong tries."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from kiosk_steps import PIN, click
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kennisnet.i18n import set_language
from kennisnet.ui.kiosk.pin import MAX_TRIES, PinLock, PinSetupDialog, WeakPin
from kennisnet.ui.kiosk.pin_rules import Weak, weakness
from kennisnet.ui.kiosk.window import KioskWindow

# The twenty most used 4-digit PINs (DataGenetics' analysis of 3.4 million PINs).
MOST_USED = [
    "1234",
    "1111",
    "0000",
    "1212",
    "7777",
    "1004",
    "2000",
    "4444",
    "2222",
    "6969",
    "9999",
    "3333",
    "5555",
    "6666",
    "1122",
    "1313",
    "8888",
    "4321",
    "2001",
    "1010",
]


def test_the_most_used_pins_are_all_refused() -> None:
    for pin in MOST_USED:
        assert weakness(pin) is not None, pin
        with pytest.raises(WeakPin):
            PinLock(pin)


@pytest.mark.parametrize(
    ("pin", "reason"),
    [
        ("0000", Weak.ONE_DIGIT),
        ("55555555", Weak.ONE_DIGIT),
        ("1234", Weak.IN_A_ROW),
        ("0123", Weak.IN_A_ROW),
        ("4321", Weak.IN_A_ROW),
        ("7890", Weak.IN_A_ROW),
        ("98765", Weak.IN_A_ROW),
        ("12345678", Weak.IN_A_ROW),
        ("2468", Weak.IN_A_ROW),
        ("8642", Weak.IN_A_ROW),
        ("1212", Weak.PATTERN),
        ("123123", Weak.PATTERN),
        ("12341234", Weak.PATTERN),
        ("1122", Weak.PATTERN),
        ("112233", Weak.PATTERN),
        ("1985", Weak.YEAR),
        ("2024", Weak.YEAR),
        ("2580", Weak.COMMON),
        ("5683", Weak.COMMON),
        ("147258", Weak.COMMON),
    ],
)
def test_why_a_pin_is_easy(pin: str, reason: Weak) -> None:
    assert weakness(pin) is reason


def test_plenty_of_4_digit_pins_remain() -> None:
    refused = [f"{n:04d}" for n in range(10_000) if weakness(f"{n:04d}") is not None]
    # one digit 10, in a row 28, patterns 180, years 200 (some overlap), a short list
    assert 400 <= len(refused) <= 460, len(refused)
    for fine in ("3917", "8305", "4062", "7148", "0561", "2795", "64028", "50917264"):
        assert weakness(fine) is None, fine


def test_the_pause_doubles_with_each_series_up_to_an_hour() -> None:
    now = [0.0]
    lock = PinLock(PIN, clock=lambda: now[0])
    pauses: list[int] = []
    for series in range(10):
        for attempt in range(MAX_TRIES):
            assert not lock.check(f"{series:02d}{attempt:02d}"[::-1] + "0")
        pauses.append(lock.wait_seconds())
        now[0] += pauses[-1]
    assert pauses == [30, 60, 120, 240, 480, 960, 1920, 3600, 3600, 3600]
    assert lock.wrong_tries == 50
    # 50 wrong tries took over 4 hours of waiting; at 5 tries an hour from then on, the
    # 10,000 4-digit PINs (minus the refused ones) take months, not 17 hours.
    assert sum(pauses) == 14_610
    # The right PIN (after the pause) starts the series again at 30 seconds.
    assert lock.check(PIN)
    for attempt in range(MAX_TRIES):
        assert not lock.check(f"908{attempt}")
    assert lock.wait_seconds() == 30
    assert lock.take_wrong_tries() == 55 and lock.take_wrong_tries() == 0


def test_hr_cannot_choose_an_easy_pin(qtbot: QtBot) -> None:
    dialog = PinSetupDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    for pin, why in (
        ("0000", "One digit repeated"),
        ("1234", "Digits in a row"),
        ("1212", "repeated pattern"),
        ("1984", "looks like a year"),
        ("2580", "most used PINs"),
    ):
        qtbot.keyClicks(dialog.first, pin)
        qtbot.keyClicks(dialog.second, pin)
        click(qtbot, dialog.ok_button)
        assert dialog.lock is None and dialog.isVisible(), pin
        assert why in dialog.error.text() and "Choose another PIN." in dialog.error.text()
        assert dialog.first.text() == "" and dialog.second.text() == ""
    qtbot.keyClicks(dialog.first, "3917")
    qtbot.keyClicks(dialog.second, "3917")
    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, dialog.ok_button)
    assert dialog.lock is not None and dialog.lock.check("3917")


def test_hr_gets_the_reason_in_dutch(qtbot: QtBot) -> None:
    set_language("nl")
    try:
        dialog = PinSetupDialog()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.keyClicks(dialog.first, "4321")
        qtbot.keyClicks(dialog.second, "4321")
        click(qtbot, dialog.ok_button)
        assert "Cijfers op een rij" in dialog.error.text()
        assert "Kies een andere pincode." in dialog.error.text()
    finally:
        set_language("en")


def _type(qtbot: QtBot, kiosk: KioskWindow, pin: str) -> None:
    page = kiosk.hr.pin_page
    for digit in pin:
        click(qtbot, page.keys[digit])
    click(qtbot, page.keys["OK"])


def test_someone_guessing_waits_longer_each_time_and_hr_is_told(
    qtbot: QtBot, make_kiosk: Callable[..., KioskWindow]
) -> None:
    now = [5000.0]
    kiosk = make_kiosk(pin=PinLock(PIN, clock=lambda: now[0]))
    page = kiosk.hr.pin_page
    click(qtbot, kiosk.hr_button)
    shown: list[str] = []
    for guess in range(3):
        for attempt in range(MAX_TRIES):
            _type(qtbot, kiosk, f"6{guess}{attempt}8")
        assert not page.edit.isEnabled() and not page.keys["OK"].isEnabled()
        shown.append(page.message.text())
        qtbot.keyClicks(page.edit, PIN)  # even the right PIN is not taken during the pause
        qtbot.keyClick(page.edit, Qt.Key.Key_Return)
        click_anyway = page.next_button
        qtbot.mouseClick(click_anyway, Qt.MouseButton.LeftButton)
        assert kiosk.current() is page
        now[0] += kiosk.pin.wait_seconds()
        qtbot.waitUntil(page.edit.isEnabled, timeout=3000)  # the page looks every second
    assert shown == [
        "Too many wrong tries. Wait 30 seconds.",
        "Too many wrong tries. Wait 60 seconds.",
        "Too many wrong tries. Wait 2 minutes.",
    ]
    # The person gives up; later HR comes and opens the menu.
    click(qtbot, page.back_button)
    click(qtbot, kiosk.hr_button)
    _type(qtbot, kiosk, PIN)
    assert kiosk.current() is kiosk.hr.menu
    assert "a wrong PIN was typed 15 times" in kiosk.hr.menu.message.text()
    # Told once: the next visit to the menu has no such note.
    click(qtbot, kiosk.hr.menu.next_button)
    qtbot.keyClick(
        kiosk.focusWidget() or kiosk,
        Qt.Key.Key_H,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    _type(qtbot, kiosk, "6018")
    _type(qtbot, kiosk, PIN)
    assert "a wrong PIN was typed 1 time." in kiosk.hr.menu.message.text()
