"""Dutch and English switch live on every page, and each respondent starts in the default."""

from __future__ import annotations

from kiosk_steps import PIN, click, start, type_and_pick
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kennisnet.i18n import language, tr
from kennisnet.model import TrainingAnswer
from kennisnet.store import Project
from kennisnet.ui.kiosk.widgets import Page
from kennisnet.ui.kiosk.window import KioskWindow


def switch(qtbot: QtBot, page: Page, lang: str) -> None:
    click(qtbot, page.language_toggle.buttons[lang])
    assert language() == lang
    assert page.language_toggle.buttons[lang].isChecked()


def check_page(qtbot: QtBot, kiosk: KioskWindow, page: Page, title: str) -> None:
    """The page's title and buttons follow both ways; ``title`` is the English title."""
    assert kiosk.current() is page
    english_next = page.next_button.text()
    switch(qtbot, page, "nl")
    assert page.title.text() == tr(title, lang="nl") != title
    assert page.next_button.text() == tr(english_next, lang="nl")
    assert page.next_button.text() != english_next or english_next == "OK"
    switch(qtbot, page, "en")
    assert page.title.text() == title
    assert page.next_button.text() == english_next


def test_every_page_switches_language_live(
    qtbot: QtBot, kiosk: KioskWindow, project: Project
) -> None:
    check_page(qtbot, kiosk, kiosk.consent, "Welcome")
    click(qtbot, kiosk.consent.next_button)
    check_page(qtbot, kiosk, kiosk.who, "Who are you?")
    type_and_pick(qtbot, kiosk.who.search, "anne")
    switch(qtbot, kiosk.who, "nl")
    assert kiosk.who.chosen_label.text().startswith("Je koos: Anne de Vries")
    switch(qtbot, kiosk.who, "en")
    click(qtbot, kiosk.who.next_button)
    type_and_pick(qtbot, kiosk.sources.search, "bob")
    check_page(qtbot, kiosk, kiosk.sources, "From whom do you learn the most in your work?")
    switch(qtbot, kiosk.sources, "nl")
    row = kiosk.sources.rows[0]
    assert [b.text() for b in row.frequency.values()] == [
        "dagelijks",
        "wekelijks",
        "maandelijks",
        "minder vaak",
    ]
    assert kiosk.sources.count_label.text() == "Je koos 1 persoon"
    switch(qtbot, kiosk.sources, "en")
    click(qtbot, kiosk.sources.next_button)
    check_page(
        qtbot, kiosk, kiosk.channels, "How do you solve a problem when you don't know something?"
    )
    switch(qtbot, kiosk.channels, "nl")
    labels = [b.label.text() for b in kiosk.channels.buttons.values()]
    assert "Een collega vragen" in labels
    switch(qtbot, kiosk.channels, "en")
    click(qtbot, kiosk.channels.next_button)
    check_page(
        qtbot,
        kiosk,
        kiosk.training,
        "Did you have formal training or a course for your current work?",
    )
    switch(qtbot, kiosk.training, "nl")
    assert kiosk.training.buttons[TrainingAnswer.DONT_KNOW].text() == "weet niet"
    click(qtbot, kiosk.training.next_button)  # sent in Dutch
    assert kiosk.thanks.title.text() == "Bedankt!"
    switch(qtbot, kiosk.thanks, "en")
    check_page(qtbot, kiosk, kiosk.thanks, "Thank you!")
    assert project.snapshot().responses[0].language == "nl"
    # HR pages too.
    click(qtbot, kiosk.hr_button)
    check_page(qtbot, kiosk, kiosk.hr.pin_page, "For the HR adviser")
    qtbot.keyClicks(kiosk.hr.pin_page.edit, PIN)
    qtbot.keyClick(kiosk.hr.pin_page.edit, Qt.Key.Key_Return)
    check_page(qtbot, kiosk, kiosk.hr.menu, "HR menu")
    switch(qtbot, kiosk.hr.menu, "nl")
    assert (
        kiosk.hr.menu.summary.text()
        == "1 van de 7 mensen hebben geantwoord (14%). Voor 80% zijn er nog 5 nodig."
    )
    switch(qtbot, kiosk.hr.menu, "en")
    click(qtbot, kiosk.hr.menu.coverage_button)
    check_page(qtbot, kiosk, kiosk.hr.coverage, "Response rate")
    switch(qtbot, kiosk.hr.coverage, "nl")
    header = kiosk.hr.coverage.model.headerData(0, Qt.Orientation.Horizontal)
    assert header == "Afdeling"
    switch(qtbot, kiosk.hr.coverage, "en")


def test_notices_and_idle_warning_switch_too(qtbot: QtBot, kiosk: KioskWindow) -> None:
    click(qtbot, kiosk.consent.back_button)
    check_page(qtbot, kiosk, kiosk.declined, "That is fine")
    kiosk.reset()
    start(qtbot, kiosk, "anne")
    kiosk.idle._warn()
    switch(qtbot, kiosk.sources, "nl")
    assert kiosk.overlay.title.text() == "Ben je er nog?"


def test_the_next_respondent_starts_in_the_default_language(
    qtbot: QtBot, kiosk: KioskWindow
) -> None:
    switch(qtbot, kiosk.consent, "nl")
    assert kiosk.consent.next_button.text() == "Ik doe mee"
    start(qtbot, kiosk, "anne")
    kiosk.reset()
    assert language() == "en"
    assert kiosk.consent.next_button.text() == "I take part"
