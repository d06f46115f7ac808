"""Whole respondents through the kiosk, as a person would: keyboard, mouse, ranking, submit."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from kiosk_steps import (
    click,
    click_result,
    finish,
    focused,
    press,
    start,
    type_and_pick,
    visible_texts,
)
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kennisnet.model import Channel, Frequency, TrainingAnswer
from kennisnet.store import Project
from kennisnet.ui.kiosk.window import KioskWindow


def test_a_whole_respondent_by_keyboard(
    qtbot: QtBot, kiosk: KioskWindow, project: Project, ids: dict[str, int]
) -> None:
    start(qtbot, kiosk, "bob")
    assert kiosk.current() is kiosk.sources
    page = kiosk.sources
    # Accent- and case-insensitive: "CHLOE" finds Chloë; Enter picks the first row.
    type_and_pick(qtbot, page.search, "CHLOE")
    # "jansen" finds Bob and Eva Jansen; Bob is the respondent and is not offered.
    qtbot.keyClicks(page.search.line, "jansen")
    assert page.search.results() == ["Eva Jansen"]
    page.search.clear()
    # "de" finds Anne de Vries and Daan de Boer; Down, Enter picks the second.
    qtbot.keyClicks(page.search.line, "de")
    assert page.search.results()[:2] == ["Anne de Vries", "Daan de Boer"]
    press(qtbot, page.search.line, Qt.Key.Key_Down)
    press(qtbot, page.search.line, Qt.Key.Key_Up)
    press(qtbot, page.search.line, Qt.Key.Key_Down)
    press(qtbot, page.search.line, Qt.Key.Key_Return)
    assert [r.choice.name for r in page.rows] == ["Chloë Bakker", "Daan de Boer"]
    assert focused(kiosk) is page.search.line  # ready for the next name
    # Frequency with the keyboard: focus the button, press Enter (and Space).
    chloe, daan = page.rows
    chloe.frequency[Frequency.WEEKLY].setFocus()
    press(qtbot, chloe.frequency[Frequency.WEEKLY], Qt.Key.Key_Return)
    daan.frequency[Frequency.DAILY].setFocus()
    press(qtbot, daan.frequency[Frequency.DAILY], Qt.Key.Key_Space)
    daan.topic.setFocus()
    qtbot.keyClicks(daan.topic, "servers")
    # Someone not on the list, typed and added with Enter.
    page.other.setFocus()
    qtbot.keyClicks(page.other, "Piet van de leverancier")
    press(qtbot, page.other, Qt.Key.Key_Return)
    page.more.setFocus()
    press(qtbot, page.more, Qt.Key.Key_Space)
    page.next_button.setFocus()
    press(qtbot, page.next_button, Qt.Key.Key_Enter)
    # Channels: Enter on the focused choice ranks it; Tab moves on.
    assert kiosk.current() is kiosk.channels
    buttons = kiosk.channels.buttons
    buttons[Channel.INTERNET].setFocus()
    press(qtbot, buttons[Channel.INTERNET], Qt.Key.Key_Return)
    buttons[Channel.COLLEAGUE].setFocus()
    press(qtbot, buttons[Channel.COLLEAGUE], Qt.Key.Key_Return)
    assert buttons[Channel.INTERNET].badge.text() == "1"
    assert buttons[Channel.COLLEAGUE].badge.text() == "2"
    kiosk.channels.next_button.setFocus()
    press(qtbot, kiosk.channels.next_button, Qt.Key.Key_Return)
    # Training: yes, which and when.
    assert kiosk.current() is kiosk.training
    assert focused(kiosk) is kiosk.training.buttons[TrainingAnswer.YES]
    press(qtbot, focused(kiosk), Qt.Key.Key_Return)
    assert kiosk.training.which.isVisible()
    kiosk.training.which.setFocus()
    qtbot.keyClicks(kiosk.training.which, "MBO ICT-beheer")
    kiosk.training.when.setFocus()
    qtbot.keyClicks(kiosk.training.when, "2018")
    kiosk.training.next_button.setFocus()
    with qtbot.waitSignal(kiosk.submitted) as stored:
        press(qtbot, kiosk.training.next_button, Qt.Key.Key_Return)
    assert kiosk.current() is kiosk.thanks

    (response,) = project.snapshot().responses
    assert response.uuid == stored.args[0]
    assert response.respondent_id == ids["Bob"]
    assert [(n.source_id, n.frequency, n.topic) for n in response.nominations] == [
        (ids["Chloë"], Frequency.WEEKLY, None),
        (ids["Daan"], Frequency.DAILY, "servers"),
    ]
    assert response.more_sources is True
    assert response.channels == (Channel.INTERNET, Channel.COLLEAGUE)
    assert response.training is TrainingAnswer.YES
    assert (response.training_which, response.training_when) == ("MBO ICT-beheer", "2018")
    assert response.language == "en"
    # The name not on the list waits for HR to resolve it.
    assert [p.written for p in project.pending_names()] == ["Piet van de leverancier"]
    drafts = [d for _wave, d in project.stored_responses()]
    assert [n.written for n in drafts[0].nominations] == [None, None, "Piet van de leverancier"]


def test_a_whole_respondent_by_mouse(
    qtbot: QtBot, kiosk: KioskWindow, project: Project, ids: dict[str, int]
) -> None:
    start(qtbot, kiosk, "fatima", keyboard=False)
    page = kiosk.sources
    click_result(qtbot, page.search, "van der", "Gert-Jan van der Berg")
    click_result(qtbot, page.search, "anne", "Anne de Vries")
    click(qtbot, page.rows[0].frequency[Frequency.MONTHLY])
    click(qtbot, page.rows[1].frequency[Frequency.LESS])
    click(qtbot, page.rows[1].frequency[Frequency.WEEKLY])  # changed her mind
    click_result(qtbot, page.search, "eva", "Eva Jansen")
    click(qtbot, page.rows[2].remove)  # and took Eva out again
    click(qtbot, page.next_button)
    channels = kiosk.channels
    for channel in (Channel.TRIAL_ERROR, Channel.AI, Channel.MANAGER):
        click(qtbot, channels.buttons[channel])
    click(qtbot, channels.buttons[Channel.COLLEAGUE])  # a fourth is not taken
    assert channels.answers.channels == [Channel.TRIAL_ERROR, Channel.AI, Channel.MANAGER]
    assert not channels.buttons[Channel.COLLEAGUE].isChecked()
    click(qtbot, channels.buttons[Channel.AI])  # taking one out moves the rest up
    click(qtbot, channels.buttons[Channel.OTHER])
    qtbot.keyClicks(channels.other, "bellen met de helpdesk")
    assert channels.buttons[Channel.MANAGER].badge.text() == "2"
    click(qtbot, channels.next_button)
    click(qtbot, kiosk.training.buttons[TrainingAnswer.DONT_KNOW])
    assert not kiosk.training.which.isVisible()
    click(qtbot, kiosk.training.next_button)
    assert kiosk.current() is kiosk.thanks

    (response,) = project.snapshot().responses
    assert response.respondent_id == ids["Fatima"]
    assert [(n.source_id, n.frequency) for n in response.nominations] == [
        (ids["Gert-Jan"], Frequency.MONTHLY),
        (ids["Anne"], Frequency.WEEKLY),
    ]
    assert response.channels == (Channel.TRIAL_ERROR, Channel.MANAGER, Channel.OTHER)
    assert response.channel_other == "bellen met de helpdesk"
    assert response.training is TrainingAnswer.DONT_KNOW


def test_channels_start_over_clears_the_ranking(qtbot: QtBot, kiosk: KioskWindow) -> None:
    start(qtbot, kiosk, "anne")
    click(qtbot, kiosk.sources.next_button)
    channels = kiosk.channels
    click(qtbot, channels.buttons[Channel.DOCUMENTATION])
    click(qtbot, channels.buttons[Channel.TRAINING])
    click(qtbot, channels.clear_button)
    assert channels.answers.channels == []
    assert not any(b.isChecked() for b in channels.buttons.values())
    assert not channels.clear_button.isVisible()
    click(qtbot, channels.buttons[Channel.TRAINING])
    assert channels.buttons[Channel.TRAINING].badge.text() == "1"


def test_soft_cap_is_a_gentle_note_never_a_block(
    qtbot: QtBot, make_kiosk: Callable[..., KioskWindow], project: Project
) -> None:
    project.set_questionnaire(replace(project.questionnaire(), soft_cap=2))
    kiosk = make_kiosk()
    start(qtbot, kiosk, "bob")
    page = kiosk.sources
    type_and_pick(qtbot, page.search, "anne")
    assert not page.cap_note.isVisible()
    type_and_pick(qtbot, page.search, "daan")
    assert page.cap_note.isVisible()
    type_and_pick(qtbot, page.search, "eva")
    type_and_pick(qtbot, page.search, "fatima")
    assert "4" in page.cap_note.text()
    assert page.next_button.isEnabled()
    finish(qtbot, kiosk)
    assert len(project.snapshot().responses[0].nominations) == 4


def test_nobody_is_offered_twice_or_themself(qtbot: QtBot, kiosk: KioskWindow) -> None:
    start(qtbot, kiosk, "anne")
    page = kiosk.sources
    qtbot.keyClicks(page.search.line, "anne")
    assert page.search.results() == []
    assert "No one on the list" in page.search.hint.text()
    page.search.clear()
    type_and_pick(qtbot, page.search, "daan")
    qtbot.keyClicks(page.search.line, "d")
    assert "Daan de Boer" not in page.search.results()
    assert "Anne de Vries" not in page.search.results()
    # Back to "who are you", choose Daan: Daan is taken off the sources.
    page.search.clear()
    click(qtbot, page.back_button)
    type_and_pick(qtbot, kiosk.who.search, "daan")
    click(qtbot, kiosk.who.next_button)
    assert kiosk.current() is kiosk.sources
    assert page.rows == []


def test_no_consent_stores_nothing(qtbot: QtBot, kiosk: KioskWindow, project: Project) -> None:
    click(qtbot, kiosk.consent.back_button)  # "I do not take part"
    assert kiosk.current() is kiosk.declined
    with qtbot.waitSignal(kiosk.restarted):
        click(qtbot, kiosk.declined.next_button)
    assert kiosk.current() is kiosk.consent
    assert project.response_count() == 0


def test_back_never_goes_past_the_own_consent(qtbot: QtBot, kiosk: KioskWindow) -> None:
    click(qtbot, kiosk.consent.next_button)
    click(qtbot, kiosk.who.back_button)
    assert kiosk.current() is kiosk.consent
    # The consent page has no Back: its left button is "I do not take part".
    assert kiosk.consent.back_button.text() == "I do not take part"
    start(qtbot, kiosk, "eva")
    for page in (kiosk.sources, kiosk.who):
        click(qtbot, page.back_button)
    assert kiosk.current() is kiosk.consent


def test_every_respondent_starts_fresh(qtbot: QtBot, kiosk: KioskWindow, project: Project) -> None:
    start(qtbot, kiosk, "chloe")
    type_and_pick(qtbot, kiosk.sources.search, "gert")
    kiosk.sources.rows[0].topic.setFocus()
    qtbot.keyClicks(kiosk.sources.rows[0].topic, "roosters")
    click(qtbot, kiosk.sources.next_button)
    click(qtbot, kiosk.channels.buttons[Channel.AI])
    click(qtbot, kiosk.channels.next_button)
    click(qtbot, kiosk.training.buttons[TrainingAnswer.NO])
    old_pages = list(kiosk.session_pages)
    click(qtbot, kiosk.training.next_button)
    with qtbot.waitSignal(kiosk.restarted):
        click(qtbot, kiosk.thanks.next_button)
    assert kiosk.current() is kiosk.consent
    assert not set(old_pages) & set(kiosk.session_pages)
    assert kiosk.answers.respondent is None and kiosk.answers.sources == []
    text = visible_texts(kiosk)
    assert "Chloë" not in text and "Gert-Jan" not in text and "roosters" not in text
    # The next person sees empty fields on every page.
    start(qtbot, kiosk, "daan")
    assert kiosk.sources.rows == [] and kiosk.sources.search.line.text() == ""
    click(qtbot, kiosk.sources.next_button)
    assert not any(b.isChecked() for b in kiosk.channels.buttons.values())
    click(qtbot, kiosk.channels.next_button)
    assert not any(b.isChecked() for b in kiosk.training.buttons.values())
    assert project.response_count() == 1


def test_a_double_click_on_send_stores_once(
    qtbot: QtBot, kiosk: KioskWindow, project: Project
) -> None:
    start(qtbot, kiosk, "anne")
    click(qtbot, kiosk.sources.next_button)
    click(qtbot, kiosk.channels.next_button)
    kiosk.training.next_button.click()
    kiosk.training.next_button.click()
    assert project.response_count() == 1
