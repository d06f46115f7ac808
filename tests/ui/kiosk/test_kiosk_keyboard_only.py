"""The whole questionnaire with the keyboard only: no mouse, no setFocus, just keys.

Every key goes to the widget that has the focus, as on a real keyboard. Tab moves in a
logical order, the arrow keys move within a group of answers, Space and Enter choose.
"""

from __future__ import annotations

from kiosk_steps import focused
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from kennisnet.model import Channel, Frequency, TrainingAnswer
from kennisnet.store import Project
from kennisnet.ui.kiosk.window import KioskWindow

TAB, BACKTAB = Qt.Key.Key_Tab, Qt.Key.Key_Backtab
UP, DOWN, LEFT, RIGHT = Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right
SPACE, ENTER = Qt.Key.Key_Space, Qt.Key.Key_Return


def key(qtbot: QtBot, kiosk: KioskWindow, *keys: Qt.Key) -> QWidget:
    """Press keys on whatever has the focus; return what has the focus after."""
    for k in keys:
        qtbot.keyClick(focused(kiosk), k)
    return focused(kiosk)


def type_text(qtbot: QtBot, kiosk: KioskWindow, text: str) -> None:
    qtbot.keyClicks(focused(kiosk), text)


def tab_to(qtbot: QtBot, kiosk: KioskWindow, target: QWidget, *, back: bool = False) -> int:
    """Press Tab (or Shift+Tab) until ``target`` has the focus; how many presses it took."""
    for presses in range(1, 40):
        if key(qtbot, kiosk, BACKTAB if back else TAB) is target:
            return presses
    raise AssertionError(f"Tab never reaches {target}")


def test_the_whole_questionnaire_by_keyboard_only(
    qtbot: QtBot, kiosk: KioskWindow, project: Project, ids: dict[str, int]
) -> None:
    # Consent, in Dutch: Tab to "Nederlands" and press Enter; then "I take part".
    consent = kiosk.consent
    assert focused(kiosk) is consent.next_button
    tab_to(qtbot, kiosk, consent.language_toggle.buttons["nl"])
    key(qtbot, kiosk, ENTER)
    assert consent.next_button.text() == "Ik doe mee"
    tab_to(qtbot, kiosk, consent.next_button)
    key(qtbot, kiosk, ENTER)

    # Who are you: type, Enter picks, the focus goes to Next.
    assert kiosk.current() is kiosk.who
    assert focused(kiosk) is kiosk.who.search.line
    type_text(qtbot, kiosk, "bob")
    assert key(qtbot, kiosk, ENTER) is kiosk.who.next_button
    key(qtbot, kiosk, ENTER)

    # Sources: two colleagues from the list, one who is not on it.
    page = kiosk.sources
    assert kiosk.current() is page and focused(kiosk) is page.search.line
    type_text(qtbot, kiosk, "chlo")
    key(qtbot, kiosk, ENTER)
    type_text(qtbot, kiosk, "de")
    assert page.search.results()[:2] == ["Anne de Vries", "Daan de Boer"]
    key(qtbot, kiosk, DOWN, ENTER)
    assert [r.choice.name for r in page.rows] == ["Chloë Bakker", "Daan de Boer"]
    tab_to(qtbot, kiosk, page.other)
    type_text(qtbot, kiosk, "Piet")
    assert key(qtbot, kiosk, ENTER) is page.other
    chloe, daan, piet = page.rows
    # Tab goes on through the left column into the first row: how often, about what.
    assert key(qtbot, kiosk, TAB) is page.add_other
    assert key(qtbot, kiosk, TAB) is chloe.frequency[Frequency.DAILY]
    assert key(qtbot, kiosk, RIGHT) is chloe.frequency[Frequency.WEEKLY]
    key(qtbot, kiosk, SPACE)
    assert chloe.choice.frequency is Frequency.WEEKLY
    assert key(qtbot, kiosk, TAB) is chloe.topic
    type_text(qtbot, kiosk, "roosters")
    assert key(qtbot, kiosk, TAB) is chloe.remove
    # Second row: choose "daily", then change it with the arrows (like radio buttons).
    assert key(qtbot, kiosk, TAB) is daan.frequency[Frequency.DAILY]
    key(qtbot, kiosk, SPACE)
    assert key(qtbot, kiosk, RIGHT, RIGHT) is daan.frequency[Frequency.MONTHLY]
    assert daan.choice.frequency is Frequency.MONTHLY
    assert key(qtbot, kiosk, LEFT) is daan.frequency[Frequency.WEEKLY]
    assert daan.choice.frequency is Frequency.WEEKLY
    assert key(qtbot, kiosk, RIGHT, RIGHT, RIGHT) is daan.frequency[Frequency.LESS]
    assert daan.choice.frequency is Frequency.LESS
    # Third row: remove Piet again with Enter on its ✕.
    tab_to(qtbot, kiosk, piet.remove)
    key(qtbot, kiosk, ENTER)
    assert [r.choice.name for r in page.rows] == ["Chloë Bakker", "Daan de Boer"]
    # Shift+Tab goes back; the tick box "more people" and Next are in the bottom row.
    tab_to(qtbot, kiosk, page.more)
    key(qtbot, kiosk, SPACE)
    assert key(qtbot, kiosk, TAB) is page.next_button
    key(qtbot, kiosk, ENTER)

    # Channels: every one of the eight choices with the arrows; Space/Enter rank them.
    channels = kiosk.channels
    buttons = channels.buttons
    assert kiosk.current() is channels
    order = list(buttons)
    assert focused(kiosk) is buttons[order[0]]
    reached = [order[0]]
    for _ in order[1:]:
        now = key(qtbot, kiosk, DOWN)
        reached.append(next(c for c, b in buttons.items() if b is now))
    assert reached == order  # Down goes through all eight, column by column
    assert key(qtbot, kiosk, DOWN) is buttons[order[-1]]  # and stays at the last
    key(qtbot, kiosk, SPACE)  # the last one is "Other": its text field opens
    assert channels.answers.channels == [Channel.OTHER]
    assert focused(kiosk) is channels.other
    type_text(qtbot, kiosk, "forum")
    assert key(qtbot, kiosk, BACKTAB) is buttons[Channel.OTHER]
    for _ in order[1:]:
        key(qtbot, kiosk, UP)
    assert focused(kiosk) is buttons[order[0]]
    key(qtbot, kiosk, ENTER)  # Ask a colleague: number 2
    target = buttons[Channel.TRIAL_ERROR]
    # Right goes to the column beside; Down then to the trial-and-error choice.
    key(qtbot, kiosk, RIGHT)
    while focused(kiosk) is not target:
        key(qtbot, kiosk, DOWN)
    key(qtbot, kiosk, SPACE)  # number 3
    assert [buttons[c].badge.text() for c in channels.answers.channels] == ["1", "2", "3"]
    assert buttons[Channel.COLLEAGUE].accessibleDescription() == "Gekozen als nummer 2"
    # A fourth is not taken; choosing one again takes it out and the rest move up.
    key(qtbot, kiosk, LEFT)
    assert channels.answers.channels == [Channel.OTHER, Channel.COLLEAGUE, Channel.TRIAL_ERROR]
    key(qtbot, kiosk, SPACE)
    assert len(channels.answers.channels) == 3
    tab_to(qtbot, kiosk, buttons[Channel.OTHER], back=True)
    key(qtbot, kiosk, SPACE)  # take "Other" out
    assert channels.answers.channels == [Channel.COLLEAGUE, Channel.TRIAL_ERROR]
    assert buttons[Channel.COLLEAGUE].badge.text() == "1"
    # The rest of the page in order: Back, Start over, Next.
    assert tab_to(qtbot, kiosk, channels.next_button) <= 3
    key(qtbot, kiosk, ENTER)

    # Training: the arrows move; with "no" chosen, moving to "yes" chooses yes.
    training = kiosk.training
    assert kiosk.current() is training
    yes, no = training.buttons[TrainingAnswer.YES], training.buttons[TrainingAnswer.NO]
    assert focused(kiosk) is yes
    assert key(qtbot, kiosk, RIGHT) is no
    key(qtbot, kiosk, SPACE)
    assert training.answers.training is TrainingAnswer.NO
    assert key(qtbot, kiosk, LEFT) is yes
    assert training.answers.training is TrainingAnswer.YES
    assert key(qtbot, kiosk, TAB) is training.which
    type_text(qtbot, kiosk, "MBO ICT")
    assert key(qtbot, kiosk, TAB) is training.when
    type_text(qtbot, kiosk, "2018")
    tab_to(qtbot, kiosk, training.next_button)
    with qtbot.waitSignal(kiosk.submitted) as stored:
        key(qtbot, kiosk, ENTER)

    # Thank you; Enter on Done starts fresh for the next person.
    assert kiosk.current() is kiosk.thanks
    with qtbot.waitSignal(kiosk.restarted):
        key(qtbot, kiosk, ENTER)
    assert kiosk.current() is kiosk.consent

    (response,) = project.snapshot().responses
    assert response.uuid == stored.args[0]
    assert response.respondent_id == ids["Bob"]
    assert [(n.source_id, n.frequency, n.topic) for n in response.nominations] == [
        (ids["Chloë"], Frequency.WEEKLY, "roosters"),
        (ids["Daan"], Frequency.LESS, None),
    ]
    assert response.more_sources is True
    assert response.channels == (Channel.COLLEAGUE, Channel.TRIAL_ERROR)
    assert response.channel_other in ("", None)
    assert response.training is TrainingAnswer.YES
    assert (response.training_which, response.training_when) == ("MBO ICT", "2018")
    assert response.language == "nl"
